//! `dbcloud crdb egress-endpoint`, `private-endpoint trusted-owner`, `private-endpoint connection
//! list|accept|reject` on AWS clusters and `egress-rule policy set`.

use super::*;

fn endpoints_path(id: &str) -> String {
    format!("{CLUSTERS}/{id}/networking/egress-private-endpoints")
}

const SERVICE: &str = "com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0";

#[test]
fn egress_endpoints_are_created_named_and_deleted() {
    let emu = Emu::start();
    let id = aws_cluster(&emu, "orders");
    let path = endpoints_path(&id);

    // Bad input: nothing sent.
    let err = refused_locally(
        &emu,
        &[
            "crdb",
            "egress-endpoint",
            "create",
            "-c",
            "orders",
            "--region",
            "us-east-1",
            "--target-service",
            SERVICE,
            "--target-type",
            "smtp",
        ],
        2,
    );
    assert!(
        err.contains("PRIVATE_SERVICE") && err.contains("MSK_TLS"),
        "{err}"
    );
    refused_locally(
        &emu,
        &[
            "crdb",
            "egress-endpoint",
            "create",
            "-c",
            "orders",
            "--region",
            "us-east-1",
        ],
        2,
    );
    refused_locally(
        &emu,
        &["crdb", "egress-endpoint", "update", "e", "-c", "orders"],
        2,
    );
    let err = refused_locally(
        &emu,
        &[
            "crdb",
            "egress-endpoint",
            "update",
            "e",
            "-c",
            "orders",
            "--domain-name",
            "not a name",
        ],
        2,
    );
    assert!(err.contains("host name"), "{err}");

    let out = emu.run(&[
        "crdb",
        "egress-endpoint",
        "create",
        "-c",
        "orders",
        "--region",
        "us-east-1",
        "--target-service",
        SERVICE,
        "--wait",
        "--json",
    ]);
    let endpoint: Value = serde_json::from_slice(ok(&out).as_bytes()).unwrap();
    assert_eq!(endpoint["state"], "AVAILABLE");
    assert!(
        endpoint["endpoint_connection_id"]
            .as_str()
            .unwrap()
            .starts_with("vpce-")
    );
    let eid = endpoint["id"].as_str().unwrap().to_string();
    let sent = last_write(&emu);
    assert_eq!(
        (sent.method.as_str(), sent.path.as_str()),
        ("POST", path.as_str())
    );
    assert_eq!(
        sent.body.unwrap(),
        json!({"region": "us-east-1", "target_service_identifier": SERVICE,
               "target_service_type": "PRIVATE_SERVICE"})
    );
    // An MSK target, its type given in any case.
    let msk = emu.json(&[
        "crdb",
        "egress-endpoint",
        "create",
        "-c",
        "orders",
        "--region",
        "us-west-2",
        "--target-type",
        "msk_sasl_iam",
        "--target-service",
        "arn:aws:kafka:us-west-2:123456789012:cluster/events/0a1b2c3d",
    ]);
    assert_eq!(msk["target_service_type"], "MSK_SASL_IAM");
    assert_eq!(msk["state"], "PENDING");
    assert_eq!(collection(&emu, &path).len(), 2);

    let table = ok(&emu.run(&["crdb", "egress-endpoint", "list", "-c", "orders"]));
    assert!(table.starts_with("ID"), "{table}");
    assert!(
        table.contains(&eid) && table.contains("MSK_SASL_IAM"),
        "{table}"
    );
    let yaml = formatted(
        &emu,
        &["crdb", "egress-endpoint", "get", &eid, "-c", "orders"],
        "yaml",
    );
    assert!(
        yaml.contains("state: AVAILABLE") && yaml.contains("domain_names_state: EMPTY"),
        "{yaml}"
    );
    let limited = emu.json(&[
        "crdb",
        "egress-endpoint",
        "list",
        "-c",
        "orders",
        "--limit",
        "1",
    ]);
    assert_eq!(limited.as_array().unwrap().len(), 1);

    // Domain names, with the current PATCH.
    let named = emu.json(&[
        "crdb",
        "egress-endpoint",
        "update",
        &eid,
        "-c",
        "orders",
        "--domain-name",
        "kafka.internal.example.com",
        "--domain-name",
        "*.kafka.internal.example.com",
        "--wait",
    ]);
    assert_eq!(named["domain_names_state"], "AVAILABLE");
    assert_eq!(
        named["domain_names"],
        json!(["kafka.internal.example.com", "*.kafka.internal.example.com"])
    );
    let sent = last_write(&emu);
    assert_eq!(
        (sent.method.as_str(), sent.path.as_str()),
        ("PATCH", format!("{path}/{eid}").as_str())
    );
    let cleared = emu.json(&[
        "crdb",
        "egress-endpoint",
        "update",
        &eid,
        "-c",
        "orders",
        "--clear-domain-names",
        "--wait",
    ]);
    assert_eq!(cleared["domain_names"], json!([]));
    assert_eq!(cleared["domain_names_state"], "EMPTY");
    assert_eq!(last_write(&emu).body.unwrap(), json!({"domain_names": []}));

    // Unknown endpoints and clusters.
    let out = emu.run(&[
        "crdb",
        "egress-endpoint",
        "get",
        "00000000-0000-4000-8000-000000000009",
        "-c",
        "orders",
    ]);
    assert_code(&out, 3);
    let out = emu.run(&["crdb", "egress-endpoint", "list", "-c", "nowhere"]);
    assert_code(&out, 3);
    let out = emu.run(&[
        "crdb",
        "egress-endpoint",
        "delete",
        "00000000-0000-4000-8000-000000000009",
        "-c",
        "orders",
        "--yes",
    ]);
    assert_code(&out, 3);

    // Deleting asks first; with --wait it returns once the endpoint is gone.
    refused_locally(
        &emu,
        &["crdb", "egress-endpoint", "delete", &eid, "-c", "orders"],
        2,
    );
    let out = emu.run(&[
        "crdb",
        "egress-endpoint",
        "delete",
        &eid,
        "-c",
        "orders",
        "--yes",
        "--wait",
    ]);
    assert_eq!(ok(&out), "");
    assert!(stderr_of(&out).contains("Deleted egress private endpoint"));
    let out = emu.run(&["crdb", "egress-endpoint", "get", &eid, "-c", "orders"]);
    assert_code(&out, 3);
    assert_eq!(
        emu.json(&["crdb", "egress-endpoint", "list", "-c", "orders"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn an_egress_endpoint_that_fails_is_exit_1() {
    let emu = Emu::start();
    aws_cluster(&emu, "orders");
    fail_next(&emu, 1);
    let out = emu.run(&[
        "crdb",
        "egress-endpoint",
        "create",
        "-c",
        "orders",
        "--region",
        "us-east-1",
        "--target-service",
        SERVICE,
        "--wait",
    ]);
    assert_code(&out, 1);
    assert!(stderr_of(&out).contains("FAILED"), "{}", stderr_of(&out));
    // A target of the wrong form for the cloud: the API says so.
    let out = emu.run(&[
        "crdb",
        "egress-endpoint",
        "create",
        "-c",
        "orders",
        "--region",
        "us-east-1",
        "--target-service",
        "projects/p/regions/r/serviceAttachments/a",
    ]);
    assert_code(&out, 1);
    assert!(
        stderr_of(&out).contains("target_service_identifier"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn trusted_owners_are_added_found_and_removed() {
    let emu = Emu::start();
    let id = aws_cluster(&emu, "orders");
    let path = format!("{CLUSTERS}/{id}/networking/private-endpoint-trusted-owners");

    let err = refused_locally(
        &emu,
        &[
            "crdb",
            "private-endpoint",
            "trusted-owner",
            "add",
            "-c",
            "orders",
            "--type",
            "gcp_project",
            "--external-owner-id",
            "123456789012",
        ],
        2,
    );
    assert!(err.contains("AWS_ACCOUNT_ID"), "{err}");
    refused_locally(
        &emu,
        &[
            "crdb",
            "private-endpoint",
            "trusted-owner",
            "add",
            "-c",
            "orders",
        ],
        2,
    );

    // The type defaults to the API's only one.
    let owner = emu.json(&[
        "crdb",
        "private-endpoint",
        "trusted-owner",
        "add",
        "-c",
        "orders",
        "--external-owner-id",
        "123456789012",
    ]);
    assert_eq!(owner["type"], "AWS_ACCOUNT_ID");
    let oid = owner["id"].as_str().unwrap().to_string();
    let sent = last_write(&emu);
    assert_eq!(sent.path, path);
    assert_eq!(
        sent.body.unwrap(),
        json!({"type": "AWS_ACCOUNT_ID", "external_owner_id": "123456789012"})
    );
    assert_eq!(
        collection(&emu, &path)[0]["external_owner_id"],
        "123456789012"
    );
    let any = emu.json(&[
        "crdb",
        "private-endpoint",
        "trusted-owner",
        "add",
        "-c",
        "orders",
        "--type",
        "aws_account_id",
        "--external-owner-id",
        "*",
    ]);
    assert_eq!(any["external_owner_id"], "*");
    let out = emu.run(&[
        "crdb",
        "private-endpoint",
        "trusted-owner",
        "add",
        "-c",
        "orders",
        "--external-owner-id",
        "123456789012",
    ]);
    assert_code(&out, 5);
    let out = emu.run(&[
        "crdb",
        "private-endpoint",
        "trusted-owner",
        "add",
        "-c",
        "orders",
        "--external-owner-id",
        "42",
    ]);
    assert_code(&out, 1);
    assert!(stderr_of(&out).contains("12-digit"), "{}", stderr_of(&out));

    let table = ok(&emu.run(&[
        "crdb",
        "private-endpoint",
        "trusted-owner",
        "list",
        "-c",
        "orders",
    ]));
    assert!(
        table.starts_with("ID") && table.contains("123456789012"),
        "{table}"
    );
    // By the account or by the entry's ID.
    let by_account = emu.json(&[
        "crdb",
        "private-endpoint",
        "trusted-owner",
        "get",
        "123456789012",
        "-c",
        "orders",
    ]);
    assert_eq!(by_account["id"], oid.as_str());
    let yaml = formatted(
        &emu,
        &[
            "crdb",
            "private-endpoint",
            "trusted-owner",
            "get",
            &oid,
            "-c",
            "orders",
        ],
        "yaml",
    );
    assert!(
        yaml.contains("external_owner_id:") && yaml.contains("123456789012"),
        "{yaml}"
    );
    let out = emu.run(&[
        "crdb",
        "private-endpoint",
        "trusted-owner",
        "get",
        "999999999999",
        "-c",
        "orders",
    ]);
    assert_code(&out, 3);
    let out = emu.run(&[
        "crdb",
        "private-endpoint",
        "trusted-owner",
        "list",
        "-c",
        "nowhere",
    ]);
    assert_code(&out, 3);
    let out = emu.run(&[
        "crdb",
        "private-endpoint",
        "trusted-owner",
        "get",
        "00000000-0000-4000-8000-000000000009",
        "-c",
        "orders",
    ]);
    assert_code(&out, 3);

    refused_locally(
        &emu,
        &[
            "crdb",
            "private-endpoint",
            "trusted-owner",
            "remove",
            "123456789012",
            "-c",
            "orders",
        ],
        2,
    );
    let out = emu.run(&[
        "crdb",
        "private-endpoint",
        "trusted-owner",
        "remove",
        "123456789012",
        "-c",
        "orders",
        "--yes",
    ]);
    assert_eq!(ok(&out), "");
    assert!(
        stderr_of(&out).contains("no longer trusts 123456789012"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(collection(&emu, &path).len(), 1);

    // Owners of type AWS_ACCOUNT_ID are for AWS clusters.
    crate::cockroach_cluster_extras::dedicated(&emu, "gcp");
    let out = emu.run(&[
        "crdb",
        "private-endpoint",
        "trusted-owner",
        "add",
        "-c",
        "gcp",
        "--external-owner-id",
        "123456789012",
    ]);
    assert_code(&out, 1);
}

#[test]
fn aws_endpoint_connections_are_listed_accepted_and_rejected() {
    let emu = Emu::start();
    let id = aws_cluster(&emu, "orders");
    let aws = format!("{CLUSTERS}/{id}/networking/aws-endpoint-connections");
    ok(&emu.run(&[
        "crdb",
        "private-endpoint",
        "service",
        "create",
        "-c",
        "orders",
        "--wait",
    ]));
    ok(&emu.run(&[
        "crdb",
        "private-endpoint",
        "connection",
        "add",
        "vpce-0a1b2c3d4e5f67890",
        "-c",
        "orders",
        "--wait",
    ]));

    // On AWS the list is the current operation's.
    emu.server.clear_requests();
    let table = ok(&emu.run(&[
        "crdb",
        "private-endpoint",
        "connection",
        "list",
        "-c",
        "orders",
    ]));
    assert!(
        table.starts_with("ENDPOINT ID") && table.contains("SERVICE ID"),
        "{table}"
    );
    assert!(
        table.contains("vpce-0a1b2c3d4e5f67890") && table.contains("AVAILABLE"),
        "{table}"
    );
    assert!(
        emu.requests("/api/v1").iter().any(|r| r.path == aws),
        "the current list"
    );
    let yaml = formatted(
        &emu,
        &[
            "crdb",
            "private-endpoint",
            "connection",
            "list",
            "-c",
            "orders",
        ],
        "yaml",
    );
    assert!(
        yaml.contains("status: AVAILABLE") && yaml.contains("service_id:"),
        "{yaml}"
    );

    // Rejecting asks first.
    let err = refused_locally(
        &emu,
        &[
            "crdb",
            "private-endpoint",
            "connection",
            "reject",
            "vpce-0a1b2c3d4e5f67890",
            "-c",
            "orders",
        ],
        2,
    );
    assert!(err.contains("reject") && err.contains("--yes"), "{err}");
    let out = emu.run(&[
        "crdb",
        "private-endpoint",
        "connection",
        "reject",
        "vpce-0a1b2c3d4e5f67890",
        "-c",
        "orders",
        "--yes",
        "--json",
    ]);
    let rejected: Value = serde_json::from_slice(ok(&out).as_bytes()).unwrap();
    assert_eq!(rejected["status"], "REJECTED");
    assert!(
        stderr_of(&out).contains("it was AVAILABLE; it is REJECTED"),
        "{}",
        stderr_of(&out)
    );
    let sent = last_write(&emu);
    assert_eq!(
        (sent.method.as_str(), sent.path.as_str()),
        ("PATCH", format!("{aws}/vpce-0a1b2c3d4e5f67890").as_str())
    );
    assert_eq!(sent.body.unwrap(), json!({"status": "REJECTED"}));
    let seed = collection(
        &emu,
        &format!("{CLUSTERS}/{id}/networking/private-endpoint-connections"),
    );
    assert_eq!(seed[0]["status"], "STATUS_REJECTED");

    let accepted = emu.json(&[
        "crdb",
        "private-endpoint",
        "connection",
        "accept",
        "vpce-0a1b2c3d4e5f67890",
        "-c",
        "orders",
        "--wait",
    ]);
    assert_eq!(accepted["status"], "AVAILABLE");
    assert_eq!(
        last_write(&emu).body.unwrap(),
        json!({"status": "AVAILABLE"})
    );

    let out = emu.run(&[
        "crdb",
        "private-endpoint",
        "connection",
        "accept",
        "vpce-unknown",
        "-c",
        "orders",
    ]);
    assert_code(&out, 3);
    // Other clouds have no AWS connections: their list is the seed's, accepting is refused by the API.
    crate::cockroach_cluster_extras::dedicated(&emu, "gcp");
    emu.server.clear_requests();
    assert_eq!(
        emu.json(&[
            "crdb",
            "private-endpoint",
            "connection",
            "list",
            "-c",
            "gcp"
        ]),
        json!([])
    );
    assert!(
        emu.requests("/api/v1")
            .iter()
            .all(|r| !r.path.ends_with("aws-endpoint-connections"))
    );
    let out = emu.run(&[
        "crdb",
        "private-endpoint",
        "connection",
        "accept",
        "psc-1",
        "-c",
        "gcp",
    ]);
    assert_code(&out, 1);
    assert!(
        stderr_of(&out).contains("AWS clusters only"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn the_egress_traffic_policy_is_set() {
    let emu = Emu::start();
    let id = crate::cockroach_cluster_extras::dedicated(&emu, "orders");
    assert_eq!(
        cluster_state(&emu, &id)["egress_traffic_policy"],
        "ALLOW_ALL"
    );

    let err = refused_locally(
        &emu,
        &[
            "crdb",
            "egress-rule",
            "policy",
            "set",
            "deny-some",
            "-c",
            "orders",
        ],
        2,
    );
    assert!(err.contains("default-deny"), "{err}");

    let out = emu.run(&[
        "crdb",
        "egress-rule",
        "policy",
        "set",
        "default-deny",
        "-c",
        "orders",
        "--wait",
    ]);
    let table = ok(&out);
    assert!(table.contains("DEFAULT_DENY"), "{table}");
    let sent = last_write(&emu);
    assert_eq!(
        sent.path,
        format!("{CLUSTERS}/{id}/networking/egress-rules/egress-traffic-policy")
    );
    let body = sent.body.unwrap();
    assert_eq!(body["allow_all"], false);
    assert!(body["idempotency_key"].is_string(), "{body}");
    assert_eq!(
        cluster_state(&emu, &id)["egress_traffic_policy"],
        "DEFAULT_DENY"
    );

    // Without --wait: still UPDATING.
    let shown = emu.json(&[
        "crdb",
        "egress-rule",
        "policy",
        "set",
        "allow-all",
        "-c",
        "orders",
    ]);
    assert_eq!(shown["egress_traffic_policy"], "UPDATING");
    assert_eq!(last_write(&emu).body.unwrap()["allow_all"], true);

    // Made to fail: ERROR, exit 1.
    std::thread::sleep(std::time::Duration::from_millis(400));
    fail_next(&emu, 1);
    let out = emu.run(&[
        "crdb",
        "egress-rule",
        "policy",
        "set",
        "default-deny",
        "-c",
        "orders",
        "--wait",
    ]);
    assert_code(&out, 1);
    assert!(stderr_of(&out).contains("ERROR"), "{}", stderr_of(&out));

    // Serverless clusters have no policy to set; unknown clusters are exit 3.
    crate::cockroach_cluster_extras::serverless(&emu, "small");
    let out = emu.run(&[
        "crdb",
        "egress-rule",
        "policy",
        "set",
        "default-deny",
        "-c",
        "small",
    ]);
    assert_code(&out, 1);
    let out = emu.run(&[
        "crdb",
        "egress-rule",
        "policy",
        "set",
        "default-deny",
        "-c",
        "nowhere",
    ]);
    assert_code(&out, 3);
}
