//! The plan: what apply would do to make the live state what the file declares. Only the fields the file
//! mentions are compared; a change the API cannot make in place is refused with its reason (never done by
//! deleting); deletions happen only with `--prune`, and only for the kinds and profiles the file declares.

use serde_json::{Map, Value, json};

use super::fields::Change;
use super::file::Declaration;
use super::kinds::Kind;
use super::read::{Account, Found};
use super::{Desired, KindId, Live, ResKey, fields};

/// A field that changes.
#[derive(Clone, Debug, PartialEq)]
pub struct Diff {
    pub key: &'static str,
    pub from: Value,
    pub to: Value,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Create,
    Update,
    Delete,
}

impl Action {
    pub fn name(self) -> &'static str {
        match self {
            Action::Create => "create",
            Action::Update => "update",
            Action::Delete => "delete",
        }
    }

    pub fn sign(self) -> char {
        match self {
            Action::Create => '+',
            Action::Update => '~',
            Action::Delete => '-',
        }
    }
}

/// One resource of the plan: what happens to it (nothing, when it matches), and its own resources.
#[derive(Debug)]
pub struct Node {
    pub key: ResKey,
    pub action: Option<Action>,
    pub diffs: Vec<Diff>,
    /// Its index in the declaration's resources, when the file declares it.
    pub desired: Option<usize>,
    pub live: Option<Live>,
    /// Its index in the accounts.
    pub account: usize,
    pub children: Vec<Node>,
}

#[derive(Debug, Default)]
pub struct Plan {
    pub nodes: Vec<Node>,
    /// What cannot be done: changes the API cannot make in place, what a creation lacks, ambiguous names.
    pub problems: Vec<String>,
}

impl Plan {
    /// Every resource that changes, each before its own resources.
    pub fn changes(&self) -> Vec<&Node> {
        fn walk<'a>(nodes: &'a [Node], out: &mut Vec<&'a Node>) {
            for n in nodes {
                if n.action.is_some() {
                    out.push(n);
                }
                walk(&n.children, out);
            }
        }
        let mut out = Vec::new();
        walk(&self.nodes, &mut out);
        out
    }

    /// How many resources are created, updated and deleted.
    pub fn summary(&self) -> (usize, usize, usize) {
        let count = |a| {
            self.changes()
                .iter()
                .filter(|n| n.action == Some(a))
                .count()
        };
        (
            count(Action::Create),
            count(Action::Update),
            count(Action::Delete),
        )
    }

    pub fn is_empty(&self) -> bool {
        self.changes().is_empty()
    }

    /// `{"changes": [...], "summary": {"create": N, "update": N, "delete": N}}`.
    pub fn to_json(&self) -> Value {
        let changes: Vec<Value> = self.changes().iter().map(|n| change_json(n)).collect();
        let (create, update, delete) = self.summary();
        json!({
            "changes": changes,
            "summary": {"create": create, "update": update, "delete": delete},
        })
    }
}

pub fn change_json(n: &Node) -> Value {
    let mut fields = Map::new();
    for d in &n.diffs {
        fields.insert(d.key.to_string(), json!({"from": d.from, "to": d.to}));
    }
    json!({
        "action": n.action.map(Action::name),
        "provider": n.key.provider().key(),
        "kind": n.key.kind.name(),
        "name": n.key.name,
        "parent": n.key.parent,
        "profile": n.key.profile,
        "fields": fields,
    })
}

/// Compares the declaration with what the accounts have (`found[i]` of `accounts[i]`).
pub fn plan(decl: &Declaration, accounts: &[Account], found: &[Found], prune: bool) -> Plan {
    let mut plan = Plan::default();
    for (i, (account, found)) in accounts.iter().zip(found).enumerate() {
        let kinds: Vec<KindId> = decl
            .kinds_of(&account.profile)
            .into_iter()
            .filter(|k| k.provider() == account.provider)
            .collect();
        for kind_id in kinds {
            let kind = kind_id.kind();
            let live = found
                .top
                .get(&kind_id)
                .map(Vec::as_slice)
                .unwrap_or_default();
            let mut declared = Vec::new();
            for (index, d) in decl.resources.iter().enumerate() {
                if d.key.kind != kind_id
                    || d.key.profile != account.profile
                    || d.key.parent.is_some()
                {
                    continue;
                }
                declared.push(d.key.name.clone());
                let matches: Vec<&Live> = live.iter().filter(|l| l.name == d.key.name).collect();
                if matches.len() > 1 {
                    plan.problems.push(format!(
                        "{}: {} (profile {}): {} {}s have this name; dbcloud cannot tell which one the file means (rename or delete the others)",
                        decl.at(d),
                        d.key.describe(),
                        d.key.profile,
                        matches.len(),
                        kind_id.name()
                    ));
                    continue;
                }
                let live = matches.first().map(|l| (*l).clone());
                let mut node = resource(decl, index, live, i, account, &mut plan.problems);
                for child in &d.children {
                    let live = node.live.as_ref().and_then(|l| {
                        found
                            .children
                            .get(&(l.name.clone(), *child))
                            .map(Vec::as_slice)
                    });
                    children(
                        decl,
                        &mut node,
                        *child,
                        live.unwrap_or_default(),
                        i,
                        account,
                        prune,
                        &mut plan.problems,
                    );
                }
                plan.nodes.push(node);
            }
            if prune {
                for l in live.iter().filter(|l| !declared.contains(&l.name)) {
                    if kind.builtin(&l.name) || !kind.prunable() {
                        continue;
                    }
                    plan.nodes
                        .push(deletion(&account.profile, kind_id, None, l, i));
                }
            }
        }
    }
    plan
}

