//! ClickStack beyond the schema: objects belong to one service and refer to objects of it, the predefined
//! roles stay as they are, deleting or replacing a dashboard takes its alerts along, alerts are evaluated
//! over time (and fail on demand), webhook secrets are never shown, and everything survives a restart.

use crate::common::*;
use serde_json::{Value, json};

struct Stack {
    api: Api,
    base: String,
}

impl Stack {
    /// A new service's ClickStack (`name`).
    async fn new(api: &Api, org: &str, name: &str) -> Stack {
        let made = api
            .ch(
                "POST",
                &format!("/v1/organizations/{org}/services"),
                Some(&json!({"name": name, "provider": "aws", "region": "us-east-1"})),
            )
            .await;
        assert_eq!(made.status, 200, "{made:?}");
        let sid = made.json["result"]["service"]["id"].as_str().unwrap();
        Stack {
            api: api.clone(),
            base: format!("/v1/organizations/{org}/services/{sid}/clickstack"),
        }
    }

    async fn call(&self, method: &str, rest: &str, body: Option<Value>) -> Answer {
        self.api
            .ch(method, &format!("{}/{rest}", self.base), body.as_ref())
            .await
    }

    /// A call that must succeed: its `result`.
    async fn ok(&self, method: &str, rest: &str, body: Option<Value>) -> Value {
        let a = self.call(method, rest, body).await;
        assert_eq!(a.status, 200, "{method} {rest}: {a:?}");
        a.json["result"].clone()
    }

    /// A call that must be refused with this status, naming `what`.
    async fn refused(
        &self,
        method: &str,
        rest: &str,
        body: Option<Value>,
        status: u16,
        what: &str,
    ) {
        let a = self.call(method, rest, body).await;
        assert_eq!(a.status, status, "{method} {rest}: {a:?}");
        let error = a.json["error"].as_str().unwrap();
        assert!(error.contains(what), "{error} does not say {what}");
    }

    async fn source(&self, name: &str) -> String {
        let s = self
            .ok(
                "POST",
                "sources",
                Some(json!({"name": name, "kind": "log", "connection": "c1",
                            "from": {"databaseName": "otel", "tableName": "otel_logs"},
                            "defaultTableSelectExpression": "Body", "timestampValueExpression": "Timestamp"})),
            )
            .await;
        s["id"].as_str().unwrap().to_string()
    }
}

fn dashboard(source: &str, tiles: usize) -> Value {
    let tiles: Vec<Value> = (0..tiles)
        .map(|i| {
            json!({"name": format!("tile {i}"), "x": 0, "y": i * 2, "w": 6, "h": 2,
                   "config": {"displayType": "number", "sourceId": source, "select": [{"aggFn": "count"}]}})
        })
        .collect();
    json!({"name": "Overview", "tiles": tiles})
}

fn tile_alert(dashboard: &Value, tile: usize) -> Value {
    json!({"source": "tile", "dashboardId": dashboard["id"], "tileId": dashboard["tiles"][tile]["id"],
           "threshold": 1, "thresholdType": "above", "interval": "1m",
           "channel": {"type": "email", "emailRecipients": ["oncall@example.com"]}})
}

