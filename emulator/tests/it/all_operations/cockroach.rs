//! The CockroachDB operations of the seed spec, in their current shapes: folders as FolderResources
//! with their lineage, clusters created from a typed `spec` (plan, serverless usage limits, dedicated
//! hardware, folder and labels inside it), restores of a `type` with their objects, role grants by
//! `name`, service accounts created with roles, egress rules under `rule`, the maintenance window as
//! durations, CMEK keys per region (`key_spec`), JWT issuers with an audience and identity map.
//!
//! The operations inside one cluster (SQL, networking, backups, exports, CMEK, maintenance) are in
//! `cockroach/in_cluster.rs`; the organization's (accounts, keys, roles, billing, audit, JWT) in
//! `cockroach/org.rs`.

use serde_json::{Value, json};

use crate::common::*;

use super::{C, Run};

mod in_cluster;
mod org;

const FOLDERS: &str = "/api/v1/folders";
const FOLDER: &str = "/api/v1/folders/{folder_id}";
const CLUSTERS: &str = "/api/v1/clusters";

/// The values of `field` in the items of the list `key` of an answer.
///
/// (Other areas' scenarios may run first and leave their own clusters, folders and accounts: what
/// this one asserts of a list is about the items it made.)
fn field_of(answer: &Value, key: &str, field: &str) -> Vec<Value> {
    answer[key]
        .as_array()
        .unwrap_or_else(|| panic!("no list {key:?} in {answer}"))
        .iter()
        .map(|i| i[field].clone())
        .collect()
}

pub async fn scenario(run: &mut Run) {
    catalog(run).await;
    let (team, prod) = folders(run).await;
    let (dedicated, serverless) = clusters(run, &team, &prod).await;
    let c = format!("{CLUSTERS}/{dedicated}");
    in_cluster::sql(run, &c).await;
    in_cluster::networking(run, &c, &dedicated).await;
    in_cluster::backups_and_restores(run, &c).await;
    in_cluster::exports(run, &c, &dedicated).await;
    in_cluster::cmek(run, &c).await;
    in_cluster::maintenance(run, &c).await;
    org::accounts_keys_and_roles(run, &dedicated, &team).await;
    org::billing_audit_and_jwt(run).await;
    teardown(run, &dedicated, &serverless, &team, &prod).await;
}

/// The organization, and what clusters can be created with.
async fn catalog(run: &mut Run) {
    let org = run
        .crdb("GET", "/api/v1/organization", "/api/v1/organization", None)
        .await;
    assert_eq!(org["name"], "Emulator Organization");
    assert_eq!(org["label"], "emulator-org");
    assert!(org["id"].as_str().is_some_and(|id| !id.is_empty()), "{org}");

    let regions = run
        .crdb(
            "GET",
            "/api/v1/clusters/available-regions",
            "/api/v1/clusters/available-regions?provider=GCP&serverless=true",
            None,
        )
        .await;
    let all = regions["regions"].as_array().unwrap();
    assert!(all.iter().any(|r| r["name"] == "us-east1"), "{regions}");
    assert!(
        all.iter().all(|r| r["provider"] == "GCP"
            && r["serverless"] == true
            && r["location"].is_string()),
        "{regions}"
    );
    assert!(
        !all.iter().any(|r| r["name"] == "us-west2"),
        "not serverless"
    );

    let versions = run
        .crdb(
            "GET",
            "/api/v1/cluster-versions",
            "/api/v1/cluster-versions?pagination.sort_order=DESC",
            None,
        )
        .await;
    let v = &versions["versions"];
    assert_eq!(v[0]["version"], "v25.1", "newest first: {versions}");
    assert_eq!(v[0]["support_status"], "SUPPORTED");
    let v243 = v
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["version"] == "v24.3")
        .expect("v24.3 is offered");
    assert_eq!(v243["allowed_upgrades"], json!(["v25.1"]));
}

