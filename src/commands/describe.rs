//! `sqsdelay describe ID`: everything about one scheduled message.

use jiff::Timestamp;
use serde::Serialize;
use serde_json::Value;

use crate::cli::Output;
use crate::commands::find;
use crate::context::Context;
use crate::error::Result;
use crate::schedule::Status;
use crate::when::{relative, rfc3339};

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Described {
    id: String,
    status: Status,
    execution_arn: String,
    queue_url: Option<String>,
    due_at: String,
    remaining_seconds: Option<i64>,
    scheduled_at: Option<String>,
    finished_at: Option<String>,
    body: Option<String>,
    attributes: Value,
    group_id: Option<String>,
    dedup_id: Option<String>,
    /// The SQS MessageId, once delivered.
    message_id: Option<String>,
    /// Why it failed, or why it was cancelled.
    error: Option<String>,
    cause: Option<String>,
}

pub async fn run(ctx: &Context, id: &str) -> Result<()> {
    let (schedule_id, mut execution) = find(ctx, id).await?;
    if execution.status == Status::Cancelled && execution.cause.is_none() {
        let (error, cause) = ctx.aws().await?.stop_reason(&execution.arn).await?;
        execution.error = execution.error.or(error);
        execution.cause = cause;
    }
    let input: Value = execution
        .input
        .as_deref()
        .and_then(|i| serde_json::from_str(i).ok())
        .unwrap_or_default();
    let output: Value = execution
        .output
        .as_deref()
        .and_then(|o| serde_json::from_str(o).ok())
        .unwrap_or_default();
    let text = |v: &Value| v.as_str().map(str::to_string);
    let now = Timestamp::now();
    let described = Described {
        id: schedule_id.name(),
        status: execution.status,
        execution_arn: execution.arn,
        queue_url: text(&input["queueUrl"]),
        due_at: rfc3339(schedule_id.due),
        remaining_seconds: (execution.status == Status::Pending)
            .then(|| schedule_id.due.as_second() - now.as_second()),
        scheduled_at: execution.start_date.map(rfc3339),
        finished_at: execution.stop_date.map(rfc3339),
        body: text(&input["body"]),
        attributes: input
            .get("attributes")
            .cloned()
            .unwrap_or_else(|| Value::Object(Default::default())),
        group_id: text(&input["groupId"]),
        dedup_id: text(&input["dedupId"]),
        message_id: text(&output["MessageId"]),
        error: execution.error,
        cause: execution.cause,
    };
    match ctx.printer.format {
        Output::Json => ctx.printer.json(&described),
        Output::Table => print_fields(&described, now),
    }
    Ok(())
}

fn print_fields(d: &Described, now: Timestamp) {
    let due = match d.status {
        Status::Pending => format!(
            "{} ({})",
            d.due_at,
            relative(now, d.due_at.parse().expect("we wrote it"))
        ),
        _ => d.due_at.clone(),
    };
    let finished = match d.status {
        Status::Pending => None,
        Status::Delivered => Some("delivered at"),
        Status::Cancelled => Some("cancelled at"),
        Status::Failed => Some("failed at"),
    };
    let attributes = d
        .attributes
        .as_object()
        .map(|attrs| {
            attrs
                .iter()
                .map(|(name, a)| {
                    let value = a["StringValue"]
                        .as_str()
                        .or(a["BinaryValue"].as_str())
                        .unwrap_or_default();
                    format!(
                        "{name}={value} ({})",
                        a["DataType"].as_str().unwrap_or_default()
                    )
                })
                .collect::<Vec<_>>()
                .join(", ")
        })
        .filter(|s| !s.is_empty());
    let fields = [
        ("id", Some(d.id.clone())),
        ("status", Some(d.status.word().to_string())),
        ("queue", d.queue_url.clone()),
        ("due at", Some(due)),
        ("scheduled at", d.scheduled_at.clone()),
        (
            finished.unwrap_or_default(),
            d.finished_at.clone().filter(|_| finished.is_some()),
        ),
        ("message id", d.message_id.clone()),
        ("group id", d.group_id.clone()),
        ("dedup id", d.dedup_id.clone()),
        ("attributes", attributes),
        ("error", d.error.clone()),
        ("cause", d.cause.clone()),
        ("execution", Some(d.execution_arn.clone())),
    ];
    for (label, value) in fields {
        if let Some(value) = value {
            println!("{label:<13}{value}");
        }
    }
    if let Some(body) = &d.body {
        println!("body\n{body}");
    }
}