#[tokio::test]
async fn objects_belong_to_their_service_and_refer_to_its_objects() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let org = emu.clickhouse_org_id();
    let a = Stack::new(&api, &org, "a").await;
    let b = Stack::new(&api, &org, "b").await;
    let src = a.source("Logs").await;

    // Service b does not see service a's source; an unknown service has no ClickStack.
    b.refused("GET", &format!("sources/{src}"), None, 404, "Source")
        .await;
    assert_eq!(b.ok("GET", "sources", None).await, json!([]));
    let unknown = api
        .ch(
            "GET",
            &format!("/v1/organizations/{org}/services/00000000-0000-4000-8000-00000000beef/clickstack/dashboards"),
            None,
        )
        .await;
    assert_eq!(unknown.status, 404, "{unknown:?}");
    for kind in ["dashboards", "alerts", "sources", "roles", "saved-searches"] {
        a.refused(
            "GET",
            &format!("{kind}/65f5e4a3b9e77c001a000000"),
            None,
            404,
            "not found",
        )
        .await;
        a.refused(
            "DELETE",
            &format!("{kind}/65f5e4a3b9e77c001a000000"),
            None,
            404,
            "not found",
        )
        .await;
    }
    a.refused(
        "PUT",
        "webhooks/65f5e4a3b9e77c001a000000",
        Some(json!({"name": "w", "service": "slack", "url": "https://x"})),
        404,
        "Webhook",
    )
    .await;

    // A dashboard on b's (missing) source is refused; on a's own it is made.
    b.refused(
        "POST",
        "dashboards",
        Some(dashboard(&src, 1)),
        400,
        "tiles.0.config.sourceId",
    )
    .await;
    let d = a.ok("POST", "dashboards", Some(dashboard(&src, 2))).await;
    assert_eq!(d["tiles"][1]["id"].as_str().unwrap().len(), 24);
    assert_eq!(d["tags"], json!([]));

    // What validate finds, in document order: a tile without a chart, a container that does not exist,
    // a place off the grid.
    let mut bad = dashboard(&src, 1);
    bad["tiles"][0].as_object_mut().unwrap().remove("config");
    bad["tiles"][0]["containerId"] = json!("nope");
    bad["tiles"][0]["w"] = json!(0);
    let v = a.ok("POST", "dashboards/validate", Some(bad)).await;
    assert_eq!(v["valid"], false);
    let paths: Vec<&str> = v["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        paths,
        ["tiles.0.config", "tiles.0.containerId", "tiles.0.w"]
    );
    assert_eq!(v["errors"][0]["message"], "Required");
    assert_eq!(v["normalized"], Value::Null);
    // Validating saves nothing.
    assert_eq!(
        a.ok("GET", "dashboards", None)
            .await
            .as_array()
            .unwrap()
            .len(),
        1
    );

    // Saved searches need a source of the service; alerts need their tile or saved search and webhook.
    b.refused(
        "POST",
        "saved-searches",
        Some(json!({"name": "s", "sourceId": src})),
        400,
        "sourceId",
    )
    .await;
    let mut alert = tile_alert(&d, 0);
    alert["tileId"] = json!("65f5e4a3b9e77c001a000000");
    a.refused("POST", "alerts", Some(alert), 400, "tileId")
        .await;
    let mut alert = tile_alert(&d, 0);
    alert["channel"] = json!({"type": "webhook", "webhookId": "65f5e4a3b9e77c001a000000"});
    a.refused("POST", "alerts", Some(alert), 400, "channel.webhookId")
        .await;
    let mut alert = tile_alert(&d, 0);
    alert["thresholdType"] = json!("between");
    a.refused("POST", "alerts", Some(alert.clone()), 400, "thresholdMax")
        .await;
    alert.as_object_mut().unwrap().remove("interval");
    a.refused("POST", "alerts", Some(alert), 400, "interval")
        .await;
    // A session source's traces must be a trace source.
    let mut session = json!({"name": "Sessions", "kind": "session", "connection": "c1",
                             "from": {"databaseName": "otel", "tableName": "sessions"}, "traceSourceId": src});
    a.refused(
        "POST",
        "sources",
        Some(session.clone()),
        400,
        "not a trace source",
    )
    .await;
    session["traceSourceId"] = json!("65f5e4a3b9e77c001a000000");
    a.refused("POST", "sources", Some(session), 400, "traceSourceId")
        .await;
}

#[tokio::test]
async fn dashboards_and_saved_searches_take_their_alerts_along() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let s = Stack::new(&api, &emu.clickhouse_org_id(), "alerts").await;
    let src = s.source("Logs").await;
    let d = s.ok("POST", "dashboards", Some(dashboard(&src, 2))).await;
    let on_first = s.ok("POST", "alerts", Some(tile_alert(&d, 0))).await;
    let on_second = s.ok("POST", "alerts", Some(tile_alert(&d, 1))).await;
    let search = s
        .ok(
            "POST",
            "saved-searches",
            Some(json!({"name": "Errors", "sourceId": src})),
        )
        .await;
    let on_search = s
        .ok(
            "POST",
            "alerts",
            Some(
                json!({"source": "saved_search", "savedSearchId": search["id"], "threshold": 1,
                        "thresholdType": "above", "interval": "5m",
                        "channel": {"type": "email", "emailRecipients": ["a@example.com"]}}),
            ),
        )
        .await;
    let alerts = |list: Value| -> Vec<Value> {
        list.as_array()
            .unwrap()
            .iter()
            .map(|a| a["id"].clone())
            .collect()
    };
    assert_eq!(alerts(s.ok("GET", "alerts", None).await).len(), 3);

    // Replacing the dashboard without its first tile deletes that tile's alert only.
    let mut kept = d.clone();
    kept["tiles"] = json!([d["tiles"][1]]);
    kept.as_object_mut().unwrap().remove("id");
    let id = d["id"].as_str().unwrap();
    let replaced = s.ok("PUT", &format!("dashboards/{id}"), Some(kept)).await;
    assert_eq!(replaced["tiles"][0]["id"], d["tiles"][1]["id"]);
    assert_eq!(
        alerts(s.ok("GET", "alerts", None).await),
        [on_second["id"].clone(), on_search["id"].clone()]
    );
    s.refused(
        "GET",
        &format!("alerts/{}", on_first["id"].as_str().unwrap()),
        None,
        404,
        "Alert",
    )
    .await;

    // Deleting the dashboard, then the saved search, deletes the rest.
    s.ok("DELETE", &format!("dashboards/{id}"), None).await;
    assert_eq!(
        alerts(s.ok("GET", "alerts", None).await),
        [on_search["id"].clone()]
    );
    let search_id = search["id"].as_str().unwrap();
    s.ok("DELETE", &format!("saved-searches/{search_id}"), None)
        .await;
    assert_eq!(s.ok("GET", "alerts", None).await, json!([]));
}

