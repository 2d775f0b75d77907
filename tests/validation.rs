//! Bad input gets one clear line, the documented exit code, and no execution.

mod common;

use common::{Harness, stderr};

const INVALID: i32 = 2;
const NOT_FOUND: i32 = 3;
const NOT_SET_UP: i32 = 4;
const CONFIG: i32 = 9;
const UNREACHABLE: i32 = 8;

struct Case {
    args: Vec<String>,
    stdin: Option<Vec<u8>>,
    code: i32,
    says: &'static str,
}

fn case<S: AsRef<str>>(args: &[S], code: i32, says: &'static str) -> Case {
    Case {
        args: args.iter().map(|a| a.as_ref().to_string()).collect(),
        stdin: None,
        code,
        says,
    }
}

fn check(h: &Harness, case: &Case) {
    let mut cmd = h.cmd();
    cmd.args(&case.args);
    cmd.write_stdin(case.stdin.clone().unwrap_or_default());
    let out = cmd.output().unwrap();
    let err = stderr(&out);
    assert_eq!(
        out.status.code(),
        Some(case.code),
        "{:?}: exit code, stderr: {err}",
        case.args
    );
    assert!(
        err.contains(case.says),
        "{:?}: expected {:?} in {err:?}",
        case.args,
        case.says
    );
    assert!(
        out.stdout.is_empty(),
        "{:?}: printed data on failure",
        case.args
    );
    assert_eq!(
        err.trim_end().lines().count(),
        1,
        "{:?}: one line, got {err:?}",
        case.args
    );
}

