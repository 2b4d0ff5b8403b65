//! CockroachDB Cloud as its current API has it: cluster metadata changed at once, folders as
//! FolderResources with their lineage, role grants by `name`, service accounts created with roles,
//! egress rules under `rule`, the maintenance window as durations, CMEK keys per region, invoices,
//! the audit log's actions. Every answer is checked against the spec (`check_answers`).

use crate::common::*;
use serde_json::{Value, json};

async fn ok(api: &Api, method: &str, path: &str, body: Option<Value>) -> Value {
    let a = api.crdb(method, path, body.as_ref()).await;
    assert_eq!(a.status, 200, "{method} {path}: {a:?}");
    a.json
}

async fn ready_cluster(api: &Api, body: Value) -> String {
    let c = ok(api, "POST", "/api/v1/clusters", Some(body)).await;
    sleep_ms(T_MS + 50).await;
    format!("/api/v1/clusters/{}", c["id"].as_str().unwrap())
}

fn advanced(name: &str) -> Value {
    json!({"name": name, "provider": "GCP", "spec": {"plan": "ADVANCED", "dedicated": {"region_nodes": {"us-east1": 3}, "hardware": {"machine_spec": {"num_virtual_cpus": 4}, "storage_gib": 15}}}})
}

#[tokio::test]
async fn metadata_changes_at_once_and_delete_protection_holds() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let folder = ok(
        &api,
        "POST",
        "/api/v1/folders",
        Some(json!({"name": "team"})),
    )
    .await;
    let folder_id = folder["resource_id"].as_str().unwrap();
    let c = ok(
        &api,
        "POST",
        "/api/v1/clusters",
        Some(json!({"name": "meta", "provider": "GCP", "spec": {
            "serverless": {"regions": ["us-east1"]},
            "labels": {"env": "test"}, "delete_protection": "ENABLED", "parent_id": folder_id}})),
    )
    .await;
    assert_eq!(c["labels"]["env"], "test");
    assert_eq!(c["delete_protection"], "ENABLED");
    assert_eq!(c["parent_id"], folder_id);
    let path = format!("/api/v1/clusters/{}", c["id"].as_str().unwrap());
    sleep_ms(T_MS + 50).await;

    let refused = api.crdb("DELETE", &path, None).await;
    assert_eq!(refused.status, 409, "{refused:?}");
    assert!(refused.text.contains("delete protection"), "{refused:?}");
    let changed = ok(
        &api,
        "PATCH",
        &path,
        Some(json!({"delete_protection": "DISABLED", "labels": {"team": "web"}, "parent_id": "root"})),
    )
    .await;
    assert_eq!(changed["state"], "CREATED", "metadata takes no lock");
    assert_eq!(changed["labels"], json!({"team": "web"}));
    assert_eq!(changed["parent_id"], "root");
    // A plan change between the serverless plans is an operation; to ADVANCED it is refused.
    let standard = ok(
        &api,
        "PATCH",
        &path,
        Some(json!({"plan": "STANDARD", "serverless": {"usage_limits": {"provisioned_virtual_cpus": "4"}}})),
    )
    .await;
    assert_eq!(standard["plan"], "STANDARD");
    assert_eq!(standard["state"], "LOCKED");
    sleep_ms(T_MS + 50).await;
    let advanced = api
        .crdb("PATCH", &path, Some(&json!({"plan": "ADVANCED"})))
        .await;
    assert_eq!(advanced.status, 400, "{advanced:?}");
    let removed = api
        .crdb(
            "PATCH",
            &path,
            Some(&json!({"serverless": {"regions": ["us-central1"]}})),
        )
        .await;
    assert_eq!(
        removed.status, 400,
        "regions cannot be removed: {removed:?}"
    );
    assert_eq!(ok(&api, "DELETE", &path, None).await["state"], "DELETED");
}

