//! `dbcloud ch udf` end to end: archives uploaded to the URL the API hands out, UDFs and versions that
//! build, attachments to services; and, against a scripted server, the upload's exact request.

use std::path::PathBuf;

use crate::clickhouse_account::{ch, ch_json, emu, sent, service_ids};
use crate::common::*;
use serde_json::json;

// ------------------------------------------------------------------------------------------------------
// UDFs
// ------------------------------------------------------------------------------------------------------

/// A zip archive in the test's directory.
fn archive(emu: &Emu, name: &str) -> PathBuf {
    let path = emu.env.dir.path().join(name);
    std::fs::write(&path, b"PK\x03\x04\x14\x00\x00\x00\x00\x00main.py").unwrap();
    path
}

#[test]
fn udf_journey_from_archive_to_deletion() {
    let emu = emu();
    let zip = archive(&emu, "geocode.zip");
    let zip = zip.to_str().unwrap();
    let sid = service_ids(&emu)[0].clone();

    // Create: an upload URL, the archive uploaded to it, then the UDF from the upload.
    let created = ch_json(
        &emu,
        &[
            "udf",
            "create",
            "geocode",
            "--file",
            zip,
            "--runtime",
            "PYTHON3.11",
            "--arg",
            "address:String",
            "--arg",
            "zoom:UInt8",
            "--returns",
            "String",
            "--wait",
        ],
    );
    assert_eq!(
        (created["version"].clone(), created["status"].clone()),
        (json!(1), json!("ready"))
    );
    let writes: Vec<String> = sent(&emu)
        .into_iter()
        .filter(|r| !r.starts_with("GET"))
        .collect();
    let upload = &emu.requests("/_uploads/")[0];
    let org = emu.server.clickhouse_org_id();
    assert_eq!(
        writes,
        [
            format!("POST /v1/organizations/{org}/udfUploads/url"),
            format!("PUT {}", upload.path),
            format!("POST /v1/organizations/{org}/udfs"),
        ]
    );
    assert_eq!(upload.headers["content-type"], "application/zip");
    assert_eq!(upload.status, 200);
    let post = emu
        .requests("/v1/")
        .into_iter()
        .find(|r| r.method == "POST" && r.path.ends_with("/udfs"))
        .unwrap();
    let body = post.body.unwrap();
    assert_eq!(body["functionName"], "geocode");
    assert_eq!(body["runtime"], "python3.11");
    assert_eq!(body["type"], "executable");
    assert_eq!(
        body["arguments"],
        json!([{"name": "address", "type": "String"}, {"name": "zoom", "type": "UInt8"}])
    );
    assert_eq!(body["uploadId"], upload.path.rsplit('/').next().unwrap());

    // A second version, as a pool.
    let v2 = ch(
        &emu,
        &[
            "udf",
            "version",
            "create",
            "geocode",
            "-f",
            zip,
            "--runtime",
            "native",
            "--returns",
            "String",
            "--pool-size",
            "4",
            "--wait",
        ],
    );
    assert_code(&v2, 0);
    assert!(stderr_of(&v2).contains("Created version 2 of UDF geocode"));
    let versions = ch(&emu, &["udf", "version", "list", "geocode"]);
    let rows: Vec<String> = stdout_of(&versions)
        .lines()
        .skip(1)
        .map(str::to_string)
        .collect();
    assert_eq!(rows.len(), 2);
    assert!(
        rows[1].starts_with("2")
            && rows[1].contains("ready")
            && rows[1].contains("executable_pool"),
        "{rows:?}"
    );

    // Attach version 2 to a service, then detach it.
    let attached = ch_json(
        &emu,
        &[
            "udf",
            "attach",
            "geocode",
            "--service",
            &sid,
            "--version",
            "2",
            "--wait",
        ],
    );
    assert_eq!(
        attached,
        json!({"functionName": "geocode", "serviceId": sid, "status": "deployed", "version": 2})
    );
    let put = emu
        .requests("/v1/")
        .into_iter()
        .find(|r| r.method == "PUT")
        .unwrap();
    assert_eq!(put.body, Some(json!({"version": 2})));
    let list = ch(&emu, &["udf", "attachment", "list", "geocode"]);
    assert!(stdout_of(&list).lines().nth(1).unwrap().contains(&sid));
    let one = ch_json(
        &emu,
        &["udf", "attachment", "get", "geocode", "--service", &sid],
    );
    assert_eq!(one["status"], "deployed");
    let detached = ch(
        &emu,
        &[
            "udf",
            "detach",
            "geocode",
            "--service",
            &sid,
            "--yes",
            "--wait",
        ],
    );
    assert_code(&detached, 0);
    let gone = ch(
        &emu,
        &["udf", "attachment", "get", "geocode", "--service", &sid],
    );
    assert_code(&gone, 3);

    // Version 1 goes; then the UDF.
    assert_code(
        &ch(&emu, &["udf", "version", "delete", "geocode", "1", "--yes"]),
        0,
    );
    let udfs = ch_json(&emu, &["udf", "list"]);
    assert_eq!(udfs[0]["version"], 2);
    assert_code(&ch(&emu, &["udf", "delete", "geocode", "--yes"]), 0);
    assert_eq!(ch_json(&emu, &["udf", "list"]), json!([]));
    let index =
        &emu.server.state()["collections"][format!("/v1/organizations/{org}/udfs").as_str()];
    assert_eq!(index, &json!([]));
}

