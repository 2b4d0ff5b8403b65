//! Every operation of both vendored specs, driven through the emulator: a valid request for each
//! (parents created first) must get a 2xx whose body validates against the spec's response schema,
//! and an invalid one (a wrong-typed body field, a bad query or path parameter) a 400 in the
//! provider's error shape naming the field.

use std::collections::{BTreeMap, BTreeSet};

use crate::common::*;
use base64::Engine as _;
use dbcloud_emulator::spec::{Provider, spec_for};
use serde_json::{Value, json};

use dbcloud_emulator::spec::CLICKHOUSE_SPEC;
use dbcloud_emulator::spec::COCKROACH_SPEC;

/// (method, path template) of every operation of a spec file, ClickHouse `:param` written `{param}`.
fn operations_in(spec: &str) -> BTreeSet<(String, String)> {
    let spec: Value = serde_json::from_str(spec).unwrap();
    let mut out = BTreeSet::new();
    for (path, item) in spec["paths"].as_object().unwrap() {
        let template = path
            .split('/')
            .map(|s| match s.strip_prefix(':') {
                Some(p) => format!("{{{p}}}"),
                None => s.to_string(),
            })
            .collect::<Vec<_>>()
            .join("/");
        for method in ["get", "post", "put", "patch", "delete"] {
            if item.get(method).is_some() {
                out.insert((method.to_uppercase(), template.clone()));
            }
        }
    }
    out
}

struct Run {
    api: Api,
    covered: BTreeSet<(String, String)>,
    bodies: BTreeMap<(String, String), Value>,
}

impl Run {
    async fn call(
        &mut self,
        provider: Provider,
        method: &str,
        template: &str,
        path: &str,
        body: Option<Value>,
    ) -> Value {
        let answer = match provider {
            Provider::ClickHouse => self.api.ch(method, path, body.as_ref()).await,
            Provider::Cockroach => self.api.crdb(method, path, body.as_ref()).await,
        };
        assert!(
            (200..300).contains(&answer.status),
            "{method} {path} ({template}) with {body:?} answered {answer:?}"
        );
        let op = spec_for(provider)
            .find(method, template)
            .unwrap_or_else(|| panic!("{method} {template} is not an operation of the spec"));
        let instance = if op.response_content_type.starts_with("text/") {
            assert!(
                answer.headers["content-type"]
                    .to_str()
                    .unwrap()
                    .starts_with("text/plain"),
                "{method} {path}: {:?}",
                answer.headers
            );
            Value::String(answer.text.clone())
        } else {
            answer.json.clone()
        };
        if let Err(e) = op.validate_response(&instance) {
            panic!(
                "{method} {path}: the answer does not validate against the spec: {e}\n{}",
                answer.text
            );
        }
        self.covered
            .insert((method.to_string(), template.to_string()));
        if let Some(b) = body
            && b.as_object().is_some_and(|m| !m.is_empty())
        {
            self.bodies
                .entry((method.to_string(), template.to_string()))
                .or_insert(b);
        }
        if instance.is_string() {
            instance
        } else {
            answer.json
        }
    }

    async fn ch(&mut self, method: &str, template: &str, path: &str, body: Option<Value>) -> Value {
        let v = self
            .call(Provider::ClickHouse, method, template, path, body)
            .await;
        if v.is_string() {
            return v;
        }
        assert_eq!(v["status"], 200, "{v}");
        v.get("result").cloned().unwrap_or(Value::Null)
    }

    async fn crdb(
        &mut self,
        method: &str,
        template: &str,
        path: &str,
        body: Option<Value>,
    ) -> Value {
        self.call(Provider::Cockroach, method, template, path, body)
            .await
    }
}

const O: &str = "/v1/organizations/{organizationId}";
const S: &str = "/v1/organizations/{organizationId}/services/{serviceId}";
const C: &str = "/api/v1/clusters/{cluster_id}";

