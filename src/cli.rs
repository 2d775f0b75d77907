//! The command line: every command, flag, environment fallback and help text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "sqsdelay",
    version,
    about = "Deliver SQS messages after any delay, from seconds to one year, with AWS Step Functions",
    after_help = "Run `sqsdelay setup` once per account and region, then `sqsdelay schedule`."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct Global {
    /// AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile's region]
    #[arg(long, global = true, value_name = "REGION")]
    pub region: Option<String>,

    /// Named profile from the AWS config files [default: AWS_PROFILE, then "default"]
    #[arg(long, global = true, value_name = "NAME")]
    pub profile: Option<String>,

    /// Send every AWS request to this endpoint, e.g. a local emulator
    /// (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_SFN and AWS_ENDPOINT_URL_SQS are honoured too)
    #[arg(long, global = true, value_name = "URL")]
    pub endpoint_url: Option<String>,

    /// State machine name or ARN; FIFO queues use the one with "-fifo" appended
    #[arg(
        long,
        global = true,
        env = "SQSDELAY_STATE_MACHINE",
        default_value = "sqsdelay",
        value_name = "NAME_OR_ARN"
    )]
    pub state_machine: String,

    /// Output format: a table for people, JSON for scripts
    #[arg(long, global = true, value_enum, default_value_t = Output::Table)]
    pub output: Output,

    /// Print only the essential data (the id for `schedule`)
    #[arg(long, short, global = true, conflicts_with = "verbose")]
    pub quiet: bool,

    /// Explain what is being done on stderr (never credentials or message bodies)
    #[arg(long, short, global = true)]
    pub verbose: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Output {
    Table,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create or update the IAM role and the state machines (safe to run again)
    Setup(SetupArgs),
    /// Schedule a message for delivery later
    Schedule(ScheduleArgs),
    /// List scheduled messages, soonest due first
    List(ListArgs),
    /// Show one scheduled message: status, queue, body, attributes, times
    Describe {
        /// The id printed by `schedule` (or the execution ARN)
        id: String,
    },
    /// Cancel pending messages: they will never be delivered
    Cancel(CancelArgs),
    /// Move a pending message to a new due time
    Reschedule(RescheduleArgs),
    /// Delete the state machines and the role that `setup` created
    Teardown(TeardownArgs),
    /// Print a shell completion script
    Completions {
        /// The shell to complete for
        shell: clap_complete::Shell,
    },
}

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  sqsdelay teardown
  sqsdelay teardown --force --yes")]
pub struct TeardownArgs {
    /// Also when messages are pending: they are cancelled first, and lost
    #[arg(long)]
    pub force: bool,

    /// Do not ask for confirmation (required with --force when stdin is not a terminal)
    #[arg(long, short, requires = "force")]
    pub yes: bool,

    /// Keep the IAM role (for example one passed to setup with --role-arn)
    #[arg(long)]
    pub keep_role: bool,

    #[command(flatten)]
    pub bulk: Bulk,
}

/// Filters shared by `list` and `cancel --all`.
#[derive(Debug, Default, Args)]
pub struct Filters {
    /// Only messages due before this time (RFC 3339) or this long from now (2h)
    #[arg(long, value_name = "TIME")]
    pub due_before: Option<String>,

    /// Only messages due after this time (RFC 3339) or this long from now (2h)
    #[arg(long, value_name = "TIME")]
    pub due_after: Option<String>,

    /// Only messages for this queue (URL or name). Costs one DescribeExecution per candidate,
    /// paced under the AWS quota (about 10 per second): combine with --due-before or --limit
    #[arg(long, value_name = "URL_OR_NAME")]
    pub queue: Option<String>,

    /// Show at most this many (the soonest due)
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    pub limit: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatusArg {
    Pending,
    Delivered,
    Cancelled,
    Failed,
    All,
}

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  sqsdelay list
  sqsdelay list --due-before 1h --output json
  sqsdelay list --status failed")]
pub struct ListArgs {
    /// Which messages: pending (not yet sent), delivered, cancelled, failed, or all
    #[arg(long, value_enum, default_value_t = StatusArg::Pending)]
    pub status: StatusArg,

    #[command(flatten)]
    pub filters: Filters,
}

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  sqsdelay cancel 20261201T090000Z_order-42
  sqsdelay cancel --all --due-before 2026-12-01T00:00:00Z --yes")]
pub struct CancelArgs {
    /// Ids printed by `schedule` (or execution ARNs)
    #[arg(required_unless_present = "all", conflicts_with = "all")]
    pub ids: Vec<String>,

    /// Cancel every pending message that matches the filters
    #[arg(long)]
    pub all: bool,

    /// Do not ask for confirmation (required with --all when stdin is not a terminal)
    #[arg(long, short, requires = "all")]
    pub yes: bool,

    /// Why, recorded in the execution's history
    #[arg(long, default_value = "cancelled with sqsdelay")]
    pub reason: String,

    #[command(flatten)]
    pub filters: Filters,

    #[command(flatten)]
    pub bulk: Bulk,
}

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  sqsdelay reschedule 20261201T090000Z_order-42 --in 3d
  sqsdelay reschedule 20261201T090000Z_order-42 --at 2026-12-02T09:00:00Z")]
pub struct RescheduleArgs {
    /// The id printed by `schedule` (or the execution ARN)
    pub id: String,