#[tokio::test]
async fn folders_carry_their_lineage() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let team = ok(
        &api,
        "POST",
        "/api/v1/folders",
        Some(json!({"name": "team", "labels": {"cost": "a"}})),
    )
    .await;
    assert_eq!(team["path"], json!([]));
    assert_eq!(team["resource_type"], "FOLDER");
    assert_eq!(team["parent_id"], "root");
    let team_id = team["resource_id"].as_str().unwrap().to_string();
    let prod = ok(
        &api,
        "POST",
        "/api/v1/folders",
        Some(json!({"name": "prod", "parent_id": team_id})),
    )
    .await;
    assert_eq!(prod["path"], json!([{"id": team_id, "name": "team"}]));
    let prod_id = prod["resource_id"].as_str().unwrap().to_string();
    let found = ok(&api, "GET", "/api/v1/folders?path=team/prod/", None).await;
    assert_eq!(found["folders"].as_array().unwrap().len(), 1);
    assert_eq!(found["folders"][0]["resource_id"], prod_id.as_str());
    let none = ok(&api, "GET", "/api/v1/folders?path=/team/nothing", None).await;
    assert_eq!(none["folders"], json!([]));

    // Renaming a folder changes the lineage of what is inside.
    ok(
        &api,
        "PATCH",
        &format!("/api/v1/folders/{team_id}"),
        Some(json!({"name": "crew"})),
    )
    .await;
    let prod = ok(&api, "GET", &format!("/api/v1/folders/{prod_id}"), None).await;
    assert_eq!(prod["path"][0]["name"], "crew");

    let cluster = ok(
        &api,
        "POST",
        "/api/v1/clusters",
        Some(json!({"name": "inside", "provider": "GCP", "spec": {"serverless": {"regions": ["us-east1"]}, "parent_id": prod_id}})),
    )
    .await;
    let contents = ok(
        &api,
        "GET",
        &format!("/api/v1/folders/{prod_id}/contents"),
        None,
    )
    .await;
    let entry = &contents["resources"][0];
    assert_eq!(entry["resource_type"], "CLUSTER");
    assert_eq!(entry["resource_id"], cluster["id"]);
    assert_eq!(
        entry["path"],
        json!([{"id": team_id, "name": "crew"}, {"id": prod_id, "name": "prod"}])
    );
}

#[tokio::test]
async fn roles_and_service_accounts_use_named_grants() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let path = ready_cluster(
        &api,
        json!({"name": "granted", "provider": "GCP", "spec": {"serverless": {"regions": ["us-east1"]}}}),
    )
    .await;
    let cluster_id = path.rsplit('/').next().unwrap();
    let account = ok(
        &api,
        "POST",
        "/api/v1/service-accounts",
        Some(json!({"name": "deployer", "description": "CI", "roles": [
            {"name": "CLUSTER_ADMIN", "resource": {"type": "CLUSTER", "id": cluster_id}},
            {"name": "BILLING_VIEWER", "resource": {"type": "ORGANIZATION"}}]})),
    )
    .await;
    assert_eq!(account["creator_name"], "emulator");
    assert_eq!(account["roles"][0]["name"], "CLUSTER_ADMIN");
    assert!(account["roles"][1]["resource"]["id"].is_string());
    let id = account["id"].as_str().unwrap();
    let roles = ok(&api, "GET", &format!("/api/v1/roles/{id}"), None).await;
    assert_eq!(roles["roles"].as_array().unwrap().len(), 2);
    let set = ok(
        &api,
        "PUT",
        &format!("/api/v1/roles/{id}"),
        Some(json!({"roles": [{"name": "CLUSTER_MONITOR", "resource": {"type": "CLUSTER", "id": cluster_id}}]})),
    )
    .await;
    assert_eq!(
        set["roles"],
        json!([{"name": "CLUSTER_MONITOR", "resource": {"type": "CLUSTER", "id": cluster_id}}])
    );
    let got = ok(&api, "GET", &format!("/api/v1/service-accounts/{id}"), None).await;
    assert_eq!(got["roles"][0]["name"], "CLUSTER_MONITOR");
    let old_shape = api
        .crdb(
            "PUT",
            &format!("/api/v1/roles/{id}"),
            Some(&json!({"roles": [{"role_name": "ORG_ADMIN", "resource": {"type": "ORGANIZATION"}}]})),
        )
        .await;
    assert_eq!(old_shape.status, 400, "{old_shape:?}");
    assert!(old_shape.text.contains("role_name"), "{old_shape:?}");
    let missing = api
        .crdb(
            "POST",
            &format!("/api/v1/roles/{id}/CLUSTER/{}/CLUSTER_ADMIN", uuid()),
            None,
        )
        .await;
    assert_eq!(missing.status, 404, "{missing:?}");
    let persons = ok(
        &api,
        "GET",
        "/api/v1/users/persons-by-email?email=ADMIN@example.com",
        None,
    )
    .await;
    assert_eq!(persons["user"]["email"], "admin@example.com");
    assert_eq!(persons["users"].as_array().unwrap().len(), 1);
}

fn uuid() -> String {
    "00000000-0000-4000-8000-000000000001".to_string()
}

