//! `sqsdelay schedule`: check the message, then start one execution that delivers it when due.
//! The same path serves every line of `schedule --batch`.

use std::collections::HashMap;
use std::io::{IsTerminal, Read};
use std::sync::{Arc, Mutex};

use tokio::sync::OnceCell;

use jiff::Timestamp;
use serde::Serialize;

use crate::aws::{Aws, Execution};
use crate::cli::{Output, ScheduleArgs};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::provision::{execution_arn, same_json};
use crate::queue::QueueRef;
use crate::schedule::{Message, Prepared, Request, Status, execution_input, parse_attr, prepare};
use crate::when::{parse_when, relative, rfc3339};

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Scheduled {
    pub id: String,
    pub execution_arn: String,
    pub queue_url: String,
    pub due_at: String,
}

/// What `submit` did.
#[derive(Debug)]
pub enum Submitted {
    Started(Scheduled),
    /// The id was taken already; nothing was started.
    Exists {
        id: String,
        status: Status,
        same_message: bool,
        finished: Option<Timestamp>,
    },
}

/// The two state machines' ARNs.
#[derive(Clone)]
pub struct Machines {
    pub standard: String,
    pub fifo: String,
}

impl Machines {
    pub async fn of(ctx: &Context) -> Result<Self> {
        Ok(Machines {
            standard: ctx.machine_arn(false).await?,
            fifo: ctx.machine_arn(true).await?,
        })
    }
}

/// Queues already looked up, so a batch checks each queue once, even when many lines for a
/// new queue arrive at the same moment. A missing queue is remembered too (its message);
/// other failures are not, so the next line tries again.
#[derive(Default)]
pub struct Queues(Mutex<HashMap<QueueRef, Arc<Lookup>>>);

/// One queue's lookup: its URL, or why it does not exist; empty until answered.
type Lookup = OnceCell<Result<String, String>>;

impl Queues {
    async fn url(&self, aws: &Aws, queue: &QueueRef) -> Result<String> {
        let cell = self
            .0
            .lock()
            .expect("queue cache")
            .entry(queue.clone())
            .or_default()
            .clone();
        let known = cell
            .get_or_try_init(|| async {
                match aws.queue_url(queue).await {
                    Ok(url) => Ok(Ok(url)),
                    Err(Error::NotFound(missing)) => Ok(Err(missing)),
                    Err(e) => Err(e),
                }
            })
            .await?;
        known.clone().map_err(Error::NotFound)
    }
}

pub async fn run(ctx: &Context, args: ScheduleArgs) -> Result<()> {
    if let Some(file) = &args.batch {
        return crate::commands::batch::run(ctx, file, args.check, &args.bulk).await;
    }
    if args.check {
        return Err(Error::Invalid(
            "--check applies to --batch only: add --batch FILE".into(),
        ));
    }
    // Everything that can be checked locally is checked before the first request.
    let queue = QueueRef::parse(args.queue.as_deref().unwrap_or_default())?;
    let when = parse_when(args.delay.as_deref(), args.at.as_deref())?;
    let attributes = args
        .attrs
        .iter()
        .map(|a| parse_attr(a))
        .collect::<Result<Vec<_>, _>>()?;
    let message = Message {
        queue_url: String::new(),
        body: read_body(&args)?,
        attributes,
        group_id: args.group_id,
        dedup_id: args.dedup_id,
    };
    let request = Request {
        queue,
        when,
        key: args.key,
        message,
    };
    let prepared = prepare(request, Timestamp::now(), &ctx.region().await?)?;

    let aws = ctx.aws().await?;
    let machines = Machines::of(ctx).await?;
    ctx.printer
        .verbose(format_args!("scheduling {}", prepared.id.name()));
    let scheduled = match submit(aws, &machines, &Queues::default(), prepared).await? {
        Submitted::Started(scheduled) => scheduled,
        Submitted::Exists {
            id,
            status,
            same_message,
            finished,
        } => {
            return Err(already_exists(&id, status, same_message, finished));
        }
    };
    match ctx.printer.format {
        Output::Json => ctx.printer.json(&scheduled),
        Output::Table if ctx.printer.quiet => println!("{}", scheduled.id),
        Output::Table => println!(
            "scheduled {} for {} ({})",
            scheduled.id,
            scheduled.due_at,
            relative(
                Timestamp::now(),
                scheduled.due_at.parse().expect("we wrote it")
            )
        ),
    }
    Ok(())
}