    /// The new delay from now: 90s, 15m, 2h, 3d 4h
    #[arg(
        long = "in",
        value_name = "DURATION",
        conflicts_with = "at",
        required_unless_present = "at",
        allow_hyphen_values = true
    )]
    pub delay: Option<String>,

    /// The new due time, RFC 3339
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
}

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  sqsdelay setup
  sqsdelay setup --queue-arn arn:aws:sqs:eu-west-1:123456789012:orders
  sqsdelay setup --dry-run")]
pub struct SetupArgs {
    /// Queues the role may send to (repeatable) [default: every queue of the account in the region]
    #[arg(long = "queue-arn", value_name = "ARN")]
    pub queue_arns: Vec<String>,

    /// Customer-managed KMS key of encrypted queues: grants kms:GenerateDataKey and kms:Decrypt
    #[arg(long = "kms-key", value_name = "ARN")]
    pub kms_keys: Vec<String>,

    /// Use this existing role instead of creating one
    #[arg(long, value_name = "ARN", conflicts_with_all = ["queue_arns", "kms_keys"])]
    pub role_arn: Option<String>,

    /// Print the state machine definitions and the role's policies; call nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  sqsdelay schedule --queue orders --in 2h --body '{\"order\":42}'
  sqsdelay schedule --queue orders --at 2026-12-01T09:00:00Z --body-file msg.json --attr kind=reminder
  echo hello | sqsdelay schedule --queue jobs.fifo --in 3d --group-id customer-7
  sqsdelay schedule --queue orders --id invoice-2026-11 --at 2026-12-01T09:00:00Z --body paid
  sqsdelay schedule --batch messages.jsonl > results.jsonl")]
pub struct ScheduleArgs {
    /// Target queue: its URL, or its name in this account and region
    #[arg(long, value_name = "URL_OR_NAME", required_unless_present = "batch")]
    pub queue: Option<String>,

    /// Deliver after this delay: 90s, 15m, 2h, 3d 4h (at most a year) [default: 2h]
    #[arg(
        long = "in",
        value_name = "DURATION",
        conflicts_with = "at",
        allow_hyphen_values = true
    )]
    pub delay: Option<String>,

    /// Deliver at this time, RFC 3339: 2026-12-01T09:00:00Z or 2026-12-01T10:00:00+01:00
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,

    /// The message body [default: read from stdin when it is not a terminal]
    #[arg(long, value_name = "TEXT", conflicts_with = "body_file")]
    pub body: Option<String>,

    /// Read the message body from this file (UTF-8)
    #[arg(long, value_name = "PATH")]
    pub body_file: Option<PathBuf>,

    /// A message attribute, repeatable: NAME=VALUE (String), NAME:Number=42, NAME:Binary=BASE64
    #[arg(long = "attr", value_name = "NAME=VALUE")]
    pub attrs: Vec<String>,

    /// FIFO queues: the message group id (required for them)
    #[arg(long, value_name = "ID")]
    pub group_id: Option<String>,

    /// FIFO queues: the deduplication id [default: the schedule id]
    #[arg(long, value_name = "ID")]
    pub dedup_id: Option<String>,

    /// Your own key for this message (letters, digits, - and _): re-running the same command
    /// with the same --id and --at never schedules it twice
    #[arg(long = "id", value_name = "KEY")]
    pub key: Option<String>,

    /// Schedule every line of this JSON Lines file (- for stdin): one JSON result per line on
    /// stdout, a summary on stderr. Re-running the same file schedules only what is missing
    #[arg(
        long,
        value_name = "FILE",
        conflicts_with_all = ["queue", "delay", "at", "body", "body_file", "attrs", "group_id", "dedup_id", "key"]
    )]
    pub batch: Option<PathBuf>,

    /// With --batch: check every line and print what would be scheduled; call nothing
    #[arg(long, requires = "batch")]
    pub check: bool,

    #[command(flatten)]
    pub bulk: Bulk,
}

/// How many requests `schedule --batch` and `cancel --all` make at once.
#[derive(Debug, Args)]
pub struct Bulk {
    /// Requests in flight at once (--batch, cancel --all)
    #[arg(long, value_name = "N", default_value_t = crate::limits::CONCURRENCY)]
    pub concurrency: usize,

    /// Requests per second (--batch, cancel --all) [default: the region's AWS quota for
    /// StartExecution or StopExecution]
    #[arg(long, value_name = "PER_SECOND")]
    pub rate: Option<f64>,
}

/// A clap usage error on one line, like every other error of sqsdelay: the message and its
/// details (possible values, missing arguments, a tip), without the usage block.
pub fn one_line(rendered: &str) -> String {
    let parts: Vec<&str> = rendered
        .lines()
        .map(str::trim)
        .filter(|l| {
            !l.is_empty() && !l.starts_with("Usage:") && !l.starts_with("For more information")
        })
        .collect();
    let text = parts.join(" ").replacen("error: ", "", 1);
    format!("error: {text} (see --help)")
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn usage_errors_fit_on_one_line() {
        let err = Cli::try_parse_from(["sqsdelay", "--output", "yaml", "list"]).unwrap_err();
        let line = one_line(&err.render().to_string());
        assert_eq!(
            line,
            "error: invalid value 'yaml' for '--output <OUTPUT>' [possible values: table, json] (see --help)"
        );
        let err = Cli::try_parse_from(["sqsdelay", "cancel"]).unwrap_err();
        let line = one_line(&err.render().to_string());
        assert!(!line.contains('\n') && line.contains("<IDS>"), "{line}");
    }
}
