//! `dbcloud ch quota|usage|byoc` and `ch org metrics` end to end: the real binary against the emulator
//! (and, where the exact request is the point, a scripted server), asserting what a user sees, what the
//! emulator ended up with and what it was sent.

use std::time::Duration;

use crate::common::*;
use serde_json::{Value, json};

/// An emulator with two running services (`seed-service-0001`, `seed-service-0002`).
pub fn emu() -> Emu {
    Emu::with(dbcloud_emulator::Config {
        transition: Duration::from_millis(300),
        rate_limits: false,
        quiet: true,
        seed_services: 2,
        ..dbcloud_emulator::Config::default()
    })
}

pub fn ch(emu: &Emu, args: &[&str]) -> std::process::Output {
    let mut all = vec!["ch"];
    all.extend_from_slice(args);
    emu.run(&all)
}

pub fn ch_json(emu: &Emu, args: &[&str]) -> Value {
    let mut all = vec!["ch"];
    all.extend_from_slice(args);
    emu.json(&all)
}

/// Every request the emulator received, as `METHOD path`.
pub fn sent(emu: &Emu) -> Vec<String> {
    emu.requests("/")
        .into_iter()
        .map(|r| format!("{} {}", r.method, r.path))
        .collect()
}

/// The requests after the organization's discovery (`GET /v1/organizations`).
pub fn sent_beyond_discovery(emu: &Emu) -> Vec<String> {
    sent(emu)
        .into_iter()
        .filter(|r| r != "GET /v1/organizations")
        .collect()
}

pub fn service_ids(emu: &Emu) -> Vec<String> {
    let path = format!(
        "/v1/organizations/{}/services",
        emu.server.clickhouse_org_id()
    );
    emu.server.state()["collections"][path.as_str()]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_string())
        .collect()
}

/// The organization as the emulator holds it now.
fn organization(emu: &Emu) -> Value {
    emu.server.state()["collections"]["/v1/organizations"][0].clone()
}

fn today() -> String {
    humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string()[..10].to_string()
}

fn yesterday() -> String {
    let t = std::time::SystemTime::now() - Duration::from_secs(24 * 3600);
    humantime::format_rfc3339_seconds(t).to_string()[..10].to_string()
}

// ------------------------------------------------------------------------------------------------------
// Quotas
// ------------------------------------------------------------------------------------------------------

#[test]
fn quota_list_shows_limit_usage_and_what_is_left() {
    let emu = emu();
    let out = ch(&emu, &["quota", "list"]);
    assert_code(&out, 0);
    let table = stdout_of(&out);
    assert!(table.starts_with("CODE"), "{table}");
    let row = table
        .lines()
        .find(|l| l.starts_with("services-per-organization"))
        .unwrap();
    let cells: Vec<&str> = row
        .split("  ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    assert_eq!(
        cells[2..],
        ["organization", "20", "2", "18", "true"],
        "{row}"
    );
    let quotas = ch_json(&emu, &["quota", "list"]);
    assert_eq!(quotas.as_array().unwrap().len(), 3);
    let usage = ch(
        &emu,
        &[
            "quota",
            "list",
            "--jq",
            ".[] | select(.quotaCode == \"services-per-organization\") | .usage",
        ],
    );
    assert_eq!(stdout_of(&usage), "2\n");
    let columns = ch(
        &emu,
        &[
            "quota",
            "list",
            "--columns",
            "quotaCode,usage",
            "--limit",
            "1",
        ],
    );
    assert_eq!(
        stdout_of(&columns),
        "QUOTACODE                  USAGE\nservices-per-organization  2\n"
    );
}

#[test]
fn quota_get_and_its_failures() {
    let emu = emu();
    let out = ch(
        &emu,
        &["quota", "get", "replicas-per-warehouse", "-o", "yaml"],
    );
    assert_code(&out, 0);
    assert!(
        stdout_of(&out).contains("quotaCode: replicas-per-warehouse"),
        "{}",
        stdout_of(&out)
    );
    let unknown = ch(&emu, &["quota", "get", "no-such-quota"]);
    assert_code(&unknown, 3);
    assert!(stderr_of(&unknown).contains("no-such-quota"));
    emu.server.clear_requests();
    let bad = ch(&emu, &["quota", "get", "two words"]);
    assert_code(&bad, 2);
    assert_eq!(sent(&emu), Vec::<String>::new());
}

