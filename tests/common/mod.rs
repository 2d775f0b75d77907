//! The harness: every end-to-end test talks to the real local emulator started by
//! `scripts/test`, through the real binary. Each test gets its own state machine name and
//! queues, so tests run in parallel without seeing each other's executions.
#![allow(dead_code)] // each test binary uses a different part of the harness

use std::time::{Duration, SystemTime};

use assert_cmd::Command;
use aws_config::{BehaviorVersion, Region};
use aws_sdk_sfn::types::ExecutionStatus;

pub const REGION: &str = "us-east-1";

pub fn endpoint() -> String {
    std::env::var("SQSDELAY_TEST_ENDPOINT")
        .expect("SQSDELAY_TEST_ENDPOINT is not set: run the tests with scripts/test, which starts the emulator")
}

/// A name no other test uses.
pub fn unique(prefix: &str) -> String {
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    format!("{prefix}-{}-{nanos:08x}", std::process::id())
}

pub struct Harness {
    pub endpoint: String,
    pub machine: String,
    pub sqs: aws_sdk_sqs::Client,
    pub sfn: aws_sdk_sfn::Client,
    pub iam: aws_sdk_iam::Client,
}

impl Harness {
    pub async fn new(test: &str) -> Self {
        let endpoint = endpoint();
        let config = aws_config::defaults(BehaviorVersion::latest())
            .region(Region::new(REGION))
            .endpoint_url(&endpoint)
            .credentials_provider(aws_sdk_sqs::config::Credentials::new(
                "testing", "testing", None, None, "test",
            ))
            .load()
            .await;
        Harness {
            endpoint,
            machine: unique(test),
            sqs: aws_sdk_sqs::Client::new(&config),
            sfn: aws_sdk_sfn::Client::new(&config),
            iam: aws_sdk_iam::Client::new(&config),
        }
    }

    /// The real binary, configured for the emulator and nothing else.
    pub fn cmd(&self) -> Command {
        let mut cmd = Command::from_std(self.std_cmd());
        cmd.timeout(Duration::from_secs(60));
        cmd
    }

    /// The same, as a plain process (to spawn and kill).
    pub fn std_cmd(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("sqsdelay"));
        for var in [
            "AWS_PROFILE",
            "AWS_DEFAULT_REGION",
            "AWS_ENDPOINT_URL_SFN",
            "AWS_ENDPOINT_URL_SQS",
            "AWS_SESSION_TOKEN",
        ] {
            cmd.env_remove(var);
        }
        cmd.env("AWS_CONFIG_FILE", "/nonexistent")
            .env("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent")
            .env("AWS_EC2_METADATA_DISABLED", "true")
            .env("AWS_ACCESS_KEY_ID", "testing")
            .env("AWS_SECRET_ACCESS_KEY", "testing")
            .env("AWS_REGION", REGION)
            .env("AWS_ENDPOINT_URL", &self.endpoint)
            .env("SQSDELAY_STATE_MACHINE", &self.machine)
            .env("NO_COLOR", "1")
            .env(
                "XDG_CACHE_HOME",
                concat!(env!("CARGO_TARGET_TMPDIR"), "/cache"),
            );
        cmd
    }

    /// Runs `sqsdelay setup` and checks it succeeded.
    pub fn setup(&self) {
        self.cmd().arg("setup").assert().success();
    }

    pub async fn queue(&self, name: &str) -> String {
        let fifo = name.ends_with(".fifo");
        let stem = name.trim_end_matches(".fifo");
        let mut req = self.sqs.create_queue().queue_name(format!(
            "{}{}",
            unique(stem),
            if fifo { ".fifo" } else { "" }
        ));
        if fifo {
            req = req.attributes(aws_sdk_sqs::types::QueueAttributeName::FifoQueue, "true");
        }
        req.send().await.unwrap().queue_url().unwrap().to_string()
    }

    /// Waits up to `within` for one message, returning it with the time it was received.
    pub async fn receive(
        &self,
        queue_url: &str,
        within: Duration,
    ) -> Option<(aws_sdk_sqs::types::Message, SystemTime)> {
        let deadline = SystemTime::now() + within;
        while SystemTime::now() < deadline {
            let out = self
                .sqs
                .receive_message()
                .queue_url(queue_url)
                .max_number_of_messages(10)
                .message_attribute_names("All")
                .message_system_attribute_names(aws_sdk_sqs::types::MessageSystemAttributeName::All)
                .send()
                .await
                .unwrap();
            if let Some(message) = out.messages.unwrap_or_default().into_iter().next() {
                return Some((message, SystemTime::now()));
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        None
    }

    /// Every execution of this test's two state machines, straight from the emulator.
    pub async fn executions(&self) -> Vec<(String, ExecutionStatus)> {
        let mut all = Vec::new();
        for suffix in ["", "-fifo"] {
            let arn = format!(
                "arn:aws:states:{REGION}:123456789012:stateMachine:{}{suffix}",
                self.machine
            );
            let pages = self
                .sfn
                .list_executions()
                .state_machine_arn(arn)
                .into_paginator()
                .send();
            let items: Vec<_> = match pages.collect::<Result<Vec<_>, _>>().await {
                Ok(pages) => pages.into_iter().flat_map(|p| p.executions).collect(),
                Err(_) => continue, // the machine does not exist
            };
            all.extend(items.into_iter().map(|e| (e.name, e.status)));
        }
        all
    }
}

/// stdout of a finished command as text.
pub fn stdout(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The fault-injecting proxy of `tests/support/proxy.py`, between sqsdelay and the emulator.
pub struct Proxy {
    child: std::process::Child,
    pub url: String,
}

impl Proxy {
    pub fn start(upstream: &str) -> Proxy {
        let dir = std::env::temp_dir().join(unique("proxy"));
        std::fs::create_dir_all(&dir).unwrap();
        let port_file = dir.join("port");
        let root = env!("CARGO_MANIFEST_DIR");
        let child = std::process::Command::new(format!("{root}/.venv/bin/python"))
            .arg(format!("{root}/tests/support/proxy.py"))
            .arg(upstream)
            .arg(&port_file)
            .spawn()
            .expect("python from .venv (run scripts/test)");
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        let port = loop {
            if let Ok(port) = std::fs::read_to_string(&port_file) {
                if !port.is_empty() {
                    break port;
                }
            }
            assert!(
                std::time::Instant::now() < deadline,
                "the proxy did not start"
            );
            std::thread::sleep(Duration::from_millis(20));
        };
        Proxy {
            child,
            url: format!("http://127.0.0.1:{port}"),
        }
    }

    fn control(&self, path: &str, body: &str) -> String {
        use std::io::{Read, Write};
        let mut stream =
            std::net::TcpStream::connect(self.url.trim_start_matches("http://")).unwrap();
        write!(
            stream,
            "POST {path} HTTP/1.1\r\nHost: proxy\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        )
        .unwrap();
        let mut response = String::new();
        stream.read_to_string(&mut response).unwrap();
        response
            .split("\r\n\r\n")
            .nth(1)
            .unwrap_or_default()
            .to_string()
    }

    /// Sets the faults (see tests/support/proxy.py), replacing the previous ones.
    pub fn faults(&self, faults: serde_json::Value) {
        self.control("/__faults", &faults.to_string());
    }

    /// Requests seen, by AWS action.
    pub fn counts(&self) -> std::collections::HashMap<String, u64> {
        serde_json::from_str(&self.control("/__counts", "")).unwrap()
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