#[tokio::test]
async fn egress_rules_answer_under_rule() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let cluster = ready_cluster(&api, advanced("egress")).await;
    let rules = format!("{cluster}/networking/egress-rules");
    let body = json!({"name": "kafka", "description": "brokers", "type": "FQDN",
        "destination": "kafka.example.com", "ports": [9092], "idempotency_key": "k-1"});
    let added = ok(&api, "POST", &rules, Some(body.clone())).await;
    let rule = &added["rule"];
    assert_eq!(rule["description"], "brokers");
    assert_eq!(rule["crl_managed"], false);
    assert_eq!(rule["state"], "PENDING_CREATION");
    let id = rule["id"].as_str().unwrap();
    // The same idempotency key: the same rule, not a second one.
    let again = ok(&api, "POST", &rules, Some(body)).await;
    assert_eq!(again["rule"]["id"], id);
    assert_eq!(
        ok(&api, "GET", &rules, None).await["rules"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let edited = ok(
        &api,
        "PATCH",
        &format!("{rules}/{id}"),
        Some(json!({"description": "all brokers", "ports": [9092, 9093], "paths": ["/v1"]})),
    )
    .await;
    assert_eq!(edited["rule"]["description"], "all brokers");
    assert_eq!(edited["rule"]["ports"], json!([9092, 9093]));
    assert_eq!(edited["rule"]["name"], "kafka");
    let wrong = api
        .crdb(
            "PATCH",
            &format!("{rules}/{id}"),
            Some(&json!({"destination": "10.0.0.0/8"})),
        )
        .await;
    assert_eq!(wrong.status, 400, "a CIDR for an FQDN rule: {wrong:?}");
    let got = ok(&api, "GET", &format!("{rules}/{id}"), None).await;
    assert_eq!(got["rule"]["destination"], "kafka.example.com");
    let deleted = ok(&api, "DELETE", &format!("{rules}/{id}"), None).await;
    assert_eq!(deleted["rule"]["id"], id);
    assert_eq!(
        api.crdb("GET", &format!("{rules}/{id}"), None).await.status,
        404
    );
}

#[tokio::test]
async fn maintenance_windows_are_durations() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let cluster = ready_cluster(&api, advanced("windowed")).await;
    let window = format!("{cluster}/maintenance-window");
    let set = ok(
        &api,
        "PUT",
        &window,
        Some(json!({"offset_duration": "172800s", "window_duration": "21600s"})),
    )
    .await;
    assert_eq!(set["offset_duration"], "172800s");
    assert_eq!(ok(&api, "GET", &window, None).await, set);
    for body in [
        json!({"offset_duration": "604800s", "window_duration": "21600s"}),
        json!({"offset_duration": "0s", "window_duration": "3600s"}),
        json!({"offset_duration": "two days", "window_duration": "21600s"}),
        json!({"day_of_week": 1, "start_hour": 3}),
    ] {
        let a = api.crdb("PUT", &window, Some(&body)).await;
        assert_eq!(a.status, 400, "{body}: {a:?}");
    }
    let deferral = ok(
        &api,
        "PUT",
        &format!("{cluster}/version-deferral"),
        Some(json!({"deferral_policy": "DEFERRAL_30_DAYS"})),
    )
    .await;
    assert_eq!(deferral["deferral_policy"], "DEFERRAL_30_DAYS");
}

#[tokio::test]
async fn cmek_keys_cover_every_region() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let cluster = ready_cluster(&api, advanced("keyed")).await;
    let cmek = format!("{cluster}/cmek");
    let key = |region: &str| {
        json!({"region": region, "key_spec": {"type": "GCP_CLOUD_KMS",
            "uri": format!("projects/p/locations/{region}/keyRings/r/cryptoKeys/k"),
            "auth_principal": "crdb@p.iam.gserviceaccount.com"}})
    };
    for body in [
        json!({"region_specs": [key("europe-west1")]}),
        json!({"region_specs": []}),
        json!({"region_specs": [{"region": "us-east1", "key": {"type": "GCP_CLOUD_KMS"}}]}),
    ] {
        let a = api.crdb("POST", &cmek, Some(&body)).await;
        assert_eq!(a.status, 400, "{body}: {a:?}");
    }
    let on = ok(
        &api,
        "POST",
        &cmek,
        Some(json!({"region_specs": [key("us-east1")]})),
    )
    .await;
    assert_eq!(on["region_infos"][0]["region"], "us-east1");
    assert_eq!(
        on["region_infos"][0]["key_infos"][0]["spec"]["type"],
        "GCP_CLOUD_KMS"
    );
    sleep_ms(T_MS + 50).await;
    assert_eq!(ok(&api, "GET", &cmek, None).await["status"], "ENABLED");
    let rotating = ok(
        &api,
        "PUT",
        &cmek,
        Some(json!({"region_specs": [key("us-east1")]})),
    )
    .await;
    assert_eq!(rotating["status"], "ROTATING");
    sleep_ms(T_MS + 50).await;
    let old = api
        .crdb("PATCH", &cmek, Some(&json!({"status": "REVOKE"})))
        .await;
    assert_eq!(old.status, 400, "{old:?}");
    let revoking = ok(&api, "PATCH", &cmek, Some(json!({"action": "REVOKE"}))).await;
    assert_eq!(revoking["status"], "REVOKING");
}

