//! Faults of the moment (throttling, resets, lost replies, no network) lose and duplicate
//! nothing; counts are checked against the emulator directly, not through sqsdelay.

mod common;

use std::collections::HashSet;
use std::time::{Duration, Instant};

use common::{Harness, Proxy, stderr, stdout};
use serde_json::json;

const UNREACHABLE: i32 = 8;

#[tokio::test]
async fn a_1000_message_batch_under_throttling_and_resets_ends_with_exactly_1000() {
    let h = Harness::new("faultbatch").await;
    h.setup();
    let q = h.queue("faultbatch").await;
    let proxy = Proxy::start(&h.endpoint);
    let input: String = (0..1000)
        .map(|i| {
            format!(
                "{{\"queue\":\"{q}\",\"in\":\"{}m\",\"body\":\"message {i}\"}}\n",
                60 + i
            )
        })
        .collect();
    proxy.faults(json!({"throttle": 0.30, "reset": 0.05}));
    let out = h
        .cmd()
        .args(["--endpoint-url", &proxy.url, "schedule", "--batch", "-"])
        .write_stdin(input)
        .timeout(Duration::from_secs(600))
        .output()
        .unwrap();
    proxy.faults(json!({}));
    let counts = proxy.counts();
    let errors: Vec<&str> = std::str::from_utf8(&out.stdout)
        .unwrap()
        .lines()
        .filter(|l| l.contains("\"error\""))
        .collect();
    assert!(out.status.success(), "{}{errors:?}", stderr(&out));
    assert!(
        counts.get("StartExecution").is_some_and(|n| *n > 1000),
        "faults were not injected: {counts:?}"
    );
    assert_eq!(stdout(&out).lines().count(), 1000);

    let names: Vec<String> = h.executions().await.into_iter().map(|(n, _)| n).collect();
    assert_eq!(names.len(), 1000, "expected exactly 1000 executions");
    let keys: HashSet<&str> = names.iter().map(|n| n.split('_').nth(1).unwrap()).collect();
    assert_eq!(keys.len(), 1000, "a line was scheduled twice");
}

#[tokio::test]
async fn a_reply_lost_after_start_execution_succeeded_does_not_duplicate() {
    let h = Harness::new("lostreply").await;
    h.setup();
    let q = h.queue("lostreply").await;
    let proxy = Proxy::start(&h.endpoint);
    proxy.faults(json!({"drop_reply": {"action": "StartExecution", "count": 1}}));
    let out = h
        .cmd()
        .args([
            "--endpoint-url",
            &proxy.url,
            "schedule",
            "--queue",
            &q,
            "--in",
            "1h",
            "--body",
            "once",
            "--quiet",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(proxy.counts()["StartExecution"], 2, "the start was retried");
    let executions = h.executions().await;
    assert_eq!(executions.len(), 1, "{executions:?}");
    assert_eq!(executions[0].0, stdout(&out).trim());
}

#[tokio::test]
async fn without_the_emulator_every_command_fails_fast_naming_the_endpoint() {
    let h = Harness::new("offline").await;
    let proxy = Proxy::start(&h.endpoint);
    proxy.faults(json!({"refuse": true}));
    let id = "20261201T090000Z_k";
    for endpoint in ["http://127.0.0.1:9", proxy.url.as_str()] {
        for args in [
            vec!["setup"],
            vec!["schedule", "--queue", "q", "--in", "1h", "--body", "x"],
            vec!["schedule", "--batch", "-"],
            vec!["list"],
            vec!["describe", id],
            vec!["cancel", id],
            vec!["cancel", "--all", "--yes"],
            vec!["reschedule", id, "--in", "2h"],
            vec!["teardown"],
        ] {
            let started = Instant::now();
            let out = h
                .cmd()
                .arg("--endpoint-url")
                .arg(endpoint)
                .args(&args)
                .write_stdin("")
                .output()
                .unwrap();
            let err = stderr(&out);
            assert_eq!(
                out.status.code(),
                Some(UNREACHABLE),
                "{args:?} via {endpoint}: {err}"
            );
            assert_eq!(err.trim_end().lines().count(), 1, "{args:?}: {err}");
            assert!(
                err.starts_with(&format!("error: cannot reach {endpoint}")),
                "{args:?}: {err}"
            );
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "{args:?} took {:?}",
                started.elapsed()
            );
        }
    }
    assert!(h.executions().await.is_empty());
}

#[tokio::test]
async fn verbose_output_never_shows_credentials_or_signatures() {
    let h = Harness::new("verbose").await;
    h.setup();
    let q = h.queue("verbose").await;
    let secret = "wJalrXUtnFEMI-K7MDENG-bPxRfiCYEXAMPLEKEY";
    let token = "IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKEN";
    let out = h
        .cmd()
        .env("AWS_SECRET_ACCESS_KEY", secret)
        .env("AWS_SESSION_TOKEN", token)
        .args([
            "--verbose",
            "schedule",
            "--queue",
            &q,
            "--in",
            "1h",
            "--body",
            "private body",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let all = format!("{}{}", stdout(&out), stderr(&out));
    assert!(
        stderr(&out).contains("sqsdelay: region us-east-1"),
        "verbose says what it does: {all}"
    );
    for leak in [
        secret,
        token,
        "testing",
        "Signature",
        "Authorization",
        "private body",
    ] {
        assert!(!all.contains(leak), "--verbose printed {leak:?}: {all}");
    }
}

#[tokio::test]
async fn teardown_refuses_while_messages_are_pending_unless_forced() {
    let h = Harness::new("teardown").await;
    h.setup();
    let q = h.queue("teardown").await;
    for i in 0..3 {
        h.cmd()
            .args([
                "schedule",
                "--queue",
                &q,
                "--in",
                "1h",
                "--body",
                &format!("m{i}"),
            ])
            .assert()
            .success();
    }
    let refused = h.cmd().arg("teardown").output().unwrap();
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        stderr(&refused).contains("3 pending messages would be lost"),
        "{}",
        stderr(&refused)
    );
    let unconfirmed = h.cmd().args(["teardown", "--force"]).output().unwrap();
    assert_eq!(
        unconfirmed.status.code(),
        Some(2),
        "--force off a terminal needs --yes"
    );
    assert!(
        h.executions()
            .await
            .iter()
            .all(|(_, s)| *s == aws_sdk_sfn::types::ExecutionStatus::Running)
    );

    let out = h
        .cmd()
        .args(["teardown", "--force", "--yes", "--output", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let removed: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert!(
        removed
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["action"] == "deleted"),
        "{removed}"
    );
    assert!(stderr(&out).contains("cancelled 3 pending messages"));
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
    assert!(
        h.iam
            .get_role()
            .role_name(format!("{}-role", h.machine))
            .send()
            .await
            .is_err()
    );

    let again = h
        .cmd()
        .args(["teardown", "--output", "json"])
        .output()
        .unwrap();
    assert!(again.status.success());
    assert!(stdout(&again).contains("absent"));
}
