//! The ClickStack operations of a service: sources, dashboards (and their validation), webhooks, saved
//! searches, alerts and roles, each created, listed, read, replaced and deleted.

use serde_json::{Value, json};

use super::{O, Run, S};

fn id(v: &Value) -> String {
    v["id"].as_str().expect("an ID").to_string()
}

fn listed(list: &Value, id: &str) -> bool {
    list.as_array().unwrap().iter().any(|x| x["id"] == id)
}

pub async fn scenario(run: &mut Run, org: &str) {
    let o = format!("/v1/organizations/{org}");
    let created = run
        .ch(
            "POST",
            &format!("{O}/services"),
            &format!("{o}/services"),
            Some(json!({"name": "clickstack-contract", "provider": "aws", "region": "us-east-1"})),
        )
        .await;
    let sid = created["service"]["id"].as_str().unwrap().to_string();
    let base = format!("{o}/services/{sid}/clickstack");
    // (template, concrete path) of a collection or of one of its items.
    let at = |collection: &str, item: Option<(&str, &str)>| match item {
        None => (
            format!("{S}/clickstack/{collection}"),
            format!("{base}/{collection}"),
        ),
        Some((param, id)) => (
            format!("{S}/clickstack/{collection}/{{{param}}}"),
            format!("{base}/{collection}/{id}"),
        ),
    };

    // Sources.
    let (t, p) = at("sources", None);
    let log_source = json!({
        "name": "Logs", "kind": "log", "connection": "65f5e4a3b9e77c001a000001",
        "from": {"databaseName": "otel", "tableName": "otel_logs"},
        "defaultTableSelectExpression": "Timestamp, Body", "timestampValueExpression": "TimestampTime",
        "filterSettings": null
    });
    let source = run.ch("POST", &t, &p, Some(log_source.clone())).await;
    let src = id(&source);
    assert_eq!(source["kind"], "log");
    assert!(listed(&run.ch("GET", &t, &p, None).await, &src));
    let (t, p) = at("sources", Some(("clickStackSourceId", &src)));
    assert_eq!(run.ch("GET", &t, &p, None).await["name"], "Logs");
    let mut renamed = log_source.clone();
    renamed["name"] = json!("App logs");
    assert_eq!(
        run.ch("PUT", &t, &p, Some(renamed)).await["name"],
        "App logs"
    );

    // Dashboards, validated first.
    let dashboard = json!({
        "name": "Service Overview",
        "tiles": [{"name": "Errors", "x": 0, "y": 0, "w": 12, "h": 4,
                   "config": {"displayType": "line", "sourceId": src, "select": [{"aggFn": "count"}]}}],
        "filters": [{"type": "QUERY_EXPRESSION", "name": "Service", "expression": "ServiceName", "sourceId": src}]
    });
    let (t, p) = at("dashboards/validate", None);
    let checked = run.ch("POST", &t, &p, Some(dashboard.clone())).await;
    assert_eq!(checked["valid"], true, "{checked}");
    assert_eq!(checked["normalized"]["name"], "Service Overview");
    let mut broken = dashboard.clone();
    broken["tiles"][0]["config"]["sourceId"] = json!("65f5e4a3b9e77c001a999999");
    let checked = run.ch("POST", &t, &p, Some(broken)).await;
    assert_eq!(checked["valid"], false);
    assert_eq!(checked["normalized"], Value::Null);
    assert_eq!(checked["errors"][0]["path"], "tiles.0.config.sourceId");
    let (t, p) = at("dashboards", None);
    let made = run.ch("POST", &t, &p, Some(dashboard.clone())).await;
    let dash = id(&made);
    let tile = made["tiles"][0]["id"].as_str().unwrap().to_string();
    assert!(listed(&run.ch("GET", &t, &p, None).await, &dash));
    let (t, p) = at("dashboards", Some(("clickStackDashboardId", &dash)));
    assert_eq!(run.ch("GET", &t, &p, None).await["tiles"][0]["id"], tile);
    let mut replaced = made.clone();
    replaced.as_object_mut().unwrap().remove("id");
    replaced["name"] = json!("Overview");
    assert_eq!(
        run.ch("PUT", &t, &p, Some(replaced)).await["name"],
        "Overview"
    );

    // Webhooks (no GET of one).
    let (t, p) = at("webhooks", None);
    let hook = json!({"name": "ops", "service": "generic", "url": "https://example.com/hook",
                      "body": "{\"text\": \"{{title}}\"}", "headers": {"Authorization": "Bearer t0ken"}});
    let made = run.ch("POST", &t, &p, Some(hook.clone())).await;
    let wh = id(&made);
    assert!(made.get("headers").is_none());
    assert!(listed(&run.ch("GET", &t, &p, None).await, &wh));
    let (t, p) = at("webhooks", Some(("clickStackWebhookId", &wh)));
    let mut renamed = hook;
    renamed["name"] = json!("ops-generic");
    assert_eq!(
        run.ch("PUT", &t, &p, Some(renamed)).await["name"],
        "ops-generic"
    );

    // Saved searches.
    let (t, p) = at("saved-searches", None);
    let search = json!({"name": "Errors", "sourceId": src, "where": "SeverityText:error", "whereLanguage": "lucene"});
    let ss = id(&run.ch("POST", &t, &p, Some(search.clone())).await);
    assert!(listed(&run.ch("GET", &t, &p, None).await, &ss));
    let (t, p) = at("saved-searches", Some(("clickStackSavedSearchId", &ss)));
    assert_eq!(run.ch("GET", &t, &p, None).await["sourceId"], src);
    let mut renamed = search;
    renamed["name"] = json!("All errors");
    assert_eq!(
        run.ch("PUT", &t, &p, Some(renamed)).await["name"],
        "All errors"
    );

    // Alerts, on the tile and then on the saved search.
    let (t, p) = at("alerts", None);
    let alert = json!({"name": "Many errors", "source": "tile", "dashboardId": dash, "tileId": tile,
                       "threshold": 10, "thresholdType": "above", "interval": "5m",
                       "channel": {"type": "webhook", "webhookId": wh}});
    let made = run.ch("POST", &t, &p, Some(alert)).await;
    let al = id(&made);
    assert_eq!(made["state"], "PENDING");
    assert!(listed(&run.ch("GET", &t, &p, None).await, &al));
    let (t, p) = at("alerts", Some(("clickStackAlertId", &al)));
    assert_eq!(run.ch("GET", &t, &p, None).await["dashboardId"], dash);
    let on_search = json!({"name": "Errors between", "source": "saved_search", "savedSearchId": ss,
                           "threshold": 1, "thresholdMax": 5, "thresholdType": "between", "interval": "1h",
                           "channel": {"type": "email", "emailRecipients": ["oncall@example.com"]}});
    assert_eq!(
        run.ch("PUT", &t, &p, Some(on_search)).await["savedSearchId"],
        ss
    );

    // Roles: the predefined ones, and a custom one.
    let (t, p) = at("roles", None);
    let roles = run.ch("GET", &t, &p, None).await;
    assert!(
        roles
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["isPredefined"] == true)
    );
    let role = json!({"name": "Deploy Bot", "permissions": [{"action": "manage", "subject": "dashboard"}]});
    let rl = id(&run.ch("POST", &t, &p, Some(role)).await);
    let (t, p) = at("roles", Some(("clickStackRoleId", &rl)));
    assert_eq!(run.ch("GET", &t, &p, None).await["name"], "Deploy Bot");
    let changed = run
        .ch(
            "PUT",
            &t,
            &p,
            Some(
                json!({"description": "CI", "permissions": [{"action": "read", "subject": "all"}]}),
            ),
        )
        .await;
    assert_eq!(changed["name"], "Deploy Bot");

    // Everything deleted.
    for (collection, param, object) in [
        ("alerts", "clickStackAlertId", &al),
        ("dashboards", "clickStackDashboardId", &dash),
        ("saved-searches", "clickStackSavedSearchId", &ss),
        ("webhooks", "clickStackWebhookId", &wh),
        ("roles", "clickStackRoleId", &rl),
        ("sources", "clickStackSourceId", &src),
    ] {
        let (t, p) = at(collection, Some((param, object)));
        run.ch("DELETE", &t, &p, None).await;
    }
}
