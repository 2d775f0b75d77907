//! `sqsdelay schedule --batch FILE`: every line of a JSON Lines file, streamed, concurrently,
//! paced under the StartExecution quota. One JSON result per line on stdout, a summary on
//! stderr. Lines are idempotent by id (derived from the line when not given), so re-running a
//! file after an interruption schedules only what is missing.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use indicatif::ProgressStyle;
use jiff::Timestamp;
use serde::Serialize;
use tokio::io::{AsyncBufRead, BufReader};

use crate::aws::Aws;
use crate::batch::{ReadLine, next_line, parse_line};
use crate::cli::Bulk;
use crate::commands::schedule::{Machines, Queues, Scheduled, Submitted, submit};
use crate::context::Context;
use crate::engine::Pool;
use crate::error::{Error, Result};
use crate::limits::start_quota;
use crate::schedule::{ScheduleId, Status, prepare};
use crate::when::rfc3339;

/// What happened to one line.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct LineResult {
    line: usize,
    /// `scheduled`, `exists` (already scheduled or finished under this id: not started again),
    /// `valid` (with --check), or `error`.
    result: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    due_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    status: Option<Status>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
    /// For errors: the exit code the single `schedule` command would give.
    #[serde(skip_serializing_if = "Option::is_none")]
    exit_code: Option<u8>,
}

impl LineResult {
    fn scheduled(line: usize, s: Scheduled) -> Self {
        LineResult {
            line,
            result: "scheduled",
            id: Some(s.id),
            due_at: Some(s.due_at),
            status: None,
            error: None,
            exit_code: None,
        }
    }

    fn valid(line: usize, id: &ScheduleId) -> Self {
        let (id, due_at) = (Some(id.name()), Some(rfc3339(id.due)));
        LineResult {
            line,
            result: "valid",
            id,
            due_at,
            status: None,
            error: None,
            exit_code: None,
        }
    }

    fn exists(line: usize, id: String, status: Status) -> Self {
        LineResult {
            line,
            result: "exists",
            id: Some(id),
            due_at: None,
            status: Some(status),
            error: None,
            exit_code: None,
        }
    }

    fn error(line: usize, e: Error) -> Self {
        let exit_code = Some(e.exit_code());
        LineResult {
            line,
            result: "error",
            id: None,
            due_at: None,
            status: None,
            error: Some(e.to_string()),
            exit_code,
        }
    }

    fn from_submit(line: usize, outcome: Result<Submitted>) -> Self {
        match outcome {
            Ok(Submitted::Started(s)) => Self::scheduled(line, s),
            Ok(Submitted::Exists {
                id,
                status,
                same_message: true,
                ..
            }) => Self::exists(line, id, status),
            Ok(Submitted::Exists { id, .. }) => Self::error(
                line,
                Error::Conflict(format!(
                    "{id} is already scheduled with a different message: choose another id"
                )),
            ),
            Err(e) => Self::error(line, e),
        }
    }
}

#[derive(Default)]
struct Summary {
    scheduled: usize,
    exists: usize,
    failed: usize,
}

impl Summary {
    fn add(&mut self, result: &LineResult) {
        match result.result {
            "scheduled" | "valid" => self.scheduled += 1,
            "exists" => self.exists += 1,
            _ => self.failed += 1,
        }
    }

    fn text(&self) -> String {
        format!(
            "scheduled {}, already scheduled {}, failed {}",
            self.scheduled, self.exists, self.failed
        )
    }
}

