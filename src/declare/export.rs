//! Export: the live state of a profile as a declaration file that `plan` reports as "no changes", so a team
//! can start from what it already has. Secrets are left out, with a comment where a password is needed.

use serde_json::{Map, Value, json};

use super::read::{Account, Found};
use super::{KindId, Live, kinds};

/// A document: keys with values or tables, and commented-out keys at the end of a table (a key, its value,
/// and what it is for).
#[derive(Debug, Default)]
pub struct Table {
    pub entries: Vec<(String, Entry)>,
    pub comments: Vec<(String, Value, String)>,
}

#[derive(Debug)]
pub enum Entry {
    Value(Value),
    Table(Table),
}

impl Table {
    fn set(&mut self, key: &str, value: Value) {
        self.entries.push((key.to_string(), Entry::Value(value)));
    }

    /// The table at `key`, made when missing.
    fn table(&mut self, key: &str) -> &mut Table {
        let at = match self.entries.iter().position(|(k, _)| k == key) {
            Some(i) => i,
            None => {
                self.entries
                    .push((key.to_string(), Entry::Table(Table::default())));
                self.entries.len() - 1
            }
        };
        match &mut self.entries[at].1 {
            Entry::Table(t) => t,
            Entry::Value(_) => unreachable!("export keys are tables or values, never both"),
        }
    }

    pub fn to_json(&self) -> Value {
        Value::Object(
            self.entries
                .iter()
                .map(|(k, e)| {
                    (
                        k.clone(),
                        match e {
                            Entry::Value(v) => v.clone(),
                            Entry::Table(t) => t.to_json(),
                        },
                    )
                })
                .collect::<Map<_, _>>(),
        )
    }
}

/// The document of what these accounts (of one profile) have.
pub fn document(profile: &str, accounts: &[Account], found: &[Found]) -> Table {
    let mut root = Table::default();
    root.set("profile", json!(profile));
    for (account, found) in accounts.iter().zip(found) {
        for (provider, section, kind_id) in kinds::TOP {
            if kind_id.provider() != account.provider {
                continue;
            }
            let kind = kind_id.kind();
            let Some(live) = found.top.get(kind_id) else {
                continue;
            };
            for l in live {
                let observed = kind.observe(l, &account.catalog);
                let table = root.table(provider).table(section).table(&l.name);
                for (k, v) in kind.export(observed) {
                    match v {
                        Value::Object(entries) if kind.exported_as_tables().contains(&k) => {
                            let sub = table.table(k);
                            for (name, value) in entries {
                                sub.set(&name, value);
                            }
                        }
                        v => table.set(k, v),
                    }
                }
                if kind.password() == kinds::Password::Write {
                    table.comments.push((
                        "password_file".into(),
                        json!(format!("{}.password", l.name)),
                        "where the password of a new service is written".into(),
                    ));
                }
                for child in kind.children() {
                    let live = found
                        .children
                        .get(&(l.name.clone(), *child))
                        .map(Vec::as_slice)
                        .unwrap_or_default();
                    child_entries(table, *child, live, account);
                }
            }
        }
    }
    root
}

fn child_entries(table: &mut Table, kind_id: KindId, live: &[Live], account: &Account) {
    let kind = kind_id.kind();
    let mut live: Vec<&Live> = live.iter().filter(|l| !kind.builtin(&l.name)).collect();
    // By name: the API lists them in creation order, and apply creates a cluster's children at once, so
    // the same state would otherwise export in a different order from one run to the next.
    live.sort_by(|a, b| a.name.cmp(&b.name));
    match kind_id {
        KindId::Database => {
            if !live.is_empty() {
                table.set(
                    kind.file_key(),
                    json!(live.iter().map(|l| &l.name).collect::<Vec<_>>()),
                );
            }
        }
        KindId::Allowlist => {
            if live.is_empty() {
                return;
            }
            let entries: Vec<Value> = live
                .iter()
                .map(|l| {
                    let f = kind.export(kind.observe(l, &account.catalog));
                    let get = |k: &str| super::get(&f, k).cloned();
                    let plain = get("sql") != Some(json!(false)) && get("ui") != Some(json!(true));
                    match (plain, get("name")) {
                        (true, Some(Value::String(n))) if !n.contains('=') => {
                            json!(format!("{}={n}", l.name))
                        }
                        (true, None) => json!(l.name),
                        _ => {
                            let mut m = Map::new();
                            m.insert("cidr".into(), json!(l.name));
                            for (k, v) in f {
                                m.insert(k.to_string(), v);
                            }
                            Value::Object(m)
                        }
                    }
                })
                .collect();
            table.set(kind.file_key(), json!(entries));
        }
        KindId::MaintenanceWindow => {
            if let Some(l) = live.first() {
                let f = kind.export(kind.observe(l, &account.catalog));
                let m: Map<String, Value> =
                    f.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
                table.set(kind.file_key(), Value::Object(m));
            }
        }
        KindId::SqlUser => {
            for l in live {
                let user = table.table(kind.file_key()).table(&l.name);
                user.comments.push((
                    "password_env".into(),
                    json!(format!(
                        "{}_PASSWORD",
                        l.name.to_ascii_uppercase().replace(['-', '.'], "_")
                    )),
                    "a password (password_env or password_file) is needed only to create the user"
                        .into(),
                ));
            }
        }
        KindId::Service | KindId::Postgres | KindId::Cluster => {}
    }
}

