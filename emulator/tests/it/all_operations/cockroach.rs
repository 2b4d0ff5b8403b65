//! The CockroachDB operations of the seed spec, in their current shapes.

use serde_json::json;

use crate::common::*;

use super::{C, Run};

pub async fn scenario(run: &mut Run) {
    run.crdb("GET", "/api/v1/organization", "/api/v1/organization", None)
        .await;
    run.crdb(
        "GET",
        "/api/v1/clusters/available-regions",
        "/api/v1/clusters/available-regions?provider=GCP&serverless=true",
        None,
    )
    .await;
    run.crdb(
        "GET",
        "/api/v1/cluster-versions",
        "/api/v1/cluster-versions",
        None,
    )
    .await;

    // Folders
    let folder = run
        .crdb(
            "POST",
            "/api/v1/folders",
            "/api/v1/folders",
            Some(json!({"name": "team-a"})),
        )
        .await;
    let fid = folder["resource_id"].as_str().unwrap().to_string();
    let f = format!("/api/v1/folders/{fid}");
    run.crdb("GET", "/api/v1/folders", "/api/v1/folders?path=/team", None)
        .await;
    run.crdb("GET", "/api/v1/folders/{folder_id}", &f, None)
        .await;
    let renamed = run
        .crdb(
            "PATCH",
            "/api/v1/folders/{folder_id}",
            &f,
            Some(json!({"name": "team-b"})),
        )
        .await;
    assert_eq!(renamed["path"], "/team-b");

    // Clusters
    let serverless = run
        .crdb(
            "POST",
            "/api/v1/clusters",
            "/api/v1/clusters",
            Some(json!({"name": "contract-serverless", "provider": "GCP", "parent_id": fid, "spec": {"serverless": {"regions": ["us-east1"], "spend_limit": 0}}})),
        )
        .await;
    assert_eq!(serverless["state"], "CREATING");
    let dedicated = run
        .crdb(
            "POST",
            "/api/v1/clusters",
            "/api/v1/clusters",
            Some(json!({"name": "contract-dedicated", "provider": "GCP", "spec": {"dedicated": {"region_nodes": {"us-east1": 3}, "hardware": {"machine_spec": {"num_virtual_cpus": 4}, "storage_gib": 15}, "cockroach_version": "v24.3"}}})),
        )
        .await;
    let sv = serverless["id"].as_str().unwrap().to_string();
    let dc = dedicated["id"].as_str().unwrap().to_string();
    let c = format!("/api/v1/clusters/{dc}");
    let cs = format!("/api/v1/clusters/{sv}");
    run.crdb(
        "GET",
        "/api/v1/folders/{folder_id}/contents",
        &format!("{f}/contents"),
        None,
    )
    .await;
    sleep_ms(T_MS + 50).await;
    let list = run
        .crdb(
            "GET",
            "/api/v1/clusters",
            "/api/v1/clusters?pagination.limit=10",
            None,
        )
        .await;
    assert_eq!(list["clusters"].as_array().unwrap().len(), 2);
    let got = run.crdb("GET", C, &c, None).await;
    assert_eq!(got["state"], "CREATED");
    assert_eq!(got["regions"][0]["node_count"], 3);
    run.crdb(
        "GET",
        &format!("{C}/connection-string"),
        &format!("{c}/connection-string?database=defaultdb&sql_user=maxroach&os=MAC"),
        None,
    )
    .await;
    let nodes = run
        .crdb(
            "GET",
            &format!("{C}/nodes"),
            &format!("{c}/nodes?region_name=us-east1"),
            None,
        )
        .await;
    assert_eq!(nodes["nodes"].as_array().unwrap().len(), 3);

    // Databases
    let dbs = run
        .crdb(
            "GET",
            &format!("{C}/databases"),
            &format!("{c}/databases"),
            None,
        )
        .await;
    assert_eq!(dbs["databases"][0]["name"], "defaultdb");
    run.crdb(
        "POST",
        &format!("{C}/databases"),
        &format!("{c}/databases"),
        Some(json!({"name": "app"})),
    )
    .await;
    let renamed = run
        .crdb(
            "PATCH",
            &format!("{C}/databases/{{name}}"),
            &format!("{c}/databases/app"),
            Some(json!({"new_name": "app2"})),
        )
        .await;
    assert_eq!(renamed["name"], "app2");
    run.crdb(
        "DELETE",
        &format!("{C}/databases/{{name}}"),
        &format!("{c}/databases/app2"),
        None,
    )
    .await;

    // SQL users
    run.crdb(
        "GET",
        &format!("{C}/sql-users"),
        &format!("{c}/sql-users"),
        None,
    )
    .await;
    let user = run
        .crdb(
            "POST",
            &format!("{C}/sql-users"),
            &format!("{c}/sql-users"),
            Some(json!({"name": "maxroach", "password": "s3cret-pass"})),
        )
        .await;
    assert_eq!(
        user,
        json!({"name": "maxroach"}),
        "the password is never returned"
    );
    run.crdb(
        "PUT",
        &format!("{C}/sql-users/{{name}}/password"),
        &format!("{c}/sql-users/maxroach/password"),
        Some(json!({"password": "an0ther-pass"})),
    )
    .await;
    run.crdb(
        "DELETE",
        &format!("{C}/sql-users/{{name}}"),
        &format!("{c}/sql-users/maxroach"),
        None,
    )
    .await;

    // Allowlist
    let al = format!("{C}/networking/allowlist");
    run.crdb("GET", &al, &format!("{c}/networking/allowlist"), None)
        .await;
    run.crdb(
        "POST",
        &al,
        &format!("{c}/networking/allowlist"),
        Some(json!({"cidr_ip": "10.1.0.0", "cidr_mask": 16, "name": "office", "sql": true, "ui": false})),
    )
    .await;
    let updated = run
        .crdb(
            "PATCH",
            &format!("{al}/{{cidr_ip}}/{{cidr_mask}}"),
            &format!("{c}/networking/allowlist/10.1.0.0/16"),
            Some(json!({"cidr_ip": "10.1.0.0", "cidr_mask": 16, "name": "office-2", "ui": true})),
        )
        .await;
    assert_eq!(updated["name"], "office-2");
    assert_eq!(updated["ui"], true);
    run.crdb(
        "DELETE",
        &format!("{al}/{{cidr_ip}}/{{cidr_mask}}"),
        &format!("{c}/networking/allowlist/10.1.0.0/16"),
        None,
    )
    .await;

    // Private endpoints
    let pes = format!("{C}/networking/private-endpoint-services");
    run.crdb(
        "GET",
        &pes,
        &format!("{c}/networking/private-endpoint-services"),
        None,
    )
    .await;
    let services = run
        .crdb(
            "POST",
            &pes,
            &format!("{c}/networking/private-endpoint-services"),
            None,
        )
        .await;
    assert_eq!(services["services"].as_array().unwrap().len(), 1);
    let pec = format!("{C}/networking/private-endpoint-connections");
    run.crdb(
        "GET",
        &pec,
        &format!("{c}/networking/private-endpoint-connections"),
        None,
    )
    .await;
    run.crdb(
        "POST",
        &pec,
        &format!("{c}/networking/private-endpoint-connections"),
        Some(json!({"endpoint_id": "psc-endpoint-1"})),
    )
    .await;
    run.crdb(
        "DELETE",
        &format!("{pec}/{{endpoint_id}}"),
        &format!("{c}/networking/private-endpoint-connections/psc-endpoint-1"),
        None,
    )
    .await;

    // Egress rules
    let er = format!("{C}/networking/egress-rules");
    run.crdb("GET", &er, &format!("{c}/networking/egress-rules"), None)
        .await;
    let rule = run
        .crdb(
            "POST",
            &er,
            &format!("{c}/networking/egress-rules"),
            Some(json!({"name": "s3", "destination": "s3.amazonaws.com", "ports": [443], "type": "FQDN"})),
        )
        .await;
    let rid = rule["id"].as_str().unwrap().to_string();
    let r = format!("{c}/networking/egress-rules/{rid}");
    run.crdb("GET", &format!("{er}/{{rule_id}}"), &r, None)
        .await;
    run.crdb(
        "PATCH",
        &format!("{er}/{{rule_id}}"),
        &r,
        Some(json!({"name": "s3-2", "ports": [443, 8443]})),
    )
    .await;
    run.crdb(
        "DELETE",
        &format!("{er}/{{rule_id}}"),
        &format!("{r}?idempotency_key=abc"),
        None,
    )
    .await;

    // Backups and restores
    let backups = run
        .crdb(
            "GET",
            &format!("{C}/backups"),
            &format!("{c}/backups"),
            None,
        )
        .await;
    let backup = backups["backups"][0]["id"]
        .as_str()
        .expect("a first backup once CREATED")
        .to_string();
    run.crdb(
        "GET",
        &format!("{C}/backups-config"),
        &format!("{c}/backups-config"),
        None,
    )
    .await;
    let cfg = run
        .crdb(
            "PATCH",
            &format!("{C}/backups-config"),
            &format!("{c}/backups-config"),
            Some(json!({"frequency_minutes": 30, "retention_days": 7})),
        )
        .await;
    assert_eq!(cfg["frequency_minutes"], 30);
    let restore = run
        .crdb(
            "POST",
            &format!("{C}/restores"),
            &format!("{c}/restores"),
            Some(json!({"backup_id": backup})),
        )
        .await;
    assert_eq!(restore["status"], "PENDING");
    let rsid = restore["id"].as_str().unwrap().to_string();
    run.crdb(
        "GET",
        &format!("{C}/restores"),
        &format!("{c}/restores"),
        None,
    )
    .await;
    run.crdb(
        "GET",
        &format!("{C}/restores/{{restore_id}}"),
        &format!("{c}/restores/{rsid}"),
        None,
    )
    .await;

    // Log and metric export
    run.crdb(
        "POST",
        &format!("{C}/logexport"),
        &format!("{c}/logexport"),
        Some(json!({"type": "GCP_CLOUD_LOGGING", "log_name": "crdb", "groups": [{"log_name": "sql", "channels": ["SQL_SCHEMA"], "min_level": "INFO"}]})),
    )
    .await;
    run.crdb(
        "GET",
        &format!("{C}/logexport"),
        &format!("{c}/logexport"),
        None,
    )
    .await;
    run.crdb(
        "DELETE",
        &format!("{C}/logexport"),
        &format!("{c}/logexport"),
        None,
    )
    .await;
    for (kind, body) in [
        (
            "cloudwatch",
            Some(
                json!({"role_arn": "arn:aws:iam::123456789012:role/crdb", "target_region": "us-east-1"}),
            ),
        ),
        ("datadog", Some(json!({"api_key": "dd-key", "site": "US1"}))),
        ("prometheus", None),
    ] {
        let t = format!("{C}/metricexport/{kind}");
        let p = format!("{c}/metricexport/{kind}");
        let enabled = run.crdb("POST", &t, &p, body).await;
        assert!(enabled.get("api_key").is_none());
        run.crdb("GET", &t, &p, None).await;
        run.crdb("DELETE", &t, &p, None).await;
    }

    // CMEK
    let spec = json!({"region_specs": [{"region": "us-east1", "key": {"type": "GCP_CLOUD_KMS", "uri": "projects/p/locations/us-east1/keyRings/r/cryptoKeys/k", "auth_principal": "crdb@p.iam.gserviceaccount.com"}}]});
    run.crdb(
        "POST",
        &format!("{C}/cmek"),
        &format!("{c}/cmek"),
        Some(spec.clone()),
    )
    .await;
    run.crdb("GET", &format!("{C}/cmek"), &format!("{c}/cmek"), None)
        .await;
    run.crdb(
        "PUT",
        &format!("{C}/cmek"),
        &format!("{c}/cmek"),
        Some(spec),
    )
    .await;
    run.crdb(
        "PATCH",
        &format!("{C}/cmek"),
        &format!("{c}/cmek"),
        Some(json!({"status": "ROTATE"})),
    )
    .await;

    // Maintenance window and version deferral
    let mw = format!("{C}/maintenance-window");
    run.crdb(
        "PUT",
        &mw,
        &format!("{c}/maintenance-window"),
        Some(json!({"day_of_week": 2, "start_hour": 4})),
    )
    .await;
    run.crdb("GET", &mw, &format!("{c}/maintenance-window"), None)
        .await;
    run.crdb("DELETE", &mw, &format!("{c}/maintenance-window"), None)
        .await;
    let vd = format!("{C}/version-deferral");
    run.crdb("GET", &vd, &format!("{c}/version-deferral"), None)
        .await;
    run.crdb(
        "PUT",
        &vd,
        &format!("{c}/version-deferral"),
        Some(json!({"deferral_policy": "FIXED_DEFERRAL"})),
    )
    .await;

    // Service accounts and API keys
    run.crdb(
        "GET",
        "/api/v1/service-accounts",
        "/api/v1/service-accounts",
        None,
    )
    .await;
    let sa = run
        .crdb(
            "POST",
            "/api/v1/service-accounts",
            "/api/v1/service-accounts",
            Some(json!({"name": "ci", "description": "CI"})),
        )
        .await;
    let said = sa["id"].as_str().unwrap().to_string();
    let sap = format!("/api/v1/service-accounts/{said}");
    run.crdb("GET", "/api/v1/service-accounts/{id}", &sap, None)
        .await;
    run.crdb(
        "PATCH",
        "/api/v1/service-accounts/{id}",
        &sap,
        Some(json!({"description": "CI runner"})),
    )
    .await;
    run.crdb(
        "GET",
        "/api/v1/api-keys",
        &format!("/api/v1/api-keys?service_account_id={said}"),
        None,
    )
    .await;
    let key = run
        .crdb(
            "POST",
            "/api/v1/api-keys",
            "/api/v1/api-keys",
            Some(json!({"name": "ci-key", "service_account_id": said})),
        )
        .await;
    assert!(
        key["secret"]
            .as_str()
            .is_some_and(|s| s.starts_with("CCDB1_"))
    );
    let kid = key["api_key"]["id"].as_str().unwrap().to_string();
    let kp = format!("/api/v1/api-keys/{kid}");
    run.crdb("GET", "/api/v1/api-keys/{id}", &kp, None).await;
    run.crdb(
        "PATCH",
        "/api/v1/api-keys/{id}",
        &kp,
        Some(json!({"name": "ci-key-2"})),
    )
    .await;
    run.crdb("DELETE", "/api/v1/api-keys/{id}", &kp, None).await;

    // Roles and users
    let users = run
        .crdb(
            "GET",
            "/api/v1/users/persons-by-email",
            "/api/v1/users/persons-by-email?email=developer@example.com",
            None,
        )
        .await;
    let uid = users["users"][0]["id"].as_str().unwrap().to_string();
    run.crdb("GET", "/api/v1/roles", "/api/v1/roles", None)
        .await;
    run.crdb(
        "GET",
        "/api/v1/roles/{user_id}",
        &format!("/api/v1/roles/{uid}"),
        None,
    )
    .await;
    run.crdb(
        "PUT",
        "/api/v1/roles/{user_id}",
        &format!("/api/v1/roles/{uid}"),
        Some(json!({"roles": [{"role_name": "ORG_MEMBER", "resource": {"type": "ORGANIZATION"}}]})),
    )
    .await;
    let grant = "/api/v1/roles/{user_id}/{resource_type}/{resource_id}/{role_name}";
    let gp = format!("/api/v1/roles/{uid}/CLUSTER/{dc}/CLUSTER_ADMIN");
    let roles = run.crdb("POST", grant, &gp, None).await;
    assert_eq!(roles["roles"].as_array().unwrap().len(), 2);
    run.crdb("DELETE", grant, &gp, None).await;
    run.crdb("DELETE", "/api/v1/service-accounts/{id}", &sap, None)
        .await;

    // Billing, audit, JWT issuers
    let invoices = run
        .crdb(
            "GET",
            "/api/v1/invoices",
            "/api/v1/invoices?status=Finalized",
            None,
        )
        .await;
    let inv = invoices["invoices"][0]["id"].as_str().unwrap().to_string();
    run.crdb(
        "GET",
        "/api/v1/invoices/{invoice_id}",
        &format!("/api/v1/invoices/{inv}"),
        None,
    )
    .await;
    let audit = run
        .crdb(
            "GET",
            "/api/v1/auditlogevents",
            "/api/v1/auditlogevents?sort_order=DESC&limit=50",
            None,
        )
        .await;
    assert!(!audit["entries"].as_array().unwrap().is_empty());
    run.crdb("GET", "/api/v1/jwt-issuers", "/api/v1/jwt-issuers", None)
        .await;
    let issuer = run
        .crdb(
            "POST",
            "/api/v1/jwt-issuers",
            "/api/v1/jwt-issuers",
            Some(json!({"issuer_url": "https://issuer.example.com", "jwks_id": "jwks-1"})),
        )
        .await;
    let jp = format!("/api/v1/jwt-issuers/{}", issuer["id"].as_str().unwrap());
    run.crdb("GET", "/api/v1/jwt-issuers/{id}", &jp, None).await;
    run.crdb(
        "PATCH",
        "/api/v1/jwt-issuers/{id}",
        &jp,
        Some(json!({"jwks_id": "jwks-2"})),
    )
    .await;
    run.crdb("DELETE", "/api/v1/jwt-issuers/{id}", &jp, None)
        .await;

    // Update, then delete, the clusters; then the (now empty) folder.
    let locked = run
        .crdb(
            "PATCH",
            C,
            &c,
            Some(json!({"dedicated": {"hardware": {"machine_spec": {"num_virtual_cpus": 8}}}})),
        )
        .await;
    assert_eq!(locked["state"], "LOCKED");
    sleep_ms(T_MS + 50).await;
    run.crdb("DELETE", C, &c, None).await;
    run.crdb("DELETE", C, &cs, None).await;
    run.crdb("DELETE", "/api/v1/folders/{folder_id}", &f, None)
        .await;
}
