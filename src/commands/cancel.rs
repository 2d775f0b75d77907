//! `sqsdelay cancel`: stop pending executions so their messages are never sent.

use std::io::{BufRead, IsTerminal, Write};

use serde::Serialize;

use crate::aws::Aws;
use crate::cli::{Bulk, CancelArgs, Output};
use crate::commands::{find, list::matching};
use crate::context::Context;
use crate::engine::Pool;
use crate::error::{Error, Result};
use crate::limits::stop_quota;
use crate::listing::Row;
use crate::schedule::Status;

/// Recorded as the error of a cancelled execution.
pub const CANCEL_ERROR: &str = "sqsdelay.Cancelled";

#[derive(Serialize)]
struct Cancelled {
    id: String,
    /// `cancelled`, `not pending` (delivered, cancelled or failed before), `not found`, or the error.
    result: String,
}

pub async fn run(ctx: &Context, args: CancelArgs) -> Result<()> {
    let f = &args.filters;
    if !args.all
        && (f.due_before.is_some()
            || f.due_after.is_some()
            || f.queue.is_some()
            || f.limit.is_some())
    {
        return Err(Error::Invalid(
            "filters apply to `cancel --all` only: add --all, or give ids alone".into(),
        ));
    }
    if args.all {
        return cancel_all(ctx, &args).await;
    }
    let aws = ctx.aws().await?;
    let mut results = Vec::new();
    let mut worst: Option<Error> = None;
    for id in &args.ids {
        let outcome = match find(ctx, id).await {
            Ok((_, execution)) if execution.status == Status::Pending => {
                stop_and_confirm(aws, &execution.arn, &args.reason).await
            }
            Ok((_, execution)) => Err(already(id, execution.status)),
            Err(e) => Err(e),
        };
        let result = match outcome {
            Ok(()) => {
                if ctx.printer.format == Output::Table {
                    println!("cancelled {id}");
                }
                "cancelled".to_string()
            }
            Err(e) => {
                if ctx.printer.format == Output::Table {
                    eprintln!("error: {e}");
                }
                let result = match &e {
                    Error::NotFound(_) => "not found".to_string(),
                    Error::AlreadyFinished(_) => "not pending".to_string(),
                    other => format!("error: {other}"),
                };
                // The most serious failure decides the exit code.
                if worst.as_ref().is_none_or(|w| rank(w) < rank(&e)) {
                    worst = Some(e);
                }
                result
            }
        };
        results.push(Cancelled {
            id: id.clone(),
            result,
        });
    }
    if ctx.printer.format == Output::Json {
        ctx.printer.json(&results);
    }
    match worst {
        // Each failure was printed with its id; only the exit code is left to give.
        Some(e) => Err(Error::Reported(e.exit_code())),
        None => Ok(()),
    }
}

/// Any other error outranks "not found", which outranks "already finished".
fn rank(e: &Error) -> u8 {
    match e {
        Error::AlreadyFinished(_) => 0,
        Error::NotFound(_) => 1,
        _ => 2,
    }
}

fn already(id: &str, status: Status) -> Error {
    Error::AlreadyFinished(format!(
        "{id} was not pending, nothing changed: it was already {}",
        status.word()
    ))
}

/// Stops the execution, then checks what really happened: a message delivered a moment before
/// the stop was not cancelled, whatever StopExecution answered.
pub async fn stop_and_confirm(aws: &Aws, arn: &str, reason: &str) -> Result<()> {
    aws.stop_execution(arn, CANCEL_ERROR, reason).await?;
    let id = arn.rsplit(':').next().unwrap_or(arn);
    match aws.describe_execution(arn).await? {
        Some(e) if e.status == Status::Cancelled => Ok(()),
        Some(e) => Err(already(id, e.status)),
        None => Err(Error::NotFound(format!("no scheduled message {id}"))),
    }
}

async fn cancel_all(ctx: &Context, args: &CancelArgs) -> Result<()> {
    let rows = matching(ctx, Some(Status::Pending), &args.filters).await?;
    if rows.is_empty() {
        ctx.printer
            .status("no pending message matches: nothing cancelled");
        return finish(ctx, 0, 0);
    }
    let count = rows.len();
    confirm(
        args.yes,
        &format!("cancel {count} pending message{}", plural(count)),
    )?;
    let (cancelled, missed) = stop_all(ctx, rows, &args.reason, &args.bulk).await?;
    finish(ctx, cancelled, missed)
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Asks "`question`? [y/N]" on a terminal; elsewhere only `--yes` confirms.
pub fn confirm(yes: bool, question: &str) -> Result<()> {
    if yes {
        return Ok(());
    }
    if !std::io::stdin().is_terminal() {
        return Err(Error::Invalid(format!(
            "refusing to {question} without confirmation: add --yes"
        )));
    }
    eprint!("{question}? [y/N] ");
    std::io::stderr().flush().ok();
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer).ok();
    match answer.trim() {
        "y" | "Y" | "yes" => Ok(()),
        _ => Err(Error::Invalid("not confirmed: nothing was changed".into())),
    }
}

/// Stops every execution of `rows` under the StopExecution quota; returns how many were
/// cancelled and how many had finished first.
pub async fn stop_all(
    ctx: &Context,
    rows: Vec<Row>,
    reason: &str,
    bulk: &Bulk,
) -> Result<(usize, usize)> {
    let aws = ctx.aws().await?.clone();
    let mut pool = Pool::under(stop_quota(&aws.region), bulk.rate, bulk.concurrency);
    let progress = ctx.printer.progress(Some(rows.len() as u64));
    let (mut cancelled, mut missed) = (0usize, 0usize);
    let mut tally = |result: Result<()>| -> Result<()> {
        progress.inc(1);
        match result {
            Ok(()) => cancelled += 1,
            Err(Error::AlreadyFinished(_)) => missed += 1,
            Err(e) => return Err(e),
        }
        Ok(())
    };
    for row in rows {
        let (aws, reason) = (aws.clone(), reason.to_string());
        for result in pool
            .spawn(async move { stop_and_confirm(&aws, &row.arn, &reason).await })
            .await
        {
            tally(result)?;
        }
    }
    for result in pool.finish().await {
        tally(result)?;
    }
    progress.finish_and_clear();
    Ok((cancelled, missed))
}

fn finish(ctx: &Context, cancelled: usize, missed: usize) -> Result<()> {
    match ctx.printer.format {
        Output::Json => ctx
            .printer
            .json(&serde_json::json!({"cancelled": cancelled, "alreadyFinished": missed})),
        Output::Table => {
            println!(
                "cancelled {cancelled} message{}",
                if cancelled == 1 { "" } else { "s" }
            );
            if missed > 0 {
                println!("{missed} were delivered before they could be cancelled");
            }
        }
    }
    Ok(())
}