#[tokio::test]
async fn every_validation_rule_refuses_with_a_clear_error_and_starts_nothing() {
    let h = Harness::new("invalid").await;
    h.setup();
    let q = h.queue("invalid").await;
    let fifo = h.queue("invalid.fifo").await;
    let dir = std::env::temp_dir().join(common::unique("bodies"));
    std::fs::create_dir_all(&dir).unwrap();
    let big = dir.join("big.txt");
    std::fs::write(&big, "x".repeat(256 * 1024)).unwrap();
    let binary = dir.join("binary.bin");
    std::fs::write(&binary, [0x68, 0x69, 0xff, 0xfe]).unwrap();
    let (big, binary) = (big.to_str().unwrap(), binary.to_str().unwrap());
    let eleven: Vec<String> = (0..11)
        .flat_map(|i| ["--attr".to_string(), format!("a{i}=v")])
        .collect();
    let s = |extra: &[&str]| -> Vec<String> {
        let mut v: Vec<String> = ["schedule", "--queue", &q]
            .iter()
            .map(|a| a.to_string())
            .collect();
        v.extend(extra.iter().map(|a| a.to_string()));
        v
    };

    let mut cases = vec![
        case(
            &["schedule", "--queue", &q, "--in", "0s", "--body", "x"],
            INVALID,
            "positive",
        ),
        case(
            &["schedule", "--queue", &q, "--in", "-5m", "--body", "x"],
            INVALID,
            "is negative",
        ),
        case(
            &["schedule", "--queue", &q, "--in", "soon", "--body", "x"],
            INVALID,
            "write it like 90s",
        ),
        case(
            &["schedule", "--queue", &q, "--in", "366d", "--body", "x"],
            INVALID,
            "1 year limit",
        ),
        case(
            &[
                "schedule",
                "--queue",
                &q,
                "--at",
                "2020-01-01T00:00:00Z",
                "--body",
                "x",
            ],
            INVALID,
            "in the past",
        ),
        case(
            &[
                "schedule",
                "--queue",
                &q,
                "--at",
                "2099-01-01T00:00:00Z",
                "--body",
                "x",
            ],
            INVALID,
            "1 year limit",
        ),
        case(
            &["schedule", "--queue", &q, "--at", "tomorrow", "--body", "x"],
            INVALID,
            "RFC 3339",
        ),
        case(
            &[
                "schedule",
                "--queue",
                &q,
                "--at",
                "2026-12-01T09:00:00",
                "--body",
                "x",
            ],
            INVALID,
            "RFC 3339",
        ),
        case(
            &[
                "schedule",
                "--queue",
                &q,
                "--in",
                "1h",
                "--at",
                "2026-12-01T09:00:00Z",
                "--body",
                "x",
            ],
            INVALID,
            "cannot be used with",
        ),
        case(
            &["schedule", "--queue", &q, "--in", "1h", "--body", ""],
            INVALID,
            "body is empty",
        ),
        case(
            &[
                "schedule",
                "--queue",
                &q,
                "--in",
                "1h",
                "--body",
                "bell\u{7}",
            ],
            INVALID,
            "SQS does not allow",
        ),
        case(
            &["schedule", "--queue", &q, "--in", "1h", "--body-file", big],
            INVALID,
            "262144-byte Step Functions input limit",
        ),
        case(
            &[
                "schedule",
                "--queue",
                &q,
                "--in",
                "1h",
                "--body-file",
                binary,
            ],
            INVALID,
            "not UTF-8",
        ),
        case(
            &[
                "schedule",
                "--queue",
                &q,
                "--in",
                "1h",
                "--body-file",
                "/no/such/file",
            ],
            INVALID,
            "--body-file /no/such/file",
        ),
        case(
            &[
                "schedule", "--queue", &q, "--in", "1h", "--body", "x", "--attr", "novalue",
            ],
            INVALID,
            "has no '='",
        ),
        case(
            &[
                "schedule",
                "--queue",
                &q,
                "--in",
                "1h",
                "--body",
                "x",
                "--attr",
                "n:Number=abc",
            ],
            INVALID,
            "not a number",
        ),
        case(
            &[
                "schedule", "--queue", &q, "--in", "1h", "--body", "x", "--attr", "AWS.x=1",
            ],
            INVALID,
            "reserved",
        ),
        case(
            &["schedule", "--queue", &fifo, "--in", "1h", "--body", "x"],
            INVALID,
            "give --group-id",
        ),
        case(
            &[
                "schedule",
                "--queue",
                &q,
                "--in",
                "1h",
                "--body",
                "x",
                "--group-id",
                "g",
            ],
            INVALID,
            "FIFO queues",
        ),
        case(
            &[
                "schedule",
                "--queue",
                &q,
                "--in",
                "1h",
                "--body",
                "x",
                "--dedup-id",
                "d",
            ],
            INVALID,
            "SQS refuses it",
        ),
        case(
            &[
                "schedule",
                "--queue",
                &fifo,
                "--in",
                "1h",
                "--body",
                "x",
                "--group-id",
                "has space",
            ],
            INVALID,
            "--group-id",
        ),
        case(
            &[
                "schedule", "--queue", &q, "--in", "1h", "--body", "x", "--id", "no/slash",
            ],
            INVALID,
            "--id \"no/slash\"",
        ),
        case(
            &[
                "schedule",
                "--queue",
                &q,
                "--in",
                "1h",
                "--body",
                "x",
                "--id",
                &"k".repeat(64),
            ],
            INVALID,
            "1 to 63",
        ),
        case(
            &[
                "schedule", "--queue", "bad name", "--in", "1h", "--body", "x",
            ],
            INVALID,
            "queue name",
        ),
        case(
            &[
                "schedule",
                "--queue",
                "https://sqs.us-east-1.amazonaws.com/q",
                "--in",
                "1h",
                "--body",
                "x",
            ],
            INVALID,
            "not a queue URL",
        ),
        case(
            &[
                "schedule",
                "--queue",
                "no-such-queue-anywhere",
                "--in",
                "1h",
                "--body",
                "x",
            ],
            NOT_FOUND,
            "does not exist",
        ),
        case(
            &[
                "schedule",
                "--queue",
                &format!("{}-gone", q),
                "--in",
                "1h",
                "--body",
                "x",
            ],
            NOT_FOUND,
            "does not exist",
        ),
        case(
            &["setup", "--queue-arn", "orders"],
            INVALID,
            "not a sqs ARN",
        ),
        case(
            &["setup", "--role-arn", "my-role"],
            INVALID,
            "not an iam ARN",
        ),
        case(
            &["--state-machine", "has space", "setup"],
            INVALID,
            "--state-machine",
        ),
        case(
            &["schedule", "--queue", &q, "--output", "yaml", "--body", "x"],
            INVALID,
            "invalid value 'yaml'",
        ),
    ];
    let id = "20261201T090000Z_k";
    cases.extend([
        case(
            &s(&["--in", "1h", "--at", "x"]),
            INVALID,
            "cannot be used with",
        ),
        case(
            &s(&["--in", "5", "--body", "x"]),
            INVALID,
            "is not a duration",
        ),
        case(&s(&["--in", "1y", "--body", "x"]), INVALID, "1 year limit"),
        case(
            &s(&["--at", "2026-12-01T25:00:00Z", "--body", "x"]),
            INVALID,
            "RFC 3339",
        ),
        case(
            &s(&["--at", "2026-12-01T09:00:00[Europe/Paris]", "--body", "x"]),
            INVALID,
            "RFC 3339",
        ),
        case(
            &s(&["--in", "1h", "--body", "x", "--attr", "=v"]),
            INVALID,
            "attribute name",
        ),
        case(
            &s(&["--in", "1h", "--body", "x", "--attr", "b:Binary=!!!"]),
            INVALID,
            "base64",
        ),
        case(
            &s(&["--in", "1h", "--body", "x", "--attr", "a:Date=1"]),
            INVALID,
            "not String, Number or Binary",
        ),
        case(
            &s(&["--in", "1h", "--body", "x", "--attr", "a="]),
            INVALID,
            "value is empty",
        ),
        case(
            &[
                "schedule",
                "--queue",
                &fifo,
                "--in",
                "1h",
                "--body",
                "x",
                "--group-id",
                &"g".repeat(129),
            ],
            INVALID,
            "1 to 128",
        ),
        case(
            &[
                "schedule",
                "--queue",
                &fifo,
                "--in",
                "1h",
                "--body",
                "x",
                "--group-id",
                "g",
                "--dedup-id",
                "d d",
            ],
            INVALID,
            "--dedup-id",
        ),
        case(
            &[
                "schedule",
                "--queue",
                "q.fifo.fifo",
                "--in",
                "1h",
                "--body",
                "x",
            ],
            INVALID,
            "queue name",
        ),
        case(
            &[
                "schedule",
                "--queue",
                "http://h/1/2/q",
                "--in",
                "1h",
                "--body",
                "x",
            ],
            INVALID,
            "not a queue URL",
        ),
        case(
            &["schedule", "--in", "1h", "--body", "x"],
            INVALID,
            "--queue",
        ),
        case(
            &["schedule", "--queue", &q, "--batch", "-"],
            INVALID,
            "cannot be used with",
        ),
        case(
            &[
                "schedule", "--queue", &q, "--in", "1h", "--body", "x", "--check",
            ],
            INVALID,
            "--batch",
        ),
        case(
            &["schedule", "--batch", "/no/such/file.jsonl"],
            INVALID,
            "--batch /no/such/file.jsonl",
        ),
        case(
            &["list", "--due-before", "tomorrow"],
            INVALID,
            "--due-before \"tomorrow\"",
        ),
        case(&["list", "--status", "bogus"], INVALID, "possible values"),
        case(&["list", "--limit", "-1"], INVALID, "--limit"),
        case(&["list", "--queue", "bad name"], INVALID, "queue name"),
        case(&["describe", "not-an-id"], INVALID, "is not a schedule id"),
        case(
            &["describe", "20261301T000000Z_k"],
            INVALID,
            "is not a schedule id",
        ),
        case(
            &[
                "describe",
                "arn:aws:states:us-east-1:123456789012:execution:m:foreign",
            ],
            INVALID,
            "not an execution of sqsdelay",
        ),
        case(
            &["cancel", id, "--due-before", "1h"],
            INVALID,
            "filters apply to `cancel --all` only",
        ),
        case(&["cancel", "bad id"], INVALID, "is not a schedule id"),
        case(
            &["cancel", "--all", "--queue", "bad name", "--yes"],
            INVALID,
            "queue name",
        ),
        case(&["reschedule", id], INVALID, "--in"),
        case(&["reschedule", id, "--in", "0s"], INVALID, "positive"),
        case(
            &["reschedule", id, "--at", "2020-01-01T00:00:00Z"],
            INVALID,
            "in the past",
        ),
        case(
            &["reschedule", "nope", "--in", "1h"],
            INVALID,
            "is not a schedule id",
        ),
        case(
            &["setup", "--kms-key", "alias/mine"],
            INVALID,
            "not a kms ARN",
        ),
        case(
            &["setup", "--queue-arn", "arn:aws:sqs:us-east-1:12:q"],
            INVALID,
            "not a sqs ARN",
        ),
        case(
            &[
                "setup",
                "--role-arn",
                "arn:aws:iam::123456789012:role/r",
                "--queue-arn",
                "arn:aws:sqs:us-east-1:123456789012:q",
            ],
            INVALID,
            "cannot be used with",
        ),
        case(&["teardown", "--yes"], INVALID, "--force"),
        case(&["completions", "tcsh"], INVALID, "possible values"),
        case(
            &[
                "--state-machine",
                "arn:aws:sqs:us-east-1:123456789012:q",
                "list",
            ],
            INVALID,
            "not a state machine ARN",
        ),
        case(&["frobnicate"], INVALID, "unrecognized subcommand"),
    ]);
    cases.push(Case {
        stdin: Some(vec![]),
        ..case(&s(&["--in", "1h"]), INVALID, "body is empty")
    });
    cases.push(Case {
        stdin: Some(vec![0xc3, 0x28]),
        ..case(&s(&["--in", "1h"]), INVALID, "stdin is not UTF-8")
    });
    cases.push(case(
        &[s(&["--in", "1h", "--body", "x"]), eleven].concat(),
        INVALID,
        "at most 10",
    ));
    assert!(cases.len() >= 60, "{} cases", cases.len());
    for c in &cases {
        check(&h, c);
    }
    assert!(
        h.executions().await.is_empty(),
        "an invalid request started an execution"
    );
}

