//! `schedule --batch`: every line scheduled exactly once, bad lines reported by number, and
//! re-runs (also after SIGKILL) that never duplicate. Counts come from the emulator directly.

mod common;

use std::collections::HashMap;
use std::time::Duration;

use common::{Harness, stderr, stdout};
use serde_json::Value;

fn results(out: &std::process::Output) -> HashMap<u64, Value> {
    stdout(out)
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .map(|v| (v["line"].as_u64().unwrap(), v))
        .collect()
}

fn lines(queue: &str, n: usize) -> String {
    (0..n)
        .map(|i| {
            let at = format!("2027-01-{:02}T{:02}:00:00Z", 1 + i % 28, i % 24);
            match i % 3 {
                0 => format!(r#"{{"queue":"{queue}","at":"{at}","body":"message {i}"}}"#),
                1 => format!(r#"{{"queue":"{queue}","in":"{}h","body":{{"n":{i}}},"attributes":{{"kind":"test"}}}}"#, 1 + i % 100),
                _ => format!(r#"{{"queue":"{queue}","in":"3d","body":"keyed {i}","id":"key-{i}"}}"#),
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

async fn running(h: &Harness) -> Vec<String> {
    let mut names: Vec<String> = h.executions().await.into_iter().map(|(n, _)| n).collect();
    names.sort();
    names
}

#[tokio::test]
async fn a_500_line_batch_yields_exactly_500_executions_and_a_rerun_adds_none() {
    let h = Harness::new("batch500").await;
    h.setup();
    let q = h.queue("batch500").await;
    let input = lines(&q, 500);
    let out = h
        .cmd()
        .args(["schedule", "--batch", "-"])
        .write_stdin(input.clone())
        .timeout(Duration::from_secs(300))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let first = results(&out);
    assert_eq!(first.len(), 500);
    assert!(
        first.values().all(|r| r["result"] == "scheduled"),
        "{}",
        stdout(&out)
    );
    assert!(
        stderr(&out).contains("scheduled 500, already scheduled 0, failed 0"),
        "{}",
        stderr(&out)
    );

    let names = running(&h).await;
    assert_eq!(names.len(), 500);
    // Due times are right: `at` lines exactly, and `in` lines relative to the run.
    assert_eq!(first[&1]["dueAt"], "2027-01-01T00:00:00Z");
    assert!(
        first[&1]["id"]
            .as_str()
            .unwrap()
            .starts_with("20270101T000000Z_")
    );
    assert_eq!(
        first[&3]["id"].as_str().unwrap().split('_').nth(1),
        Some("key-2")
    );
    let in_2h: jiff::Timestamp = first[&2]["dueAt"].as_str().unwrap().parse().unwrap();
    let expected = jiff::Timestamp::now().as_second() + 2 * 3600;
    assert!(
        (expected - 60..=expected).contains(&in_2h.as_second()),
        "{in_2h}"
    );

    let again = h
        .cmd()
        .args(["schedule", "--batch", "-"])
        .write_stdin(input)
        .timeout(Duration::from_secs(300))
        .output()
        .unwrap();
    assert!(again.status.success(), "{}", stderr(&again));
    let second = results(&again);
    assert_eq!(second.len(), 500);
    assert!(
        second
            .values()
            .all(|r| r["result"] == "exists" && r["status"] == "pending")
    );
    assert_eq!(
        running(&h).await,
        names,
        "the re-run duplicated or lost executions"
    );
}

#[tokio::test]
async fn bad_lines_are_reported_by_number_and_the_rest_are_scheduled() {
    let h = Harness::new("badlines").await;
    h.setup();
    let q = h.queue("badlines").await;
    let fifo = h.queue("badlines.fifo").await;
    let input = [
        format!(r#"{{"queue":"{q}","in":"1h","body":"ok 1"}}"#),
        "this is not json".to_string(),
        format!(r#"{{"queue":"{q}","in":"1h","body":"x","colour":"red"}}"#),
        String::new(),
        format!(r#"{{"queue":"{q}","in":"500d","body":"too far"}}"#),
        format!(r#"{{"queue":"{fifo}","in":"1h","body":"no group"}}"#),
        format!(r#"{{"queue":"{q}-missing","in":"1h","body":"no queue"}}"#),
        format!(
            r#"{{"queue":"{q}","in":"1h","body":"{}"}}"#,
            "x".repeat(300 * 1024)
        ),
        format!(r#"{{"queue":"{fifo}","in":"1h","body":"ok 2","groupId":"g"}}"#),
    ]
    .join("\n");
    let out = h
        .cmd()
        .args(["schedule", "--batch", "-"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(10), "{}", stderr(&out));
    let r = results(&out);
    assert_eq!(
        r.len(),
        8,
        "the blank line 4 gets no result: {}",
        stdout(&out)
    );
    for (line, says) in [
        (2, "not a valid message"),
        (3, "unknown field `colour`"),
        (5, "1 year limit"),
        (6, "give --group-id"),
        (7, "does not exist"),
        (8, "input limit"),
    ] {
        assert_eq!(r[&line]["result"], "error", "line {line}");
        assert!(
            r[&line]["error"].as_str().unwrap().contains(says),
            "line {line}: {}",
            r[&line]
        );
    }
    assert_eq!(r[&7]["exitCode"], 3);
    assert_eq!(r[&1]["result"], "scheduled");
    assert_eq!(r[&9]["result"], "scheduled");
    assert!(
        stderr(&out).contains("scheduled 2, already scheduled 0, failed 6"),
        "{}",
        stderr(&out)
    );
    assert_eq!(h.executions().await.len(), 2);
}

#[tokio::test]
async fn a_batch_killed_part_way_and_rerun_ends_with_one_execution_per_line() {
    let h = Harness::new("killed").await;
    h.setup();
    let q = h.queue("killed").await;
    let dir = std::env::temp_dir().join(common::unique("killed"));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("batch.jsonl");
    std::fs::write(&file, lines(&q, 300)).unwrap();

    // Slow the first run so that SIGKILL lands in the middle.
    let mut child = h
        .std_cmd()
        .args([
            "schedule",
            "--batch",
            file.to_str().unwrap(),
            "--rate",
            "60",
        ])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while h.executions().await.len() < 60 {
        assert!(
            std::time::Instant::now() < deadline,
            "the batch did not start"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let partial = h.executions().await.len();
    assert!(
        partial < 300,
        "killed too late to test anything ({partial})"
    );

    let out = h
        .cmd()
        .args(["schedule", "--batch", file.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let r = results(&out);
    let exists = r.values().filter(|v| v["result"] == "exists").count();
    assert!(
        exists >= partial,
        "{exists} lines recognised, {partial} were scheduled before the kill"
    );
    let names = running(&h).await;
    assert_eq!(names.len(), 300, "expected one execution per line");
    let keys: std::collections::HashSet<_> = names
        .iter()
        .map(|n| n.split('_').nth(1).unwrap().to_string())
        .collect();
    assert_eq!(keys.len(), 300, "a line was scheduled twice");
}

#[tokio::test]
async fn ctrl_c_finishes_the_requests_in_flight_reports_and_a_rerun_completes() {
    let h = Harness::new("sigint").await;
    h.setup();
    let q = h.queue("sigint").await;
    let dir = std::env::temp_dir().join(common::unique("sigint"));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("batch.jsonl");
    std::fs::write(&file, lines(&q, 200)).unwrap();

    let child = h
        .std_cmd()
        .args([
            "schedule",
            "--batch",
            file.to_str().unwrap(),
            "--rate",
            "20",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    tokio::time::sleep(Duration::from_secs(2)).await;
    // SAFETY: sending a signal to our own child process.
    unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(130), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("interrupted after"),
        "{}",
        stderr(&out)
    );
    let reported = results(&out);
    let started = h.executions().await.len();
    assert!(started < 200, "interrupted too late ({started})");
    assert_eq!(
        reported.len(),
        started,
        "every request in flight finished and was reported"
    );

    let rerun = h
        .cmd()
        .args(["schedule", "--batch", file.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(rerun.status.success(), "{}", stderr(&rerun));
    assert_eq!(h.executions().await.len(), 200);
}
