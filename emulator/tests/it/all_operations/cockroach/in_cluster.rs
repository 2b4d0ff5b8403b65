//! The operations inside one (ADVANCED, CREATED) cluster: databases and SQL users, networking,
//! backups and restores, log and metric exports, CMEK, the maintenance window and version deferral.
//! `c` is the cluster's path, `/api/v1/clusters/<id>`.

use serde_json::json;

use crate::common::*;

use super::super::{C, Run};
use super::field_of;

pub async fn sql(run: &mut Run, c: &str) {
    let dbs = format!("{C}/databases");
    let db = format!("{C}/databases/{{name}}");
    let listed = run.crdb("GET", &dbs, &format!("{c}/databases"), None).await;
    assert_eq!(
        listed["databases"],
        json!([{"name": "defaultdb", "table_count": "0"}, {"name": "postgres", "table_count": "0"}]),
        "table_count is an int64, written as a string"
    );
    let created = run
        .crdb(
            "POST",
            &dbs,
            &format!("{c}/databases"),
            Some(json!({"name": "app"})),
        )
        .await;
    assert_eq!(created["name"], "app");
    let renamed = run
        .crdb(
            "PATCH",
            &db,
            &format!("{c}/databases/app"),
            Some(json!({"new_name": "app2"})),
        )
        .await;
    assert_eq!(renamed["name"], "app2");
    let deleted = run
        .crdb("DELETE", &db, &format!("{c}/databases/app2"), None)
        .await;
    assert_eq!(deleted["name"], "app2");
    let listed = run.crdb("GET", &dbs, &format!("{c}/databases"), None).await;
    assert_eq!(
        field_of(&listed, "databases", "name"),
        ["defaultdb", "postgres"]
    );

    let users = format!("{C}/sql-users");
    let user = format!("{C}/sql-users/{{name}}");
    let none = run
        .crdb("GET", &users, &format!("{c}/sql-users"), None)
        .await;
    assert_eq!(none["users"], json!([]));
    let created = run
        .crdb(
            "POST",
            &users,
            &format!("{c}/sql-users"),
            Some(json!({"name": "maxroach", "password": "s3cret-pass"})),
        )
        .await;
    assert_eq!(
        created,
        json!({"name": "maxroach"}),
        "the password is never returned"
    );
    let changed = run
        .crdb(
            "PUT",
            &format!("{user}/password"),
            &format!("{c}/sql-users/maxroach/password"),
            Some(json!({"password": "an0ther-pass"})),
        )
        .await;
    assert_eq!(changed, json!({"name": "maxroach"}));
    let listed = run
        .crdb("GET", &users, &format!("{c}/sql-users"), None)
        .await;
    assert_eq!(listed["users"], json!([{"name": "maxroach"}]));
    let deleted = run
        .crdb("DELETE", &user, &format!("{c}/sql-users/maxroach"), None)
        .await;
    assert_eq!(deleted, json!({"name": "maxroach"}));
}

