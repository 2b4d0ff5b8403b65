//! The ClickHouse organization's own resources as the real service behaves: quotas whose usage follows the
//! services, usage costs per service and day over a range (at most 31 days), BYOC infrastructure that
//! provisions over time and fails on demand, UDF archives uploaded to presigned URLs, versions that build,
//! attachments only to running services, and the 404s, 409s and 410s of each.

use std::time::Duration;

use dbcloud_emulator::{Config, Faults};
use serde_json::{Value, json};

use crate::all_operations::clickhouse_org::{ZIP, today, upload};
use crate::common::*;

/// An emulator with two running services.
fn with_services() -> dbcloud_emulator::BackgroundEmulator {
    dbcloud_emulator::spawn(Config {
        seed_services: 2,
        ..config()
    })
    .expect("emulator starts")
}

/// The `result` of a ClickHouse answer, asserting its status.
async fn ok(api: &Api, method: &str, path: &str, body: Option<Value>) -> Value {
    let a = api.ch(method, path, body.as_ref()).await;
    assert_eq!(a.status, 200, "{method} {path}: {a:?}");
    a.json["result"].clone()
}

/// The error status and text of a ClickHouse answer that must fail.
async fn fails(api: &Api, method: &str, path: &str, body: Option<Value>) -> (u16, String) {
    let a = api.ch(method, path, body.as_ref()).await;
    assert!(a.status >= 400, "{method} {path} succeeded: {a:?}");
    (
        a.status,
        a.json["error"].as_str().unwrap_or_default().to_string(),
    )
}

/// A change to a service (another area): the emulator applies it before it checks its answer against the
/// spec, so whatever that area answers today, the change is made.
async fn change_service(api: &Api, path: &str, body: Option<Value>) {
    let a = api
        .ch(
            if body.is_some() { "PATCH" } else { "DELETE" },
            path,
            body.as_ref(),
        )
        .await;
    assert_ne!(a.status, 404, "{path}: {a:?}");
}

fn services(emu: &dbcloud_emulator::BackgroundEmulator) -> Vec<Value> {
    let path = format!("/v1/organizations/{}/services", emu.clickhouse_org_id());
    emu.state()["collections"][path.as_str()]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

/// A date `days` before today (UTC).
fn days_ago(days: u64) -> String {
    let t = std::time::SystemTime::now() - Duration::from_secs(days * 24 * 3600);
    humantime::format_rfc3339_seconds(t).to_string()[..10].to_string()
}

#[tokio::test]
async fn quotas_follow_the_services() {
    let emu = with_services();
    let api = Api::new(&emu.url());
    let o = format!("/v1/organizations/{}", emu.clickhouse_org_id());
    let quota = ok(
        &api,
        "GET",
        &format!("{o}/quotas/services-per-organization"),
        None,
    )
    .await;
    assert_eq!(quota["usage"], 2);
    assert_eq!(quota["value"], 20);
    let id = services(&emu)[0]["id"].as_str().unwrap().to_string();
    change_service(
        &api,
        &format!("{o}/services/{id}/state"),
        Some(json!({"command": "stop"})),
    )
    .await;
    sleep_ms(T_MS * 2).await;
    change_service(&api, &format!("{o}/services/{id}"), None).await;
    sleep_ms(T_MS * 2).await;
    let all = ok(&api, "GET", &format!("{o}/quotas"), None).await;
    let services = all
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["quotaCode"] == "services-per-organization")
        .unwrap();
    assert_eq!(services["usage"], 1);
    let (status, error) = fails(&api, "GET", &format!("{o}/quotas/no-such-quota"), None).await;
    assert_eq!(status, 404);
    assert!(error.contains("no-such-quota"), "{error}");
}

