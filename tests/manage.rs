//! Managing pending messages on the emulator: list, describe, cancel, reschedule, and the
//! idempotency of `schedule --id`.

mod common;

use std::time::Duration;

use aws_sdk_sfn::types::ExecutionStatus;
use common::{Harness, stderr, stdout};
use serde_json::Value;

const ALREADY_SCHEDULED: i32 = 5;
const ALREADY_FINISHED: i32 = 6;
const CONFLICT: i32 = 7;

fn schedule(h: &Harness, queue: &str, args: &[&str]) -> String {
    let out = h
        .cmd()
        .args(["schedule", "--queue", queue, "--quiet"])
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "schedule {args:?}: {}", stderr(&out));
    stdout(&out).trim().to_string()
}

fn list(h: &Harness, args: &[&str]) -> Vec<Value> {
    let out = h
        .cmd()
        .args(["list", "--output", "json"])
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "list {args:?}: {}", stderr(&out));
    serde_json::from_str::<Value>(&stdout(&out))
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

fn ids(rows: &[Value]) -> Vec<String> {
    rows.iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect()
}

fn describe(h: &Harness, id: &str) -> Value {
    let out = h
        .cmd()
        .args(["describe", id, "--output", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "describe {id}: {}", stderr(&out));
    serde_json::from_str(&stdout(&out)).unwrap()
}

async fn status_in_emulator(h: &Harness, id: &str) -> ExecutionStatus {
    h.executions()
        .await
        .into_iter()
        .find(|(name, _)| name == id)
        .map(|(_, s)| s)
        .expect("no such execution")
}

#[tokio::test]
async fn list_shows_pending_messages_soonest_first_with_remaining_time_and_filters() {
    let h = Harness::new("list").await;
    h.setup();
    let q = h.queue("list").await;
    let other = h.queue("other").await;
    let in3h = schedule(&h, &q, &["--in", "3h", "--body", "c"]);
    let in1h = schedule(&h, &q, &["--in", "1h", "--body", "a"]);
    let in2h = schedule(&h, &other, &["--in", "2h", "--body", "b"]);
    let soon = schedule(&h, &q, &["--in", "1s", "--body", "now"]);
    let cancelled = schedule(&h, &q, &["--in", "4h", "--body", "d"]);
    h.cmd().args(["cancel", &cancelled]).assert().success();
    tokio::time::sleep(Duration::from_secs(5)).await;

    let pending = list(&h, &[]);
    assert_eq!(ids(&pending), [in1h.as_str(), in2h.as_str(), in3h.as_str()]);
    let remaining = pending[0]["remainingSeconds"].as_i64().unwrap();
    assert!((3590..=3600).contains(&remaining), "{remaining}");
    assert!(
        pending
            .iter()
            .all(|r| r["status"] == "pending" && r["scheduledAt"].is_string())
    );

    let table = stdout(&h.cmd().arg("list").output().unwrap());
    let lines: Vec<&str> = table.lines().collect();
    assert!(
        lines[0].starts_with("ID") && lines[0].contains("REMAINING"),
        "{table}"
    );
    assert!(
        lines[1].starts_with(&in1h) && lines[1].contains("in 59m"),
        "{table}"
    );
    assert!(lines[2].contains("in 1h 59m"), "{table}");
    assert!(
        !table.contains("now") && !table.contains("\"c\""),
        "bodies are never listed"
    );

    assert_eq!(ids(&list(&h, &["--status", "delivered"])), [soon.as_str()]);
    assert_eq!(
        ids(&list(&h, &["--status", "cancelled"])),
        [cancelled.as_str()]
    );
    assert!(list(&h, &["--status", "failed"]).is_empty());
    assert_eq!(list(&h, &["--status", "all"]).len(), 5);
    assert_eq!(ids(&list(&h, &["--due-before", "90m"])), [in1h.as_str()]);
    assert_eq!(
        ids(&list(&h, &["--due-after", "90m"])),
        [in2h.as_str(), in3h.as_str()]
    );
    assert_eq!(
        ids(&list(&h, &["--limit", "2"])),
        [in1h.as_str(), in2h.as_str()]
    );
    assert_eq!(
        ids(&list(&h, &["--queue", &q])),
        [in1h.as_str(), in3h.as_str()]
    );
    let other_name = other.rsplit('/').next().unwrap();
    assert_eq!(ids(&list(&h, &["--queue", other_name])), [in2h.as_str()]);
    assert_eq!(
        ids(&list(&h, &["--queue", &q, "--limit", "1"])),
        [in1h.as_str()]
    );
}

#[tokio::test]
async fn cancel_really_stops_delivery_and_a_second_cancel_changes_nothing() {
    let h = Harness::new("cancel").await;
    h.setup();
    let q = h.queue("cancel").await;
    let id = schedule(&h, &q, &["--in", "3s", "--body", "never"]);
    let out = h
        .cmd()
        .args(["cancel", &id, "--reason", "customer unsubscribed"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).trim(), format!("cancelled {id}"));
    assert_eq!(status_in_emulator(&h, &id).await, ExecutionStatus::Aborted);

    let again = h.cmd().args(["cancel", &id]).output().unwrap();
    assert_eq!(again.status.code(), Some(ALREADY_FINISHED));
    assert!(
        stderr(&again).contains("already cancelled"),
        "{}",
        stderr(&again)
    );

    assert!(
        h.receive(&q, Duration::from_secs(7)).await.is_none(),
        "a cancelled message arrived"
    );
    let described = describe(&h, &id);
    assert_eq!(described["status"], "cancelled");
    assert!(described["finishedAt"].is_string());
}

#[tokio::test]
async fn cancel_all_needs_yes_off_a_terminal_and_then_cancels_every_match() {
    let h = Harness::new("cancelall").await;
    h.setup();
    let q = h.queue("cancelall").await;
    let near = schedule(&h, &q, &["--in", "1h", "--body", "x"]);
    let far = schedule(&h, &q, &["--in", "5h", "--body", "y"]);

    let refused = h.cmd().args(["cancel", "--all"]).output().unwrap();
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        stderr(&refused).contains("add --yes"),
        "{}",
        stderr(&refused)
    );
    assert_eq!(list(&h, &[]).len(), 2, "nothing was cancelled");

    let out = h
        .cmd()
        .args(["cancel", "--all", "--yes", "--due-before", "2h"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).trim(), "cancelled 1 message");
    assert_eq!(
        status_in_emulator(&h, &near).await,
        ExecutionStatus::Aborted
    );
    assert_eq!(status_in_emulator(&h, &far).await, ExecutionStatus::Running);
}