#[tokio::test]
async fn alerts_are_evaluated_and_fail_on_demand() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let s = Stack::new(&api, &emu.clickhouse_org_id(), "evaluated").await;
    let src = s.source("Logs").await;
    let d = s.ok("POST", "dashboards", Some(dashboard(&src, 1))).await;
    let fine = s.ok("POST", "alerts", Some(tile_alert(&d, 0))).await;
    assert_eq!(fine["state"], "PENDING");
    assert_eq!(fine["executionErrors"], json!([]));
    let set = api
        .raw(
            "PUT",
            "/_emulator/faults",
            &[],
            Some(&json!({"failed_transitions": 1})),
        )
        .await;
    assert_eq!(set.status, 200, "{set:?}");
    let failing = s.ok("POST", "alerts", Some(tile_alert(&d, 0))).await;
    sleep_ms(T_MS + 50).await;
    let fine = s
        .ok(
            "GET",
            &format!("alerts/{}", fine["id"].as_str().unwrap()),
            None,
        )
        .await;
    assert_eq!(fine["state"], "OK");
    let failing = s
        .ok(
            "GET",
            &format!("alerts/{}", failing["id"].as_str().unwrap()),
            None,
        )
        .await;
    assert_eq!(failing["state"], "INSUFFICIENT_DATA");
    assert_eq!(failing["executionErrors"][0]["type"], "QUERY_ERROR");
    let left = api.raw("GET", "/_emulator/faults", &[], None).await;
    assert_eq!(left.json["failed_transitions"], 0);
}

#[tokio::test]
async fn roles_webhooks_and_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = config();
    config.state_file = Some(dir.path().join("state.json"));
    let (org, base, webhook) = {
        let emu = dbcloud_emulator::spawn(config.clone()).unwrap();
        let api = Api::new(&emu.url());
        let s = Stack::new(&api, &emu.clickhouse_org_id(), "roles").await;
        // The predefined roles are listed and stay as they are.
        let roles = s.ok("GET", "roles", None).await;
        let admin = roles
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["name"] == "Admin")
            .unwrap()
            .clone();
        assert_eq!(admin["isPredefined"], true);
        let admin_id = admin["id"].as_str().unwrap();
        let permissions = json!({"permissions": [{"action": "read", "subject": "all"}]});
        s.refused(
            "PUT",
            &format!("roles/{admin_id}"),
            Some(permissions.clone()),
            400,
            "predefined",
        )
        .await;
        s.refused(
            "DELETE",
            &format!("roles/{admin_id}"),
            None,
            400,
            "predefined",
        )
        .await;
        assert_eq!(s.ok("GET", &format!("roles/{admin_id}"), None).await, admin);
        // Role names are unique; a replace without a name keeps it.
        let mut named = permissions.clone();
        named["name"] = json!("Admin");
        s.refused("POST", "roles", Some(named.clone()), 400, "already exists")
            .await;
        named["name"] = json!("Viewer");
        let viewer = s.ok("POST", "roles", Some(named)).await;
        assert_eq!(viewer["isPredefined"], false);
        let id = viewer["id"].as_str().unwrap();
        let kept = s.ok("PUT", &format!("roles/{id}"), Some(permissions)).await;
        assert_eq!(kept["name"], "Viewer");

        // Webhook headers and query parameters are kept, never shown; a URL is registered once per kind.
        let hook = json!({"name": "ops", "service": "slack", "url": "https://hooks.slack.com/T/B/x",
                          "body": "{}", "headers": {"Authorization": "Bearer s3cret"},
                          "queryParams": {"key": "k3y"}});
        let made = s.ok("POST", "webhooks", Some(hook.clone())).await;
        assert!(!made.to_string().contains("s3cret") && !made.to_string().contains("k3y"));
        assert!(
            made.get("body").is_none(),
            "a Slack webhook shows no body: {made}"
        );
        s.refused("POST", "webhooks", Some(hook), 400, "already exists")
            .await;
        let state = std::fs::read_to_string(dir.path().join("state.json")).unwrap();
        assert!(state.contains("s3cret"), "the secret is kept to be sent");
        (
            emu.clickhouse_org_id(),
            s.base.clone(),
            made["id"].as_str().unwrap().to_string(),
        )
    };
    // After a restart from the state file, everything is there.
    let emu = dbcloud_emulator::spawn(config).unwrap();
    let api = Api::new(&emu.url());
    assert_eq!(emu.clickhouse_org_id(), org);
    let s = Stack {
        api: api.clone(),
        base,
    };
    let hooks = s.ok("GET", "webhooks", None).await;
    assert_eq!(hooks[0]["id"], webhook.as_str());
    let roles = s.ok("GET", "roles", None).await;
    assert_eq!(roles.as_array().unwrap().len(), 3);
}