async fn clickhouse_scenario(run: &mut Run, org: &str) {
    let o = format!("/v1/organizations/{org}");
    run.ch("GET", "/v1/organizations", "/v1/organizations", None)
        .await;
    run.ch("GET", O, &o, None).await;
    let patched = run
        .ch(
            "PATCH",
            O,
            &o,
            Some(json!({"name": "Renamed Org", "privateEndpoints": {"add": [{"id": "vpce-0123", "description": "test", "cloudProvider": "aws", "region": "us-east-1"}], "remove": []}})),
        )
        .await;
    assert_eq!(patched["name"], "Renamed Org");
    assert_eq!(patched["privateEndpoints"][0]["id"], "vpce-0123");
    run.ch(
        "GET",
        &format!("{O}/privateEndpointConfig"),
        &format!("{o}/privateEndpointConfig?cloud_provider=aws&region_id=us-east-1"),
        None,
    )
    .await;

    let created = run
        .ch(
            "POST",
            &format!("{O}/services"),
            &format!("{o}/services"),
            Some(json!({
                "name": "contract-service",
                "provider": "aws",
                "region": "us-east-1",
                "tier": "production",
                "ipAccessList": [{"source": "10.0.0.0/8", "description": "office"}],
                "minTotalMemoryGb": 24,
                "maxTotalMemoryGb": 48,
                "numReplicas": 3,
                "idleScaling": true,
                "idleTimeoutMinutes": 10
            })),
        )
        .await;
    assert!(created["password"].as_str().is_some_and(|p| !p.is_empty()));
    assert_eq!(created["service"]["state"], "provisioning");
    let sid = created["service"]["id"].as_str().unwrap().to_string();
    let s = format!("{o}/services/{sid}");
    let list = run
        .ch(
            "GET",
            &format!("{O}/services"),
            &format!("{o}/services"),
            None,
        )
        .await;
    assert!(
        list.as_array()
            .unwrap()
            .iter()
            .any(|x| x["id"] == sid.as_str())
    );
    let got = run.ch("GET", S, &s, None).await;
    assert!(got.get("password").is_none());
    let patched = run
        .ch(
            "PATCH",
            S,
            &s,
            Some(json!({"name": "contract-service-2", "ipAccessList": {"add": [{"source": "192.168.0.0/16"}], "remove": [{"source": "10.0.0.0/8"}]}, "privateEndpointIds": {"add": ["vpce-0123"]}})),
        )
        .await;
    assert_eq!(
        patched["ipAccessList"],
        json!([{"source": "192.168.0.0/16"}])
    );
    run.ch(
        "GET",
        &format!("{S}/privateEndpointConfig"),
        &format!("{s}/privateEndpointConfig"),
        None,
    )
    .await;
    sleep_ms(T_MS * 2).await;
    let scaled = run
        .ch(
            "PATCH",
            &format!("{S}/scaling"),
            &format!("{s}/scaling"),
            Some(json!({"minTotalMemoryGb": 48, "maxTotalMemoryGb": 96, "numReplicas": 3, "idleScaling": true, "idleTimeoutMinutes": 15})),
        )
        .await;
    assert_eq!(scaled["maxTotalMemoryGb"], 96);
    let hash = base64::engine::general_purpose::STANDARD.encode([7u8; 32]);
    let with_hash = run
        .ch(
            "PATCH",
            &format!("{S}/password"),
            &format!("{s}/password"),
            Some(json!({"newPasswordHash": hash})),
        )
        .await;
    assert!(with_hash.get("password").is_none());
    let generated = run
        .ch(
            "PATCH",
            &format!("{S}/password"),
            &format!("{s}/password"),
            Some(json!({})),
        )
        .await;
    assert!(generated["password"].as_str().is_some());
    run.ch(
        "GET",
        &format!("{S}/prometheus"),
        &format!("{s}/prometheus"),
        None,
    )
    .await;
    let backups = run
        .ch(
            "GET",
            &format!("{S}/backups"),
            &format!("{s}/backups"),
            None,
        )
        .await;
    let bid = backups[0]["id"]
        .as_str()
        .expect("a backup once the service ran")
        .to_string();
    run.ch(
        "GET",
        &format!("{S}/backups/{{backupId}}"),
        &format!("{s}/backups/{bid}"),
        None,
    )
    .await;
    let stopping = run
        .ch(
            "PATCH",
            &format!("{S}/state"),
            &format!("{s}/state"),
            Some(json!({"command": "stop"})),
        )
        .await;
    assert_eq!(stopping["state"], "stopping");
    sleep_ms(T_MS * 2).await;
    run.ch("DELETE", S, &s, None).await;

    // Keys
    let keys = run
        .ch("GET", &format!("{O}/keys"), &format!("{o}/keys"), None)
        .await;
    assert_eq!(
        keys.as_array().unwrap().len(),
        1,
        "the emulator's own key is listed"
    );
    let key = run
        .ch(
            "POST",
            &format!("{O}/keys"),
            &format!("{o}/keys"),
            Some(json!({"name": "ci", "roles": ["developer"]})),
        )
        .await;
    assert!(key["keyId"].as_str().is_some() && key["keySecret"].as_str().is_some());
    let kid = key["key"]["id"].as_str().unwrap().to_string();
    let k = format!("{o}/keys/{kid}");
    run.ch("GET", &format!("{O}/keys/{{keyId}}"), &k, None)
        .await;
    let renamed = run
        .ch(
            "PATCH",
            &format!("{O}/keys/{{keyId}}"),
            &k,
            Some(json!({"name": "ci-2", "state": "disabled"})),
        )
        .await;
    assert_eq!(renamed["state"], "disabled");
    run.ch("DELETE", &format!("{O}/keys/{{keyId}}"), &k, None)
        .await;

    // Members
    let members = run
        .ch(
            "GET",
            &format!("{O}/members"),
            &format!("{o}/members"),
            None,
        )
        .await;
    let dev = members
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["role"] == "developer")
        .unwrap()["userId"]
        .as_str()
        .unwrap()
        .to_string();
    let m = format!("{o}/members/{dev}");
    run.ch("GET", &format!("{O}/members/{{userId}}"), &m, None)
        .await;
    run.ch(
        "PATCH",
        &format!("{O}/members/{{userId}}"),
        &m,
        Some(json!({"role": "admin"})),
    )
    .await;
    run.ch("DELETE", &format!("{O}/members/{{userId}}"), &m, None)
        .await;

    // Invitations
    let inv = run
        .ch(
            "POST",
            &format!("{O}/invitations"),
            &format!("{o}/invitations"),
            Some(json!({"email": "New.Person@Example.com", "role": "developer"})),
        )
        .await;
    assert_eq!(inv["email"], "new.person@example.com");
    let iid = inv["id"].as_str().unwrap().to_string();
    run.ch(
        "GET",
        &format!("{O}/invitations"),
        &format!("{o}/invitations"),
        None,
    )
    .await;
    run.ch(
        "GET",
        &format!("{O}/invitations/{{invitationId}}"),
        &format!("{o}/invitations/{iid}"),
        None,
    )
    .await;
    run.ch(
        "DELETE",
        &format!("{O}/invitations/{{invitationId}}"),
        &format!("{o}/invitations/{iid}"),
        None,
    )
    .await;

    // Activities
    let activities = run
        .ch(
            "GET",
            &format!("{O}/activities"),
            &format!("{o}/activities"),
            None,
        )
        .await;
    let types: Vec<&str> = activities
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|a| a["type"].as_str())
        .collect();
    for t in [
        "service_create",
        "service_stop",
        "service_delete",
        "key_create",
        "key_delete",
        "organization_invite_create",
    ] {
        assert!(types.contains(&t), "{t} missing from {types:?}");
    }
    let aid = activities[0]["id"].as_str().unwrap().to_string();
    run.ch(
        "GET",
        &format!("{O}/activities/{{activityId}}"),
        &format!("{o}/activities/{aid}"),
        None,
    )
    .await;
}

