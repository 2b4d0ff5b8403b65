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
    let lines: Vec<String> = problems
        .0
        .iter()
        .map(|(p, message)| {
            let line = (1..=p.len())
                .rev()
                .find_map(|n| source.line(&p[..n]))
                .map(|l| format!(":{l}"))
                .unwrap_or_default();
            let key = if p.is_empty() {
                String::new()
            } else {
                format!(" {}:", dotted(p))
            };
            format!("{name}{line}:{key} {message}")
        })
        .collect();
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
            problems.add(
                &[Seg::Key(key.clone())],
                format!("unknown key; the keys here are: {}", known.join(", ")),
            );
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
                    problems.add(
                        &with(&path, key),
                        format!("unknown key; the keys here are: {}", known.join(", ")),
                    );
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
    let Value::Object(table) = body else {
        problems.add(
            &path,
            format!("expected a table, found {}", fields::shown(body)),
        );
        return;
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

fn report(path: &[Seg], found: Vec<(String, Option<usize>, String)>, problems: &mut Problems) {
    for (key, item, message) in found {
        let mut p = with(path, &key);
        if let Some(i) = item {
            p.push(Seg::Index(i));
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
            if let Some(i) = item {
                p.push(Seg::Index(i));
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

// ----------------------------------------------------------------------------------------------------------
// TOML
// ----------------------------------------------------------------------------------------------------------

fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset.min(text.len()))
        .map_or(1, |t| t.matches('\n').count() + 1)
}

fn toml_item(item: &toml_edit::Item) -> Value {
    match item {
        toml_edit::Item::None => Value::Null,
        toml_edit::Item::Value(v) => toml_value(v),
        toml_edit::Item::Table(t) => Value::Object(
            t.iter()
                .map(|(k, v)| (k.to_string(), toml_item(v)))
                .collect(),
        ),
        toml_edit::Item::ArrayOfTables(a) => Value::Array(
            a.iter()
                .map(|t| {
                    Value::Object(
                        t.iter()
                            .map(|(k, v)| (k.to_string(), toml_item(v)))
                            .collect(),
                    )
                })
                .collect(),
        ),
    }
}

fn toml_value(v: &toml_edit::Value) -> Value {
    use toml_edit::Value as T;
    match v {
        T::String(s) => Value::String(s.value().clone()),
        T::Integer(i) => Value::from(*i.value()),
        T::Float(f) => serde_json::Number::from_f64(*f.value()).map_or(Value::Null, Value::Number),
        T::Boolean(b) => Value::Bool(*b.value()),
        T::Datetime(d) => Value::String(d.value().to_string()),
        T::Array(a) => Value::Array(a.iter().map(toml_value).collect()),
        T::InlineTable(t) => Value::Object(
            t.iter()
                .map(|(k, v)| (k.to_string(), toml_value(v)))
                .collect(),
        ),
    }
}

/// The span of the last key (or list item) of `path` that the document has.
fn toml_span(doc: &toml_edit::Document<String>, path: &[Seg]) -> Option<std::ops::Range<usize>> {
    enum Cur<'a> {
        Item(&'a toml_edit::Item),
        Value(&'a toml_edit::Value),
    }
    let mut cur = Cur::Item(doc.as_item());
    let mut span = None;
    for seg in path {
        match seg {
            Seg::Key(k) => {
                let table: &dyn toml_edit::TableLike = match cur {
                    Cur::Item(i) => match i.as_table_like() {
                        Some(t) => t,
                        None => break,
                    },
                    Cur::Value(v) => match v.as_inline_table() {
                        Some(t) => t,
                        None => break,
                    },
                };
                let Some((key, item)) = table.get_key_value(k) else {
                    break;
                };
                span = key.span().or(span);
                cur = Cur::Item(item);
            }
            Seg::Index(i) => {
                let array = match cur {
                    Cur::Item(item) => item.as_array(),
                    Cur::Value(v) => v.as_array(),
                };
                let Some(v) = array.and_then(|a| a.get(*i)) else {
                    break;
                };
                span = v.span().or(span);
                cur = Cur::Value(v);
            }
        }
    }
    span
}

// ----------------------------------------------------------------------------------------------------------
// YAML: the line of a path, found by following its keys through the text (block style; inside a flow
// collection `{...}`/`[...]`, the line of the collection).
// ----------------------------------------------------------------------------------------------------------

/// A line's indentation and its content; a list item's dash counts as indentation (`- key: v`).
fn entry(line: &str) -> (usize, &str, bool) {
    let indent = line.len() - line.trim_start().len();
    let body = line.trim_start();
    match body
        .strip_prefix("- ")
        .or_else(|| (body == "-").then_some(""))
    {
        Some(rest) => {
            let extra = body.len() - rest.trim_start().len();
            (indent + extra, rest.trim_start(), true)
        }
        None => (indent, body, false),
    }
}

fn key_of(body: &str) -> Option<String> {
    let (key, rest) = if let Some(r) = body.strip_prefix('"') {
        let end = r.find('"')?;
        (r[..end].to_string(), &r[end + 1..])
    } else if let Some(r) = body.strip_prefix('\'') {
        let end = r.find('\'')?;
        (r[..end].to_string(), &r[end + 1..])
    } else {
        let end = body.find(':')?;
        (body[..end].trim_end().to_string(), &body[end..])
    };
    let rest = rest.trim_start();
    (rest.starts_with(':') && (rest.len() == 1 || rest[1..].starts_with([' ', '\t'])))
        .then_some(key)
}

fn yaml_line(text: &str, path: &[Seg]) -> Option<usize> {
    let lines: Vec<&str> = text.lines().collect();
    let content = |i: usize| {
        let t = lines[i].trim_start();
        !(t.is_empty() || t.starts_with('#') || t == "---")
    };
    // The lines of the current node: [start, end), whose entries are indented more than `outer`.
    let (mut start, mut end, mut outer) = (0usize, lines.len(), -1isize);
    let mut found = None;
    for seg in path {
        let mut hit = None;
        let mut level = None;
        for i in start..end {
            if !content(i) {
                continue;
            }
            let (indent, body, dash) = entry(lines[i]);
            let raw_indent = (lines[i].len() - lines[i].trim_start().len()) as isize;
            if raw_indent <= outer && !(dash && raw_indent == outer && matches!(seg, Seg::Index(_)))
            {
                if i > start {
                    break;
                }
                continue;
            }
            match seg {
                Seg::Key(k) => {
                    let l = *level.get_or_insert(indent);
                    if indent == l && key_of(body).as_deref() == Some(k.as_str()) {
                        hit = Some((i, indent as isize));
                        break;
                    }
                }
                Seg::Index(n) => {
                    if !dash {
                        continue;
                    }
                    let l = *level.get_or_insert(raw_indent as usize);
                    if raw_indent as usize != l {
                        continue;
                    }
                    let seen = level_count(&lines, start, i, l);
                    if seen == *n {
                        hit = Some((i, raw_indent));
                        break;
                    }
                }
            }
        }
        let Some((i, indent)) = hit else {
            break;
        };
        found = Some(i + 1);
        let mut next_end = lines.len().min(end);
        for (j, line) in lines.iter().enumerate().take(end).skip(i + 1) {
            if content(j) && ((line.len() - line.trim_start().len()) as isize) <= indent {
                let dash_at_same =
                    entry(line).2 && (line.len() - line.trim_start().len()) as isize == indent;
                if !(dash_at_same && matches!(seg, Seg::Key(_))) {
                    next_end = j;
                    break;
                }
            }
        }
        start = i;
        end = next_end;
        outer = indent;
        // The node's first entry may be on the item's own line (`- key: v`).
        if matches!(seg, Seg::Index(_)) {
            outer = indent;
        } else {
            start = i + 1;
        }
    }
    found
}

/// How many list items at indentation `level` come before line `before` (from `start`).
fn level_count(lines: &[&str], start: usize, before: usize, level: usize) -> usize {
    lines[start..before]
        .iter()
        .filter(|l| {
            let raw = l.len() - l.trim_start().len();
            raw == level && entry(l).2
        })
        .count()
}