/// Reads and checks every line, and unless `check` schedules it.
pub async fn run(ctx: &Context, file: &Path, check: bool, bulk: &Bulk) -> Result<()> {
    let mut reader: Box<dyn AsyncBufRead + Unpin + Send> = if file == Path::new("-") {
        Box::new(BufReader::new(tokio::io::stdin()))
    } else {
        let opened = tokio::fs::File::open(file)
            .await
            .map_err(|e| Error::Invalid(format!("--batch {}: {e}", file.display())))?;
        Box::new(BufReader::new(opened))
    };
    let region = ctx.region().await?;
    let mut target = match check {
        true => None,
        false => Some(Target::connect(ctx, &region, bulk).await?),
    };

    let progress = ctx.printer.progress(None);
    progress.set_style(
        ProgressStyle::with_template("{spinner} {pos} lines {per_sec} {msg}")
            .expect("valid template"),
    );
    let mut summary = Summary::default();
    let report = |result: LineResult, summary: &mut Summary| {
        summary.add(&result);
        progress.inc(1);
        progress.set_message(summary.text());
        progress.suspend(|| {
            println!(
                "{}",
                serde_json::to_string(&result).expect("results serialise")
            )
        });
    };

    let interrupt = tokio::signal::ctrl_c();
    tokio::pin!(interrupt);
    let mut interrupted = false;
    let mut number = 0usize;
    loop {
        let line = tokio::select! {
            biased;
            _ = &mut interrupt => { interrupted = true; break; }
            line = next_line(&mut reader) => line,
        };
        let line = line.map_err(|e| Error::Invalid(format!("--batch {}: {e}", file.display())))?;
        let Some(line) = line else { break };
        number += 1;
        let text = match line {
            ReadLine::Text(text) if text.trim().is_empty() => continue,
            ReadLine::Text(text) => text,
            ReadLine::TooLong(n) => {
                let e = format!(
                    "the line is {n} bytes, more than any message that fits the 256 KiB input limit"
                );
                report(LineResult::error(number, Error::Invalid(e)), &mut summary);
                continue;
            }
            ReadLine::NotUtf8 => {
                report(
                    LineResult::error(number, Error::Invalid("the line is not UTF-8".into())),
                    &mut summary,
                );
                continue;
            }
        };
        let prepared =
            parse_line(number, &text).and_then(|r| prepare(r, Timestamp::now(), &region));
        let prepared = match prepared {
            Ok(p) => p,
            Err(e) => {
                report(LineResult::error(number, Error::Invalid(e)), &mut summary);
                continue;
            }
        };
        let Some(target) = target.as_mut() else {
            report(LineResult::valid(number, &prepared.id), &mut summary);
            continue;
        };
        if let Some((name, status)) = target.existing.get(&prepared.id.key) {
            report(
                LineResult::exists(number, name.clone(), *status),
                &mut summary,
            );
            continue;
        }
        // The scan of existing keys stands in for the per-line DescribeExecution that a keyed
        // `schedule` makes: one request per line instead of two. A run racing this one is
        // still caught by StartExecution's own name check.
        let mut prepared = prepared;
        prepared.keyed = false;
        let aws = target.aws.clone();
        let (machines, queues) = (target.machines.clone(), target.queues.clone());
        let job = async move {
            LineResult::from_submit(number, submit(&aws, &machines, &queues, prepared).await)
        };
        for result in target.pool.spawn(job).await {
            report(result, &mut summary);
        }
    }
    if let Some(target) = target {
        for result in target.pool.finish().await {
            report(result, &mut summary);
        }
    }
    progress.finish_and_clear();

    let total = summary.scheduled + summary.exists + summary.failed;
    if interrupted {
        return Err(Error::Interrupted(format!(
            "interrupted after {total} lines: {}; run the same command again to schedule the rest",
            summary.text()
        )));
    }
    let summary_text = match check {
        true => format!("valid {}, invalid {}", summary.scheduled, summary.failed),
        false => summary.text(),
    };
    ctx.printer
        .status(format_args!("{total} lines: {summary_text}"));
    if summary.failed > 0 {
        return Err(Error::Partial(format!(
            "{} of {total} lines failed: see the \"error\" results on stdout",
            summary.failed
        )));
    }
    Ok(())
}

/// Where lines are scheduled, and what is already there.
struct Target {
    aws: Aws,
    machines: Machines,
    queues: Arc<Queues>,
    existing: HashMap<String, (String, Status)>,
    pool: Pool<LineResult>,
}

impl Target {
    async fn connect(ctx: &Context, region: &str, bulk: &Bulk) -> Result<Self> {
        let aws = ctx.aws().await?.clone();
        let machines = Machines::of(ctx).await?;
        let existing = existing_keys(&aws, &machines).await?;
        ctx.printer
            .verbose(format_args!("{} executions already exist", existing.len()));
        let pool = Pool::under(start_quota(region), bulk.rate, bulk.concurrency);
        Ok(Target {
            aws,
            machines,
            queues: Arc::default(),
            existing,
            pool,
        })
    }
}

/// The keys of every execution on both machines (one ListExecutions request per 1,000), so a
/// re-run recognises lines already scheduled even when their due time was relative (`in`).
async fn existing_keys(
    aws: &Aws,
    machines: &Machines,
) -> Result<HashMap<String, (String, Status)>> {
    let mut keys = HashMap::new();
    aws.each_execution([&machines.standard, &machines.fifo], None, |item| {
        if let Some(id) = ScheduleId::parse(&item.name) {
            keys.insert(id.key, (item.name, item.status));
        }
    })
    .await?;
    Ok(keys)
}