// ------------------------------------------------------------------------------------------------------
// Usage costs
// ------------------------------------------------------------------------------------------------------

#[test]
fn usage_per_service_with_a_total_and_the_raw_report() {
    let emu = emu();
    let (from, to) = (yesterday(), today());
    let out = ch(&emu, &["usage", "--from", &from, "--to", &to]);
    assert_code(&out, 0);
    let table = stdout_of(&out);
    let lines: Vec<&str> = table.lines().collect();
    assert!(
        lines[0].starts_with("SERVICE") && lines[0].contains("TOTAL (CHC)"),
        "{table}"
    );
    assert_eq!(lines.len(), 4, "{table}");
    assert!(lines[1].starts_with("seed-service-000") && lines[2].starts_with("seed-service-000"));
    assert!(lines[3].starts_with("TOTAL"), "{table}");

    let raw = ch_json(&emu, &["usage", "--from", &from, "--to", &to]);
    let costs = raw["costs"].as_array().unwrap();
    assert!(
        costs
            .iter()
            .any(|c| c["entityType"] == "datawarehouse" && c["serviceId"].is_null())
    );
    let total = raw["grandTotalCHC"].as_f64().unwrap();
    let shown: f64 = lines[3].split_whitespace().last().unwrap().parse().unwrap();
    assert!((shown - total).abs() < 0.006, "{shown} vs {total}");
    let query = emu.requests("/v1/").last().unwrap().query.clone();
    assert_eq!(query, format!("from_date={from}&to_date={to}"));

    let by_day = ch(
        &emu,
        &["usage", "--from", &from, "--to", &to, "--by", "day"],
    );
    let dates: Vec<String> = stdout_of(&by_day)
        .lines()
        .skip(1)
        .map(|l| l.split_whitespace().next().unwrap().to_string())
        .collect();
    assert_eq!(dates, [from.clone(), to.clone(), "TOTAL".to_string()]);

    // Tag filters are the API's `filter=tag:KEY=VALUE`; the seeded services carry no tags.
    let tagged = ch(
        &emu,
        &["usage", "--from", &to, "--to", &to, "--tag", "env=prod"],
    );
    assert_code(&tagged, 0);
    assert!(
        stderr_of(&tagged).contains("No usage"),
        "{}",
        stderr_of(&tagged)
    );
    assert!(
        emu.requests("/v1/")
            .last()
            .unwrap()
            .query
            .ends_with("filter=tag%3Aenv%3Dprod")
    );

    // Several tags: each is a filter of its own, and a service must carry them all.
    tag_env_prod_and_team(&emu, "seed-service-0001");
    let both = ch_json(
        &emu,
        &[
            "usage", "--from", &from, "--to", &to, "--tag", "env=prod", "--tag", "team",
        ],
    );
    let names: std::collections::BTreeSet<&str> = both["costs"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["entityName"].as_str())
        .collect();
    assert_eq!(names, ["seed-service-0001"].into(), "{both}");
    assert!(
        emu.requests("/v1/")
            .last()
            .unwrap()
            .query
            .ends_with("filter=tag%3Aenv%3Dprod&filter=tag%3Ateam")
    );
    let neither = ch(
        &emu,
        &[
            "usage",
            "--from",
            &to,
            "--to",
            &to,
            "--tag",
            "env=prod",
            "--tag",
            "team=other",
        ],
    );
    assert_code(&neither, 0);
    assert!(
        stderr_of(&neither).contains("No usage"),
        "{}",
        stderr_of(&neither)
    );
}