async fn cockroach_scenario(run: &mut Run) {
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

/// A value of another JSON type than `v`.
fn wrong_type(v: &Value) -> Value {
    match v {
        Value::String(_) => json!(12345),
        Value::Number(_) => json!("not-a-number"),
        Value::Bool(_) => json!("not-a-bool"),
        Value::Array(_) => json!("not-an-array"),
        Value::Object(_) => json!("not-an-object"),
        Value::Null => json!(12345),
    }
}

/// An invalid request for the operation, from its spec: (path with query, body, the field it breaks).
fn invalid_request(
    op: &dbcloud_emulator::spec::Operation,
    valid_body: Option<&Value>,
) -> Option<(String, Option<Value>, String)> {
    let concrete = |bad_param: Option<(&str, &str)>| -> String {
        op.template
            .split('/')
            .map(
                |s| match s.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                    Some(name) => match bad_param {
                        Some((p, v)) if p == name => v.to_string(),
                        _ => match (op.provider, name) {
                            (_, "cidr_mask") => "24".to_string(),
                            (_, "resource_type") => "CLUSTER".to_string(),
                            (Provider::ClickHouse, _) => {
                                "00000000-0000-4000-8000-000000000001".to_string()
                            }
                            _ => "x".to_string(),
                        },
                    },
                    None => s.to_string(),
                },
            )
            .collect::<Vec<_>>()
            .join("/")
    };
    // A wrong-typed body field.
    if op.body_schema.is_some() {
        let body = valid_body.unwrap_or_else(|| panic!("{op:?}: no valid body recorded"));
        let (k, v) = body
            .as_object()
            .and_then(|m| m.iter().next())
            .expect("non-empty body");
        let mut bad = body.clone();
        bad[k] = wrong_type(v);
        return Some((concrete(None), Some(bad), format!("body.{k}")));
    }
    // A bad query parameter.
    for p in &op.query_params {
        let s = &p.schema;
        let bad = if s["type"] == "integer" || s["type"] == "number" {
            Some("not-a-number")
        } else if s["type"] == "boolean" {
            Some("maybe")
        } else if s.get("enum").is_some() {
            Some("NOT_ONE_OF_THEM")
        } else if s["format"] == "date-time" {
            Some("yesterday")
        } else {
            None
        };
        if let Some(bad) = bad {
            let name = p.name.clone();
            return Some((
                format!("{}?{}={bad}", concrete(None), name),
                None,
                format!("query.{name}"),
            ));
        }
        if p.required {
            return Some((concrete(None), None, "query".to_string()));
        }
    }
    // A bad path parameter.
    for p in &op.path_params {
        let s = &p.schema;
        let bad = if s["format"] == "uuid" {
            Some("not-a-uuid")
        } else if s["type"] == "integer" {
            Some("not-a-number")
        } else if s.get("enum").is_some() {
            Some("NOT_ONE_OF_THEM")
        } else {
            None
        };
        if let Some(bad) = bad {
            return Some((
                concrete(Some((&p.name, bad))),
                None,
                format!("path.{}", p.name),
            ));
        }
    }
    None
}

