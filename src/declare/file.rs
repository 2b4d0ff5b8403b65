//! Reading a declaration file: TOML by default, YAML when the name ends in `.yaml`/`.yml`. Every key, type
//! and value is checked before anything is sent; each problem names the file, the line and the key (TOML lines
//! come from the parser's spans; YAML lines are found by following the keys through the text).
//!
//! ```toml
//! profile = "prod"                 # the default of every resource; a resource may say its own
//! [clickhouse.services.web]        # kind "service", name "web"
//! [cockroach.clusters.analytics]   # kind "cluster"; its databases, sql_users, allowlist, maintenance_window
//! ```

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use super::kinds::{self, Password};
use super::locate::{line_of, toml_item, toml_span, yaml_line};
use super::{Desired, KindId, ResKey, Secret, fields};
use crate::error::{Error, Result};

/// A checked declaration file.
#[derive(Debug)]
pub struct Declaration {
    pub path: PathBuf,
    /// Every resource, a cluster's own resources after it.
    pub resources: Vec<Desired>,
}

impl Declaration {
    /// The profiles and providers the file declares resources of, in the order first declared.
    pub fn accounts(&self) -> Vec<(String, crate::provider::Provider)> {
        let mut out: Vec<(String, crate::provider::Provider)> = Vec::new();
        for d in &self.resources {
            let a = (d.key.profile.clone(), d.key.provider());
            if !out.contains(&a) {
                out.push(a);
            }
        }
        out
    }

    /// The top-level kinds declared for a profile (the scope of `--prune`).
    pub fn kinds_of(&self, profile: &str) -> BTreeSet<KindId> {
        self.resources
            .iter()
            .filter(|d| d.key.profile == profile && d.key.parent.is_none())
            .map(|d| d.key.kind)
            .collect()
    }

    pub fn find(&self, key: &ResKey) -> Option<&Desired> {
        self.resources.iter().find(|d| &d.key == key)
    }

    /// "deploy.toml:12", for messages about a resource.
    pub fn at(&self, d: &Desired) -> String {
        format!("{}:{}", self.path.display(), d.line)
    }
}

/// One step of a path through the file: a key, or an item of a list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Seg {
    Key(String),
    Index(usize),
}

