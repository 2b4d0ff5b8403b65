//! What the current CockroachDB API changed, end to end: the plans and their flags checked from the spec
//! before anything is sent, serverless usage limits and plan changes, cluster metadata (labels, delete
//! protection, the folder) changed at once, a major upgrade finalized, and answers read tolerantly
//! (wiremock): fields the spec does not require may be missing, fields it does not know are kept in
//! `-o json`, and a number out of its type's range is exit 1 with an excerpt of the answer, never a panic.

use std::time::Duration;

use crate::cockroach::{CLUSTERS, id_of, names, ok, writes};
use crate::common::*;
use serde_json::{Value, json};

#[test]
fn cluster_metadata_changes_at_once_and_delete_protection_holds() {
    let emu = Emu::start();
    let team = emu.json(&["crdb", "folder", "create", "team"]);
    let team_id = team["resource_id"].as_str().unwrap().to_string();
    let created = emu.json(&[
        "crdb",
        "cluster",
        "create",
        "guarded",
        "--provider",
        "aws",
        "--region",
        "us-east-1",
        "--upgrade-type",
        "manual",
        "--with-empty-ip-allowlist",
        "--delete-protection",
        "enabled",
        "--label",
        "env=prod",
        "--label",
        "team=web",
        "--folder",
        "/team",
        "--wait",
    ]);
    assert_eq!(created["delete_protection"], "ENABLED");
    assert_eq!(created["labels"], json!({"env": "prod", "team": "web"}));
    assert_eq!(created["parent_id"], team_id.as_str());
    assert_eq!(created["config"]["serverless"]["upgrade_type"], "MANUAL");
    // No --plan: the service's default for serverless hardware.
    assert_eq!(created["plan"], "BASIC");
    assert_eq!(
        writes(&emu)
            .into_iter()
            .find(|r| r.path == CLUSTERS)
            .unwrap()
            .body
            .unwrap(),
        json!({"name": "guarded", "provider": "AWS", "spec": {
            "serverless": {"regions": ["us-east-1"], "upgrade_type": "MANUAL", "with_empty_ip_allowlist": true},
            "parent_id": team_id, "labels": {"env": "prod", "team": "web"}, "delete_protection": "ENABLED"}})
    );
    let id = id_of(&created);

    let out = emu.run(&["crdb", "cluster", "delete", "guarded", "--yes"]);
    assert_code(&out, 5);
    assert!(
        stderr_of(&out).contains("delete protection"),
        "{}",
        stderr_of(&out)
    );

    let out = emu.run(&[
        "crdb",
        "cluster",
        "update",
        "guarded",
        "--delete-protection",
        "disabled",
        "--label",
        "env=staging",
        "--folder",
        "/",
        "--json",
    ]);
    let changed: Value = serde_json::from_str(&ok(&out)).unwrap();
    assert_eq!(changed["state"], "CREATED", "metadata takes no lock");
    assert!(
        stderr_of(&out).contains("Updated cluster guarded."),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(changed["labels"], json!({"env": "staging"}));
    assert_eq!(changed["parent_id"], "root");
    let patch = writes(&emu).pop().unwrap();
    assert_eq!(patch.path, format!("{CLUSTERS}/{id}"));
    assert_eq!(
        patch.body.unwrap(),
        json!({"delete_protection": "DISABLED", "labels": {"env": "staging"}, "parent_id": "root"})
    );
    let cleared = emu.json(&["crdb", "cluster", "update", "guarded", "--clear-labels"]);
    assert_eq!(cleared["labels"], json!({}));
    assert_eq!(
        writes(&emu).pop().unwrap().body.unwrap(),
        json!({"labels": {}})
    );
    ok(&emu.run(&["crdb", "cluster", "delete", "guarded", "--yes"]));
}

#[test]
fn a_major_upgrade_is_finalized() {
    let emu = Emu::start();
    let created = emu.json(&[
        "crdb",
        "cluster",
        "create",
        "upgrading",
        "--provider",
        "gcp",
        "--region",
        "us-east1:3",
        "--vcpus",
        "4",
        "--storage-gib",
        "15",
        "--version",
        "v24.3",
        "--disk-iops",
        "3000",
        "--network-visibility",
        "private",
        "--wait",
    ]);
    assert_eq!(created["plan"], "ADVANCED");
    assert_eq!(created["network_visibility"], "PRIVATE");
    assert_eq!(created["config"]["dedicated"]["disk_iops"], 3000);
    let upgraded = emu.json(&[
        "crdb",
        "cluster",
        "update",
        "upgrading",
        "--version",
        "v25.1",
        "--wait",
    ]);
    assert_eq!(upgraded["state"], "CREATED");
    assert_eq!(upgraded["upgrade_status"], "PENDING_FINALIZATION");
    let out = emu.run(&[
        "crdb",
        "cluster",
        "update",
        "upgrading",
        "--upgrade-status",
        "finalized",
        "-o",
        "yaml",
    ]);
    assert!(
        ok(&out).contains("upgrade_status: FINALIZED"),
        "{}",
        stdout_of(&out)
    );
    assert_eq!(
        writes(&emu).pop().unwrap().body.unwrap(),
        json!({"upgrade_status": "FINALIZED"})
    );
    let out = emu.run(&[
        "crdb",
        "cluster",
        "update",
        "upgrading",
        "--upgrade-status",
        "someday",
    ]);
    assert_code(&out, 2);
    assert!(
        stderr_of(&out).contains("PENDING_FINALIZATION"),
        "the spec's values are offered: {}",
        stderr_of(&out)
    );
}

#[test]
fn cluster_create_validates_before_sending() {
    let emu = Emu::start();
    let base = ["crdb", "cluster", "create"];
    let cases: &[(&[&str], &str)] = &[
        (
            &["shop", "--provider", "ibm", "--region", "us-east1"],
            "--provider",
        ),
        // The plans are the spec's (the seed's serverless/dedicated are gone).
        (
            &[
                "shop",
                "--provider",
                "gcp",
                "--plan",
                "serverless",
                "--region",
                "us-east1",
            ],
            "BASIC",
        ),
        (
            &[
                "shop",
                "--provider",
                "gcp",
                "--plan",
                "dedicated",
                "--region",
                "us-east1:3",
            ],
            "ADVANCED",
        ),
        (
            &["shop", "--provider", "gcp", "--plan", "basic"],
            "--region",
        ),
        (
            &[
                "shop",
                "--provider",
                "gcp",
                "--plan",
                "basic",
                "--region",
                "us-east1:3",
            ],
            "dedicated",
        ),
        (
            &[
                "shop",
                "--provider",
                "gcp",
                "--plan",
                "standard",
                "--region",
                "us-east1",
                "--vcpus",
                "4",
            ],
            "--vcpus",
        ),
        (
            &[
                "shop",
                "--provider",
                "gcp",
                "--plan",
                "advanced",
                "--region",
                "us-east1",
                "--vcpus",
                "4",
                "--storage-gib",
                "15",
            ],
            "node count",
        ),
        (
            &[
                "shop",
                "--provider",
                "gcp",
                "--plan",
                "advanced",
                "--region",
                "us-east1:0",
                "--vcpus",
                "4",
                "--storage-gib",
                "15",
            ],
            "at least 1 node",
        ),
        (
            &[
                "shop",
                "--provider",
                "gcp",
                "--plan",
                "advanced",
                "--region",
                "us-east1:3",
                "--request-unit-limit",
                "5",
                "--vcpus",
                "4",
                "--storage-gib",
                "15",
            ],
            "--request-unit-limit",
        ),
        (
            &[
                "shop",
                "--provider",
                "gcp",
                "--plan",
                "advanced",
                "--region",
                "us-east1:3",
            ],
            "--vcpus",
        ),
        (
            &[
                "shop",
                "--provider",
                "gcp",
                "--plan",
                "basic",
                "--region",
                "us-east1",
                "--request-unit-limit",
                "lots",
            ],
            "--request-unit-limit",
        ),
        (
            &[
                "shop",
                "--provider",
                "gcp",
                "--region",
                "us-east1",
                "--upgrade-type",
                "sometimes",
            ],
            "AUTOMATIC",
        ),
        (
            &[
                "shop",
                "--provider",
                "gcp",
                "--region",
                "us-east1:3",
                "--vcpus",
                "4",
                "--storage-gib",
                "15",
                "--network-visibility",
                "hidden",
            ],
            "PRIVATE",
        ),
        (
            &[
                "shop",
                "--provider",
                "gcp",
                "--region",
                "us-east1",
                "--label",
                "novalue",
            ],
            "KEY=VALUE",
        ),
        (
            &[
                "shop",
                "--provider",
                "gcp",
                "--region",
                "us-east1",
                "--delete-protection",
                "yes",
            ],
            "ENABLED",
        ),
    ];
    for (args, expected) in cases {
        let out = emu.run(&[&base[..], *args].concat());
        assert_code(&out, 2);
        assert!(
            stderr_of(&out).contains(expected),
            "{args:?}: {}",
            stderr_of(&out)
        );
    }
    assert!(emu.requests("/api/v1").is_empty(), "nothing is sent");

    // The current spec states no rule for the name: the service judges it, and says why.
    let out = emu.run(&[
        "crdb",
        "cluster",
        "create",
        "Shop",
        "--provider",
        "gcp",
        "--region",
        "us-east1",
    ]);
    assert_code(&out, 1);
    assert!(
        stderr_of(&out).contains("not a valid cluster name"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn serverless_clusters_are_created_and_changed() {
    // Creation outlasts the start of the next command.
    let emu = Emu::with(dbcloud_emulator::Config {
        transition: Duration::from_millis(1500),
        rate_limits: false,
        quiet: true,
        ..Default::default()
    });
    let out = emu.run(&[
        "crdb",
        "cluster",
        "create",
        "web",
        "--provider",
        "Gcp",
        "--plan",
        "BASIC",
        "--region",
        "us-east1",
        "--region",
        "europe-west1",
        "--request-unit-limit",
        "25000000",
        "--storage-mib-limit",
        "10240",
        "--label",
        "env=dev",
    ]);
    let table = ok(&out);
    assert!(
        table.contains("web") && table.contains("CREATING") && table.contains("BASIC"),
        "{table}"
    );
    assert_eq!(
        writes(&emu)[0].body.clone().unwrap(),
        json!({"name": "web", "provider": "GCP", "spec": {"plan": "BASIC", "labels": {"env": "dev"},
            "serverless": {"regions": ["us-east1", "europe-west1"], "primary_region": "us-east1",
                "usage_limits": {"request_unit_limit": "25000000", "storage_mib_limit": "10240"}}}})
    );
    // A write while it is still being created is refused like a locked one.
    let out = emu.run(&[
        "crdb",
        "cluster",
        "update",
        "web",
        "--request-unit-limit",
        "50000000",
    ]);
    assert_code(&out, 5);
    let changed = emu.json(&[
        "crdb",
        "cluster",
        "update",
        "web",
        "--plan",
        "standard",
        "--provisioned-vcpus",
        "4",
        "--wait",
    ]);
    assert_eq!(changed["plan"], "STANDARD");
    assert_eq!(
        changed["config"]["serverless"]["usage_limits"]["provisioned_virtual_cpus"],
        "4"
    );
    assert_eq!(
        writes(&emu).pop().unwrap().body.unwrap(),
        json!({"plan": "STANDARD", "serverless": {"usage_limits": {"provisioned_virtual_cpus": "4"}}})
    );
    // A new region is added to the ones the cluster has.
    let grown = emu.json(&[
        "crdb",
        "cluster",
        "update",
        "web",
        "--region",
        "us-central1",
        "--wait",
    ]);
    assert_eq!(
        names(&grown["regions"]),
        ["us-east1", "europe-west1", "us-central1"]
    );
    assert_eq!(
        writes(&emu).pop().unwrap().body.unwrap(),
        json!({"serverless": {"regions": ["us-east1", "europe-west1", "us-central1"]}})
    );

    // Flags of the other kind of cluster: refused before the PATCH.
    let patches = writes(&emu).len();
    let out = emu.run(&["crdb", "cluster", "update", "web", "--vcpus", "8"]);
    assert_code(&out, 2);
    assert!(
        stderr_of(&out).contains("serverless"),
        "{}",
        stderr_of(&out)
    );
    let out = emu.run(&["crdb", "cluster", "update", "web"]);
    assert_code(&out, 2);
    assert!(stderr_of(&out).contains("nothing to change"));
    let out = emu.run(&["crdb", "cluster", "update", "web", "--region", "us-east1:3"]);
    assert_code(&out, 2);
    assert_eq!(writes(&emu).len(), patches);
}

// --- answers read tolerantly, scripted ---

mod tolerant {
    use super::*;
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    const ID: &str = "10000000-0000-4000-8000-000000000003";

    async fn serving(route: String, answer: Value) -> MockServer {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .and(path(route))
            .respond_with(ResponseTemplate::new(200).set_body_json(answer))
            .mount(&server)
            .await;
        server
    }

    fn run(server: &MockServer, args: &[&str]) -> std::process::Output {
        TestEnv::new()
            .cockroach(&server.uri())
            .args(args)
            .timeout(Duration::from_secs(30))
            .output()
            .unwrap()
    }

    fn no_panic(out: &std::process::Output) {
        let err = stderr_of(out);
        assert!(!err.contains("panicked"), "{err}");
        assert_eq!(stdout_of(out), "", "nothing is printed");
    }

    #[tokio::test(flavor = "multi_thread")]
    async fn a_number_out_of_range_is_exit_1_with_an_excerpt() {
        let cluster = json!({"id": ID, "name": "huge", "state": "CREATED", "plan": "ADVANCED",
            "regions": [{"name": "us-east1", "node_count": 4_294_967_296u64}]});
        let server = serving(format!("{CLUSTERS}/{ID}"), cluster.clone()).await;
        let out = run(&server, &["crdb", "cluster", "get", ID]);
        assert_code(&out, 1);
        no_panic(&out);
        let err = stderr_of(&out);
        assert!(err.contains("4294967296"), "{err}");
        assert!(
            err.contains("\"name\":\"huge\""),
            "an excerpt of the answer: {err}"
        );

        // In a list, the entry is named and shown.
        let server = serving(
            CLUSTERS.to_string(),
            json!({"clusters": [cluster], "pagination": {}}),
        )
        .await;
        let out = run(&server, &["crdb", "cluster", "list", "-o", "json"]);
        assert_code(&out, 1);
        no_panic(&out);
        let err: Value = serde_json::from_str(stderr_of(&out).trim()).expect("a JSON error");
        let message = err["error"]["message"].as_str().unwrap();
        assert!(
            message.contains("an entry of 'clusters'") && message.contains("4294967296"),
            "{message}"
        );
        assert!(message.contains("\"name\":\"huge\""), "{message}");
    }

    #[tokio::test(flavor = "multi_thread")]
    async fn missing_optional_fields_are_fine_and_unknown_ones_are_kept() {
        // Only what the client needs, and fields a newer API version might add.
        let cluster = json!({"id": ID, "name": "lean", "state": "CREATED",
            "shiny_new_field": {"nested": [1, 2]}, "regions": [{"name": "us-east1", "zones": 3}]});
        let server = serving(format!("{CLUSTERS}/{ID}"), cluster).await;
        let table = ok(&run(&server, &["crdb", "cluster", "get", ID]));
        assert!(
            table.contains("lean") && table.contains("us-east1"),
            "{table}"
        );
        let json: Value = serde_json::from_str(&ok(&run(
            &server,
            &["crdb", "cluster", "get", ID, "--json"],
        )))
        .unwrap();
        assert_eq!(json["shiny_new_field"], json!({"nested": [1, 2]}));
        assert_eq!(json["regions"][0]["zones"], 3);

        // An egress rule under `rule`, with a field the client does not know: unwrapped, kept.
        let rules = format!("{CLUSTERS}/{ID}/networking/egress-rules");
        let rule = json!({"rule": {"id": ID, "name": "kafka", "type": "FQDN", "destination": "k.example.com",
            "state": "ACTIVE", "priority": 7}});
        let server = serving(format!("{rules}/{ID}"), rule).await;
        let got: Value = serde_json::from_str(&ok(&run(
            &server,
            &["crdb", "egress-rule", "get", ID, "-c", ID, "--json"],
        )))
        .unwrap();
        assert_eq!(got["name"], "kafka");
        assert_eq!(got["priority"], 7);
        assert!(got.get("rule").is_none(), "{got}");

        // Folders whose path is the list of ancestors, and an invoice without its optional status.
        let folders = json!({"folders": [{"resource_id": ID, "name": "prod", "parent_id": "p",
            "path": [{"id": "p", "name": "team"}], "color": "blue"}]});
        let server = serving("/api/v1/folders".to_string(), folders).await;
        let table = ok(&run(&server, &["crdb", "folder", "list"]));
        assert!(table.contains("/team/prod"), "{table}");
        let listed: Value =
            serde_json::from_str(&ok(&run(&server, &["crdb", "folder", "list", "--json"])))
                .unwrap();
        assert_eq!(listed[0]["color"], "blue");
        assert_eq!(listed[0]["path"], json!([{"id": "p", "name": "team"}]));
        let invoices = json!({"invoices": [{"invoice_id": "i1", "period_start": "2026-01-01T00:00:00Z",
            "period_end": "2026-02-01T00:00:00Z", "totals": [{"amount": 12.5, "currency": "USD"}]}]});
        let server = serving("/api/v1/invoices".to_string(), invoices).await;
        let table = ok(&run(&server, &["crdb", "invoice", "list"]));
        assert!(
            table.contains("i1") && table.contains("12.50 USD"),
            "{table}"
        );
    }
}