/// A folder `contract-team` holding a folder `prod`, then renamed `contract-team-b`. Returns
/// their IDs.
async fn folders(run: &mut Run) -> (String, String) {
    let team = run
        .crdb(
            "POST",
            FOLDERS,
            FOLDERS,
            Some(json!({"name": "contract-team", "labels": {"cost-center": "42"}})),
        )
        .await;
    assert_eq!(team["resource_type"], "FOLDER");
    assert_eq!(team["parent_id"], "root");
    assert_eq!(team["path"], json!([]), "a top folder has no ancestors");
    assert_eq!(team["labels"], json!({"cost-center": "42"}));
    let team_id = team["resource_id"].as_str().unwrap().to_string();
    let prod = run
        .crdb(
            "POST",
            FOLDERS,
            FOLDERS,
            Some(json!({"name": "prod", "parent_id": team_id})),
        )
        .await;
    assert_eq!(prod["parent_id"], team_id.as_str());
    assert_eq!(
        prod["path"],
        json!([{"id": team_id, "name": "contract-team"}])
    );
    let prod_id = prod["resource_id"].as_str().unwrap().to_string();

    let t = format!("{FOLDERS}/{team_id}");
    let got = run.crdb("GET", FOLDER, &t, None).await;
    assert_eq!(got["name"], "contract-team");
    assert_eq!(
        got["organization_id"],
        run.crdb("GET", "/api/v1/organization", "/api/v1/organization", None)
            .await["id"]
    );
    let renamed = run
        .crdb(
            "PATCH",
            FOLDER,
            &t,
            Some(json!({"name": "contract-team-b", "labels": {"cost-center": "43"}})),
        )
        .await;
    assert_eq!(renamed["name"], "contract-team-b");
    assert_eq!(renamed["path"], json!([]));
    assert_eq!(renamed["labels"], json!({"cost-center": "43"}));
    // The lineage of what is inside follows the rename.
    let found = run
        .crdb(
            "GET",
            FOLDERS,
            &format!("{FOLDERS}?path=/contract-team-b/prod"),
            None,
        )
        .await;
    assert_eq!(
        field_of(&found, "folders", "resource_id"),
        [json!(prod_id)],
        "{found}"
    );
    assert_eq!(
        found["folders"][0]["path"],
        json!([{"id": team_id, "name": "contract-team-b"}])
    );
    let all = run.crdb("GET", FOLDERS, FOLDERS, None).await;
    let ids = field_of(&all, "folders", "resource_id");
    assert!(
        ids.contains(&json!(team_id)) && ids.contains(&json!(prod_id)),
        "{all}"
    );
    (team_id, prod_id)
}