#[tokio::test]
async fn usage_costs_per_service_and_day() {
    let emu = with_services();
    let api = Api::new(&emu.url());
    let o = format!("/v1/organizations/{}", emu.clickhouse_org_id());
    // The seeded services were created a day ago: yesterday and today have costs, the day before none.
    let (from, to) = (days_ago(2), today());
    let usage = ok(
        &api,
        "GET",
        &format!("{o}/usageCost?from_date={from}&to_date={to}"),
        None,
    )
    .await;
    let costs = usage["costs"].as_array().unwrap();
    let days: std::collections::BTreeSet<&str> =
        costs.iter().filter_map(|c| c["date"].as_str()).collect();
    assert!(!days.contains(from.as_str()), "{days:?}");
    assert!(
        days.contains(to.as_str()) && days.contains(days_ago(1).as_str()),
        "{days:?}"
    );
    // Per day, each service has its own record and its warehouse's.
    let per_day = costs.iter().filter(|c| c["date"] == to.as_str()).count();
    assert_eq!(per_day, 4);
    let sum: f64 = costs.iter().map(|c| c["totalCHC"].as_f64().unwrap()).sum();
    assert!((sum - usage["grandTotalCHC"].as_f64().unwrap()).abs() < 0.01);
    assert!(
        costs
            .iter()
            .all(|c| c["locked"] == (c["date"] != to.as_str()))
    );

    let (status, error) = fails(
        &api,
        "GET",
        &format!("{o}/usageCost?from_date={to}&to_date={from}"),
        None,
    )
    .await;
    assert_eq!(status, 400);
    assert!(error.contains("before from_date"), "{error}");
    let (status, error) = fails(
        &api,
        "GET",
        &format!("{o}/usageCost?from_date={}&to_date={to}", days_ago(31)),
        None,
    )
    .await;
    assert_eq!(status, 400);
    assert!(error.contains("31 days"), "{error}");
    // Tag filters keep the services with the tag: the seeded ones have none.
    let filtered = ok(
        &api,
        "GET",
        &format!("{o}/usageCost?from_date={to}&to_date={to}&filter=tag:env%3Dprod"),
        None,
    )
    .await;
    assert_eq!(filtered["costs"], json!([]));
}

#[tokio::test]
async fn organization_metrics_cover_every_service() {
    let emu = with_services();
    let api = Api::new(&emu.url());
    let o = format!("/v1/organizations/{}", emu.clickhouse_org_id());
    let all = api.ch("GET", &format!("{o}/prometheus"), None).await;
    assert_eq!(all.status, 200);
    assert!(
        all.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/plain")
    );
    for s in services(&emu) {
        assert!(all.text.contains(s["id"].as_str().unwrap()), "{}", all.text);
    }
    assert!(all.text.contains("ClickHouseProfileEvents_Query"));
    let filtered = api
        .ch(
            "GET",
            &format!("{o}/prometheus?filtered_metrics=true"),
            None,
        )
        .await;
    assert!(!filtered.text.contains("ClickHouseProfileEvents_Query"));
    assert!(filtered.text.contains("ClickHouse_ServiceInfo"));
}

