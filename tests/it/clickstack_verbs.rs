//! `dbcloud ch clickstack`: every verb of every kind, in table, JSON and YAML, with `--columns`, `--jq` and
//! `--limit`; objects by ID or exact name; unknown and ambiguous ones; deletes that confirm; replacing
//! updates; secrets kept out of `-v`.

use crate::clickhouse::with_services;
use crate::clickstack::{
    example, example_text, id_of, stack, stack_json, stack_stdin, stack_writes, stored, write,
};
use crate::common::*;
use serde_json::{Value, json};

/// One object of each kind, made through the CLI: (kind, name, ID).
fn one_of_each(emu: &Emu) -> Vec<(&'static str, String, String)> {
    let source = stack_json(
        emu,
        &[
            "source",
            "create",
            "--file",
            example("source").to_str().unwrap(),
        ],
    );
    let src = id_of(&source);
    let dashboard = stack_json_stdin(
        emu,
        &["dashboard", "create", "--file", "-"],
        &example_text("dashboard").replace("65f5e4a3b9e77c001a111111", &src),
    );
    let webhook = stack_json(
        emu,
        &[
            "webhook",
            "create",
            "--file",
            example("webhook").to_str().unwrap(),
        ],
    );
    let search = stack_json_stdin(
        emu,
        &["saved-search", "create", "--file", "-"],
        &example_text("saved-search").replace("65f5e4a3b9e77c001a111111", &src),
    );
    let role = stack_json(
        emu,
        &[
            "role",
            "create",
            "--file",
            example("role").to_str().unwrap(),
        ],
    );
    let alert = stack_json_stdin(
        emu,
        &["alert", "create", "--file", "-"],
        &json!({"name": "Errors", "source": "saved_search", "savedSearchId": id_of(&search),
                "threshold": 3, "thresholdType": "above", "interval": "15m",
                "channel": {"type": "email", "emailRecipients": ["oncall@example.com"]}})
        .to_string(),
    );
    [
        ("source", &source),
        ("dashboard", &dashboard),
        ("webhook", &webhook),
        ("saved-search", &search),
        ("role", &role),
        ("alert", &alert),
    ]
    .into_iter()
    .map(|(kind, v)| (kind, v["name"].as_str().unwrap().to_string(), id_of(v)))
    .collect()
}

fn stack_json_stdin(emu: &Emu, args: &[&str], stdin: &str) -> Value {
    let mut all = args.to_vec();
    all.push("--json");
    let out = stack_stdin(emu, &all, stdin);
    assert_code(&out, 0);
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn every_kind_is_listed_and_read_by_id_or_name() {
    let emu = with_services(1);
    for (kind, name, id) in one_of_each(&emu) {
        // list: a table with the curated columns, JSON as the API sent it, --columns, --jq.
        let out = stack(&emu, &[kind, "list"]);
        assert_code(&out, 0);
        let table = stdout_of(&out);
        assert!(table.starts_with("NAME"), "{kind}: {table}");
        assert!(
            table.contains(&name) && table.contains(&id),
            "{kind}: {table}"
        );
        let list = stack_json(&emu, &[kind, "list"]);
        let listed = list
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["id"] == id.as_str())
            .unwrap();
        let out = stack(&emu, &[kind, "list", "--columns", "id,name"]);
        assert_code(&out, 0);
        assert!(stdout_of(&out).starts_with("ID"), "{}", stdout_of(&out));
        let out = stack(&emu, &[kind, "list", "--jq", ".[].name"]);
        assert_code(&out, 0);
        assert!(
            stdout_of(&out).lines().any(|l| l == name),
            "{}",
            stdout_of(&out)
        );

        // get, by name and by ID (a webhook is found in the list: the API has no GET of one).
        let by_name = stack_json(&emu, &[kind, "get", &name]);
        let by_id = stack_json(&emu, &[kind, "get", &id]);
        assert_eq!(by_name, by_id, "{kind}");
        assert_eq!(&by_id, listed, "{kind}");
        let out = stack(&emu, &[kind, "get", &id, "-o", "yaml"]);
        assert_code(&out, 0);
        let yaml: Value = serde_norway::from_str(&stdout_of(&out)).unwrap();
        assert_eq!(yaml, by_id, "{kind}");
        let out = stack(&emu, &[kind, "get", &name]);
        assert_code(&out, 0);
        assert!(stdout_of(&out).starts_with("NAME"), "{}", stdout_of(&out));
    }
    // The predefined roles are listed beside the new one; --limit cuts the list.
    let roles = stack_json(&emu, &["role", "list"]);
    assert_eq!(roles.as_array().unwrap().len(), 3);
    assert_eq!(
        stack_json(&emu, &["role", "list", "--limit", "1"])[0]["name"],
        "Admin"
    );
    let out = stack(&emu, &["role", "list"]);
    assert!(
        stdout_of(&out).contains("manage all"),
        "{}",
        stdout_of(&out)
    );
    // The state the emulator keeps.
    assert_eq!(stored(&emu, "dashboards")[0]["name"], "Service Overview");
    assert_eq!(stored(&emu, "alerts")[0]["name"], "Errors");
}