/// An ADVANCED (dedicated) cluster at the top of the folder tree, a BASIC (serverless) one in
/// folder `team`; both CREATED on return. Returns their IDs.
async fn clusters(run: &mut Run, team: &str, prod: &str) -> (String, String) {
    let serverless = run
        .crdb(
            "POST",
            CLUSTERS,
            CLUSTERS,
            Some(json!({"name": "contract-serverless", "provider": "GCP", "spec": {
                "plan": "BASIC",
                "serverless": {"regions": ["us-east1"], "upgrade_type": "MANUAL",
                    "usage_limits": {"request_unit_limit": "1000000", "storage_mib_limit": "10240"}},
                "parent_id": team,
                "labels": {"env": "test"}}})),
        )
        .await;
    assert_eq!(serverless["state"], "CREATING");
    assert_eq!(serverless["plan"], "BASIC");
    assert_eq!(serverless["parent_id"], team);
    assert_eq!(serverless["labels"], json!({"env": "test"}));
    assert_eq!(serverless["delete_protection"], "DISABLED");
    let config = &serverless["config"]["serverless"];
    assert_eq!(config["upgrade_type"], "MANUAL");
    assert_eq!(config["usage_limits"]["request_unit_limit"], "1000000");
    assert!(config["routing_id"].is_string(), "{serverless}");
    assert_eq!(serverless["regions"][0]["name"], "us-east1");
    assert_eq!(serverless["regions"][0]["primary"], true);

    let dedicated = run
        .crdb(
            "POST",
            CLUSTERS,
            CLUSTERS,
            Some(
                json!({"name": "contract-dedicated", "provider": "GCP", "spec": {
                "plan": "ADVANCED",
                "dedicated": {"region_nodes": {"us-east1": 3},
                    "hardware": {"machine_spec": {"num_virtual_cpus": 4}, "storage_gib": 15},
                    "cockroach_version": "v24.3", "network_visibility": "PUBLIC"}}}),
            ),
        )
        .await;
    assert_eq!(dedicated["plan"], "ADVANCED");
    assert_eq!(dedicated["cloud_provider"], "GCP");
    assert!(
        dedicated["cockroach_version"]
            .as_str()
            .is_some_and(|v| v.starts_with("v24.3.")),
        "{dedicated}"
    );
    let hw = &dedicated["config"]["dedicated"];
    assert_eq!(hw["num_virtual_cpus"], 4);
    assert_eq!(hw["storage_gib"], 15);
    assert_eq!(hw["machine_type"], "n2-standard-4");
    assert_eq!(dedicated["regions"][0]["node_count"], 3);
    assert_eq!(dedicated["network_visibility"], "PUBLIC");
    assert_eq!(dedicated["parent_id"], "root");
    let sv = serverless["id"].as_str().unwrap().to_string();
    let dc = dedicated["id"].as_str().unwrap().to_string();

    // What folder `team` holds: folder `prod` and the serverless cluster, each with its lineage.
    let contents = run
        .crdb(
            "GET",
            &format!("{FOLDER}/contents"),
            &format!("{FOLDERS}/{team}/contents"),
            None,
        )
        .await;
    let resources = contents["resources"].as_array().unwrap();
    assert_eq!(resources.len(), 2, "{contents}");
    let folder = resources.iter().find(|r| r["resource_id"] == prod).unwrap();
    assert_eq!(folder["resource_type"], "FOLDER");
    let cluster = resources
        .iter()
        .find(|r| r["resource_id"] == sv.as_str())
        .unwrap();
    assert_eq!(cluster["resource_type"], "CLUSTER");
    assert_eq!(cluster["name"], "contract-serverless");
    assert_eq!(
        cluster["path"],
        json!([{"id": team, "name": "contract-team-b"}])
    );

    sleep_ms(T_MS + 50).await;
    // Pages of one cluster, each naming the next (`next_page`) until the last.
    let mut listed = Vec::new();
    let mut query = format!("{CLUSTERS}?pagination.limit=1");
    loop {
        let page = run.crdb("GET", CLUSTERS, &query, None).await;
        let clusters = page["clusters"].as_array().unwrap();
        assert_eq!(clusters.len(), 1, "{page}");
        listed.push(clusters[0]["id"].clone());
        match page.get("pagination") {
            Some(p) => {
                let token = p["next_page"].as_str().expect("the next page's token");
                query = format!("{CLUSTERS}?pagination.limit=1&pagination.page={token}");
            }
            None => break,
        }
    }
    let (i, j) = (
        listed.iter().position(|x| x == sv.as_str()),
        listed.iter().position(|x| x == dc.as_str()),
    );
    assert!(i.is_some() && i < j, "oldest first: {listed:?}");
    for id in [&sv, &dc] {
        let times = listed.iter().filter(|x| *x == id.as_str()).count();
        assert_eq!(times, 1, "each on one page: {listed:?}");
    }
    let by_name = run
        .crdb(
            "GET",
            CLUSTERS,
            &format!("{CLUSTERS}?pagination.sort_by=NAME"),
            None,
        )
        .await;
    let names = field_of(&by_name, "clusters", "name");
    let (d, s) = (
        names.iter().position(|n| n == "contract-dedicated"),
        names.iter().position(|n| n == "contract-serverless"),
    );
    assert!(d.is_some() && d < s, "by name: {names:?}");

    let c = format!("{CLUSTERS}/{dc}");
    let got = run.crdb("GET", C, &c, None).await;
    assert_eq!(got["state"], "CREATED");
    assert_eq!(got["operation_status"], "UNSPECIFIED");
    assert_eq!(got["upgrade_status"], "FINALIZED");
    let region = &got["regions"][0];
    assert_eq!(region["node_count"], 3);
    for dns in ["sql_dns", "ui_dns", "internal_dns", "private_endpoint_dns"] {
        assert!(
            region[dns].as_str().is_some_and(|d| !d.is_empty()),
            "{dns}: {got}"
        );
    }

    let conn = run
        .crdb(
            "GET",
            &format!("{C}/connection-string"),
            &format!("{c}/connection-string?database=defaultdb&sql_user=maxroach&os=MAC"),
            None,
        )
        .await;
    let url = conn["connection_string"].as_str().unwrap();
    assert!(
        url.starts_with("postgresql://maxroach@") && url.contains(":26257/defaultdb?"),
        "{url}"
    );
    assert!(url.contains("sslrootcert=$HOME/Library/"), "{url}");
    assert_eq!(
        conn["params"],
        json!({"Host": region["sql_dns"], "Port": "26257", "Database": "defaultdb", "Username": "maxroach"})
    );
    let nodes = run
        .crdb(
            "GET",
            &format!("{C}/nodes"),
            &format!("{c}/nodes?region_name=us-east1"),
            None,
        )
        .await;
    assert_eq!(
        field_of(&nodes, "nodes", "region_name"),
        vec![json!("us-east1"); 3]
    );
    assert_eq!(field_of(&nodes, "nodes", "status"), vec![json!("LIVE"); 3]);
    (dc, sv)
}

