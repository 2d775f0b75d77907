//! `sqsdelay teardown`: delete what `setup` created. Deleting a state machine stops its
//! executions, so pending messages make it refuse, unless `--force` (which cancels them first,
//! so their histories say why).

use serde::Serialize;

use crate::cli::{Filters, Output, TeardownArgs};
use crate::commands::cancel::{confirm, stop_all};
use crate::commands::list::matching;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::provision::{POLICY_NAME, machines};
use crate::schedule::Status;

#[derive(Serialize)]
struct Removed {
    kind: &'static str,
    name: String,
    /// `deleted`, or `absent` when there was nothing to delete.
    action: &'static str,
}

pub async fn run(ctx: &Context, args: TeardownArgs) -> Result<()> {
    let role = if args.keep_role {
        None
    } else {
        Some(ctx.machine.role_name()?)
    };
    let aws = ctx.aws().await?;
    let pending = match matching(ctx, Some(Status::Pending), &Filters::default()).await {
        Ok(rows) => rows,
        Err(Error::NotSetUp(_)) => Vec::new(),
        Err(e) => return Err(e),
    };
    if !pending.is_empty() {
        let count = pending.len();
        if !args.force {
            return Err(Error::Invalid(format!(
                "{count} pending message{} would be lost (deleting a state machine stops its executions): cancel them, or pass --force",
                if count == 1 { "" } else { "s" }
            )));
        }
        confirm(
            args.yes,
            &format!("cancel {count} pending messages and delete the state machines"),
        )?;
        let (cancelled, _) =
            stop_all(ctx, pending, "sqsdelay teardown --force", &args.bulk).await?;
        ctx.printer
            .status(format_args!("cancelled {cancelled} pending messages"));
    }

    let mut removed = Vec::new();
    for (name, fifo, _) in machines(&ctx.machine) {
        let deleted = aws
            .delete_state_machine(&ctx.machine_arn(fifo).await?)
            .await?;
        removed.push(Removed {
            kind: "state machine",
            name,
            action: if deleted { "deleted" } else { "absent" },
        });
    }
    if let Some(role) = role {
        let deleted = aws.delete_role(&role, POLICY_NAME).await?;
        removed.push(Removed {
            kind: "role",
            name: role,
            action: if deleted { "deleted" } else { "absent" },
        });
    }
    match ctx.printer.format {
        Output::Json => ctx.printer.json(&removed),
        Output::Table => ctx.printer.table(
            &["resource", "name", "action"],
            removed
                .iter()
                .map(|r| vec![r.kind.into(), r.name.clone(), r.action.into()]),
        ),
    }
    Ok(())
}
