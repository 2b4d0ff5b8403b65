//! `dbcloud ch backup config|bucket` end to end: how a service is backed up, and its own backup bucket, whose
//! secret comes from stdin or a file and never shows.

use crate::clickhouse::{ch, ch_json, org, sent, service_id, with_services};
use crate::common::*;
use serde_json::{Value, json};

const WEB: &str = "seed-service-0001";

fn configuration(emu: &Emu, what: &str) -> Value {
    let id = service_id(emu, WEB);
    let path = format!("/v1/organizations/{}/services/{id}/{what}", org(emu));
    emu.server.state()["configurations"][path.as_str()].clone()
}

#[test]
fn the_backup_configuration_is_read_and_changed() {
    let emu = with_services(1);
    let defaults = ch_json(&emu, &["backup", "config", "get", "--service", WEB]);
    assert_eq!(
        defaults,
        json!({"backupPeriodInHours": 24, "backupRetentionPeriodInHours": 24})
    );
    let out = ch(
        &emu,
        &[
            "backup",
            "config",
            "set",
            "-s",
            WEB,
            "--retention-hours",
            "168",
            "--start-time",
            "02:30",
        ],
    );
    assert_code(&out, 0);
    let table = stdout_of(&out);
    assert!(
        table.contains("RETENTION (HOURS)  168") && table.contains("02:30"),
        "{table}"
    );
    assert_eq!(
        sent(&emu, "PATCH", "/backupConfiguration")[0]
            .body
            .as_ref()
            .unwrap(),
        &json!({"backupRetentionPeriodInHours": 168, "backupStartTime": "02:30"})
    );
    assert_eq!(
        configuration(&emu, "backupConfiguration"),
        json!({"backupPeriodInHours": 24, "backupRetentionPeriodInHours": 168, "backupStartTime": "02:30"})
    );
    let yaml: Value = serde_norway::from_str(&stdout_of(&ch(
        &emu,
        &["backup", "config", "get", "-s", WEB, "-o", "yaml"],
    )))
    .unwrap();
    assert_eq!(yaml["backupStartTime"], "02:30");

    // Refused here, nothing sent: no change given, a time that is not HH:MM, no hours.
    for args in [
        vec![],
        vec!["--start-time", "2:30"],
        vec!["--period-hours", "0"],
        vec!["--retention-hours", "a week"],
    ] {
        let mut all = vec!["backup", "config", "set", "-s", WEB];
        all.extend(args);
        assert_code(&ch(&emu, &all), 2);
    }
    assert_eq!(sent(&emu, "PATCH", "/backupConfiguration").len(), 1);
    // Refused by the API: retention in whole days; the hint names the flag.
    let out = ch(
        &emu,
        &[
            "backup",
            "config",
            "set",
            "-s",
            WEB,
            "--retention-hours",
            "50",
        ],
    );
    assert_code(&out, 1);
    let err = stderr_of(&out);
    assert!(
        err.contains("backupRetentionPeriodInHours") && err.contains("--retention-hours"),
        "{err}"
    );
    assert_eq!(
        configuration(&emu, "backupConfiguration")["backupRetentionPeriodInHours"],
        168
    );
    assert_code(&ch(&emu, &["backup", "config", "get", "-s", "nosuch"]), 3);
}

#[test]
fn a_gcp_bucket_takes_its_secret_from_stdin_and_never_shows_it() {
    let emu = with_services(1);
    assert_code(&ch(&emu, &["backup", "bucket", "get", "-s", WEB]), 3);
    let secret = "hmac-s3cret-value-0123";
    let out = emu.run_stdin(
        &[
            "ch",
            "backup",
            "bucket",
            "create",
            "-s",
            WEB,
            "--provider",
            "gcp",
            "--path",
            "https://storage.googleapis.com/acme/web",
            "--access-key-id",
            "GOOG1EXAMPLE",
            "--secret-stdin",
            "-v",
            "--json",
        ],
        &format!("{secret}\n"),
    );
    assert_code(&out, 0);
    let created: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(created["bucketProvider"], "GCP");
    assert!(created.get("secretAccessKey").is_none());
    // -v logs the request with the secret redacted; the emulator got it.
    let log = stderr_of(&out);
    assert!(
        log.contains("secretAccessKey") && log.contains("[REDACTED]"),
        "{log}"
    );
    assert!(!log.contains(secret), "{log}");
    let post = sent(&emu, "POST", "/backupBucket").pop().unwrap();
    assert_eq!(
        post.body.unwrap(),
        json!({"bucketProvider": "GCP", "bucketPath": "https://storage.googleapis.com/acme/web",
               "accessKeyId": "GOOG1EXAMPLE", "secretAccessKey": secret})
    );
    let stored = configuration(&emu, "backupBucket");
    assert_eq!(stored["accessKeyId"], "GOOG1EXAMPLE");
    assert!(!stored.to_string().contains(secret), "{stored}");
    let shown = stdout_of(&ch(&emu, &["backup", "bucket", "get", "-s", WEB]));
    assert!(
        shown.contains("GOOG1EXAMPLE") && !shown.contains(secret),
        "{shown}"
    );

    // An update learns the provider from the bucket; the secret comes from a file this time.
    let file = emu.env.dir.path().join("secret.txt");
    std::fs::write(&file, "new-s3cret\n").unwrap();
    let updated = ch_json(
        &emu,
        &[
            "backup",
            "bucket",
            "update",
            "-s",
            WEB,
            "--access-key-id",
            "GOOG1NEW",
            "--secret-file",
            file.to_str().unwrap(),
        ],
    );
    assert_eq!(updated["accessKeyId"], "GOOG1NEW");
    assert_eq!(
        sent(&emu, "PATCH", "/backupBucket")[0]
            .body
            .as_ref()
            .unwrap(),
        &json!({"bucketProvider": "GCP", "accessKeyId": "GOOG1NEW", "secretAccessKey": "new-s3cret"})
    );
    // Without its secret the API refuses the change, and the hint names the way to give it.
    let out = ch(
        &emu,
        &[
            "backup",
            "bucket",
            "update",
            "-s",
            WEB,
            "--path",
            "https://storage.googleapis.com/b",
        ],
    );
    assert_code(&out, 1);
    assert!(
        stderr_of(&out).contains("--secret-stdin"),
        "{}",
        stderr_of(&out)
    );
    // A second bucket is a conflict.
    let out = emu.run_stdin(
        &[
            "ch",
            "backup",
            "bucket",
            "create",
            "-s",
            WEB,
            "--provider",
            "GCP",
            "--path",
            "p",
            "--access-key-id",
            "k",
            "--secret-stdin",
        ],
        "s",
    );
    assert_code(&out, 5);

    assert_code(&ch(&emu, &["backup", "bucket", "delete", "-s", WEB]), 2);
    assert!(sent(&emu, "DELETE", "/backupBucket").is_empty());
    assert_code(
        &ch(&emu, &["backup", "bucket", "delete", "-s", WEB, "--yes"]),
        0,
    );
    assert!(configuration(&emu, "backupBucket").is_null());
    assert_code(&ch(&emu, &["backup", "bucket", "get", "-s", WEB]), 3);
}

