//! What every command shares: the printer, the state machine named by the user, and the AWS
//! connection, opened on first use so that commands which call nothing never touch it.

use tokio::sync::OnceCell;

use crate::aws::{Aws, Settings, resolve_region};
use crate::cli::Global;
use crate::error::Result;
use crate::output::Printer;
use crate::provision::{Account, MachineRef};

pub struct Context {
    pub printer: Printer,
    pub machine: MachineRef,
    region: Option<String>,
    profile: Option<String>,
    endpoint_url: Option<String>,
    bulk: bool,
    resolved_region: OnceCell<String>,
    aws: OnceCell<Aws>,
    account: OnceCell<Account>,
}

impl Context {
    /// `bulk`: the command makes many requests in a row (see `Settings::bulk`).
    pub fn new(global: &Global, bulk: bool) -> Result<Self> {
        Ok(Context {
            printer: Printer {
                format: global.output,
                quiet: global.quiet,
                verbose: global.verbose,
            },
            machine: MachineRef::parse(&global.state_machine)?,
            region: global.region.clone(),
            profile: global.profile.clone(),
            endpoint_url: global.endpoint_url.clone(),
            bulk,
            resolved_region: OnceCell::new(),
            aws: OnceCell::new(),
            account: OnceCell::new(),
        })
    }

    fn settings(&self) -> Settings<'_> {
        Settings {
            region: self.region.as_deref(),
            profile: self.profile.as_deref(),
            endpoint_url: self.endpoint_url.as_deref(),
            bulk: self.bulk,
        }
    }

    /// The region, found locally (flag, environment, profile) without any request.
    pub async fn region(&self) -> Result<String> {
        self.resolved_region
            .get_or_try_init(|| async { resolve_region(&self.settings()).await })
            .await
            .cloned()
    }

    pub async fn aws(&self) -> Result<&Aws> {
        self.aws
            .get_or_try_init(|| async {
                let aws = Aws::connect(&self.settings(), self.region().await?).await?;
                self.printer.verbose(format_args!(
                    "region {}, endpoint {}, state machine {}",
                    aws.region,
                    self.endpoint_url
                        .as_deref()
                        .unwrap_or("from the AWS configuration"),
                    self.machine.name()
                ));
                Ok(aws)
            })
            .await
    }

    /// The account and region resources live in: from the state machine ARN when one was
    /// given, else one STS call.
    pub async fn account(&self) -> Result<&Account> {
        self.account
            .get_or_try_init(|| async {
                let aws = self.aws().await?;
                let id = match self.machine.account_id() {
                    Some(id) => id.to_string(),
                    None => aws.account_id().await?,
                };
                self.printer.verbose(format_args!("account {id}"));
                Ok(Account::new(id, aws.region.clone()))
            })
            .await
    }

    /// The ARN of the machine that serves standard queues, or FIFO queues.
    pub async fn machine_arn(&self, fifo: bool) -> Result<String> {
        Ok(self.machine.arn(self.account().await?, fifo))
    }
}
