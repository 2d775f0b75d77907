//! `sqsdelay list`: scheduled messages, soonest due first, read from ListExecutions pages only
//! (up to 1,000 executions a request); the execution names carry the due time and id.

use jiff::Timestamp;
use serde::Serialize;

use crate::cli::{Filters, ListArgs, Output, StatusArg};
use crate::commands::schedule::Machines;
use crate::context::Context;
use crate::engine::Pool;
use crate::error::Result;
use crate::limits::{CONCURRENCY, DESCRIBE_QUOTA};
use crate::listing::{Collector, Filter, Row, parse_bound};
use crate::queue::QueueRef;
use crate::schedule::Status;
use crate::when::{relative, rfc3339};

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Listed {
    id: String,
    status: Status,
    due_at: String,
    remaining_seconds: Option<i64>,
    scheduled_at: Option<String>,
    finished_at: Option<String>,
    execution_arn: String,
}

pub async fn run(ctx: &Context, args: ListArgs) -> Result<()> {
    let status = match args.status {
        StatusArg::Pending => Some(Status::Pending),
        StatusArg::Delivered => Some(Status::Delivered),
        StatusArg::Cancelled => Some(Status::Cancelled),
        StatusArg::Failed => Some(Status::Failed),
        StatusArg::All => None,
    };
    let rows = matching(ctx, status, &args.filters).await?;
    let now = Timestamp::now();
    match ctx.printer.format {
        Output::Json => {
            let listed: Vec<Listed> = rows
                .into_iter()
                .map(|r| Listed {
                    id: r.name,
                    status: r.status,
                    due_at: rfc3339(r.id.due),
                    remaining_seconds: (r.status == Status::Pending)
                        .then(|| r.id.due.as_second() - now.as_second()),
                    scheduled_at: r.scheduled_at.map(rfc3339),
                    finished_at: r.finished_at.map(rfc3339),
                    execution_arn: r.arn,
                })
                .collect();
            ctx.printer.json(&listed);
        }
        Output::Table => {
            let count = rows.len();
            ctx.printer.table(
                &["id", "status", "due at", "remaining", "scheduled at"],
                rows.into_iter().map(|r| {
                    let remaining = match r.status {
                        Status::Pending => relative(now, r.id.due),
                        _ => "-".into(),
                    };
                    vec![
                        r.name,
                        r.status.word().into(),
                        rfc3339(r.id.due),
                        remaining,
                        r.scheduled_at.map(rfc3339).unwrap_or_default(),
                    ]
                }),
            );
            ctx.printer.status(format_args!(
                "{count} message{}",
                if count == 1 { "" } else { "s" }
            ));
        }
    }
    Ok(())
}

/// The messages with `status` (every status for `None`) that pass the filters, soonest due first.
pub async fn matching(
    ctx: &Context,
    status: Option<Status>,
    filters: &Filters,
) -> Result<Vec<Row>> {
    let now = Timestamp::now();
    let filter = Filter {
        status,
        due_before: filters
            .due_before
            .as_deref()
            .map(|t| parse_bound("--due-before", t, now))
            .transpose()?,
        due_after: filters
            .due_after
            .as_deref()
            .map(|t| parse_bound("--due-after", t, now))
            .transpose()?,
    };
    let queue = filters.queue.as_deref().map(QueueRef::parse).transpose()?;
    let aws = ctx.aws().await?;

    // Only the queue filter needs each input, so only then is the limit applied afterwards.
    let mut collector = Collector::new(if queue.is_some() { None } else { filters.limit });
    let machines = Machines::of(ctx).await?;
    aws.each_execution([&machines.standard, &machines.fifo], status, |item| {
        if let Some(row) = Row::from_item(item).filter(|row| filter.matches(row)) {
            collector.push(row);
        }
    })
    .await?;
    let rows = collector.into_sorted();
    match queue {
        None => Ok(rows),
        Some(queue) => {
            let url = aws.queue_url(&queue).await?;
            for_queue(ctx, rows, &url, filters.limit).await
        }
    }
}

/// Keeps the rows whose message goes to `queue_url`, reading inputs with DescribeExecution in
/// due order, paced under its quota, and starting no more once `limit` are known.
async fn for_queue(
    ctx: &Context,
    rows: Vec<Row>,
    queue_url: &str,
    limit: Option<usize>,
) -> Result<Vec<Row>> {
    let aws = ctx.aws().await?.clone();
    let limit = limit.unwrap_or(usize::MAX);
    let mut pool = Pool::under(DESCRIBE_QUOTA, None, CONCURRENCY);
    let mut verdicts = Verdicts {
        of: vec![None; rows.len()],
        known: 0,
        found: 0,
    };
    for (i, row) in rows.iter().enumerate() {
        if verdicts.found >= limit {
            break;
        }
        let (aws, arn, url) = (aws.clone(), row.arn.clone(), queue_url.to_string());
        let job = async move {
            let input = aws
                .describe_execution(&arn)
                .await
                .map(|e| e.and_then(|e| e.input));
            (
                i,
                input.map(|input| input.is_some_and(|input| goes_to(&input, &url))),
            )
        };
        verdicts.settle(pool.spawn(job).await)?;
    }
    verdicts.settle(pool.finish().await)?;
    Ok(rows
        .into_iter()
        .zip(verdicts.of)
        .filter_map(|(row, verdict)| (verdict == Some(true)).then_some(row))
        .take(limit)
        .collect())
}

/// Whether each row goes to the queue, as answers arrive in any order.
struct Verdicts {
    of: Vec<Option<bool>>,
    /// Rows before the first one still unknown, and how many of them match: once these reach
    /// the limit, no later row can be shown.
    known: usize,
    found: usize,
}

impl Verdicts {
    fn settle(&mut self, done: Vec<(usize, Result<bool>)>) -> Result<()> {
        for (i, verdict) in done {
            self.of[i] = Some(verdict?);
        }
        while let Some(Some(matched)) = self.of.get(self.known) {
            self.found += usize::from(*matched);
            self.known += 1;
        }
        Ok(())
    }
}

fn goes_to(input: &str, queue_url: &str) -> bool {
    serde_json::from_str::<serde_json::Value>(input)
        .is_ok_and(|v| v["queueUrl"].as_str() == Some(queue_url))
}