#[tokio::test]
async fn reschedule_delivers_once_at_the_new_time_and_not_at_the_old() {
    let h = Harness::new("resched").await;
    h.setup();
    let q = h.queue("resched").await;
    let old = schedule(&h, &q, &["--in", "3s", "--body", "moved", "--attr", "k=v"]);
    let out = h
        .cmd()
        .args(["reschedule", &old, "--in", "9s", "--output", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let moved: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let new = moved["id"].as_str().unwrap().to_string();
    assert_ne!(new, old);
    assert_eq!(
        new.split('_').nth(1),
        old.split('_').nth(1),
        "the key is kept"
    );
    assert_eq!(status_in_emulator(&h, &old).await, ExecutionStatus::Aborted);

    assert!(
        h.receive(&q, Duration::from_secs(6)).await.is_none(),
        "delivered at the old time"
    );
    let (message, _) = h
        .receive(&q, Duration::from_secs(9))
        .await
        .expect("never delivered at the new time");
    assert_eq!(message.body(), Some("moved"));
    assert_eq!(
        message.message_attributes().unwrap()["k"].string_value(),
        Some("v")
    );
    assert!(
        h.receive(&q, Duration::from_secs(2)).await.is_none(),
        "delivered twice"
    );

    let finished = h
        .cmd()
        .args(["reschedule", &new, "--in", "1h"])
        .output()
        .unwrap();
    assert_eq!(
        finished.status.code(),
        Some(ALREADY_FINISHED),
        "{}",
        stderr(&finished)
    );
}

#[tokio::test]
async fn describe_shows_delivered_and_failed_messages() {
    let h = Harness::new("describe").await;
    h.setup();
    let q = h.queue("describe").await;
    let doomed = h.queue("doomed").await;
    let delivered = schedule(
        &h,
        &q,
        &["--in", "1s", "--body", "hello", "--attr", "n:Number=3"],
    );
    let failed = schedule(&h, &doomed, &["--in", "1s", "--body", "lost"]);
    h.sqs
        .delete_queue()
        .queue_url(&doomed)
        .send()
        .await
        .unwrap();

    let (message, _) = h
        .receive(&q, Duration::from_secs(8))
        .await
        .expect("not delivered");
    tokio::time::sleep(Duration::from_secs(1)).await;
    let d = describe(&h, &delivered);
    assert_eq!(d["status"], "delivered");
    assert_eq!(d["messageId"], message.message_id().unwrap());
    assert_eq!(d["body"], "hello");
    assert_eq!(d["queueUrl"], q.as_str());
    assert_eq!(d["attributes"]["n"]["DataType"], "Number");
    assert!(d["finishedAt"].is_string() && d["remainingSeconds"].is_null());

    // By ARN too.
    let by_arn = describe(&h, d["executionArn"].as_str().unwrap());
    assert_eq!(by_arn["id"], delivered.as_str());

    // The state machine retries the send with backoff (about 30 s at most), then fails.
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while status_in_emulator(&h, &failed).await == ExecutionStatus::Running {
        assert!(
            std::time::Instant::now() < deadline,
            "the failed send never ended"
        );
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
    let f = describe(&h, &failed);
    assert_eq!(f["status"], "failed");
    assert_eq!(f["error"], "sqsdelay.NotDelivered");
    let cause = f["cause"].as_str().unwrap();
    assert!(
        cause.contains("message not delivered to") && cause.contains(&doomed),
        "{cause}"
    );
    assert_eq!(ids(&list(&h, &["--status", "failed"])), [failed.as_str()]);
    let text = stdout(&h.cmd().args(["describe", &failed]).output().unwrap());
    assert!(
        text.contains("failed at") && text.contains("sqsdelay.NotDelivered"),
        "{text}"
    );
}

#[tokio::test]
async fn rerunning_schedule_with_the_same_id_never_delivers_twice() {
    let h = Harness::new("idem").await;
    h.setup();
    let q = h.queue("idem").await;
    let at = (jiff::Timestamp::now() + jiff::SignedDuration::from_secs(3))
        .strftime("%Y-%m-%dT%H:%M:%SZ")
        .to_string();
    let args = [
        "schedule",
        "--queue",
        &q,
        "--id",
        "invoice-7",
        "--at",
        &at,
        "--body",
        "paid",
    ];
    let first = h.cmd().args(args).output().unwrap();
    assert!(first.status.success(), "{}", stderr(&first));

    let again = h.cmd().args(args).output().unwrap();
    assert_eq!(again.status.code(), Some(ALREADY_SCHEDULED));
    assert!(
        stderr(&again).contains("already scheduled with this message"),
        "{}",
        stderr(&again)
    );

    let mut different = args.to_vec();
    *different.last_mut().unwrap() = "refunded";
    let conflict = h.cmd().args(&different).output().unwrap();
    assert_eq!(conflict.status.code(), Some(CONFLICT));
    assert!(
        stderr(&conflict).contains("different message"),
        "{}",
        stderr(&conflict)
    );
    assert_eq!(h.executions().await.len(), 1);

    h.receive(&q, Duration::from_secs(9))
        .await
        .expect("not delivered");
    tokio::time::sleep(Duration::from_secs(1)).await;
    let delivered = h.cmd().args(args).output().unwrap();
    assert_eq!(delivered.status.code(), Some(ALREADY_FINISHED));
    assert!(
        stderr(&delivered).contains("already delivered"),
        "{}",
        stderr(&delivered)
    );
    assert_eq!(h.executions().await.len(), 1);
    assert!(
        h.receive(&q, Duration::from_secs(2)).await.is_none(),
        "delivered twice"
    );
}

#[tokio::test]
async fn unknown_ids_are_not_found() {
    let h = Harness::new("unknown").await;
    h.setup();
    let out = h
        .cmd()
        .args(["describe", "20261201T090000Z_nothing"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr(&out).contains("no scheduled message 20261201T090000Z_nothing"));
    let bad = h.cmd().args(["cancel", "not-an-id"]).output().unwrap();
    assert_eq!(bad.status.code(), Some(2));
}