#[test]
fn usage_dates_are_checked_before_sending() {
    let emu = emu();
    for args in [
        ["--from", "2026-13-01", "--to", "2026-11-02"],
        ["--from", "2026-11-05", "--to", "2026-11-01"],
        ["--from", "yesterday", "--to", "2026-11-01"],
    ] {
        let mut all = vec!["usage"];
        all.extend_from_slice(&args);
        let out = ch(&emu, &all);
        assert_code(&out, 2);
        assert!(stderr_of(&out).contains("--from"), "{}", stderr_of(&out));
    }
    assert_eq!(sent(&emu), Vec::<String>::new());
    // A period longer than the API reports is the server's to refuse.
    let out = ch(
        &emu,
        &["usage", "--from", "2026-01-01", "--to", "2026-03-01"],
    );
    assert_code(&out, 1);
    assert!(stderr_of(&out).contains("31 days"), "{}", stderr_of(&out));
}

// ------------------------------------------------------------------------------------------------------
// Organization metrics
// ------------------------------------------------------------------------------------------------------

#[test]
fn org_metrics_are_the_prometheus_text() {
    let emu = emu();
    let out = ch(&emu, &["org", "metrics"]);
    assert_code(&out, 0);
    let text = stdout_of(&out);
    assert!(text.starts_with("# HELP "), "{text}");
    for id in service_ids(&emu) {
        assert!(text.contains(&id));
    }
    let request = emu.requests("/v1/").last().unwrap().clone();
    assert!(request.path.ends_with("/prometheus"));
    assert_eq!(request.headers["accept"], "text/plain");
    assert_eq!(request.query, "");
    let filtered = ch(&emu, &["org", "metrics", "--filtered-metrics"]);
    assert!(!stdout_of(&filtered).contains("ClickHouseProfileEvents_Query"));
    assert_eq!(
        emu.requests("/v1/").last().unwrap().query,
        "filtered_metrics=true"
    );

    let unknown = ch(
        &emu,
        &["org", "metrics", "00000000-0000-4000-8000-000000000000"],
    );
    assert_code(&unknown, 3);
    emu.server.clear_requests();
    let bad = ch(&emu, &["org", "metrics", "not-an-org"]);
    assert_code(&bad, 2);
    assert_eq!(sent(&emu), Vec::<String>::new());
}

// ------------------------------------------------------------------------------------------------------
// BYOC infrastructure
// ------------------------------------------------------------------------------------------------------

#[test]
fn byoc_create_wait_list_get_update_delete() {
    let emu = emu();
    let created = ch_json(
        &emu,
        &[
            "byoc",
            "create",
            "--provider",
            "AWS",
            "--region",
            "us-east-2",
            "--account",
            "123456789012",
            "--zone",
            "a,b",
            "--zone",
            "c",
            "--vpc-cidr",
            "10.1.0.0/16",
            "--name",
            "prod-us",
            "--wait",
        ],
    );
    assert_eq!(created["state"], "infra-ready");
    let post = emu
        .requests("/v1/")
        .into_iter()
        .find(|r| r.method == "POST")
        .unwrap();
    assert_eq!(
        post.body.unwrap(),
        json!({"regionId": "us-east-2", "accountId": "123456789012", "availabilityZoneSuffixes": ["a", "b", "c"],
               "vpcCidrRange": "10.1.0.0/16", "displayName": "prod-us"})
    );
    let id = created["id"].as_str().unwrap().to_string();
    assert_eq!(organization(&emu)["byocConfig"][0]["id"], id.as_str());

    let list = ch(&emu, &["byoc", "list"]);
    assert_code(&list, 0);
    let lines: Vec<String> = stdout_of(&list).lines().map(str::to_string).collect();
    assert!(
        lines[0].starts_with("NAME") && lines[1].starts_with("prod-us"),
        "{lines:?}"
    );
    assert!(lines[1].contains("infra-ready") && lines[1].contains("us-east-2"));
    let got = ch_json(&emu, &["byoc", "get", "prod-us"]);
    assert_eq!(got["id"], id.as_str());
    let renamed = ch_json(&emu, &["byoc", "update", &id, "--name", "prod-us-2"]);
    assert_eq!(renamed["displayName"], "prod-us-2");
    assert_eq!(
        organization(&emu)["byocConfig"][0]["displayName"],
        "prod-us-2"
    );

    let deleted = ch(&emu, &["byoc", "delete", "prod-us-2", "--yes", "--wait"]);
    assert_code(&deleted, 0);
    assert!(stderr_of(&deleted).contains("Removed BYOC infrastructure prod-us-2"));
    assert_eq!(organization(&emu)["byocConfig"], json!([]));
}