fn deletion(
    profile: &str,
    kind: KindId,
    parent: Option<String>,
    live: &Live,
    account: usize,
) -> Node {
    Node {
        key: ResKey {
            profile: profile.to_string(),
            kind,
            parent,
            name: live.name.clone(),
        },
        action: Some(Action::Delete),
        diffs: Vec::new(),
        desired: None,
        live: Some(live.clone()),
        account,
        children: Vec::new(),
    }
}

/// The node of one declared resource: created when it does not exist, else updated where it differs.
fn resource(
    decl: &Declaration,
    index: usize,
    live: Option<Live>,
    account_index: usize,
    account: &Account,
    problems: &mut Vec<String>,
) -> Node {
    let d = &decl.resources[index];
    let kind = d.key.kind.kind();
    let at = |message: String| {
        format!(
            "{}: {} (profile {}): {message}",
            decl.at(d),
            d.key.describe(),
            d.key.profile
        )
    };
    for missing in kind.unknown_references(d, live.as_ref(), &account.catalog) {
        problems.push(at(missing));
    }
    let (action, diffs) = match &live {
        None => {
            for missing in kind.missing_for_create(d) {
                problems.push(at(missing));
            }
            let diffs = d
                .fields
                .iter()
                .filter(|(k, _)| {
                    fields::find(kind.fields(), k).is_some_and(|f| f.change != Change::Local)
                })
                .map(|(k, v)| Diff {
                    key: k,
                    from: Value::Null,
                    to: v.clone(),
                })
                .collect();
            (Some(Action::Create), diffs)
        }
        Some(l) => {
            let diffs = compare(kind, d, l, account, &mut |m| problems.push(at(m)));
            ((!diffs.is_empty()).then_some(Action::Update), diffs)
        }
    };
    Node {
        key: d.key.clone(),
        action,
        diffs,
        desired: Some(index),
        live,
        account: account_index,
        children: Vec::new(),
    }
}

/// The fields the file mentions that differ from the live ones; a difference the API cannot change in
/// place is reported, not planned.
fn compare(
    kind: &dyn Kind,
    d: &Desired,
    live: &Live,
    account: &Account,
    refused: &mut dyn FnMut(String),
) -> Vec<Diff> {
    let observed = kind.observe(live, &account.catalog);
    let mut out = Vec::new();
    for (key, want) in &d.fields {
        let Some(field) = fields::find(kind.fields(), key) else {
            continue;
        };
        if matches!(field.change, Change::CreateOnly | Change::Local) {
            continue;
        }
        let have = super::get(&observed, key).cloned().unwrap_or(Value::Null);
        // A field fixed at creation that the API does not show cannot be compared.
        if have.is_null() && matches!(field.change, Change::Fixed(_)) {
            continue;
        }
        if kind.same(key, want, &have) {
            continue;
        }
        if let Some(reason) = kind.refuse_on(key, &d.fields, &observed) {
            refused(format!("{key}: {reason}"));
            continue;
        }
        let (from, to) = kind.difference(key, want, &have);
        match kind.refuse(key, &from, &to) {
            Some(reason) => refused(format!(
                "{key} cannot change from {} to {} in place: {reason}",
                super::view::value(&from),
                super::view::value(&to)
            )),
            None => out.push(Diff { key, from, to }),
        }
    }
    out
}