#[tokio::test]
async fn invoices_and_the_audit_log_in_their_current_shapes() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let all = ok(&api, "GET", "/api/v1/invoices", None).await;
    let invoices = all["invoices"].as_array().unwrap();
    assert_eq!(invoices.len(), 3);
    assert_eq!(invoices[0]["status"], "FINALIZED");
    assert_eq!(invoices[0]["totals"][0]["currency"], "USD");
    let drafts = ok(&api, "GET", "/api/v1/invoices?status=DRAFT", None).await;
    assert_eq!(drafts["invoices"].as_array().unwrap().len(), 1);
    let id = invoices[0]["invoice_id"].as_str().unwrap();
    let one = ok(&api, "GET", &format!("/api/v1/invoices/{id}"), None).await;
    assert_eq!(one["invoice_id"], id);
    let end = invoices[0]["period_end"].as_str().unwrap();
    let later = ok(
        &api,
        "GET",
        &format!("/api/v1/invoices?start_time={end}"),
        None,
    )
    .await;
    assert_eq!(later["invoices"].as_array().unwrap().len(), 2);

    let path = ready_cluster(
        &api,
        json!({"name": "logged", "provider": "GCP", "spec": {"serverless": {"regions": ["us-east1"]}}}),
    )
    .await;
    ok(
        &api,
        "POST",
        &format!("{path}/databases"),
        Some(json!({"name": "app"})),
    )
    .await;
    ok(
        &api,
        "POST",
        &format!("{path}/sql-users"),
        Some(json!({"name": "app", "password": "p4ssword!"})),
    )
    .await;
    let log = ok(&api, "GET", "/api/v1/auditlogevents", None).await;
    let actions: Vec<&str> = log["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    // Database changes have no audit action in the spec: not logged.
    assert_eq!(
        actions,
        [
            "AUDIT_LOG_ACTION_CREATE_CLUSTER",
            "AUDIT_LOG_ACTION_CREATE_SQL_USER"
        ]
    );
    let entry = &log["entries"][1];
    assert_eq!(entry["source"], "AUDIT_LOG_SOURCE_CC_API");
    assert_eq!(entry["cluster_name"], "logged");
    assert_eq!(entry["service_account_name"], "emulator");
}

#[tokio::test]
async fn catalog_and_connection_answers() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let regions = ok(
        &api,
        "GET",
        "/api/v1/clusters/available-regions?provider=AWS",
        None,
    )
    .await;
    assert_eq!(regions["regions"][0]["location"], "N. Virginia");
    assert!(regions["regions"][0]["distance"].is_number());
    let versions = ok(&api, "GET", "/api/v1/cluster-versions", None).await;
    let first = &versions["versions"][0];
    assert!(first["support_end"].is_string());
    assert_eq!(first["allowed_upgrades"][0], "v24.1");
    let cluster = ready_cluster(&api, advanced("connect")).await;
    let conn = ok(
        &api,
        "GET",
        &format!("{cluster}/connection-string?sql_user=app&database=shop"),
        None,
    )
    .await;
    assert_eq!(conn["params"]["Database"], "shop");
    assert_eq!(conn["params"]["Username"], "app");
    assert_eq!(conn["params"]["Port"], "26257");
    // An ADVANCED cluster's nodes and CA certificate.
    assert!(
        conn["connection_string"]
            .as_str()
            .unwrap()
            .contains("sslrootcert="),
        "{conn}"
    );
    let nodes = ok(&api, "GET", &format!("{cluster}/nodes"), None).await;
    assert_eq!(nodes["nodes"].as_array().unwrap().len(), 3);
    assert_eq!(nodes["nodes"][0]["status"], "LIVE");
    let allowlist = ok(
        &api,
        "GET",
        &format!("{cluster}/networking/allowlist"),
        None,
    )
    .await;
    assert_eq!(allowlist["propagating"], false);
    let databases = ok(&api, "GET", &format!("{cluster}/databases"), None).await;
    assert_eq!(databases["databases"][0]["table_count"], "0");
}