fn bare(key: &str) -> bool {
    !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

fn toml_key(key: &str) -> String {
    if bare(key) {
        key.to_string()
    } else {
        Value::String(key.to_string()).to_string()
    }
}

fn toml_value(v: &Value) -> String {
    match v {
        Value::Null => "\"\"".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => {
            let mut t = toml_edit::Value::from(s.as_str());
            t.decor_mut().clear();
            t.to_string()
        }
        Value::Array(items) => format!(
            "[{}]",
            items.iter().map(toml_value).collect::<Vec<_>>().join(", ")
        ),
        Value::Object(m) if m.is_empty() => "{}".into(),
        Value::Object(m) => format!(
            "{{ {} }}",
            m.iter()
                .map(|(k, v)| format!("{} = {}", toml_key(k), toml_value(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// The document as TOML: values first, then each table under its full `[a.b.c]` header.
pub fn to_toml(root: &Table, header: &str) -> String {
    fn emit(t: &Table, path: &[String], out: &mut String) {
        let values: Vec<_> = t
            .entries
            .iter()
            .filter_map(|(k, e)| match e {
                Entry::Value(v) => Some((k, v)),
                Entry::Table(_) => None,
            })
            .collect();
        let tables: Vec<_> = t
            .entries
            .iter()
            .filter_map(|(k, e)| match e {
                Entry::Table(t) => Some((k, t)),
                Entry::Value(_) => None,
            })
            .collect();
        // A table with values or comments has a header of its own; one holding only tables needs none.
        if !path.is_empty() && (!values.is_empty() || !t.comments.is_empty() || tables.is_empty()) {
            let name: Vec<String> = path.iter().map(|k| toml_key(k)).collect();
            out.push_str(&format!("\n[{}]\n", name.join(".")));
        }
        for (k, v) in values {
            out.push_str(&format!("{} = {}\n", toml_key(k), toml_value(v)));
        }
        for (k, v, note) in &t.comments {
            out.push_str(&format!(
                "# {} = {}   # {note}\n",
                toml_key(k),
                toml_value(v)
            ));
        }
        for (k, t) in tables {
            let mut p = path.to_vec();
            p.push(k.clone());
            emit(t, &p, out);
        }
    }
    let mut out = String::from(header);
    emit(root, &[], &mut out);
    out
}

/// A value in YAML's flow style: JSON, with a space after each `:` and `,`.
fn flow(v: &Value) -> String {
    match v {
        Value::Array(items) => format!(
            "[{}]",
            items.iter().map(flow).collect::<Vec<_>>().join(", ")
        ),
        Value::Object(m) => format!(
            "{{{}}}",
            m.iter()
                .map(|(k, v)| format!("{}: {}", Value::String(k.clone()), flow(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        other => other.to_string(),
    }
}

/// The document as YAML: block mappings, values in flow style (JSON-like, which YAML reads).
pub fn to_yaml(root: &Table, header: &str) -> String {
    fn key(k: &str) -> String {
        if bare(k)
            && k.parse::<f64>().is_err()
            && !matches!(k, "true" | "false" | "null" | "yes" | "no" | "on" | "off")
        {
            k.to_string()
        } else {
            Value::String(k.to_string()).to_string()
        }
    }
    fn emit(t: &Table, indent: usize, out: &mut String) {
        let pad = " ".repeat(indent);
        for (k, e) in &t.entries {
            match e {
                Entry::Value(v) => out.push_str(&format!("{pad}{}: {}\n", key(k), flow(v))),
                Entry::Table(t) if t.entries.is_empty() => {
                    out.push_str(&format!("{pad}{}: {{}}\n", key(k)));
                    for (k, v, note) in &t.comments {
                        out.push_str(&format!("{pad}  # {}: {}   # {note}\n", key(k), flow(v)));
                    }
                }
                Entry::Table(t) => {
                    out.push_str(&format!("{pad}{}:\n", key(k)));
                    emit(t, indent + 2, out);
                }
            }
        }
        if !t.entries.is_empty() {
            for (k, v, note) in &t.comments {
                out.push_str(&format!("{pad}# {}: {}   # {note}\n", key(k), flow(v)));
            }
        }
    }
    let mut out = String::from(header);
    emit(root, 0, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Table {
        let mut root = Table::default();
        root.set("profile", json!("prod"));
        let web = root.table("clickhouse").table("services").table("web");
        web.set("region", json!("us-east-1"));
        web.set("ip_access", json!(["203.0.113.0/24=office"]));
        web.comments
            .push(("password_file".into(), json!("web.password"), "new".into()));
        let c = root.table("cockroach").table("clusters").table("analytics");
        c.set("regions", json!({"us-east1": 3}));
        c.set(
            "maintenance_window",
            json!({"day": "saturday", "start_hour": 3}),
        );
        c.table("sql_users").table("app").comments.push((
            "password_env".into(),
            json!("APP_PASSWORD"),
            "needed".into(),
        ));
        root
    }

    #[test]
    fn toml_and_yaml_read_back_as_the_same_document() {
        let root = sample();
        let toml = to_toml(&root, "# header\n");
        assert!(
            toml.contains("[clickhouse.services.web]\nregion = \"us-east-1\""),
            "{toml}"
        );
        assert!(toml.contains("regions = { us-east1 = 3 }"), "{toml}");
        assert!(
            toml.contains("[cockroach.clusters.analytics.sql_users.app]\n# password_env"),
            "{toml}"
        );
        let parsed: Value = toml::from_str(&toml).unwrap();
        assert_eq!(parsed, root.to_json());
        let yaml = to_yaml(&root, "# header\n");
        let parsed: Value = serde_norway::from_str(&yaml).unwrap();
        assert_eq!(parsed, root.to_json(), "{yaml}");
        assert!(
            yaml.contains("        app: {}\n          # password_env: \"APP_PASSWORD\""),
            "{yaml}"
        );
        assert!(
            toml.contains("# password_file = \"web.password\"   # new"),
            "{toml}"
        );
    }
}