#[tokio::test]
async fn every_operation_of_both_specs() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let mut run = Run {
        api: api.clone(),
        covered: BTreeSet::new(),
        bodies: BTreeMap::new(),
    };
    clickhouse_scenario(&mut run, &emu.clickhouse_org_id()).await;
    cockroach_scenario(&mut run).await;

    let ch_ops = operations_in(CLICKHOUSE_SPEC);
    let crdb_ops = operations_in(COCKROACH_SPEC);
    assert_eq!(ch_ops.len(), 31);
    assert_eq!(crdb_ops.len(), 89);
    let all: BTreeSet<(String, String)> = ch_ops.union(&crdb_ops).cloned().collect();
    let missing: Vec<_> = all.difference(&run.covered).collect();
    assert!(missing.is_empty(), "operations not driven: {missing:#?}");

    // Invalid requests.
    let mut without_invalid_form = Vec::new();
    for (provider, ops) in [
        (Provider::ClickHouse, &ch_ops),
        (Provider::Cockroach, &crdb_ops),
    ] {
        for (method, template) in ops {
            let op = spec_for(provider).find(method, template).unwrap();
            let valid = run.bodies.get(&(method.clone(), template.clone()));
            let Some((path, body, field)) = invalid_request(op, valid) else {
                without_invalid_form.push(op.id.clone());
                continue;
            };
            let answer = match provider {
                Provider::ClickHouse => api.ch(method, &path, body.as_ref()).await,
                Provider::Cockroach => api.crdb(method, &path, body.as_ref()).await,
            };
            assert_eq!(answer.status, 400, "{method} {path} {body:?}: {answer:?}");
            match provider {
                Provider::ClickHouse => {
                    let keys: Vec<&String> = answer.json.as_object().unwrap().keys().collect();
                    assert_eq!(keys, ["status", "error", "requestId"], "{answer:?}");
                    assert_eq!(answer.json["status"], 400);
                    let error = answer.json["error"].as_str().unwrap();
                    assert!(error.starts_with("BAD_REQUEST: "), "{error}");
                    assert!(
                        error.contains(&field),
                        "{method} {path}: {error} does not name {field}"
                    );
                }
                Provider::Cockroach => {
                    assert_eq!(answer.json["code"], 3, "{answer:?}");
                    assert_eq!(answer.json["details"], json!([]));
                    let message = answer.json["message"].as_str().unwrap();
                    assert!(message.starts_with("invalid request: "), "{message}");
                    assert!(
                        message.contains(&field),
                        "{method} {path}: {message} does not name {field}"
                    );
                }
            }
        }
    }
    // Operations whose every input is an unconstrained string in the spec cannot be invalid.
    for id in &without_invalid_form {
        let op = spec_for(Provider::Cockroach)
            .operations
            .iter()
            .chain(&spec_for(Provider::ClickHouse).operations)
            .find(|o| &o.id == id)
            .unwrap();
        assert!(op.body_schema.is_none(), "{id}");
        assert!(
            op.path_params
                .iter()
                .all(|p| p.schema == json!({"type": "string"})),
            "{id}"
        );
        assert!(
            op.query_params
                .iter()
                .all(|p| p.schema == json!({"type": "string"}) && !p.required),
            "{id}"
        );
    }
    assert!(without_invalid_form.len() < 40, "{without_invalid_form:?}");
}