/// The nodes of a cluster's own resources of one kind (`databases`, ...): declared ones created or updated,
/// live ones the file does not list deleted with `--prune`.
#[allow(clippy::too_many_arguments)]
fn children(
    decl: &Declaration,
    parent: &mut Node,
    kind_id: KindId,
    live: &[Live],
    account_index: usize,
    account: &Account,
    prune: bool,
    problems: &mut Vec<String>,
) {
    let kind = kind_id.kind();
    let mut declared = Vec::new();
    for (index, d) in decl.resources.iter().enumerate() {
        if d.key.kind != kind_id
            || d.key.profile != parent.key.profile
            || d.key.parent.as_deref() != Some(parent.key.name.as_str())
        {
            continue;
        }
        declared.push(d.key.name.clone());
        let l = live.iter().find(|l| l.name == d.key.name).cloned();
        let node = resource(decl, index, l, account_index, account, problems);
        parent.children.push(node);
    }
    if prune && kind.prunable() {
        for l in live {
            if !declared.contains(&l.name) && !kind.builtin(&l.name) {
                parent.children.push(deletion(
                    &parent.key.profile,
                    kind_id,
                    Some(parent.key.name.clone()),
                    l,
                    account_index,
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::time::Duration;

    use super::*;
    use crate::declare::read::{Catalog, Conn};
    use crate::http::{Auth, Client, ClientConfig, RetryPolicy};
    use crate::provider::Provider;

    fn account() -> Account {
        let client = Client::new(ClientConfig {
            provider: Provider::Cockroach,
            base_url: "http://127.0.0.1:9".into(),
            auth: Auth::Bearer {
                api_key: "k".into(),
            },
            timeout: Duration::from_secs(1),
            verbose: false,
            retry: RetryPolicy::default(),
            pause_notice: None,
        })
        .unwrap();
        Account {
            profile: "p".into(),
            provider: Provider::Cockroach,
            conn: Conn::Cockroach {
                api: crate::cockroach::api::Api::new(client),
                url: "http://127.0.0.1:9".into(),
            },
            catalog: Catalog::default(),
        }
    }

    fn live(name: &str, raw: Value) -> Live {
        Live {
            id: format!("id-{name}"),
            name: name.into(),
            raw,
        }
    }

    fn cluster(name: &str) -> Live {
        live(
            name,
            json!({"id": format!("id-{name}"), "name": name, "state": "CREATED", "plan": "BASIC",
                   "cloud_provider": "GCP", "regions": [{"name": "us-east1", "primary": true}]}),
        )
    }

    fn declaration(text: &str) -> Declaration {
        crate::declare::file::parse(Path::new("db.toml"), text, "p", &|_| None).unwrap()
    }

    #[test]
    fn only_what_the_file_mentions_is_compared_and_prune_keeps_to_its_scope() {
        let decl = declaration(
            "[cockroach.clusters.a]\nprovider = \"gcp\"\nplan = \"serverless\"\nregions = [\"us-east1\", \"europe-west1\"]\ndatabases = [\"shop\"]\nmaintenance_window = { day = \"mon\", start_hour = 1 }\n",
        );
        let mut found = Found::default();
        found
            .top
            .insert(KindId::Cluster, vec![cluster("a"), cluster("b")]);
        found.children.insert(
            ("a".into(), KindId::Database),
            vec![live("defaultdb", json!({})), live("old", json!({}))],
        );
        found
            .children
            .insert(("a".into(), KindId::MaintenanceWindow), Vec::new());
        let plan = plan(&decl, &[account()], &[found], true);
        assert!(plan.problems.is_empty(), "{:?}", plan.problems);
        let json = plan.to_json();
        let changes: Vec<String> = json["changes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| format!("{} {} {}", c["action"], c["kind"], c["name"]).replace('"', ""))
            .collect();
        assert_eq!(
            changes,
            [
                "update cluster a",
                "create database shop",
                "delete database old",
                "create maintenance_window a",
                "delete cluster b"
            ]
        );
        // "serverless" is the BASIC plan's hardware: the same; a region added is the only change.
        assert_eq!(
            json["changes"][0]["fields"],
            json!({"regions": {"from": ["us-east1"], "to": ["us-east1", "europe-west1"]}})
        );
    }

    #[test]
    fn a_name_several_live_resources_share_is_refused() {
        let decl = declaration("[cockroach.clusters.a]\nprovider = \"gcp\"\n");
        let mut found = Found::default();
        found
            .top
            .insert(KindId::Cluster, vec![cluster("a"), cluster("a")]);
        let plan = plan(&decl, &[account()], &[found], false);
        assert!(plan.is_empty());
        assert_eq!(
            plan.problems,
            [
                "db.toml:1: cluster a (profile p): 2 clusters have this name; dbcloud cannot tell which one the file means (rename or delete the others)"
            ]
        );
        // A region taken away from a serverless cluster cannot be.
        let decl = declaration("[cockroach.clusters.a]\nregions = [\"europe-west1\"]\n");
        let mut found = Found::default();
        found.top.insert(KindId::Cluster, vec![cluster("a")]);
        let refused = super::plan(&decl, &[account()], &[found], false);
        assert!(
            refused.problems[0]
                .contains("region us-east1 cannot be removed from a serverless cluster"),
            "{:?}",
            refused.problems
        );
    }
}