/// `cockroach.clusters.analytics.vcpus`, `clickhouse.services.web.ip_access[1]`.
pub fn dotted(path: &[Seg]) -> String {
    let mut out = String::new();
    for seg in path {
        match seg {
            Seg::Key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                let bare = !k.is_empty()
                    && k.chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
                if bare {
                    out.push_str(k);
                } else {
                    out.push_str(&format!("\"{k}\""));
                }
            }
            Seg::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

/// Where a path's lines are found: the TOML parser's spans, or the YAML text.
enum Source {
    Toml(toml_edit::Document<String>),
    Yaml(String),
}

impl Source {
    fn line(&self, path: &[Seg]) -> Option<usize> {
        match self {
            Source::Toml(doc) => toml_span(doc, path).map(|s| line_of(doc.raw(), s.start)),
            Source::Yaml(text) => yaml_line(text, path),
        }
    }
}

/// Problems found so far, each at a path.
struct Problems(Vec<(Vec<Seg>, String)>);

impl Problems {
    fn add(&mut self, path: &[Seg], message: impl Into<String>) {
        self.0.push((path.to_vec(), message.into()));
    }
}

fn with(path: &[Seg], key: &str) -> Vec<Seg> {
    let mut p = path.to_vec();
    p.push(Seg::Key(key.to_string()));
    p
}

/// Reads and checks a declaration file. `default_profile` is the profile of resources that name none when
/// the file names none either; `env` reads the variables that hold passwords.
pub fn load(
    path: &Path,
    default_profile: &str,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Declaration> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::usage(format!("cannot read {}: {e}", path.display())))?;
    parse(path, &text, default_profile, env)
}

/// [`load`] of a file's text.
pub fn parse(
    path: &Path,
    text: &str,
    default_profile: &str,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Declaration> {
    let name = path.display().to_string();
    let yaml = matches!(
        path.extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref(),
        Some("yaml" | "yml")
    );
    let (root, source) = if yaml {
        let root: Value = serde_norway::from_str(text).map_err(|e| {
            let line = e
                .location()
                .map(|l| format!(":{}", l.line()))
                .unwrap_or_default();
            Error::usage(format!("{name}{line}: not valid YAML: {e}"))
        })?;
        (root, Source::Yaml(text.to_string()))
    } else {
        let doc = toml_edit::Document::parse(text.to_string()).map_err(|e| {
            let line = e
                .span()
                .map(|s| format!(":{}", line_of(text, s.start)))
                .unwrap_or_default();
            Error::usage(format!("{name}{line}: not valid TOML: {}", e.message()))
        })?;
        (toml_item(doc.as_item()), Source::Toml(doc))
    };
    let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut problems = Problems(Vec::new());
    let read = read_root(&root, default_profile, &dir, env, &mut problems);
    if problems.0.is_empty() {
        let resources = read
            .into_iter()
            .map(|(mut d, p)| {
                d.line = source.line(&p).unwrap_or(1);
                d
            })
            .collect();
        return Ok(Declaration {
            path: path.to_path_buf(),
            resources,
        });
    }
    let mut located: Vec<(usize, String)> = problems
        .0
        .iter()
        .map(|(p, message)| {
            let line = (1..=p.len()).rev().find_map(|n| source.line(&p[..n]));
            let key = if p.is_empty() {
                String::new()
            } else {
                format!(" {}:", dotted(p))
            };
            let at = line.map(|l| format!(":{l}")).unwrap_or_default();
            (line.unwrap_or(0), format!("{name}{at}:{key} {message}"))
        })
        .collect();
    located.sort_by_key(|(line, _)| *line);
    let lines: Vec<String> = located.into_iter().map(|(_, l)| l).collect();
    Err(if lines.len() == 1 {
        Error::usage(lines[0].clone())
    } else {
        Error::usage(format!(
            "{} problems in {name}; nothing was sent:\n  {}",
            lines.len(),
            lines.join("\n  ")
        ))
    })
}

fn read_root(
    root: &Value,
    default_profile: &str,
    dir: &Path,
    env: &dyn Fn(&str) -> Option<String>,
    problems: &mut Problems,
) -> Vec<(Desired, Vec<Seg>)> {
    let Value::Object(root) = root else {
        problems.add(&[], "the file must be a table of keys");
        return Vec::new();
    };
    let providers: Vec<&str> = kinds::TOP.iter().map(|(p, _, _)| *p).collect();
    let mut profile = default_profile.to_string();
    if let Some(v) = root.get("profile") {
        match fields::text(v) {
            Ok(p) => profile = p,
            Err(e) => problems.add(&[Seg::Key("profile".into())], e),
        }
    }
    for key in root.keys() {
        if key != "profile" && !providers.contains(&key.as_str()) {
            let mut known = vec!["profile"];
            known.extend(providers.iter().copied());
            known.dedup();
            problems.add(&[Seg::Key(key.clone())], fields::unknown_key(key, &known));
        }
    }
    let mut out = Vec::new();
    let mut sections_seen = Vec::new();
    for (provider, section, kind) in kinds::TOP {
        let Some(value) = root.get(*provider) else {
            continue;
        };
        let path = [Seg::Key(provider.to_string())];
        let Value::Object(table) = value else {
            problems.add(
                &path,
                format!("expected a table, found {}", fields::shown(value)),
            );
            continue;
        };
        if !sections_seen.contains(provider) {
            sections_seen.push(*provider);
            let known: Vec<&str> = kinds::TOP
                .iter()
                .filter(|(p, _, _)| p == provider)
                .map(|(_, s, _)| *s)
                .collect();
            for key in table.keys() {
                if !known.contains(&key.as_str()) {
                    problems.add(&with(&path, key), fields::unknown_key(key, &known));
                }
            }
        }
        let Some(resources) = table.get(*section) else {
            continue;
        };
        let path = with(&path, section);
        let Value::Object(resources) = resources else {
            problems.add(
                &path,
                format!(
                    "expected a table of resources by name, found {}",
                    fields::shown(resources)
                ),
            );
            continue;
        };
        for (name, body) in resources {
            read_top(
                *kind, name, body, &path, &profile, dir, env, problems, &mut out,
            );
        }
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn read_top(
    kind_id: KindId,
    name: &str,
    body: &Value,
    section: &[Seg],
    default_profile: &str,
    dir: &Path,
    env: &dyn Fn(&str) -> Option<String>,
    problems: &mut Problems,
    out: &mut Vec<(Desired, Vec<Seg>)>,
) {
    let kind = kind_id.kind();
    let path = with(section, name);
    let name = match kind.check_name(name) {
        Ok(n) => n,
        Err(e) => {
            problems.add(&path, format!("not a valid {} name: {e}", kind_id.name()));
            return;
        }
    };
    let empty = Map::new();
    let table = match body {
        Value::Object(t) => t,
        // `name:` with nothing under it in YAML: a resource with no field given.
        Value::Null => &empty,
        other => {
            problems.add(
                &path,
                format!("expected a table, found {}", fields::shown(other)),
            );
            return;
        }
    };
    let mut other = vec!["profile"];
    other.extend(kind.children().iter().map(|c| c.kind().file_key()));
    let (values, found) = fields::check_table(table, kind.fields(), &other);
    report(&path, found, problems);
    for (field, message) in kind.check(&values) {
        let at = field.map_or_else(|| path.clone(), |f| with(&path, f));
        problems.add(&at, message);
    }
    let mut profile = default_profile.to_string();
    if let Some(v) = table.get("profile") {
        match fields::text(v) {
            Ok(p) => profile = p,
            Err(e) => problems.add(&with(&path, "profile"), e),
        }
    }
    let own_secret = secret(kind.password(), &values, &path, dir, env, problems);
    let key = ResKey {
        profile: profile.clone(),
        kind: kind_id,
        parent: None,
        name: name.clone(),
    };
    let mut children = Vec::new();
    let mut child_resources = Vec::new();
    for child in kind.children() {
        let ck = child.kind();
        let Some(value) = table.get(ck.file_key()) else {
            continue;
        };
        children.push(*child);
        let cpath = with(&path, ck.file_key());
        let (declared, found) = ck.declare(value);
        for (rel, message) in found {
            let mut p = cpath.clone();
            p.extend(rel);
            problems.add(&p, message);
        }
        for c in declared {
            let mut p = cpath.clone();
            p.extend(c.rel);
            let secret = secret(ck.password(), &c.fields, &p, dir, env, problems);
            let desired = Desired {
                key: ResKey {
                    profile: profile.clone(),
                    kind: *child,
                    parent: Some(name.clone()),
                    // A kind with one resource per parent (the maintenance window) is named after it.
                    name: if c.name.is_empty() {
                        name.clone()
                    } else {
                        c.name
                    },
                },
                fields: c.fields,
                secret,
                line: 0,
                children: Vec::new(),
            };
            child_resources.push((desired, p));
        }
    }
    // The resource before its own resources.
    out.push((
        Desired {
            key,
            fields: values,
            secret: own_secret,
            line: 0,
            children,
        },
        path,
    ));
    out.extend(child_resources);
}

fn report(path: &[Seg], found: Vec<(String, Option<Seg>, String)>, problems: &mut Problems) {
    for (key, item, message) in found {
        let mut p = with(path, &key);
        if let Some(seg) = item {
            p.push(seg);
        }
        problems.add(&p, message);
    }
}

/// Reads a password the file references (`password_env`, `password_file`), or notes where a new one goes.
fn secret(
    mode: Password,
    values: &super::Fields,
    path: &[Seg],
    dir: &Path,
    env: &dyn Fn(&str) -> Option<String>,
    problems: &mut Problems,
) -> Secret {
    let var = super::get(values, "password_env").and_then(Value::as_str);
    let file = super::get(values, "password_file").and_then(Value::as_str);
    let resolve = |f: &str| {
        let p = PathBuf::from(f);
        if p.is_absolute() { p } else { dir.join(p) }
    };
    match mode {
        Password::None => Secret::None,
        Password::Write => file.map_or(Secret::None, |f| Secret::PasswordFile(resolve(f))),
        Password::Read => match (var, file) {
            (Some(_), Some(_)) => {
                problems.add(
                    &with(path, "password_env"),
                    "give password_env or password_file, not both",
                );
                Secret::None
            }
            (Some(var), None) => match env(var) {
                Some(p) if !p.is_empty() => Secret::Password(p),
                _ => {
                    problems.add(
                        &with(path, "password_env"),
                        format!("the environment variable {var} is not set (or is empty)"),
                    );
                    Secret::None
                }
            },
            (None, Some(f)) => match std::fs::read_to_string(resolve(f)) {
                Ok(text) => {
                    let p = text.trim_end_matches(['\n', '\r']).to_string();
                    if p.is_empty() {
                        problems.add(&with(path, "password_file"), format!("{f} is empty"));
                        Secret::None
                    } else {
                        Secret::Password(p)
                    }
                }
                Err(e) => {
                    problems.add(
                        &with(path, "password_file"),
                        format!("cannot read {}: {e}", resolve(f).display()),
                    );
                    Secret::None
                }
            },
            (None, None) => Secret::None,
        },
    }
}

/// A declaration read by a child kind: its name, fields and where it is below the kind's key.
pub struct ChildDecl {
    pub name: String,
    pub fields: super::Fields,
    pub rel: Vec<Seg>,
}

/// What a child kind read: its declarations, and problems at paths below its key.
pub type Declared = (Vec<ChildDecl>, Vec<(Vec<Seg>, String)>);

/// The common shape of declarations: a table of name → table of fields (`sql_users`).
pub fn named_tables(id: KindId, value: &Value) -> Declared {
    let kind = id.kind();
    let mut out = Vec::new();
    let mut problems = Vec::new();
    let Value::Object(map) = value else {
        problems.push((
            Vec::new(),
            format!(
                "expected a table of {} by name, found {}",
                kind.file_key(),
                fields::shown(value)
            ),
        ));
        return (out, problems);
    };
    for (name, body) in map {
        let at = vec![Seg::Key(name.clone())];
        let name = match kind.check_name(name) {
            Ok(n) => n,
            Err(e) => {
                problems.push((at, format!("not a valid {} name: {e}", kind.id().name())));
                continue;
            }
        };
        let empty = Map::new();
        let table = match body {
            Value::Object(t) => t,
            Value::Null => &empty,
            other => {
                problems.push((
                    at,
                    format!("expected a table, found {}", fields::shown(other)),
                ));
                continue;
            }
        };
        let (values, found) = fields::check_table(table, kind.fields(), &[]);
        for (key, item, message) in found {
            let mut p = at.clone();
            p.push(Seg::Key(key));
            if let Some(seg) = item {
                p.push(seg);
            }
            problems.push((p, message));
        }
        for (field, message) in kind.check(&values) {
            let mut p = at.clone();
            if let Some(f) = field {
                p.push(Seg::Key(f.to_string()));
            }
            problems.push((p, message));
        }
        out.push(ChildDecl {
            name,
            fields: values,
            rel: at,
        });
    }
    (out, problems)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn env(name: &str) -> Option<String> {
        (name == "APP_PASSWORD").then(|| "s3cret".to_string())
    }

    fn load_text(name: &str, text: &str) -> Result<Declaration> {
        parse(Path::new(name), text, "dev", &env)
    }

    fn refused(name: &str, text: &str) -> String {
        let e = load_text(name, text).unwrap_err();
        assert_eq!(e.exit_code(), crate::error::ExitCode::Usage);
        e.to_string()
    }

    const TOML: &str = r#"profile = "prod"

[clickhouse.services.web]
provider = "AWS"
region = "us-east-1"
min_replica_memory_gb = 16
ip_access = ["203.0.113.0/24=office"]

[cockroach.clusters.analytics]
profile = "staging"
provider = "gcp"
regions = { us-east1 = 3 }
vcpus = 4
storage_gib = 15
databases = ["shop", "audit"]
allowlist = ["203.0.113.0/24=office", { cidr = "198.51.100.7/32", ui = true }]
maintenance_window = { day = "Sat", start_hour = 3 }

[cockroach.clusters.analytics.sql_users.app]
password_env = "APP_PASSWORD"
"#;

    #[test]
    fn a_file_becomes_resources_with_their_profiles_and_lines() {
        let d = load_text("db.toml", TOML).unwrap();
        let keys: Vec<(&str, &str, Option<&str>, &str, usize)> = d
            .resources
            .iter()
            .map(|r| {
                (
                    r.key.profile.as_str(),
                    r.key.kind.name(),
                    r.key.parent.as_deref(),
                    r.key.name.as_str(),
                    r.line,
                )
            })
            .collect();
        assert_eq!(
            keys,
            vec![
                ("prod", "service", None, "web", 3),
                ("staging", "cluster", None, "analytics", 9),
                ("staging", "database", Some("analytics"), "shop", 15),
                ("staging", "database", Some("analytics"), "audit", 15),
                ("staging", "sql_user", Some("analytics"), "app", 19),
                (
                    "staging",
                    "allowlist",
                    Some("analytics"),
                    "203.0.113.0/24",
                    16
                ),
                (
                    "staging",
                    "allowlist",
                    Some("analytics"),
                    "198.51.100.7/32",
                    16
                ),
                (
                    "staging",
                    "maintenance_window",
                    Some("analytics"),
                    "analytics",
                    17
                ),
            ]
        );
        let web = &d.resources[0];
        assert_eq!(
            super::super::get(&web.fields, "provider"),
            Some(&json!("aws"))
        );
        assert_eq!(
            super::super::get(&d.resources[1].fields, "regions"),
            Some(&json!({"us-east1": 3}))
        );
        assert!(matches!(&d.resources[4].secret, Secret::Password(p) if p == "s3cret"));
        assert_eq!(
            super::super::get(&d.resources[7].fields, "day"),
            Some(&json!("saturday"))
        );
        assert_eq!(
            d.resources[1].children,
            vec![
                KindId::Database,
                KindId::SqlUser,
                KindId::Allowlist,
                KindId::MaintenanceWindow
            ]
        );
        // Without a profile in the file, the one in effect.
        let d = load_text("db.toml", "[cockroach.clusters.x]\nprovider = \"aws\"\n").unwrap();
        assert_eq!(d.resources[0].key.profile, "dev");
    }

    #[test]
    fn toml_problems_name_the_line_and_key() {
        let text = "profile = \"prod\"\nextra = 1\n\n[clickhouse.services.web]\nprovider = \"aws\"\nregion = \"us-east1\"\nmax_replica_memory_gb = 10\ncolour = \"blue\"\ntags = [\"ok\", \"bad tag\"]\n\n[cockroach.clusters.a]\nvcpus = \"four\"\nregions = [\"us-east1\"]\nsql_users = { app = { password_env = \"MISSING\" } }\nmaintenance_window = { day = \"someday\" }\n";
        let e = refused("db.toml", text);
        for expected in [
            "db.toml:2: extra: unknown key; the keys here are: profile, clickhouse, cockroach",
            "db.toml:6: clickhouse.services.web.region: invalid value 'us-east1' for 'region': it is a region of gcp, not aws",
            "db.toml:7: clickhouse.services.web.max_replica_memory_gb: 10 GiB is not allowed: 8 to 356 in steps of 4 GiB",
            "db.toml:8: clickhouse.services.web.colour: unknown key",
            "db.toml:9: clickhouse.services.web.tags[1]: tag key 'bad tag' is not allowed",
            "db.toml:12: cockroach.clusters.a.vcpus: expected a number, found a string ('four')",
            "db.toml:14: cockroach.clusters.a.sql_users.app.password_env: the environment variable MISSING is not set",
            "db.toml:15: cockroach.clusters.a.maintenance_window.day: 'someday' is not a day of the week",
        ] {
            assert!(e.contains(expected), "missing «{expected}» in:\n{e}");
        }
        assert!(
            e.starts_with("8 problems in db.toml; nothing was sent"),
            "{e}"
        );
        // The checks that need several fields name the field.
        let e = refused(
            "db.toml",
            "[cockroach.clusters.a]\nregions = [\"us-east1\"]\nvcpus = 4\n",
        );
        assert_eq!(
            e,
            "db.toml:3: cockroach.clusters.a.vcpus: vcpus applies to dedicated (ADVANCED) clusters only"
        );
        let e = refused(
            "db.toml",
            "[clickhouse.services.web]\nmax_replicas = 3\nmin_replicas = 4\n",
        );
        assert!(e.contains("db.toml:3: clickhouse.services.web.min_replicas: min_replicas 4 is more than max_replicas 3"), "{e}");
        let e = refused("db.toml", "[clickhouse.servces.web]\n");
        assert!(
            e.contains("db.toml:1: clickhouse.servces: unknown key; did you mean services?"),
            "{e}"
        );
        let e = refused("db.toml", "[clickhouse.services.web]\nregoin = \"x\"\n");
        assert!(
            e.contains(
                "db.toml:2: clickhouse.services.web.regoin: unknown key; did you mean region?"
            ),
            "{e}"
        );
    }

    #[test]
    fn syntax_errors_name_the_line() {
        let e = refused("db.toml", "[clickhouse.services.web]\nprovider = \n");
        assert!(e.starts_with("db.toml:2: not valid TOML"), "{e}");
        let e = refused("db.yaml", "clickhouse:\n  services:\n    web: [\n");
        assert!(e.starts_with("db.yaml:"), "{e}");
        assert!(e.contains("not valid YAML"), "{e}");
    }

    #[test]
    fn yaml_problems_name_the_line_and_key() {
        let text = "profile: prod\nclickhouse:\n  services:\n    web:\n      provider: aws\n      region: us-east-1\n      ip_access:\n        - 203.0.113.0/24=office\n        - not-an-ip\n      colour: blue\ncockroach:\n  clusters:\n    analytics:\n      regions: {us-east1: 0}\n      allowlist:\n        - cidr: 10.0.0.0/8\n          sql: maybe\n      sql_users:\n        app:\n          password_env: APP_PASSWORD\n          password_file: pw.txt\n";
        let e = refused("db.yaml", text);
        for expected in [
            "db.yaml:9: clickhouse.services.web.ip_access[1]: 'not-an-ip' is not an IP address",
            "db.yaml:10: clickhouse.services.web.colour: unknown key",
            "db.yaml:14: cockroach.clusters.analytics.regions: region us-east1: the node count must be a whole number of 1 or more",
            "db.yaml:16: cockroach.clusters.analytics.allowlist[0]: sql: expected true or false",
            "db.yaml:20: cockroach.clusters.analytics.sql_users.app.password_env: give password_env or password_file, not both",
        ] {
            assert!(e.contains(expected), "missing «{expected}» in:\n{e}");
        }
        // The same file as TOML would have read is the same declaration.
        let yaml = "profile: prod\nclickhouse:\n  services:\n    web:\n      provider: aws\n      region: us-east-1\n      min_replica_memory_gb: 16\n      ip_access: [\"203.0.113.0/24=office\"]\ncockroach:\n  clusters:\n    analytics:\n      profile: staging\n      provider: gcp\n      regions: {us-east1: 3}\n      vcpus: 4\n      storage_gib: 15\n      databases: [shop, audit]\n      allowlist: [\"203.0.113.0/24=office\", {cidr: 198.51.100.7/32, ui: true}]\n      maintenance_window: {day: Sat, start_hour: 3}\n      sql_users:\n        app:\n          password_env: APP_PASSWORD\n";
        let from_yaml = load_text("db.yml", yaml).unwrap();
        let from_toml = load_text("db.toml", TOML).unwrap();
        let view = |d: &Declaration| {
            d.resources
                .iter()
                .map(|r| format!("{:?} {:?}", r.key, r.fields))
                .collect::<Vec<_>>()
        };
        assert_eq!(view(&from_yaml), view(&from_toml));
        assert_eq!(from_yaml.resources[1].line, 11);
        assert_eq!(from_yaml.resources[4].line, 21);
    }

    #[test]
    fn password_files_are_read_next_to_the_file() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("app.pw"), "from-file\n").unwrap();
        let path = dir.path().join("db.toml");
        let text = "[cockroach.clusters.a.sql_users.app]\npassword_file = \"app.pw\"\n[cockroach.clusters.a.sql_users.other]\npassword_file = \"missing.pw\"\n";
        let e = parse(&path, text, "dev", &env).unwrap_err().to_string();
        assert!(
            e.contains(":4: cockroach.clusters.a.sql_users.other.password_file: cannot read"),
            "{e}"
        );
        let text = "[clickhouse.services.web]\npassword_file = \"web.pw\"\n[cockroach.clusters.a.sql_users.app]\npassword_file = \"app.pw\"\n";
        let d = parse(&path, text, "dev", &env).unwrap();
        assert!(
            matches!(&d.resources[0].secret, Secret::PasswordFile(p) if *p == dir.path().join("web.pw"))
        );
        assert!(matches!(&d.resources[2].secret, Secret::Password(p) if p == "from-file"));
    }
}
