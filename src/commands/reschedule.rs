//! `sqsdelay reschedule ID`: move a pending message. The replacement starts before the
//! original stops, so the message is never scheduled zero times; if the original fires in
//! between, the replacement is stopped, so it is never delivered twice either.

use jiff::Timestamp;
use serde::Serialize;

use crate::cli::{Output, RescheduleArgs};
use crate::commands::cancel::stop_and_confirm;
use crate::commands::find;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::limits::MAX_INPUT_BYTES;
use crate::schedule::{INPUT_VERSION, ScheduleId, Status};
use crate::when::{due_time, parse_when, relative, rfc3339};

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rescheduled {
    previous_id: String,
    id: String,
    execution_arn: String,
    due_at: String,
}

pub async fn run(ctx: &Context, args: RescheduleArgs) -> Result<()> {
    let when = parse_when(args.delay.as_deref(), args.at.as_deref())?;
    let due = due_time(&when, Timestamp::now())?;
    let (old, execution) = find(ctx, &args.id).await?;
    let old_name = old.name();
    if execution.status != Status::Pending {
        return Err(Error::AlreadyFinished(format!(
            "{old_name} is not pending, nothing changed: it was already {}",
            execution.status.word()
        )));
    }
    let new = ScheduleId {
        due,
        key: old.key.clone(),
    };
    let new_name = new.name();
    if new_name == old_name {
        return Err(Error::Invalid(format!(
            "{old_name} is already due at {}",
            rfc3339(due)
        )));
    }
    let input = moved_input(execution.input.as_deref().unwrap_or_default(), due)
        .map_err(|e| Error::Aws(format!("{old_name}: {e}")))?;

    let aws = ctx.aws().await?;
    let machine_arn = machine_of(&execution.arn);
    let new_arn = match aws.start_execution(&machine_arn, &new_name, &input).await? {
        Some(arn) => arn,
        None => {
            return Err(Error::Conflict(format!(
                "{new_name} already exists: the message cannot be moved to that exact second; choose another time"
            )));
        }
    };
    match stop_and_confirm(aws, &execution.arn, &format!("rescheduled as {new_name}")).await {
        Ok(()) => {}
        Err(Error::AlreadyFinished(_)) => {
            // The original fired between our read and the stop: undo the replacement.
            stop_and_confirm(aws, &new_arn, &format!("{old_name} was delivered before it could be moved"))
                .await
                .map_err(|e| Error::Aws(format!(
                    "{old_name} was delivered before it could be moved, and the replacement {new_name} could not be cancelled ({e}): run `sqsdelay cancel {new_name}`"
                )))?;
            return Err(Error::AlreadyFinished(format!(
                "{old_name} was delivered before it could be moved: nothing rescheduled"
            )));
        }
        Err(e) => {
            return Err(Error::Aws(format!(
                "rescheduled as {new_name}, but the original {old_name} could not be cancelled ({e}): run `sqsdelay cancel {old_name}` or it is delivered twice"
            )));
        }
    }

    let done = Rescheduled {
        previous_id: old_name,
        id: new_name,
        execution_arn: new_arn,
        due_at: rfc3339(due),
    };
    match ctx.printer.format {
        Output::Json => ctx.printer.json(&done),
        Output::Table if ctx.printer.quiet => println!("{}", done.id),
        Output::Table => println!(
            "rescheduled {} as {} for {} ({})",
            done.previous_id,
            done.id,
            done.due_at,
            relative(Timestamp::now(), due)
        ),
    }
    Ok(())
}

/// The original execution input with a new due time; everything else (body, attributes, FIFO
/// ids, including a deduplication id defaulted from the original id) stays as it was.
fn moved_input(input: &str, due: Timestamp) -> Result<String, String> {
    let mut value: serde_json::Value =
        serde_json::from_str(input).map_err(|_| "its execution input is not JSON".to_string())?;
    if value["v"] != INPUT_VERSION {
        return Err(format!(
            "its execution input is not version {INPUT_VERSION} of sqsdelay's format"
        ));
    }
    value["dueAt"] = rfc3339(due).into();
    let moved = value.to_string();
    if moved.len() > MAX_INPUT_BYTES {
        return Err(format!(
            "the moved message would exceed the {MAX_INPUT_BYTES}-byte input limit"
        ));
    }
    Ok(moved)
}

/// `arn:…:execution:MACHINE:NAME` → `arn:…:stateMachine:MACHINE`.
fn machine_of(execution_arn: &str) -> String {
    let without_name = execution_arn
        .rsplit_once(':')
        .map_or(execution_arn, |(m, _)| m);
    without_name.replacen(":execution:", ":stateMachine:", 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn machine_from_execution() {
        assert_eq!(
            machine_of(
                "arn:aws:states:us-east-1:123456789012:execution:sqsdelay-fifo:20261201T090000Z_k"
            ),
            "arn:aws:states:us-east-1:123456789012:stateMachine:sqsdelay-fifo"
        );
    }

    #[test]
    fn only_the_due_time_moves() {
        let input = r#"{"v":1,"dueAt":"2026-12-01T09:00:00Z","queueUrl":"q","body":"b","attributes":{},"groupId":"g","dedupId":"d"}"#;
        let moved: serde_json::Value = serde_json::from_str(
            &moved_input(input, "2026-12-02T09:00:00Z".parse().unwrap()).unwrap(),
        )
        .unwrap();
        assert_eq!(moved["dueAt"], "2026-12-02T09:00:00Z");
        assert_eq!(moved["dedupId"], "d");
        assert_eq!(moved["body"], "b");
        assert!(moved_input(r#"{"v":2}"#, Timestamp::now()).is_err());
        assert!(moved_input("nope", Timestamp::now()).is_err());
    }
}