#[test]
fn unknown_and_ambiguous_objects_and_services() {
    let emu = with_services(1);
    let out = stack(&emu, &["dashboard", "get", "Nope"]);
    assert_code(&out, 3);
    assert!(
        stderr_of(&out).contains("no dashboard with ID or name 'Nope' in the service"),
        "{}",
        stderr_of(&out)
    );
    let out = stack(&emu, &["source", "get", "65f5e4a3b9e77c001a000000"]);
    assert_code(&out, 3);
    assert!(
        stderr_of(&out).contains("Source 65f5e4a3b9e77c001a000000 not found"),
        "{}",
        stderr_of(&out)
    );
    let out = stack(
        &emu,
        &[
            "webhook",
            "update",
            "ops",
            "--file",
            example("webhook").to_str().unwrap(),
        ],
    );
    assert_code(&out, 3);
    let out = stack(
        &emu,
        &[
            "saved-search",
            "delete",
            "65f5e4a3b9e77c001a000000",
            "--yes",
        ],
    );
    assert_code(&out, 3);
    let out = stack(&emu, &["role", "delete", "Nobody", "--yes"]);
    assert_code(&out, 3);
    let out = emu.run(&[
        "ch",
        "clickstack",
        "alert",
        "list",
        "--service",
        "no-such-service",
    ]);
    assert_code(&out, 3);
    assert!(
        stderr_of(&out).contains("no service with ID or name 'no-such-service'"),
        "{}",
        stderr_of(&out)
    );
    let out = emu.run(&[
        "ch",
        "clickstack",
        "alert",
        "list",
        "--service",
        "7b3e1c52-0f4d-4b7e-9d61-3a2c5e8f9a10",
    ]);
    assert_code(&out, 3);
    // Only the delete by ID was sent (and refused); names were looked up.
    assert_eq!(
        stack_writes(&emu),
        ["DELETE saved-searches/65f5e4a3b9e77c001a000000"]
    );

    // Two sources with one name: the ID is needed, and both are listed.
    let first = stack_json(
        &emu,
        &[
            "source",
            "create",
            "--file",
            example("source").to_str().unwrap(),
        ],
    );
    let second = stack_json(
        &emu,
        &[
            "source",
            "create",
            "--file",
            example("source").to_str().unwrap(),
        ],
    );
    let out = stack(&emu, &["source", "get", "Logs"]);
    assert_code(&out, 2);
    let stderr = stderr_of(&out);
    assert!(
        stderr.contains("2 sources are called 'Logs'; use the ID"),
        "{stderr}"
    );
    assert!(
        stderr.contains(&id_of(&first)) && stderr.contains(&id_of(&second)),
        "{stderr}"
    );
    let out = stack(&emu, &["source", "delete", "Logs", "--yes"]);
    assert_code(&out, 2);
    assert_eq!(stored(&emu, "sources").len(), 2);
}