pub async fn networking(run: &mut Run, c: &str, cluster_id: &str) {
    // The IP allowlist: an entry's CIDR is its key, in the path of its update and deletion.
    let al = format!("{C}/networking/allowlist");
    let entry = format!("{al}/{{cidr_ip}}/{{cidr_mask}}");
    let ap = format!("{c}/networking/allowlist");
    let empty = run.crdb("GET", &al, &ap, None).await;
    assert_eq!(empty["allowlist"], json!([]));
    assert_eq!(empty["propagating"], false);
    let added = run
        .crdb(
            "POST",
            &al,
            &ap,
            Some(json!({"cidr_ip": "10.1.0.0", "cidr_mask": 16, "name": "office", "sql": true, "ui": false})),
        )
        .await;
    assert_eq!(
        added,
        json!({"cidr_ip": "10.1.0.0", "cidr_mask": 16, "name": "office", "sql": true, "ui": false})
    );
    let updated = run
        .crdb(
            "PATCH",
            &entry,
            &format!("{ap}/10.1.0.0/16"),
            Some(json!({"name": "office-2", "sql": true, "ui": true})),
        )
        .await;
    assert_eq!(
        updated,
        json!({"cidr_ip": "10.1.0.0", "cidr_mask": 16, "name": "office-2", "sql": true, "ui": true})
    );
    let listed = run.crdb("GET", &al, &ap, None).await;
    assert_eq!(listed["allowlist"], json!([updated]));
    let deleted = run
        .crdb("DELETE", &entry, &format!("{ap}/10.1.0.0/16"), None)
        .await;
    assert_eq!(deleted["cidr_ip"], "10.1.0.0");
    assert_eq!(
        run.crdb("GET", &al, &ap, None).await["allowlist"],
        json!([])
    );

    // Private endpoints: the cluster's services (one per region), then a connection to one.
    let pes = format!("{C}/networking/private-endpoint-services");
    let pesp = format!("{c}/networking/private-endpoint-services");
    let none = run.crdb("GET", &pes, &pesp, None).await;
    assert_eq!(none["services"], json!([]));
    let services = run.crdb("POST", &pes, &pesp, None).await;
    let service = &services["services"][0];
    assert_eq!(services["services"].as_array().unwrap().len(), 1);
    assert_eq!(service["region_name"], "us-east1");
    assert_eq!(service["cloud_provider"], "GCP");
    assert_eq!(service["status"], "CREATING");
    let service_id = service["endpoint_service_id"].clone();
    let pec = format!("{C}/networking/private-endpoint-connections");
    let pecp = format!("{c}/networking/private-endpoint-connections");
    let none = run.crdb("GET", &pec, &pecp, None).await;
    assert_eq!(none["connections"], json!([]));
    let connection = run
        .crdb(
            "POST",
            &pec,
            &pecp,
            Some(json!({"endpoint_id": "psc-endpoint-1"})),
        )
        .await;
    assert_eq!(connection["endpoint_id"], "psc-endpoint-1");
    assert_eq!(connection["endpoint_service_id"], service_id);
    assert_eq!(connection["region_name"], "us-east1");
    assert_eq!(connection["status"], "STATUS_PENDING");
    let listed = run.crdb("GET", &pec, &pecp, None).await;
    assert_eq!(
        field_of(&listed, "connections", "endpoint_id"),
        ["psc-endpoint-1"]
    );
    let removed = run
        .crdb(
            "DELETE",
            &format!("{pec}/{{endpoint_id}}"),
            &format!("{pecp}/psc-endpoint-1"),
            None,
        )
        .await;
    assert_eq!(removed, json!({}), "an empty answer");
    assert_eq!(
        run.crdb("GET", &pec, &pecp, None).await["connections"],
        json!([])
    );

    // Egress rules: answered under `rule`.
    let er = format!("{C}/networking/egress-rules");
    let rule_t = format!("{er}/{{rule_id}}");
    let erp = format!("{c}/networking/egress-rules");
    let none = run.crdb("GET", &er, &erp, None).await;
    assert_eq!(none["rules"], json!([]));
    let added = run
        .crdb(
            "POST",
            &er,
            &erp,
            Some(
                json!({"name": "s3", "description": "backups to S3", "type": "FQDN",
                "destination": "s3.amazonaws.com", "ports": [443], "paths": ["/backups"],
                "idempotency_key": "rule-1"}),
            ),
        )
        .await;
    let rule = &added["rule"];
    assert_eq!(rule["name"], "s3");
    assert_eq!(rule["description"], "backups to S3");
    assert_eq!(rule["cluster_id"], cluster_id);
    assert_eq!(rule["state"], "PENDING_CREATION");
    assert_eq!(rule["crl_managed"], false);
    assert_eq!(rule["paths"], json!(["/backups"]));
    assert!(rule.get("idempotency_key").is_none(), "{added}");
    let rid = rule["id"].as_str().unwrap().to_string();
    let r = format!("{erp}/{rid}");
    let got = run.crdb("GET", &rule_t, &r, None).await;
    assert_eq!(got["rule"]["id"], rid.as_str());
    assert_eq!(got["rule"]["ports"], json!([443]));
    let edited = run
        .crdb(
            "PATCH",
            &rule_t,
            &r,
            Some(json!({"description": "backups and exports", "ports": [443, 8443]})),
        )
        .await;
    assert_eq!(edited["rule"]["description"], "backups and exports");
    assert_eq!(edited["rule"]["ports"], json!([443, 8443]));
    assert_eq!(edited["rule"]["name"], "s3", "the name stays");
    assert_eq!(edited["rule"]["destination"], "s3.amazonaws.com");
    let deleted = run
        .crdb(
            "DELETE",
            &rule_t,
            &format!("{r}?idempotency_key=delete-1"),
            None,
        )
        .await;
    assert_eq!(deleted["rule"]["id"], rid.as_str());
    assert_eq!(run.crdb("GET", &er, &erp, None).await["rules"], json!([]));
}