/// Scales the dedicated cluster, moves the serverless one out of its folder, then deletes both
/// clusters and the (now empty) folders.
async fn teardown(run: &mut Run, dc: &str, sv: &str, team: &str, prod: &str) {
    let c = format!("{CLUSTERS}/{dc}");
    let cs = format!("{CLUSTERS}/{sv}");
    let scaling = run
        .crdb(
            "PATCH",
            C,
            &c,
            Some(json!({"dedicated": {"hardware": {"machine_spec": {"num_virtual_cpus": 8}, "storage_gib": 20}}})),
        )
        .await;
    assert_eq!(scaling["state"], "LOCKED");
    assert_eq!(scaling["operation_status"], "CRDB_SCALE_RUNNING");
    let moved = run
        .crdb(
            "PATCH",
            C,
            &cs,
            Some(json!({"parent_id": "root", "labels": {"env": "prod"}, "serverless": {"usage_limits": {"request_unit_limit": "2000000"}}})),
        )
        .await;
    assert_eq!(moved["parent_id"], "root");
    assert_eq!(moved["labels"], json!({"env": "prod"}));
    assert_eq!(
        moved["config"]["serverless"]["usage_limits"]["request_unit_limit"],
        "2000000"
    );
    sleep_ms(T_MS + 50).await;
    let scaled = run.crdb("GET", C, &c, None).await;
    assert_eq!(scaled["state"], "CREATED");
    assert_eq!(scaled["config"]["dedicated"]["num_virtual_cpus"], 8);
    assert_eq!(scaled["config"]["dedicated"]["storage_gib"], 20);
    assert_eq!(
        scaled["config"]["dedicated"]["machine_type"],
        "n2-standard-8"
    );

    for (path, name) in [(&c, "contract-dedicated"), (&cs, "contract-serverless")] {
        let deleted = run.crdb("DELETE", C, path, None).await;
        assert_eq!(deleted["state"], "DELETED");
        assert_eq!(deleted["name"], name);
        assert!(deleted["deleted_at"].is_string(), "{deleted}");
    }
    let left = run.crdb("GET", CLUSTERS, CLUSTERS, None).await;
    let ids = field_of(&left, "clusters", "id");
    assert!(
        !ids.contains(&json!(dc)) && !ids.contains(&json!(sv)),
        "deleted clusters are not listed: {left}"
    );
    let inactive = run
        .crdb(
            "GET",
            CLUSTERS,
            &format!("{CLUSTERS}?show_inactive=true"),
            None,
        )
        .await;
    let gone = inactive["clusters"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == dc)
        .unwrap_or_else(|| panic!("show_inactive lists deleted clusters: {inactive}"));
    assert_eq!(gone["state"], "DELETED");
    for id in [prod, team] {
        let deleted = run
            .crdb("DELETE", FOLDER, &format!("{FOLDERS}/{id}"), None)
            .await;
        assert_eq!(deleted, json!({}), "an empty answer");
    }
    let left = run.crdb("GET", FOLDERS, FOLDERS, None).await;
    let ids = field_of(&left, "folders", "resource_id");
    assert!(
        !ids.contains(&json!(team)) && !ids.contains(&json!(prod)),
        "{left}"
    );
}