#[test]
fn deletes_confirm_and_updates_replace() {
    let emu = with_services(1);
    let objects = one_of_each(&emu);
    // Without --yes (and no terminal): refused, nothing sent.
    for (kind, name, _) in &objects {
        let out = stack(&emu, &[kind, "delete", name]);
        assert_code(&out, 2);
        assert!(
            stderr_of(&out).contains("pass --yes"),
            "{}",
            stderr_of(&out)
        );
    }
    assert!(stack_writes(&emu).iter().all(|w| !w.starts_with("DELETE")));

    // Updates replace: what the document leaves out is gone.
    let dir = tempfile::tempdir().unwrap();
    let role = write(
        &dir,
        "role.yaml",
        "permissions:\n  - action: read\n    subject: dashboard\n",
    );
    let out = stack(&emu, &["role", "update", "Deploy Bot", "--file", &role]);
    assert_code(&out, 0);
    let roles = stored(&emu, "roles");
    assert_eq!(
        roles[0]["name"], "Deploy Bot",
        "the API keeps a role's name"
    );
    assert!(roles[0].get("description").is_none(), "{}", roles[0]);
    assert_eq!(
        roles[0]["permissions"],
        json!([{"action": "read", "subject": "dashboard"}])
    );
    let hook = example_text("webhook").replace("description: Alerts to the ops channel\n", "");
    let out = stack_stdin(
        &emu,
        &["webhook", "update", "ops-slack", "--file", "-"],
        &hook,
    );
    assert_code(&out, 0);
    assert!(stored(&emu, "webhooks")[0].get("description").is_none());
    let (_, _, search) = objects.iter().find(|o| o.0 == "saved-search").unwrap();
    let sources = stored(&emu, "sources");
    let out = stack_stdin(
        &emu,
        &[
            "saved-search",
            "update",
            search,
            "--file",
            "-",
            "-o",
            "yaml",
        ],
        &json!({"name": "Warnings", "sourceId": sources[0]["id"], "where": "SeverityText:warn"})
            .to_string(),
    );
    assert_code(&out, 0);
    let yaml: Value = serde_norway::from_str(&stdout_of(&out)).unwrap();
    assert_eq!(yaml["name"], "Warnings");
    assert!(yaml.get("tags").is_none());
    let out = stack_stdin(
        &emu,
        &["source", "update", "Logs", "--file", "-"],
        &example_text("source").replace("name: Logs", "name: App logs"),
    );
    assert_code(&out, 0);
    assert_eq!(stored(&emu, "sources")[0]["name"], "App logs");
    let out = stack_stdin(
        &emu,
        &["alert", "update", "Errors", "--file", "-"],
        &json!({"name": "Errors", "source": "saved_search", "savedSearchId": search, "threshold": 9,
                "thresholdType": "below", "interval": "1h",
                "channel": {"type": "email", "emailRecipients": ["oncall@example.com"]}})
        .to_string(),
    );
    assert_code(&out, 0);
    assert!(
        stdout_of(&out).contains("below 9 per 1h"),
        "{}",
        stdout_of(&out)
    );

    // A predefined role cannot be deleted: the API says so.
    let out = stack(&emu, &["role", "delete", "Admin", "--yes"]);
    assert_code(&out, 1);
    assert!(
        stderr_of(&out).contains("predefined"),
        "{}",
        stderr_of(&out)
    );

    // With --yes, each kind is deleted (the alert before its saved search, which would take it along).
    for kind in [
        "alert",
        "dashboard",
        "saved-search",
        "webhook",
        "role",
        "source",
    ] {
        let (_, name, _) = objects.iter().find(|o| o.0 == kind).unwrap();
        let name = match kind {
            "source" => "App logs",
            "saved-search" => "Warnings",
            _ => name,
        };
        let out = stack(&emu, &[kind, "delete", name, "--yes"]);
        assert_code(&out, 0);
    }
    for collection in [
        "alerts",
        "dashboards",
        "saved-searches",
        "webhooks",
        "roles",
        "sources",
    ] {
        assert!(stored(&emu, collection).is_empty(), "{collection}");
    }
}

#[test]
fn webhook_secrets_stay_out_of_the_verbose_log() {
    let emu = with_services(1);
    let doc = "name: pager\nservice: generic\nurl: https://example.com/hook\n\
               headers:\n  Authorization: Bearer s3cr3t-t0ken\nqueryParams:\n  key: k3y-value\n";
    let out = stack_stdin(&emu, &["webhook", "create", "--file", "-", "-v"], doc);
    assert_code(&out, 0);
    let stderr = stderr_of(&out);
    assert!(stderr.contains("\"headers\":\"[REDACTED]\""), "{stderr}");
    assert!(
        !stderr.contains("s3cr3t") && !stderr.contains("k3y-value"),
        "{stderr}"
    );
    assert!(!stdout_of(&out).contains("s3cr3t"));
    // They were sent.
    let post = emu
        .requests("/v1/")
        .into_iter()
        .find(|r| r.method == "POST" && r.path.ends_with("/clickstack/webhooks"))
        .unwrap();
    assert_eq!(
        post.body.unwrap()["headers"]["Authorization"],
        "Bearer s3cr3t-t0ken"
    );
}
