//! A scheduled message really arrives in the emulator's queue, intact, and not before it is due.

mod common;

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use common::{Harness, stdout};

fn due_of(json: &serde_json::Value) -> SystemTime {
    let due: jiff::Timestamp = json["dueAt"].as_str().unwrap().parse().unwrap();
    UNIX_EPOCH + Duration::from_secs(due.as_second() as u64)
}

#[tokio::test]
async fn a_standard_message_arrives_on_time_with_its_body_and_attributes() {
    let h = Harness::new("deliver").await;
    h.setup();
    let queue = h.queue("deliver").await;
    let body = "{\"order\": 42, \"note\": \"héllo ✓\"}\nsecond line";
    let out = h
        .cmd()
        .args([
            "schedule", "--queue", &queue, "--in", "3s", "--body", body, "--output", "json",
        ])
        .args([
            "--attr",
            "kind=reminder",
            "--attr",
            "count:Number=7",
            "--attr",
            "meta:String.json={\"a\":1}",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let printed: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(printed["queueUrl"], queue.as_str());
    assert!(
        printed["executionArn"]
            .as_str()
            .unwrap()
            .ends_with(printed["id"].as_str().unwrap())
    );
    let due = due_of(&printed);

    // Nothing may arrive before the due time (the emulator may fire up to 1 s early).
    let early = h
        .receive(
            &queue,
            due.duration_since(SystemTime::now())
                .unwrap_or_default()
                .saturating_sub(Duration::from_millis(1200)),
        )
        .await;
    assert!(early.is_none(), "the message arrived before it was due");

    let (message, received) = h
        .receive(&queue, Duration::from_secs(10))
        .await
        .expect("the message never arrived");
    assert!(received + Duration::from_secs(1) >= due, "arrived early");
    assert!(
        received <= due + Duration::from_secs(5),
        "arrived {:?} late",
        received.duration_since(due)
    );
    assert_eq!(message.body(), Some(body));
    let attrs = message.message_attributes().unwrap();
    assert_eq!(attrs.len(), 3);
    assert_eq!(attrs["kind"].string_value(), Some("reminder"));
    assert_eq!(attrs["kind"].data_type(), "String");
    assert_eq!(attrs["count"].string_value(), Some("7"));
    assert_eq!(attrs["count"].data_type(), "Number");
    assert_eq!(attrs["meta"].data_type(), "String.json");
    assert!(
        h.receive(&queue, Duration::from_secs(1)).await.is_none(),
        "delivered twice"
    );
}

#[tokio::test]
async fn a_fifo_message_arrives_with_its_group_id_and_a_body_from_stdin() {
    let h = Harness::new("fifo").await;
    h.setup();
    let queue = h.queue("fifo.fifo").await;
    let out = h
        .cmd()
        .args([
            "schedule",
            "--queue",
            &queue,
            "--in",
            "2s",
            "--group-id",
            "customer-7",
            "--quiet",
        ])
        .write_stdin("from stdin")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let id = stdout(&out).trim().to_string();
    assert!(id.contains('_'), "--quiet prints the id alone: {id:?}");

    let (message, _) = h
        .receive(&queue, Duration::from_secs(10))
        .await
        .expect("the message never arrived");
    assert_eq!(message.body(), Some("from stdin"));
    let system = message.attributes().unwrap();
    use aws_sdk_sqs::types::MessageSystemAttributeName as A;
    assert_eq!(system[&A::MessageGroupId], "customer-7");
    assert_eq!(
        system[&A::MessageDeduplicationId],
        id,
        "the schedule id deduplicates retried sends"
    );
}

#[tokio::test]
async fn a_queue_given_by_name_is_resolved_and_the_default_delay_is_two_hours() {
    let h = Harness::new("byname").await;
    h.setup();
    let queue = h.queue("byname").await;
    let name = queue.rsplit('/').next().unwrap();
    let before = jiff::Timestamp::now();
    let out = h
        .cmd()
        .args([
            "schedule", "--queue", name, "--body", "x", "--output", "json",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let printed: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(printed["queueUrl"], queue.as_str());
    let due: jiff::Timestamp = printed["dueAt"].as_str().unwrap().parse().unwrap();
    let delay = due.as_second() - before.as_second();
    assert!((7200..=7202).contains(&delay), "default delay was {delay}s");
    let executions = h.executions().await;
    assert_eq!(executions.len(), 1);
    assert_eq!(executions[0].0, printed["id"].as_str().unwrap());
}