#[tokio::test]
async fn byoc_infrastructure_provisions_fails_and_goes() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let o = format!("/v1/organizations/{}", emu.clickhouse_org_id());
    let body =
        json!({"regionId": "europe-west4", "accountId": "my-project", "displayName": "gcp-eu"});
    let b = ok(
        &api,
        "POST",
        &format!("{o}/byocInfrastructure"),
        Some(body.clone()),
    )
    .await;
    assert_eq!(b["state"], "infra-provisioning");
    assert_eq!(b["cloudProvider"], "gcp");
    // One infrastructure per account and region.
    let (status, _) = fails(&api, "POST", &format!("{o}/byocInfrastructure"), Some(body)).await;
    assert_eq!(status, 409);
    sleep_ms(T_MS * 2).await;
    let org = ok(&api, "GET", &o, None).await;
    assert_eq!(org["byocConfig"][0]["state"], "infra-ready");
    assert!(org["byocConfig"][0].get("_since").is_none());

    let (status, error) = fails(
        &api,
        "POST",
        &format!("{o}/byocInfrastructure"),
        Some(json!({"regionId": "us-east-1", "accountId": "1", "vpcCidrRange": "10.0.0.0"})),
    )
    .await;
    assert_eq!(status, 400);
    assert!(error.contains("vpcCidrRange"), "{error}");

    emu.set_faults(Faults {
        failed_transitions: 1,
        ..Faults::default()
    });
    let failed = ok(
        &api,
        "POST",
        &format!("{o}/byocInfrastructure"),
        Some(json!({"regionId": "us-east-1", "accountId": "123456789012"})),
    )
    .await;
    sleep_ms(T_MS * 2).await;
    let org = ok(&api, "GET", &o, None).await;
    let shown = org["byocConfig"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == failed["id"])
        .unwrap()
        .clone();
    assert_eq!(shown["state"], "infra-terminated");

    let item = format!("{o}/byocInfrastructure/{}", b["id"].as_str().unwrap());
    ok(&api, "DELETE", &item, None).await;
    let org = ok(&api, "GET", &o, None).await;
    assert_eq!(org["byocConfig"][0]["state"], "infra-terminated");
    sleep_ms(T_MS * 2).await;
    let org = ok(&api, "GET", &o, None).await;
    assert_eq!(org["byocConfig"].as_array().unwrap().len(), 1);
    let (status, _) = fails(&api, "PATCH", &item, Some(json!({"displayName": "x"}))).await;
    assert_eq!(status, 404);
    let (status, _) = fails(&api, "DELETE", &item, None).await;
    assert_eq!(status, 404);
}

/// An upload session with `bytes` uploaded: its ID.
async fn uploaded(api: &Api, o: &str, bytes: &[u8]) -> String {
    let session = ok(api, "POST", &format!("{o}/udfUploads/url"), None).await;
    let url = session["uploadUrl"].as_str().unwrap();
    assert_eq!(upload(api, url, bytes).await, 200);
    session["uploadId"].as_str().unwrap().to_string()
}

fn udf_body(upload_id: &str) -> Value {
    json!({"functionName": "f", "uploadId": upload_id, "runtime": "native", "type": "executable",
           "arguments": [{"name": "x", "type": "UInt64"}], "returnType": "UInt64"})
}

#[tokio::test]
async fn upload_urls_act_like_object_storage() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let o = format!("/v1/organizations/{}", emu.clickhouse_org_id());
    let session = ok(&api, "POST", &format!("{o}/udfUploads/url"), None).await;
    let url = session["uploadUrl"].as_str().unwrap().to_string();
    assert!(url.starts_with(&emu.url()), "{url}");
    // Not uploaded yet: the archive is unavailable.
    let id = session["uploadId"].as_str().unwrap();
    let (status, _) = fails(&api, "POST", &format!("{o}/udfs"), Some(udf_body(id))).await;
    assert_eq!(status, 410);
    // A wrong signature, or another content type than the URL was signed for, is refused.
    let forged = url.replace("X-Amz-Signature=", "X-Amz-Signature=x");
    assert_eq!(upload(&api, &forged, ZIP).await, 403);
    let text = api
        .http
        .put(&url)
        .header("content-type", "text/plain")
        .body("x")
        .send()
        .await
        .unwrap();
    assert_eq!(text.status().as_u16(), 403);
    assert_eq!(upload(&api, &url, ZIP).await, 200);
    ok(&api, "POST", &format!("{o}/udfs"), Some(udf_body(id))).await;
    // An upload is used once.
    let mut again = udf_body(id);
    again["functionName"] = json!("g");
    let (status, error) = fails(&api, "POST", &format!("{o}/udfs"), Some(again)).await;
    assert_eq!(status, 410);
    assert!(error.contains("used already"), "{error}");
    assert_eq!(upload(&api, &url, ZIP).await, 403);
    let unknown = format!(
        "{}/_uploads/udf/00000000-0000-4000-8000-000000000000",
        emu.url()
    );
    assert_eq!(upload(&api, &unknown, ZIP).await, 404);
}