#[test]
fn udf_input_is_checked_before_anything_is_sent() {
    let emu = emu();
    let zip = archive(&emu, "f.zip");
    let zip = zip.to_str().unwrap();
    let text = emu.env.dir.path().join("f.py");
    std::fs::write(&text, "print(1)").unwrap();
    let base = |extra: &[&str]| {
        let mut args = vec![
            "udf",
            "create",
            "f",
            "--file",
            zip,
            "--runtime",
            "native",
            "--returns",
            "String",
        ];
        args.extend_from_slice(extra);
        args.iter().map(|s| s.to_string()).collect::<Vec<_>>()
    };
    let cases: Vec<(Vec<String>, &str)> = vec![
        (
            vec![
                "udf",
                "create",
                "f",
                "--file",
                zip,
                "--runtime",
                "cobol",
                "--returns",
                "String",
            ]
            .into_iter()
            .map(String::from)
            .collect(),
            "cobol",
        ),
        (base(&["--arg", "1st:String"]), "pattern"),
        (base(&["--arg", "nameonly"]), "NAME:TYPE"),
        (base(&["--pool-size", "0"]), "--pool-size"),
        (
            base(&["--type", "executable", "--pool-size", "2"]),
            "poolSize",
        ),
        (
            vec![
                "udf",
                "create",
                "f",
                "--file",
                text.to_str().unwrap(),
                "--runtime",
                "native",
                "--returns",
                "String",
            ]
            .into_iter()
            .map(String::from)
            .collect(),
            "not a zip archive",
        ),
        (
            vec![
                "udf",
                "create",
                "my-udf",
                "--file",
                zip,
                "--runtime",
                "native",
                "--returns",
                "String",
            ]
            .into_iter()
            .map(String::from)
            .collect(),
            "^[A-Za-z][A-Za-z0-9_]*$",
        ),
        (
            vec!["udf", "get", "2x"]
                .into_iter()
                .map(String::from)
                .collect(),
            "pattern",
        ),
        (
            vec!["udf", "version", "delete", "f", "0"]
                .into_iter()
                .map(String::from)
                .collect(),
            "0",
        ),
        (
            vec!["udf", "delete", "f"]
                .into_iter()
                .map(String::from)
                .collect(),
            "--yes",
        ),
        (
            vec!["udf", "detach", "f", "--service", "x"]
                .into_iter()
                .map(String::from)
                .collect(),
            "--yes",
        ),
    ];
    for (args, message) in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = ch(&emu, &args);
        assert_code(&out, 2);
        assert!(
            stderr_of(&out).contains(message),
            "{args:?}: {}",
            stderr_of(&out)
        );
    }
    assert_eq!(sent(&emu), Vec::<String>::new());
}

#[test]
fn unknown_udfs_are_not_found() {
    let emu = emu();
    let sid = service_ids(&emu)[0].clone();
    for args in [
        vec!["udf", "get", "nope"],
        vec!["udf", "delete", "nope", "--yes"],
        vec!["udf", "version", "list", "nope"],
        vec!["udf", "attachment", "list", "nope"],
        vec!["udf", "attach", "nope", "--service", &sid],
        vec![
            "udf",
            "attach",
            "nope",
            "--service",
            "00000000-0000-4000-8000-000000000000",
        ],
    ] {
        let out = ch(&emu, &args);
        assert_code(&out, 3);
    }
    let zip = archive(&emu, "f.zip");
    let out = ch(
        &emu,
        &[
            "udf",
            "version",
            "create",
            "nope",
            "-f",
            zip.to_str().unwrap(),
            "--runtime",
            "native",
            "--returns",
            "String",
        ],
    );
    assert_code(&out, 3);
}

