//! `sqsdelay schedule`: check the message, then start one execution that delivers it when due.

use std::io::{IsTerminal, Read};

use jiff::Timestamp;
use serde::Serialize;

use crate::cli::{Output, ScheduleArgs};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::provision::execution_arn;
use crate::queue::QueueRef;
use crate::schedule::{
    Message, ScheduleId, Status, check_key, check_message, execution_input, parse_attr, random_key,
};
use crate::when::{
    DEFAULT_DELAY, When, due_time, parse_at, parse_in, relative, rfc3339, round_up_to_second,
};

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Scheduled {
    id: String,
    execution_arn: String,
    queue_url: String,
    due_at: String,
}

pub async fn run(ctx: &Context, args: ScheduleArgs) -> Result<()> {
    // Everything that can be checked locally is checked before the first request.
    let queue = QueueRef::parse(&args.queue)?;
    let fifo = queue.is_fifo();
    let when = match (&args.delay, &args.at) {
        (Some(delay), _) => When::In(parse_in(delay)?),
        (None, Some(at)) => When::At(parse_at(at)?),
        (None, None) => When::In(DEFAULT_DELAY),
    };
    if let Some(key) = &args.key {
        check_key(key)?;
    }
    let attributes = args
        .attrs
        .iter()
        .map(|a| parse_attr(a))
        .collect::<Result<Vec<_>, _>>()?;
    let body = read_body(&args)?;
    let now = Timestamp::now();
    // A cron retry of `--id K --at T` after T has passed must learn that the message was
    // delivered, not that T is in the past: with an id, a past time is refused only after
    // checking that nothing was scheduled under it.
    let mut past = None;
    let due = match (due_time(&when, now), &when, &args.key) {
        (Ok(due), _, _) => due,
        (Err(e), When::At(at), Some(_)) if *at <= now => {
            past = Some(e);
            round_up_to_second(*at)
        }
        (Err(e), _, _) => return Err(e.into()),
    };
    let id = ScheduleId {
        due,
        key: args.key.clone().unwrap_or_else(random_key),
    };
    let mut message = Message {
        queue_url: likely_queue_url(&queue, &ctx.region().await?),
        body,
        attributes,
        group_id: args.group_id,
        dedup_id: args.dedup_id,
    };
    check_message(&message, fifo)?;
    execution_input(&message, &id, fifo)?;

    let aws = ctx.aws().await?;
    let (queue_url, machine_arn) = tokio::try_join!(aws.queue_url(&queue), ctx.machine_arn(fifo))?;
    message.queue_url = queue_url;
    let input = execution_input(&message, &id, fifo)?;
    let name = id.name();
    let arn = execution_arn(&machine_arn, &name);

    // A caller-chosen id may already be taken: tell a re-run from a conflict before starting.
    if args.key.is_some() {
        if let Some(existing) = aws.describe_execution(&arn).await? {
            return Err(already_exists(&name, &existing, &input));
        }
    }
    if let Some(past) = past {
        return Err(Error::Invalid(past));
    }
    ctx.printer
        .verbose(format_args!("starting execution {name} on {machine_arn}"));
    let execution_arn = match aws.start_execution(&machine_arn, &name, &input).await? {
        Some(arn) => arn,
        None => {
            let existing = aws
                .describe_execution(&arn)
                .await?
                .ok_or_else(|| Error::Aws(format!("execution {name} exists but cannot be read")))?;
            return Err(already_exists(&name, &existing, &input));
        }
    };

    let scheduled = Scheduled {
        id: name,
        execution_arn,
        queue_url: message.queue_url,
        due_at: rfc3339(id.due),
    };
    match ctx.printer.format {
        Output::Json => ctx.printer.json(&scheduled),
        Output::Table if ctx.printer.quiet => println!("{}", scheduled.id),
        Output::Table => println!(
            "scheduled {} for {} ({})",
            scheduled.id,
            scheduled.due_at,
            relative(Timestamp::now(), id.due)
        ),
    }
    Ok(())
}

/// The body from `--body`, `--body-file`, or stdin when it is piped.
fn read_body(args: &ScheduleArgs) -> Result<String> {
    if let Some(body) = &args.body {
        return Ok(body.clone());
    }
    if let Some(path) = &args.body_file {
        let bytes = std::fs::read(path)
            .map_err(|e| Error::Invalid(format!("--body-file {}: {e}", path.display())))?;
        return String::from_utf8(bytes).map_err(|e| {
            Error::Invalid(format!(
                "--body-file {} is not UTF-8 text (invalid byte at offset {}): SQS bodies are text; base64-encode binary data",
                path.display(),
                e.utf8_error().valid_up_to()
            ))
        });
    }
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        return Err(Error::Invalid(
            "no message body: pass --body TEXT or --body-file PATH, or pipe it on stdin".into(),
        ));
    }
    let mut bytes = Vec::new();
    stdin
        .lock()
        .read_to_end(&mut bytes)
        .map_err(|e| Error::Invalid(format!("reading the body from stdin: {e}")))?;
    String::from_utf8(bytes).map_err(|e| {
        Error::Invalid(format!(
            "stdin is not UTF-8 text (invalid byte at offset {}): SQS bodies are text; base64-encode binary data",
            e.utf8_error().valid_up_to()
        ))
    })
}

/// The queue's URL as AWS would write it, for the size check before any request: exact on
/// AWS, and checked again with the real URL once it is known.
fn likely_queue_url(queue: &QueueRef, region: &str) -> String {
    match queue {
        QueueRef::Url(url) => url.clone(),
        QueueRef::Name(name) => format!("https://sqs.{region}.amazonaws.com/000000000000/{name}"),
    }
}

/// What it means that the execution name is taken, given what is recorded under it.
fn already_exists(name: &str, existing: &crate::aws::Execution, input: &str) -> Error {
    let same = existing
        .input
        .as_deref()
        .is_some_and(|old| crate::provision::same_json(old, input));
    if !same {
        return Error::Conflict(format!(
            "{name} is already scheduled with a different message: choose another --id"
        ));
    }
    let when = existing
        .stop_date
        .map(rfc3339)
        .unwrap_or_else(|| "earlier".into());
    match existing.status {
        Status::Pending => Error::AlreadyScheduled(format!(
            "{name} is already scheduled with this message: nothing changed"
        )),
        Status::Delivered => {
            Error::AlreadyFinished(format!("{name} was already delivered ({when})"))
        }
        Status::Cancelled => Error::AlreadyFinished(format!(
            "{name} was cancelled ({when}); an id cannot be reused for 90 days: choose another --id"
        )),
        _ => Error::AlreadyFinished(format!(
            "{name} already ran and failed ({when}); an id cannot be reused for 90 days: choose another --id"
        )),
    }
}