#[tokio::test]
async fn the_largest_body_that_fits_is_accepted() {
    let h = Harness::new("fits").await;
    h.setup();
    let q = h.queue("fits").await;
    // Find the limit the tool reports for this queue, then send exactly that much.
    let over = h
        .cmd()
        .args(["schedule", "--queue", &q, "--in", "1h"])
        .write_stdin("x".repeat(256 * 1024))
        .output()
        .unwrap();
    let err = stderr(&over);
    let max: usize = err
        .split("body at most about ")
        .nth(1)
        .unwrap()
        .split(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    h.cmd()
        .args(["schedule", "--queue", &q, "--in", "1h"])
        .write_stdin("x".repeat(max))
        .assert()
        .success();
    h.cmd()
        .args(["schedule", "--queue", &q, "--in", "1h"])
        .write_stdin("x".repeat(max + 1))
        .assert()
        .code(INVALID);
    assert_eq!(h.executions().await.len(), 1);
}

#[tokio::test]
async fn a_missing_state_machine_says_to_run_setup() {
    let h = Harness::new("nosetup").await;
    let q = h.queue("nosetup").await;
    check(
        &h,
        &case(
            &["schedule", "--queue", &q, "--in", "1h", "--body", "x"],
            NOT_SET_UP,
            "run `sqsdelay setup`",
        ),
    );
}

#[tokio::test]
async fn a_missing_region_fails_at_once() {
    let h = Harness::new("noregion").await;
    let started = std::time::Instant::now();
    let out = h
        .cmd()
        .env_remove("AWS_REGION")
        .args(["schedule", "--queue", "q", "--in", "1h", "--body", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(CONFIG));
    assert!(
        stderr(&out).contains("no AWS region: pass --region"),
        "{}",
        stderr(&out)
    );
    assert!(
        started.elapsed() < std::time::Duration::from_secs(5),
        "probed for a region"
    );
}

#[tokio::test]
async fn an_unreachable_endpoint_is_named() {
    let h = Harness::new("unreachable").await;
    let out = h
        .cmd()
        .args([
            "--endpoint-url",
            "http://127.0.0.1:9",
            "schedule",
            "--queue",
            "q",
            "--in",
            "1h",
            "--body",
            "x",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(UNREACHABLE), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("cannot reach http://127.0.0.1:9"),
        "{}",
        stderr(&out)
    );
}

/// Malformed batch lines: each is reported on its own result line with the reason, the batch
/// exits 10, and nothing is started.
#[tokio::test]
async fn malformed_batch_lines_are_reported_one_by_one_and_start_nothing() {
    let h = Harness::new("badbatch").await;
    h.setup();
    let q = h.queue("badbatch").await;
    let fifo = h.queue("badbatch.fifo").await;
    let big = "y".repeat(256 * 1024);
    let huge = "z".repeat(3 * 1024 * 1024);
    let lines: Vec<(Vec<u8>, &str)> = vec![
        (b"{not json".to_vec(), "not a valid message"),
        (b"[1, 2]".to_vec(), "not a valid message"),
        (format!(r#"{{"queue":"{q}","body":"x","when":"1h"}}"#).into_bytes(), "unknown field `when`"),
        (br#"{"body":"x"}"#.to_vec(), "missing field `queue`"),
        (format!(r#"{{"queue":"{q}"}}"#).into_bytes(), "\"body\" is missing"),
        (format!(r#"{{"queue":"{q}","body":""}}"#).into_bytes(), "body is empty"),
        (format!(r#"{{"queue":"{q}","body":"bell\u0007"}}"#).into_bytes(), "SQS does not allow"),
        (format!(r#"{{"queue":"{q}","body":"{big}"}}"#).into_bytes(), "input limit"),
        (format!(r#"{{"queue":"{q}","body":"{huge}"}}"#).into_bytes(), "more than any message"),
        (vec![b'{', 0xff, 0xfe, b'}'], "not UTF-8"),
        (format!(r#"{{"queue":"{q}","body":"x","in":"0s"}}"#).into_bytes(), "positive"),
        (format!(r#"{{"queue":"{q}","body":"x","at":"2026-12-01 9am"}}"#).into_bytes(), "RFC 3339"),
        (format!(r#"{{"queue":"{q}","body":"x","at":"2020-01-01T00:00:00Z"}}"#).into_bytes(), "in the past"),
        (format!(r#"{{"queue":"{q}","body":"x","id":"has/slash"}}"#).into_bytes(), "id \"has/slash\""),
        (format!(r#"{{"queue":"{fifo}","body":"x"}}"#).into_bytes(), "give --group-id"),
        (format!(r#"{{"queue":"{q}","body":"x","dedupId":"d"}}"#).into_bytes(), "--dedup-id"),
        (format!(r#"{{"queue":"{q}","body":"x","attributes":{{"AWS.x":"1"}}}}"#).into_bytes(), "reserved"),
        (format!(r#"{{"queue":"{q}","body":"x","attributes":{{"n":{{"type":"Number","value":"1e999"}}}}}}"#).into_bytes(), "not a number"),
        (br#"{"queue":"https://sqs.us-east-1.amazonaws.com/q","body":"x"}"#.to_vec(), "not a queue URL"),
        (format!(r#"{{"queue":"{q}-missing","body":"x"}}"#).into_bytes(), "does not exist"),
    ];
    let mut input = Vec::new();
    for (line, _) in &lines {
        input.extend_from_slice(line);
        input.push(b'\n');
    }
    let out = h
        .cmd()
        .args(["schedule", "--batch", "-"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(10), "{}", stderr(&out));
    let results: std::collections::HashMap<u64, serde_json::Value> =
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
            .map(|v| (v["line"].as_u64().unwrap(), v))
            .collect();
    for (i, (_, says)) in lines.iter().enumerate() {
        let r = &results[&(i as u64 + 1)];
        assert_eq!(r["result"], "error", "line {}: {r}", i + 1);
        let error = r["error"].as_str().unwrap();
        assert!(
            error.contains(says) && !error.contains('\n'),
            "line {}: expected {says:?} in {error:?}",
            i + 1
        );
    }
    assert!(
        h.executions().await.is_empty(),
        "a malformed line started an execution"
    );
}
