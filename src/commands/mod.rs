//! One module per subcommand, each exposing `run`, and the lookups they share.

pub mod batch;
pub mod cancel;
pub mod completions;
pub mod describe;
pub mod list;
pub mod reschedule;
pub mod schedule;
pub mod setup;
pub mod teardown;

use crate::aws::Execution;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::provision::execution_arn;
use crate::schedule::ScheduleId;

/// Finds a scheduled message by the id `schedule` printed, or by its execution ARN, in at
/// most three requests however many messages exist: the id is the execution name, so the ARN
/// follows from the machine's; only which of the two machines holds it is unknown.
pub async fn find(ctx: &Context, id: &str) -> Result<(ScheduleId, Execution)> {
    let aws = ctx.aws().await?;
    if id.starts_with("arn:") {
        let name = id.rsplit(':').next().unwrap_or_default();
        let parsed = ScheduleId::parse(name)
            .ok_or_else(|| Error::Invalid(format!("{id} is not an execution of sqsdelay")))?;
        let execution = aws
            .describe_execution(id)
            .await?
            .ok_or_else(|| Error::NotFound(format!("no execution {id}")))?;
        return Ok((parsed, execution));
    }
    let parsed = ScheduleId::parse(id).ok_or_else(|| {
        Error::Invalid(format!(
            "{id:?} is not a schedule id: ids look like 20261201T090000Z_KEY, as printed by `sqsdelay schedule`"
        ))
    })?;
    for fifo in [false, true] {
        let arn = execution_arn(&ctx.machine_arn(fifo).await?, id);
        if let Some(execution) = aws.describe_execution(&arn).await? {
            return Ok((parsed, execution));
        }
    }
    Err(Error::NotFound(format!(
        "no scheduled message {id} on state machine {}",
        ctx.machine.name()
    )))
}
