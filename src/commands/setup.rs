//! `sqsdelay setup`: create or update the role and the two state machines, changing only what
//! differs from what is wanted, so that a second run changes nothing.

use serde::Serialize;
use serde_json::{Value, json};

use crate::cli::{Output, SetupArgs};
use crate::context::Context;
use crate::error::Result;
use crate::provision::{
    Account, POLICY_NAME, check_arn, machines, permissions_policy, same_json, trust_policy,
};

#[derive(Serialize)]
struct Resource {
    kind: &'static str,
    name: String,
    action: Action,
    arn: String,
}

#[derive(Serialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
enum Action {
    Created,
    Updated,
    Unchanged,
}

impl Action {
    fn word(self) -> &'static str {
        match self {
            Action::Created => "created",
            Action::Updated => "updated",
            Action::Unchanged => "unchanged",
        }
    }
}

pub async fn run(ctx: &Context, args: SetupArgs) -> Result<()> {
    for arn in &args.queue_arns {
        check_arn("--queue-arn", "sqs", arn)?;
    }
    for arn in &args.kms_keys {
        check_arn("--kms-key", "kms", arn)?;
    }
    if let Some(role) = &args.role_arn {
        check_arn("--role-arn", "iam", role)?;
    }
    let role_name = match &args.role_arn {
        Some(_) => None,
        None => Some(ctx.machine.role_name()?),
    };
    if args.dry_run {
        return dry_run(ctx, &args, role_name.as_deref()).await;
    }

    let aws = ctx.aws().await?;
    let account = ctx.account().await?;
    let mut resources = Vec::new();
    let role_arn = match (&args.role_arn, &role_name) {
        (Some(arn), _) => arn.clone(),
        (None, Some(name)) => {
            let trust = trust_policy(account).to_string();
            let permissions =
                permissions_policy(account, &args.queue_arns, &args.kms_keys).to_string();
            let (arn, action) = match aws.get_role(name).await? {
                None => {
                    let arn = aws.create_role(name, &trust).await?;
                    aws.put_role_policy(name, POLICY_NAME, &permissions).await?;
                    (arn, Action::Created)
                }
                Some((arn, current_trust)) => {
                    let mut action = Action::Unchanged;
                    if !same_json(&current_trust, &trust) {
                        aws.update_trust_policy(name, &trust).await?;
                        action = Action::Updated;
                    }
                    let current = aws.get_role_policy(name, POLICY_NAME).await?;
                    if !current.is_some_and(|p| same_json(&p, &permissions)) {
                        aws.put_role_policy(name, POLICY_NAME, &permissions).await?;
                        action = Action::Updated;
                    }
                    (arn, action)
                }
            };
            resources.push(Resource {
                kind: "role",
                name: name.clone(),
                action,
                arn: arn.clone(),
            });
            arn
        }
        (None, None) => unreachable!("a role name is derived whenever --role-arn is absent"),
    };
    let role_is_new = resources
        .first()
        .is_some_and(|r| r.action == Action::Created);

    for (name, fifo, definition) in machines(&ctx.machine) {
        let arn = ctx.machine.arn(account, fifo);
        let action = match aws.describe_state_machine(&arn).await? {
            None => {
                let created = aws
                    .create_state_machine(&name, definition, &role_arn, role_is_new)
                    .await?;
                debug_assert_eq!(created, arn);
                Action::Created
            }
            Some(current)
                if same_json(&current.definition, definition) && current.role_arn == role_arn =>
            {
                Action::Unchanged
            }
            Some(_) => {
                aws.update_state_machine(&arn, definition, &role_arn)
                    .await?;
                Action::Updated
            }
        };
        resources.push(Resource {
            kind: "state machine",
            name,
            action,
            arn,
        });
    }

    let changed = resources.iter().any(|r| r.action != Action::Unchanged);
    match ctx.printer.format {
        Output::Json => ctx
            .printer
            .json(&json!({"changed": changed, "resources": resources})),
        Output::Table => {
            if !ctx.printer.quiet {
                ctx.printer.table(
                    &["resource", "name", "action", "arn"],
                    resources.iter().map(|r| {
                        vec![
                            r.kind.into(),
                            r.name.clone(),
                            r.action.word().into(),
                            r.arn.clone(),
                        ]
                    }),
                );
            }
            ctx.printer.status(if changed {
                "setup complete"
            } else {
                "already set up: nothing changed"
            });
        }
    }
    Ok(())
}

/// Prints what setup would create, with the account shown as a placeholder: no request is made.
async fn dry_run(ctx: &Context, args: &SetupArgs, role_name: Option<&str>) -> Result<()> {
    let account = Account::new(
        ctx.machine.account_id().unwrap_or("ACCOUNT_ID").to_string(),
        ctx.region().await?,
    );
    let role_arn = match (&args.role_arn, role_name) {
        (Some(arn), _) => arn.clone(),
        (None, name) => format!(
            "arn:{}:iam::{}:role/{}",
            account.partition,
            account.id,
            name.unwrap_or_default()
        ),
    };
    let machines: Vec<Value> = machines(&ctx.machine)
        .into_iter()
        .map(|(name, fifo, definition)| {
            json!({
                "name": name,
                "arn": ctx.machine.arn(&account, fifo),
                "roleArn": role_arn,
                "definition": serde_json::from_str::<Value>(definition).expect("bundled definitions are JSON"),
            })
        })
        .collect();
    let role = role_name.map(|name| {
        json!({
            "name": name,
            "arn": role_arn,
            "trustPolicy": trust_policy(&account),
            "permissionsPolicy": {"name": POLICY_NAME, "document": permissions_policy(&account, &args.queue_arns, &args.kms_keys)},
        })
    });
    let plan = json!({"stateMachines": machines, "role": role});
    match ctx.printer.format {
        Output::Json => ctx.printer.json(&plan),
        Output::Table => {
            let pretty = |v: &Value| serde_json::to_string_pretty(v).expect("JSON serialises");
            for machine in &machines {
                println!(
                    "# state machine {} (role {})",
                    machine["name"].as_str().unwrap_or_default(),
                    role_arn
                );
                println!("{}\n", pretty(&machine["definition"]));
            }
            if let Some(role) = &role {
                println!(
                    "# role {}: trust policy",
                    role["name"].as_str().unwrap_or_default()
                );
                println!("{}\n", pretty(&role["trustPolicy"]));
                println!(
                    "# role {}: permissions policy {POLICY_NAME}",
                    role["name"].as_str().unwrap_or_default()
                );
                println!("{}", pretty(&role["permissionsPolicy"]["document"]));
            }
        }
    }
    ctx.printer
        .status("dry run: nothing was created or changed");
    Ok(())
}