#[test]
fn aws_and_azure_buckets_take_their_own_fields() {
    let emu = with_services(1);
    let created = ch_json(
        &emu,
        &[
            "backup",
            "bucket",
            "create",
            "-s",
            WEB,
            "--provider",
            "AWS",
            "--path",
            "s3://acme/web",
            "--role-arn",
            "arn:aws:iam::123456789012:role/backups",
            "--role-session-name",
            "clickhouse",
        ],
    );
    assert_eq!(created["iamRoleSessionName"], "clickhouse");
    let updated = ch_json(
        &emu,
        &[
            "backup",
            "bucket",
            "update",
            "-s",
            WEB,
            "--clear-role-session-name",
        ],
    );
    assert!(updated.get("iamRoleSessionName").is_none());
    assert_eq!(
        sent(&emu, "PATCH", "/backupBucket")[0]
            .body
            .as_ref()
            .unwrap(),
        &json!({"bucketProvider": "AWS", "iamRoleSessionName": null})
    );
    // Flags of another provider's bucket are refused before anything is sent.
    let out = ch(
        &emu,
        &["backup", "bucket", "update", "-s", WEB, "--container", "c"],
    );
    assert_code(&out, 2);
    assert!(
        stderr_of(&out)
            .contains("--container does not apply to AWS buckets; they take --path, --role-arn"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(sent(&emu, "PATCH", "/backupBucket").len(), 1);
    assert_code(
        &ch(&emu, &["backup", "bucket", "delete", "-s", WEB, "--yes"]),
        0,
    );

    let file = emu.env.dir.path().join("azure.txt");
    std::fs::write(
        &file,
        "DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=k3y==",
    )
    .unwrap();
    let created = ch_json(
        &emu,
        &[
            "backup",
            "bucket",
            "create",
            "-s",
            WEB,
            "--provider",
            "azure",
            "--container",
            "backups",
            "--secret-file",
            file.to_str().unwrap(),
        ],
    );
    assert_eq!(
        created,
        json!({"id": created["id"], "bucketProvider": "AZURE", "containerName": "backups"})
    );
    let post = sent(&emu, "POST", "/backupBucket")
        .pop()
        .unwrap()
        .body
        .unwrap();
    assert!(
        post["connectionString"]
            .as_str()
            .unwrap()
            .starts_with("DefaultEndpointsProtocol")
    );

    for (args, says) in [
        (
            vec!["--provider", "aws", "--access-key-id", "k"],
            "--access-key-id does not apply to AWS buckets",
        ),
        (vec!["--path", "s3://x"], "--provider"),
        (vec!["--provider", "ibm"], "ibm"),
        (
            vec![
                "--provider",
                "azure",
                "--container",
                "c",
                "--secret-file",
                "/no/such/file",
            ],
            "cannot read it",
        ),
    ] {
        let mut all = vec!["backup", "bucket", "create", "-s", WEB];
        all.extend(args);
        let out = ch(&emu, &all);
        assert_code(&out, 2);
        assert!(
            stderr_of(&out).contains(says),
            "{says}: {}",
            stderr_of(&out)
        );
    }
    let out = emu.run_stdin(
        &[
            "ch",
            "backup",
            "bucket",
            "create",
            "-s",
            WEB,
            "--provider",
            "azure",
            "--container",
            "c",
            "--secret-stdin",
        ],
        "",
    );
    assert_code(&out, 2);
    assert_eq!(sent(&emu, "POST", "/backupBucket").len(), 2);
}