#[tokio::test]
async fn udf_versions_build_and_attach_to_running_services() {
    let emu = with_services();
    let api = Api::new(&emu.url());
    let o = format!("/v1/organizations/{}", emu.clickhouse_org_id());
    let ids: Vec<String> = services(&emu)
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_string())
        .collect();
    let up = uploaded(&api, &o, ZIP).await;
    let v1 = ok(&api, "POST", &format!("{o}/udfs"), Some(udf_body(&up))).await;
    assert_eq!(
        (v1["version"].clone(), v1["status"].clone()),
        (json!(1), json!("building"))
    );
    assert_eq!(v1["poolSize"], Value::Null);
    assert_eq!(v1["format"], "TabSeparated");
    let up = uploaded(&api, &o, ZIP).await;
    let (status, _) = fails(&api, "POST", &format!("{o}/udfs"), Some(udf_body(&up))).await;
    assert_eq!(status, 409, "the name is taken");
    // Nothing to attach while building; no new version either.
    let a0 = format!("{o}/udfs/f/attachments/{}", ids[0]);
    let (status, _) = fails(&api, "PUT", &a0, Some(json!({}))).await;
    assert_eq!(status, 409);
    let (status, _) = fails(&api, "POST", &format!("{o}/udfs/f/versions"), Some(json!({
        "uploadId": up, "runtime": "native", "type": "executable", "arguments": [], "returnType": "String"}))).await;
    assert_eq!(status, 409);
    sleep_ms(T_MS * 2).await;
    assert_eq!(
        ok(&api, "GET", &format!("{o}/udfs/f"), None).await["status"],
        "ready"
    );

    // A second version from an archive that is not a zip builds into an error.
    let bad = uploaded(&api, &o, b"print('not a zip')").await;
    let v2 = ok(
        &api,
        "POST",
        &format!("{o}/udfs/f/versions"),
        Some(json!({
        "uploadId": bad, "runtime": "python3.11", "type": "executable_pool", "poolSize": 2,
        "arguments": [], "returnType": "String"})),
    )
    .await;
    assert_eq!(v2["version"], 2);
    sleep_ms(T_MS * 2).await;
    let latest = ok(&api, "GET", &format!("{o}/udfs/f"), None).await;
    assert_eq!(latest["status"], "error");
    assert!(latest["error"].as_str().unwrap().contains("zip"));
    let (status, _) = fails(&api, "PUT", &a0, Some(json!({"version": 2}))).await;
    assert_eq!(status, 409, "an error version is not attachable");

    // Without a version, the latest ready one (1) is attached; a stopped service is refused (424).
    let attached = ok(&api, "PUT", &a0, Some(json!({}))).await;
    assert_eq!(
        (attached["version"].clone(), attached["status"].clone()),
        (json!(1), json!("provisioning"))
    );
    let (status, _) = fails(&api, "DELETE", &a0, None).await;
    assert_eq!(status, 409, "a transition is in progress");
    change_service(
        &api,
        &format!("{o}/services/{}/state", ids[1]),
        Some(json!({"command": "stop"})),
    )
    .await;
    let a1 = format!("{o}/udfs/f/attachments/{}", ids[1]);
    let (status, error) = fails(&api, "PUT", &a1, Some(json!({}))).await;
    assert_eq!(status, 424);
    assert!(error.contains("must be running"), "{error}");
    let (status, _) = fails(&api, "GET", &a1, None).await;
    assert_eq!(status, 404);
    sleep_ms(T_MS * 2).await;
    assert_eq!(ok(&api, "GET", &a0, None).await["status"], "deployed");
    let list = ok(&api, "GET", &format!("{o}/udfs/f/attachments"), None).await;
    assert_eq!(list["pagination"]["totalRecords"], 1);

    // An attached version stays; the latest stays; a building one stays.
    let (status, error) = fails(&api, "DELETE", &format!("{o}/udfs/f/versions/1"), None).await;
    assert_eq!(status, 409);
    assert!(error.contains("attached"), "{error}");
    let (status, _) = fails(&api, "DELETE", &format!("{o}/udfs/f/versions/2"), None).await;
    assert_eq!(status, 409);
    let (status, _) = fails(&api, "DELETE", &format!("{o}/udfs/f/versions/9"), None).await;
    assert_eq!(status, 404);

    ok(&api, "DELETE", &a0, None).await;
    assert_eq!(ok(&api, "GET", &a0, None).await["status"], "deprovisioning");
    sleep_ms(T_MS * 2).await;
    let (status, _) = fails(&api, "GET", &a0, None).await;
    assert_eq!(status, 404);
    ok(&api, "DELETE", &format!("{o}/udfs/f/versions/1"), None).await;
    let versions = ok(&api, "GET", &format!("{o}/udfs/f/versions"), None).await;
    assert_eq!(versions["items"].as_array().unwrap().len(), 1);
    ok(&api, "DELETE", &format!("{o}/udfs/f"), None).await;
    for path in [
        format!("{o}/udfs/f"),
        format!("{o}/udfs/f/versions"),
        format!("{o}/udfs/f/attachments"),
    ] {
        let (status, _) = fails(&api, "GET", &path, None).await;
        assert_eq!(status, 404, "{path}");
    }
    assert_eq!(
        ok(&api, "GET", &format!("{o}/udfs"), None).await["items"],
        json!([])
    );
}