pub async fn backups_and_restores(run: &mut Run, c: &str) {
    let backups = run
        .crdb(
            "GET",
            &format!("{C}/backups"),
            &format!("{c}/backups"),
            None,
        )
        .await;
    let backup = &backups["backups"][0];
    assert!(backup["as_of_time"].is_string(), "{backups}");
    let backup = backup["id"]
        .as_str()
        .expect("a first backup once CREATED")
        .to_string();
    let cfg = format!("{C}/backups-config");
    let cfgp = format!("{c}/backups-config");
    let default = run.crdb("GET", &cfg, &cfgp, None).await;
    assert_eq!(
        default,
        json!({"enabled": true, "frequency_minutes": 60, "retention_days": 30})
    );
    let changed = run
        .crdb(
            "PATCH",
            &cfg,
            &cfgp,
            Some(json!({"enabled": true, "frequency_minutes": 30, "retention_days": 7})),
        )
        .await;
    assert_eq!(
        changed,
        json!({"enabled": true, "frequency_minutes": 30, "retention_days": 7})
    );

    // A restore of the whole cluster from a backup, and one of a database from the latest backup.
    let restores = "/api/v1/clusters/{destination_cluster_id}/restores";
    let full = run
        .crdb(
            "POST",
            restores,
            &format!("{c}/restores"),
            Some(json!({"type": "CLUSTER", "backup_id": backup})),
        )
        .await;
    assert_eq!(full["status"], "PENDING");
    assert_eq!(full["type"], "CLUSTER");
    assert_eq!(full["backup_id"], backup.as_str());
    assert_eq!(full["source_cluster_name"], "contract-dedicated");
    assert_eq!(full["destination_cluster_name"], "contract-dedicated");
    let database = run
        .crdb(
            "POST",
            restores,
            &format!("{c}/restores"),
            Some(json!({"type": "DATABASE", "objects": [{"database": "defaultdb"}],
                "restore_opts": {"new_db_name": "defaultdb_restored", "skip_missing_foreign_keys": true}})),
        )
        .await;
    assert_eq!(database["type"], "DATABASE");
    assert_eq!(database["objects"], json!([{"database": "defaultdb"}]));
    assert_eq!(
        database["restore_opts"]["new_db_name"],
        "defaultdb_restored"
    );
    let rsid = database["id"].as_str().unwrap().to_string();
    let listed = run
        .crdb(
            "GET",
            &format!("{C}/restores"),
            &format!("{c}/restores"),
            None,
        )
        .await;
    assert_eq!(
        field_of(&listed, "restores", "id"),
        [full["id"].clone(), json!(rsid)]
    );
    // Restores created in a time window: from the first one's creation on, and before it.
    let first = full["created_at"].as_str().unwrap();
    for (window, expected) in [
        (format!("start_time={first}"), 2),
        (format!("end_time={first}"), 0),
    ] {
        let listed = run
            .crdb(
                "GET",
                &format!("{C}/restores"),
                &format!("{c}/restores?{window}"),
                None,
            )
            .await;
        assert_eq!(
            listed["restores"].as_array().unwrap().len(),
            expected,
            "{window}: {listed}"
        );
    }
    sleep_ms(T_MS + 50).await;
    let done = run
        .crdb(
            "GET",
            &format!("{C}/restores/{{restore_id}}"),
            &format!("{c}/restores/{rsid}"),
            None,
        )
        .await;
    assert_eq!(done["status"], "SUCCESS");
    assert_eq!(done["completion_percent"], 100.0);
    assert!(done["completed_at"].is_string(), "{done}");
}