#[test]
fn a_udf_whose_build_fails_ends_the_wait_and_lists_and_pages() {
    let emu = emu();
    let zip = archive(&emu, "f.zip");
    let zip = zip.to_str().unwrap();
    emu.server.set_faults(dbcloud_emulator::Faults {
        failed_transitions: 1,
        ..Default::default()
    });
    let out = ch(
        &emu,
        &[
            "udf",
            "create",
            "broken",
            "-f",
            zip,
            "--runtime",
            "native",
            "--returns",
            "String",
            "--wait",
        ],
    );
    assert_code(&out, 1);
    assert!(
        stderr_of(&out).contains("the build failed"),
        "{}",
        stderr_of(&out)
    );
    for name in ["alpha", "beta"] {
        let out = ch(
            &emu,
            &[
                "udf",
                "create",
                name,
                "-f",
                zip,
                "--runtime",
                "native",
                "--returns",
                "String",
                "-q",
            ],
        );
        assert_code(&out, 0);
    }
    let names = ch(&emu, &["udf", "list", "--jq", ".[].functionName"]);
    assert_eq!(stdout_of(&names), "alpha\nbeta\nbroken\n");
    emu.server.clear_requests();
    let first = ch_json(&emu, &["udf", "list", "--limit", "1"]);
    assert_eq!(first.as_array().unwrap().len(), 1);
    assert_eq!(emu.requests("/v1/").last().unwrap().query, "limit=1");
}

#[test]
fn upload_urls_are_shown_on_request_and_redacted_in_the_log() {
    let emu = emu();
    let session = ch_json(&emu, &["udf", "upload-url"]);
    assert!(
        session["uploadUrl"]
            .as_str()
            .unwrap()
            .contains("X-Amz-Signature=")
    );
    let zip = archive(&emu, "f.zip");
    let out = ch(
        &emu,
        &[
            "udf",
            "create",
            "f",
            "-f",
            zip.to_str().unwrap(),
            "--runtime",
            "native",
            "--returns",
            "String",
            "-v",
        ],
    );
    assert_code(&out, 0);
    let log = stderr_of(&out);
    assert!(
        log.contains("> PUT ") && log.contains("/_uploads/udf/"),
        "{log}"
    );
    assert!(!log.contains("X-Amz-Signature"), "{log}");
}

/// The upload goes to the URL as given, without the API key, as application/zip; a refusal names the status
/// and not the URL's signature.
#[tokio::test(flavor = "multi_thread")]
async fn the_archive_goes_to_the_upload_url_without_credentials() {
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};
    let server = MockServer::start().await;
    let base = format!("/v1/organizations/{ORG_ID}");
    let upload_url = format!("{}/bucket/archive.zip?X-Amz-Signature=s3cr3t", server.uri());
    Mock::given(method("POST"))
        .and(path(format!("{base}/udfUploads/url")))
        .respond_with(ResponseTemplate::new(201).set_body_json(
            json!({"status": 201, "requestId": "r",
            "result": {"uploadId": "6f0c8a1e-3f5e-4a8e-9a31-0c2b1d2e3f41", "uploadUrl": upload_url,
                       "expiresAt": "2030-01-01T00:00:00Z"}}),
        ))
        .mount(&server)
        .await;
    Mock::given(method("PUT"))
        .and(path("/bucket/archive.zip"))
        .respond_with(
            ResponseTemplate::new(403).set_body_string("<Error><Code>AccessDenied</Code></Error>"),
        )
        .mount(&server)
        .await;
    let env = TestEnv::new();
    let zip = env.dir.path().join("f.zip");
    std::fs::write(&zip, b"PK\x03\x04x").unwrap();
    let out = env
        .clickhouse(&server.uri())
        .args([
            "ch",
            "udf",
            "create",
            "f",
            "-f",
            zip.to_str().unwrap(),
            "--runtime",
            "native",
            "--returns",
            "String",
        ])
        .output()
        .unwrap();
    assert_code(&out, 1);
    let err = stderr_of(&out);
    assert!(err.contains("403") && !err.contains("s3cr3t"), "{err}");
    let requests = server.received_requests().await.unwrap();
    let put = requests
        .iter()
        .find(|r| r.method.as_str() == "PUT")
        .unwrap();
    assert!(put.headers.get("authorization").is_none());
    assert_eq!(put.headers.get("content-type").unwrap(), "application/zip");
    assert_eq!(put.url.query(), Some("X-Amz-Signature=s3cr3t"));
    assert_eq!(put.body, b"PK\x03\x04x");
    // Nothing was created from an upload that failed.
    assert!(!requests.iter().any(|r| r.url.path().ends_with("/udfs")));
}
