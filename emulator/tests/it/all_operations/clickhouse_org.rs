//! The ClickHouse organization's own resources: quotas, usage costs, its Prometheus metrics, BYOC
//! infrastructure, and UDFs (upload, create, versions, attachments to a running service).

use serde_json::{Value, json};

use crate::common::*;

use super::{O, Run};

/// Today's date (UTC), `YYYY-MM-DD`.
pub fn today() -> String {
    humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string()[..10].to_string()
}

/// Puts an archive to an upload URL as object storage takes it (no API key).
pub async fn upload(api: &Api, url: &str, bytes: &[u8]) -> u16 {
    api.http
        .put(url)
        .header("content-type", "application/zip")
        .body(bytes.to_vec())
        .send()
        .await
        .expect("upload sent")
        .status()
        .as_u16()
}

/// A zip archive (its local file header is what the emulator looks at).
pub const ZIP: &[u8] = b"PK\x03\x04\x14\x00\x00\x00\x00\x00main.py";

/// An upload session with the archive uploaded: its ID.
async fn uploaded(run: &mut Run, o: &str) -> String {
    let session = run
        .ch(
            "POST",
            &format!("{O}/udfUploads/url"),
            &format!("{o}/udfUploads/url"),
            None,
        )
        .await;
    let url = session["uploadUrl"].as_str().unwrap().to_string();
    assert_eq!(upload(&run.api, &url, ZIP).await, 200);
    session["uploadId"].as_str().unwrap().to_string()
}

pub async fn scenario(run: &mut Run, org: &str) {
    let o = format!("/v1/organizations/{org}");
    // A service to attach UDFs to and to cost. Its answers are the services area's contract, driven there;
    // its ID is read from the emulator's state.
    let body = json!({"name": "org-resources", "provider": "aws", "region": "us-east-1"});
    run.api
        .ch("POST", &format!("{o}/services"), Some(&body))
        .await;
    let state = run.api.raw("GET", "/_emulator/state", &[], None).await.json;
    let sid = state["collections"][format!("{o}/services")]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "org-resources")
        .and_then(|s| s["id"].as_str())
        .expect("the service was created")
        .to_string();

    // Quotas, usage costs, metrics
    let quotas = run
        .ch("GET", &format!("{O}/quotas"), &format!("{o}/quotas"), None)
        .await;
    assert!(quotas.as_array().unwrap().len() >= 3);
    let quota = run
        .ch(
            "GET",
            &format!("{O}/quotas/{{quotaCode}}"),
            &format!("{o}/quotas/services-per-organization"),
            None,
        )
        .await;
    assert!(quota["usage"].as_u64().unwrap() >= 1);
    let day = today();
    let usage = run
        .ch(
            "GET",
            &format!("{O}/usageCost"),
            &format!("{o}/usageCost?from_date={day}&to_date={day}"),
            None,
        )
        .await;
    assert!(
        usage["costs"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["serviceId"] == sid.as_str())
    );
    let metrics = run
        .ch(
            "GET",
            &format!("{O}/prometheus"),
            &format!("{o}/prometheus?filtered_metrics=true"),
            None,
        )
        .await;
    assert!(metrics.as_str().unwrap().contains(&sid));

    // BYOC infrastructure
    let byoc = run
        .ch(
            "POST",
            &format!("{O}/byocInfrastructure"),
            &format!("{o}/byocInfrastructure"),
            Some(json!({"regionId": "us-east-2", "accountId": "123456789012",
                        "availabilityZoneSuffixes": ["a", "b", "c"], "vpcCidrRange": "10.1.0.0/16",
                        "displayName": "byoc-east"})),
        )
        .await;
    assert_eq!(byoc["state"], "infra-provisioning");
    assert_eq!(byoc["cloudProvider"], "aws");
    let b = format!("{o}/byocInfrastructure/{}", byoc["id"].as_str().unwrap());
    let item = format!("{O}/byocInfrastructure/{{byocInfrastructureId}}");
    let renamed = run
        .ch("PATCH", &item, &b, Some(json!({"displayName": "byoc-2"})))
        .await;
    assert_eq!(renamed["displayName"], "byoc-2");
    let org_answer = run.ch("GET", O, &o, None).await;
    assert_eq!(org_answer["byocConfig"][0]["displayName"], "byoc-2");
    run.ch("DELETE", &item, &b, None).await;

    // UDFs
    let upload_id = uploaded(run, &o).await;
    let udf = run
        .ch(
            "POST",
            &format!("{O}/udfs"),
            &format!("{o}/udfs"),
            Some(json!({"functionName": "geocode", "uploadId": upload_id, "runtime": "python3.11",
                        "type": "executable_pool", "arguments": [{"name": "address", "type": "String"}],
                        "returnType": "String"})),
        )
        .await;
    assert_eq!(udf["status"], "building");
    assert_eq!(udf["poolSize"], 3);
    let u = format!("{o}/udfs/geocode");
    let list = run
        .ch("GET", &format!("{O}/udfs"), &format!("{o}/udfs"), None)
        .await;
    assert_eq!(list["items"][0]["functionName"], "geocode");
    sleep_ms(T_MS * 2).await;
    let got = run
        .ch("GET", &format!("{O}/udfs/{{functionName}}"), &u, None)
        .await;
    assert_eq!(got["status"], "ready");
    let upload_id = uploaded(run, &o).await;
    let v2 = run
        .ch(
            "POST",
            &format!("{O}/udfs/{{functionName}}/versions"),
            &format!("{u}/versions"),
            Some(
                json!({"uploadId": upload_id, "runtime": "python3.11", "type": "executable",
                        "arguments": [], "returnType": "String"}),
            ),
        )
        .await;
    assert_eq!(v2["version"], 2);
    assert_eq!(v2["poolSize"], Value::Null);
    let versions = run
        .ch(
            "GET",
            &format!("{O}/udfs/{{functionName}}/versions"),
            &format!("{u}/versions?limit=1"),
            None,
        )
        .await;
    assert_eq!(versions["pagination"]["totalRecords"], 2);
    assert!(versions["pagination"]["nextCursor"].is_string());
    sleep_ms(T_MS * 2).await;
    let a = format!("{u}/attachments/{sid}");
    let attachment = format!("{O}/udfs/{{functionName}}/attachments/{{serviceId}}");
    let attached = run
        .ch("PUT", &attachment, &a, Some(json!({"version": 2})))
        .await;
    assert_eq!(attached["status"], "provisioning");
    run.ch("GET", &attachment, &a, None).await;
    let all = run
        .ch(
            "GET",
            &format!("{O}/udfs/{{functionName}}/attachments"),
            &format!("{u}/attachments"),
            None,
        )
        .await;
    assert_eq!(all["items"][0]["serviceId"], sid.as_str());
    sleep_ms(T_MS * 2).await;
    run.ch("DELETE", &attachment, &a, None).await;
    run.ch(
        "DELETE",
        &format!("{O}/udfs/{{functionName}}/versions/{{version}}"),
        &format!("{u}/versions/1"),
        None,
    )
    .await;
    sleep_ms(T_MS * 2).await;
    run.ch("DELETE", &format!("{O}/udfs/{{functionName}}"), &u, None)
        .await;
}