pub async fn exports(run: &mut Run, c: &str, cluster_id: &str) {
    let le = format!("{C}/logexport");
    let lep = format!("{c}/logexport");
    let spec = json!({"type": "GCP_CLOUD_LOGGING", "log_name": "crdb", "auth_principal": "my-gcp-project",
        "redact": true, "omitted_channels": ["SESSIONS"],
        "groups": [{"log_name": "sql", "channels": ["SQL_SCHEMA", "SQL_EXEC"], "min_level": "WARNING"}]});
    let enabled = run.crdb("POST", &le, &lep, Some(spec.clone())).await;
    assert_eq!(enabled["cluster_id"], cluster_id);
    assert_eq!(enabled["status"], "ENABLING");
    assert_eq!(enabled["spec"], spec);
    assert!(enabled["created_at"].is_string(), "{enabled}");
    sleep_ms(T_MS + 50).await;
    let got = run.crdb("GET", &le, &lep, None).await;
    assert_eq!(got["status"], "ENABLED");
    assert_eq!(got["spec"]["groups"][0]["min_level"], "WARNING");
    let disabled = run.crdb("DELETE", &le, &lep, None).await;
    assert_eq!(disabled["status"], "DISABLED");

    for (kind, body) in [
        (
            "cloudwatch",
            Some(
                json!({"role_arn": "arn:aws:iam::123456789012:role/crdb", "target_region": "us-east-1",
                "log_group_name": "crdb-metrics", "external_id": "ext-1"}),
            ),
        ),
        ("datadog", Some(json!({"api_key": "dd-key", "site": "US5"}))),
        ("prometheus", None),
    ] {
        let t = format!("{C}/metricexport/{kind}");
        let p = format!("{c}/metricexport/{kind}");
        let enabled = run.crdb("POST", &t, &p, body).await;
        assert_eq!(enabled["cluster_id"], cluster_id, "{kind}");
        assert_eq!(enabled["status"], "ENABLING", "{kind}");
        match kind {
            "cloudwatch" => {
                assert_eq!(enabled["role_arn"], "arn:aws:iam::123456789012:role/crdb");
                assert_eq!(enabled["target_region"], "us-east-1");
                assert_eq!(enabled["log_group_name"], "crdb-metrics");
                assert_eq!(enabled["external_id"], "ext-1");
            }
            "datadog" => {
                assert_eq!(enabled["site"], "US5");
                assert!(enabled.get("api_key").is_none(), "the key is write-only");
            }
            _ => assert!(
                enabled["targets"]["us-east1"]
                    .as_str()
                    .is_some_and(|t| t.starts_with("https://")),
                "{enabled}"
            ),
        }
        let got = run.crdb("GET", &t, &p, None).await;
        assert_eq!(got["status"], "ENABLING", "{kind}");
        let deleted = run.crdb("DELETE", &t, &p, None).await;
        assert_eq!(
            deleted,
            json!({"cluster_id": cluster_id, "status": "NOT_DEPLOYED"}),
            "{kind}"
        );
    }
}

pub async fn cmek(run: &mut Run, c: &str) {
    let t = format!("{C}/cmek");
    let p = format!("{c}/cmek");
    let key = |version: u32| {
        json!({"region_specs": [{"region": "us-east1", "key_spec": {"type": "GCP_CLOUD_KMS",
            "uri": format!("projects/p/locations/us-east1/keyRings/r/cryptoKeys/k{version}"),
            "auth_principal": "crdb@p.iam.gserviceaccount.com"}}]})
    };
    let enabling = run.crdb("POST", &t, &p, Some(key(1))).await;
    assert_eq!(enabling["status"], "ENABLING");
    let info = &enabling["region_infos"][0];
    assert_eq!(info["region"], "us-east1");
    assert_eq!(
        info["key_infos"][0]["spec"],
        key(1)["region_specs"][0]["key_spec"]
    );
    sleep_ms(T_MS + 50).await;
    let enabled = run.crdb("GET", &t, &p, None).await;
    assert_eq!(enabled["status"], "ENABLED");
    assert_eq!(
        enabled["region_infos"][0]["key_infos"][0]["status"],
        "ENABLED"
    );
    let rotating = run.crdb("PUT", &t, &p, Some(key(2))).await;
    assert_eq!(rotating["status"], "ROTATING");
    assert!(
        rotating["region_infos"][0]["key_infos"][0]["spec"]["uri"]
            .as_str()
            .is_some_and(|u| u.ends_with("/k2")),
        "{rotating}"
    );
    sleep_ms(T_MS + 50).await;
    let revoking = run
        .crdb("PATCH", &t, &p, Some(json!({"action": "REVOKE"})))
        .await;
    assert_eq!(revoking["status"], "REVOKING");
}

pub async fn maintenance(run: &mut Run, c: &str) {
    let mw = format!("{C}/maintenance-window");
    let mwp = format!("{c}/maintenance-window");
    // Tuesdays from 02:00 UTC, for 6 hours: an offset from Monday 00:00 UTC and a length.
    let window = json!({"offset_duration": "93600s", "window_duration": "21600s"});
    let set = run.crdb("PUT", &mw, &mwp, Some(window.clone())).await;
    assert_eq!(set, window);
    assert_eq!(run.crdb("GET", &mw, &mwp, None).await, window);
    assert_eq!(run.crdb("DELETE", &mw, &mwp, None).await, window);

    let vd = format!("{C}/version-deferral");
    let vdp = format!("{c}/version-deferral");
    let default = run.crdb("GET", &vd, &vdp, None).await;
    assert_eq!(default["deferral_policy"], "NOT_DEFERRED");
    let deferred = run
        .crdb(
            "PUT",
            &vd,
            &vdp,
            Some(json!({"deferral_policy": "DEFERRAL_60_DAYS"})),
        )
        .await;
    assert_eq!(deferred["deferral_policy"], "DEFERRAL_60_DAYS");
    assert_eq!(
        run.crdb("GET", &vd, &vdp, None).await["deferral_policy"],
        "DEFERRAL_60_DAYS"
    );
}
