//! `sqsdelay setup` provisions the role and both state machines, is idempotent, and
//! `--dry-run` calls nothing.

mod common;

use common::{Harness, stderr, stdout};

fn decode(document: &str) -> serde_json::Value {
    serde_json::from_str(
        &percent_encoding::percent_decode_str(document)
            .decode_utf8()
            .unwrap(),
    )
    .unwrap()
}

#[tokio::test]
async fn setup_twice_changes_nothing_the_second_time_and_says_so() {
    let h = Harness::new("setup").await;
    let first = h
        .cmd()
        .args(["setup", "--output", "json"])
        .output()
        .unwrap();
    assert!(first.status.success(), "{}", stderr(&first));
    let first: serde_json::Value = serde_json::from_str(&stdout(&first)).unwrap();
    assert_eq!(first["changed"], true);
    let actions: Vec<_> = first["resources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["created", "created", "created"]);

    let second = h.cmd().arg("setup").output().unwrap();
    assert!(second.status.success());
    assert!(
        stderr(&second).contains("already set up: nothing changed"),
        "{}",
        stderr(&second)
    );
    assert_eq!(
        stdout(&second).matches("unchanged").count(),
        3,
        "{}",
        stdout(&second)
    );

    // Both machines exist with the bundled definitions and the created role.
    let role_arn = format!("arn:aws:iam::123456789012:role/{}-role", h.machine);
    for (suffix, file) in [
        ("", "asl/standard.asl.json"),
        ("-fifo", "asl/fifo.asl.json"),
    ] {
        let arn = format!(
            "arn:aws:states:us-east-1:123456789012:stateMachine:{}{suffix}",
            h.machine
        );
        let machine = h
            .sfn
            .describe_state_machine()
            .state_machine_arn(arn)
            .send()
            .await
            .unwrap();
        let want: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
        let got: serde_json::Value = serde_json::from_str(machine.definition()).unwrap();
        assert_eq!(got, want);
        assert_eq!(machine.role_arn(), role_arn);
    }
}

#[tokio::test]
async fn the_role_may_only_send_to_the_chosen_queues_and_trusts_only_this_account() {
    let h = Harness::new("role").await;
    let queue_arn = "arn:aws:sqs:us-east-1:123456789012:orders";
    let key = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    h.cmd()
        .args(["setup", "--queue-arn", queue_arn, "--kms-key", key])
        .assert()
        .success();

    let role_name = format!("{}-role", h.machine);
    let role = h.iam.get_role().role_name(&role_name).send().await.unwrap();
    let trust = decode(role.role().unwrap().assume_role_policy_document().unwrap());
    let statements = trust["Statement"].as_array().unwrap();
    assert_eq!(statements.len(), 1);
    let s = &statements[0];
    assert_eq!(s["Effect"], "Allow");
    assert_eq!(
        s["Principal"],
        serde_json::json!({"Service": "states.amazonaws.com"})
    );
    assert_eq!(s["Action"], "sts:AssumeRole");
    assert_eq!(
        s["Condition"]["StringEquals"],
        serde_json::json!({"aws:SourceAccount": "123456789012"})
    );
    assert_eq!(
        s["Condition"]["ArnLike"],
        serde_json::json!({"aws:SourceArn": "arn:aws:states:us-east-1:123456789012:stateMachine:*"})
    );

    let policies = h
        .iam
        .list_role_policies()
        .role_name(&role_name)
        .send()
        .await
        .unwrap();
    assert_eq!(policies.policy_names(), ["sqsdelay-send-message"]);
    let attached = h
        .iam
        .list_attached_role_policies()
        .role_name(&role_name)
        .send()
        .await
        .unwrap();
    assert!(
        attached.attached_policies().is_empty(),
        "no managed policy is attached"
    );
    let policy = h
        .iam
        .get_role_policy()
        .role_name(&role_name)
        .policy_name("sqsdelay-send-message")
        .send()
        .await
        .unwrap();
    let policy = decode(policy.policy_document());
    assert_eq!(
        policy["Statement"],
        serde_json::json!([
            {"Sid": "SendScheduledMessages", "Effect": "Allow", "Action": "sqs:SendMessage", "Resource": [queue_arn]},
            {"Sid": "EncryptForQueues", "Effect": "Allow", "Action": ["kms:GenerateDataKey", "kms:Decrypt"], "Resource": [key]}
        ])
    );

    // Widening the scope later updates the policy in place.
    let out = h
        .cmd()
        .args(["setup", "--output", "json"])
        .output()
        .unwrap();
    let out: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(out["resources"][0]["action"], "updated");
    let policy = h
        .iam
        .get_role_policy()
        .role_name(&role_name)
        .policy_name("sqsdelay-send-message")
        .send()
        .await
        .unwrap();
    assert_eq!(
        decode(policy.policy_document())["Statement"][0]["Resource"],
        serde_json::json!(["arn:aws:sqs:us-east-1:123456789012:*"])
    );
}

#[tokio::test]
async fn an_existing_role_can_be_used_instead() {
    let h = Harness::new("ownrole").await;
    let role = "arn:aws:iam::123456789012:role/my-own-role";
    let out = h
        .cmd()
        .args(["setup", "--role-arn", role, "--output", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let out: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(
        out["resources"].as_array().unwrap().len(),
        2,
        "no role is created"
    );
    let arn = format!(
        "arn:aws:states:us-east-1:123456789012:stateMachine:{}",
        h.machine
    );
    let machine = h
        .sfn
        .describe_state_machine()
        .state_machine_arn(arn)
        .send()
        .await
        .unwrap();
    assert_eq!(machine.role_arn(), role);
}

#[tokio::test]
async fn dry_run_prints_the_plan_and_calls_nothing() {
    let h = Harness::new("dryrun").await;
    // An endpoint where nothing listens: any request would fail.
    let out = h
        .cmd()
        .args(["setup", "--dry-run", "--endpoint-url", "http://127.0.0.1:9"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("arn:aws:states:::sqs:sendMessage"), "{text}");
    assert!(text.contains("states.amazonaws.com"));
    assert!(text.contains("sqs:SendMessage"));
    assert!(stderr(&out).contains("nothing was created"));

    let json = h
        .cmd()
        .args([
            "setup",
            "--dry-run",
            "--output",
            "json",
            "--endpoint-url",
            "http://127.0.0.1:9",
        ])
        .output()
        .unwrap();
    let plan: serde_json::Value = serde_json::from_str(&stdout(&json)).unwrap();
    assert_eq!(plan["stateMachines"].as_array().unwrap().len(), 2);
    assert_eq!(
        plan["role"]["trustPolicy"]["Statement"][0]["Principal"]["Service"],
        "states.amazonaws.com"
    );

    // And indeed nothing exists on the emulator.
    assert!(
        h.iam
            .get_role()
            .role_name(format!("{}-role", h.machine))
            .send()
            .await
            .is_err()
    );
    let arn = format!(
        "arn:aws:states:us-east-1:123456789012:stateMachine:{}",
        h.machine
    );
    assert!(
        h.sfn
            .describe_state_machine()
            .state_machine_arn(arn)
            .send()
            .await
            .is_err()
    );
}