#[tokio::test]
async fn udf_lists_page_by_cursor() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let o = format!("/v1/organizations/{}", emu.clickhouse_org_id());
    for name in ["c", "a", "b"] {
        let up = uploaded(&api, &o, ZIP).await;
        let mut body = udf_body(&up);
        body["functionName"] = json!(name);
        ok(&api, "POST", &format!("{o}/udfs"), Some(body)).await;
    }
    let first = ok(&api, "GET", &format!("{o}/udfs?limit=2"), None).await;
    let names: Vec<&str> = first["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|u| u["functionName"].as_str())
        .collect();
    assert_eq!(names, ["a", "b"]);
    assert_eq!(first["pagination"]["totalRecords"], 3);
    let cursor = first["pagination"]["nextCursor"]
        .as_str()
        .unwrap()
        .to_string();
    let second = ok(
        &api,
        "GET",
        &format!("{o}/udfs?limit=2&cursor={cursor}"),
        None,
    )
    .await;
    assert_eq!(second["items"][0]["functionName"], "c");
    assert_eq!(second["pagination"]["nextCursor"], Value::Null);
    assert_eq!(second["pagination"]["currentCursor"], cursor.as_str());
}

#[tokio::test]
async fn a_failed_build_or_attachment_is_an_error_state() {
    let emu = with_services();
    let api = Api::new(&emu.url());
    let o = format!("/v1/organizations/{}", emu.clickhouse_org_id());
    let id = services(&emu)[0]["id"].as_str().unwrap().to_string();
    let up = uploaded(&api, &o, ZIP).await;
    ok(&api, "POST", &format!("{o}/udfs"), Some(udf_body(&up))).await;
    sleep_ms(T_MS * 2).await;
    emu.set_faults(Faults {
        failed_transitions: 1,
        ..Faults::default()
    });
    let a = format!("{o}/udfs/f/attachments/{id}");
    ok(&api, "PUT", &a, Some(json!({"version": 1}))).await;
    sleep_ms(T_MS * 2).await;
    assert_eq!(ok(&api, "GET", &a, None).await["status"], "error");
    // Attaching again replaces the failed attachment.
    ok(&api, "PUT", &a, Some(json!({"version": 1}))).await;
    sleep_ms(T_MS * 2).await;
    assert_eq!(ok(&api, "GET", &a, None).await["status"], "deployed");
}