/// Resolves the queue and starts the execution. A keyed id that already exists is reported,
/// never started twice.
pub async fn submit(
    aws: &Aws,
    machines: &Machines,
    queues: &Queues,
    prepared: Prepared,
) -> Result<Submitted> {
    let Prepared {
        id,
        queue,
        fifo,
        mut message,
        keyed,
        past,
    } = prepared;
    message.queue_url = queues.url(aws, &queue).await?;
    let input = execution_input(&message, &id, fifo)?;
    let machine_arn = if fifo {
        &machines.fifo
    } else {
        &machines.standard
    };
    let name = id.name();
    let arn = execution_arn(machine_arn, &name);

    if keyed {
        if let Some(existing) = aws.describe_execution(&arn).await? {
            return Ok(exists(name, &existing, &input));
        }
    }
    if let Some(past) = past {
        return Err(Error::Invalid(past));
    }
    let execution_arn = match aws.start_execution(machine_arn, &name, &input).await? {
        Some(arn) => arn,
        None => {
            let existing = aws
                .describe_execution(&arn)
                .await?
                .ok_or_else(|| Error::Aws(format!("execution {name} exists but cannot be read")))?;
            return Ok(exists(name, &existing, &input));
        }
    };
    Ok(Submitted::Started(Scheduled {
        id: name,
        execution_arn,
        queue_url: message.queue_url,
        due_at: rfc3339(id.due),
    }))
}

/// The body from `--body`, `--body-file`, or stdin when it is piped.
fn read_body(args: &ScheduleArgs) -> Result<String> {
    if let Some(body) = &args.body {
        return Ok(body.clone());
    }
    let not_text = |source: String, e: std::string::FromUtf8Error| {
        Error::Invalid(format!(
            "{source} is not UTF-8 text (invalid byte at offset {}): SQS bodies are text; base64-encode binary data",
            e.utf8_error().valid_up_to()
        ))
    };
    if let Some(path) = &args.body_file {
        let bytes = std::fs::read(path)
            .map_err(|e| Error::Invalid(format!("--body-file {}: {e}", path.display())))?;
        return String::from_utf8(bytes)
            .map_err(|e| not_text(format!("--body-file {}", path.display()), e));
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
    String::from_utf8(bytes).map_err(|e| not_text("stdin".into(), e))
}

fn exists(id: String, existing: &Execution, input: &str) -> Submitted {
    Submitted::Exists {
        id,
        status: existing.status,
        same_message: existing
            .input
            .as_deref()
            .is_some_and(|old| same_json(old, input)),
        finished: existing.stop_date,
    }
}

/// What it means for `schedule` that the execution name is taken.
fn already_exists(
    name: &str,
    status: Status,
    same_message: bool,
    finished: Option<Timestamp>,
) -> Error {
    if !same_message {
        return Error::Conflict(format!(
            "{name} is already scheduled with a different message: choose another --id"
        ));
    }
    let when = finished.map(rfc3339).unwrap_or_else(|| "earlier".into());
    match status {
        Status::Pending => Error::AlreadyScheduled(format!(
            "{name} is already scheduled with this message: nothing changed"
        )),
        Status::Delivered => {
            Error::AlreadyFinished(format!("{name} was already delivered ({when})"))
        }
        Status::Cancelled => Error::AlreadyFinished(format!(
            "{name} was cancelled ({when}); an id cannot be reused for 90 days: choose another --id"
        )),
        Status::Failed => Error::AlreadyFinished(format!(
            "{name} already ran and failed ({when}); an id cannot be reused for 90 days: choose another --id"
        )),
    }
}