#[test]
fn byoc_refusals() {
    let emu = emu();
    for args in [
        vec!["byoc", "create", "--region", "mars-1", "--account", "1"],
        vec![
            "byoc",
            "create",
            "--provider",
            "gcp",
            "--region",
            "us-east-2",
            "--account",
            "1",
        ],
        vec![
            "byoc",
            "create",
            "--region",
            "us-east-2",
            "--account",
            "1",
            "--zone",
            "z",
        ],
        vec![
            "byoc",
            "create",
            "--region",
            "us-east-2",
            "--account",
            "1",
            "--vpc-cidr",
            "10.0.0.0",
        ],
        vec!["byoc", "delete", "prod"],
    ] {
        let out = ch(&emu, &args);
        assert_code(&out, 2);
    }
    assert_eq!(sent(&emu), Vec::<String>::new());
    // Unknown: nothing but the organization is read.
    for args in [
        vec!["byoc", "get", "nope"],
        vec!["byoc", "update", "nope", "--name", "x"],
        vec!["byoc", "delete", "nope", "--yes"],
    ] {
        let out = ch(&emu, &args);
        assert_code(&out, 3);
        assert!(stderr_of(&out).contains("no BYOC infrastructure with ID or name 'nope'"));
    }
    assert!(
        sent_beyond_discovery(&emu)
            .iter()
            .all(|r| r.starts_with("GET "))
    );
}

#[test]
fn byoc_provisioning_that_fails_ends_the_wait() {
    let emu = emu();
    emu.server.set_faults(dbcloud_emulator::Faults {
        failed_transitions: 1,
        ..Default::default()
    });
    let out = ch(
        &emu,
        &[
            "byoc",
            "create",
            "--region",
            "eu-west-1",
            "--account",
            "1",
            "--wait",
        ],
    );
    assert_code(&out, 1);
    assert!(
        stderr_of(&out).contains("infra-terminated"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn services_are_listed_by_their_tags() {
    let emu = emu();
    tag_env_prod_and_team(&emu, "seed-service-0002");
    let names = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["service", "list"];
        all.extend_from_slice(args);
        ch_json(&emu, &all)
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["name"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        names(&["--tag", "env=prod", "--tag", "team"]),
        ["seed-service-0002"]
    );
    assert_eq!(names(&["--tag", "env"]), ["seed-service-0002"]);
    assert!(names(&["--tag", "env=prod", "--tag", "team=other"]).is_empty());
    assert_eq!(names(&[]).len(), 2);
    let query = emu.requests("/v1/").last().unwrap().query.clone();
    assert_eq!(query, "");
    names(&["--tag", "env=prod", "--tag", "team"]);
    let query = emu.requests("/v1/").last().unwrap().query.clone();
    assert_eq!(query, "filter=tag%3Aenv%3Dprod&filter=tag%3Ateam");

    // A key is needed: refused before anything is sent.
    let before = emu.requests("/v1/").len();
    let out = ch(&emu, &["service", "list", "--tag", "=prod"]);
    assert_code(&out, 2);
    assert!(
        stderr_of(&out).contains("'=prod' is not KEY or KEY=VALUE"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(emu.requests("/v1/").len(), before);
}

/// Gives a service the tags `env=prod` and `team` (the filters' tests).
fn tag_env_prod_and_team(emu: &Emu, service: &str) {
    let out = ch(
        emu,
        &[
            "service",
            "update",
            service,
            "--add-tag",
            "env=prod",
            "--add-tag",
            "team",
        ],
    );
    assert_code(&out, 0);
}
