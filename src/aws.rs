//! The one place that talks to AWS: it builds the SDK clients from the standard configuration
//! and turns each call's result into the domain's terms and errors.

use std::time::Duration;

use aws_config::meta::region::ProvideRegion;
use aws_config::{BehaviorVersion, Region, SdkConfig};
use aws_credential_types::provider::ProvideCredentials;
use aws_sdk_sfn::error::SdkError;
use aws_sdk_sfn::types::{ExecutionStatus, StateMachineType};
use aws_smithy_runtime::client::retries::{RetryPartition, TokenBucket};
use aws_smithy_types::error::display::DisplayErrorContext;
use aws_smithy_types::error::metadata::ProvideErrorMetadata;
use jiff::Timestamp;

use crate::error::{Error, Result};
use crate::queue::QueueRef;
use crate::schedule::Status;

/// Where commands send their requests, as resolved from flags, environment and profile.
/// Cloning shares the connections.
#[derive(Clone)]
pub struct Aws {
    sfn: aws_sdk_sfn::Client,
    sqs: aws_sdk_sqs::Client,
    iam: aws_sdk_iam::Client,
    sts: aws_sdk_sts::Client,
    pub region: String,
    endpoint: Option<String>,
    credentials: Option<aws_credential_types::provider::SharedCredentialsProvider>,
}

/// What a command needs to know about an existing execution.
#[derive(Debug, Clone)]
pub struct Execution {
    pub arn: String,
    pub status: Status,
    pub input: Option<String>,
    pub output: Option<String>,
    pub start_date: Option<Timestamp>,
    pub stop_date: Option<Timestamp>,
    pub error: Option<String>,
    pub cause: Option<String>,
}

/// One row of a ListExecutions page: everything a listing shows comes from these.
#[derive(Debug, Clone)]
pub struct ExecutionItem {
    pub arn: String,
    pub name: String,
    pub status: Status,
    pub start_date: Option<Timestamp>,
    pub stop_date: Option<Timestamp>,
}

/// One page of executions and the token for the next, if any.
struct Page {
    items: Vec<ExecutionItem>,
    next: Option<String>,
}

/// The ListExecutions status filters that together list the executions with `status` (every
/// status for `None`): failed takes two, FAILED and TIMED_OUT.
fn status_filters(status: Option<Status>) -> Vec<Option<ExecutionStatus>> {
    match status {
        None => vec![None],
        Some(Status::Pending) => vec![Some(ExecutionStatus::Running)],
        Some(Status::Delivered) => vec![Some(ExecutionStatus::Succeeded)],
        Some(Status::Cancelled) => vec![Some(ExecutionStatus::Aborted)],
        Some(Status::Failed) => vec![
            Some(ExecutionStatus::Failed),
            Some(ExecutionStatus::TimedOut),
        ],
    }
}

fn status_of(status: &ExecutionStatus) -> Status {
    match status {
        ExecutionStatus::Running => Status::Pending,
        ExecutionStatus::Succeeded => Status::Delivered,
        ExecutionStatus::Aborted => Status::Cancelled,
        _ => Status::Failed,
    }
}

/// An existing state machine's definition and role.
pub struct Machine {
    pub definition: String,
    pub role_arn: String,
}

/// The configuration flags every command shares.
pub struct Settings<'a> {
    pub region: Option<&'a str>,
    pub profile: Option<&'a str>,
    pub endpoint_url: Option<&'a str>,
    /// Many requests in a row (batches, `cancel --all`): retry throttling and transient
    /// errors more patiently, so a burst that meets the account's quota slows down instead
    /// of failing lines.
    pub bulk: bool,
}

/// Finds the region without calling anything: the flag, the environment, then the profile.
/// The SDK's default chain would also probe the EC2 instance metadata service, which takes
/// seconds to time out off EC2; a CLI should say at once that the region is missing.
pub async fn resolve_region(settings: &Settings<'_>) -> Result<String> {
    if let Some(region) = settings.region {
        return Ok(region.to_string());
    }
    if let Some(region) = aws_config::environment::EnvironmentVariableRegionProvider::new()
        .region()
        .await
    {
        return Ok(region.to_string());
    }
    let mut profile = aws_config::profile::ProfileFileRegionProvider::builder();
    if let Some(name) = settings.profile {
        profile = profile.profile_name(name);
    }
    match profile.build().region().await {
        Some(region) => Ok(region.to_string()),
        None => Err(Error::Config(
            "no AWS region: pass --region, set AWS_REGION, or set region in your AWS profile"
                .into(),
        )),
    }
}

impl Aws {
    /// Clients for `region` (see [`resolve_region`]) configured from `settings`.
    pub async fn connect(settings: &Settings<'_>, region: String) -> Result<Self> {
        let mut loader =
            aws_config::defaults(BehaviorVersion::latest()).region(Region::new(region.clone()));
        if let Some(profile) = settings.profile {
            loader = loader.profile_name(profile);
        }
        if let Some(url) = settings.endpoint_url {
            loader = loader.endpoint_url(url);
        }
        if settings.bulk {
            probe(settings.endpoint_url, &region).await?;
            loader = loader.retry_config(
                aws_config::retry::RetryConfig::standard()
                    .with_max_attempts(10)
                    .with_initial_backoff(Duration::from_millis(200))
                    .with_max_backoff(Duration::from_secs(10)),
            );
        }
        let config: SdkConfig = loader.load().await;
        // The SDK also caps retries per client (a bucket of about 100 retries) to protect an
        // overloaded service. Bulk commands pace their own requests under the AWS quota, so
        // that cap would only fail lines of a long throttled batch: they retry without it.
        let partition = settings.bulk.then(|| {
            RetryPartition::custom("sqsdelay-bulk")
                .token_bucket(TokenBucket::unlimited())
                .build()
        });
        let mut sfn = aws_sdk_sfn::config::Builder::from(&config);
        sfn.set_retry_partition(partition.clone());
        let mut sqs = aws_sdk_sqs::config::Builder::from(&config);
        sqs.set_retry_partition(partition.clone());
        let mut sts = aws_sdk_sts::config::Builder::from(&config);
        sts.set_retry_partition(partition);
        Ok(Aws {
            sfn: aws_sdk_sfn::Client::from_conf(sfn.build()),
            sqs: aws_sdk_sqs::Client::from_conf(sqs.build()),
            iam: aws_sdk_iam::Client::new(&config),
            sts: aws_sdk_sts::Client::from_conf(sts.build()),
            region,
            endpoint: settings.endpoint_url.map(str::to_string),
            credentials: config.credentials_provider(),
        })
    }

    /// The endpoint a service is reached at, for error messages.
    fn endpoint(&self, service_env: &str, service: &str) -> String {
        self.endpoint
            .clone()
            .or_else(|| std::env::var(format!("AWS_ENDPOINT_URL_{service_env}")).ok())
            .or_else(|| std::env::var("AWS_ENDPOINT_URL").ok())
            .unwrap_or_else(|| format!("the {service} endpoint of {}", self.region))
    }

    /// Maps failures common to every call: network, credentials, permissions, the rest.
    fn fail<E, R>(&self, service: (&str, &str), what: &str, err: SdkError<E, R>) -> Error
    where
        E: ProvideErrorMetadata + std::error::Error + 'static,
        R: std::fmt::Debug,
    {
        let code = err.code().unwrap_or_default().to_string();
        let detail = DisplayErrorContext(&err).to_string();
        match &err {
            _ if detail.contains("no credentials") || detail.contains("credentials provider") => {
                Error::Config(format!(
                    "no AWS credentials: configure a profile, SSO or AWS_ACCESS_KEY_ID ({what})"
                ))
            }
            // Refused, reset or closed connections, and DNS failures: the request never got
            // an answer, after the SDK's retries.
            SdkError::DispatchFailure(d) if !d.is_user() => Error::Unreachable(format!(
                "cannot reach {} ({what}: {}): check the endpoint and your network",
                self.endpoint(service.0, service.1),
                root_cause(
                    d.as_connector_error()
                        .map_or(&err as &dyn std::error::Error, |c| c)
                )
            )),
            SdkError::TimeoutError(_) => Error::Unreachable(format!(
                "cannot reach {} ({what}): it did not answer in time",
                self.endpoint(service.0, service.1)
            )),
            _ if code.contains("AccessDenied")
                || code.contains("UnrecognizedClient")
                || code.contains("InvalidClientTokenId")
                || code.contains("ExpiredToken") =>
            {
                Error::Config(format!("{what}: {}", err.message().unwrap_or(&code)))
            }
            _ => Error::Aws(format!(
                "{what}: {}",
                err.message().map_or(detail.clone(), str::to_string)
            )),
        }
    }

    /// The caller's account: recorded locally per access key (see `accounts`), else from STS.
    pub async fn account_id(&self) -> Result<String> {
        let access_key = match self.credentials.as_ref() {
            Some(provider) => provider
                .provide_credentials()
                .await
                .ok()
                .map(|c| c.access_key_id().to_string()),
            None => None,
        };
        let endpoint = self.endpoint("STS", "STS");
        if let Some(account) = access_key
            .as_deref()
            .and_then(|key| crate::accounts::lookup(key, &endpoint))
        {
            return Ok(account);
        }
        let account = self.ask_sts().await?;
        if let Some(key) = &access_key {
            crate::accounts::record(key, &endpoint, &account);
        }
        Ok(account)
    }

    async fn ask_sts(&self) -> Result<String> {
        let out = self
            .sts
            .get_caller_identity()
            .send()
            .await
            .map_err(|e| self.fail(("STS", "STS"), "finding the account", e))?;
        out.account()
            .map(str::to_string)
            .ok_or_else(|| Error::Aws("finding the account: STS returned no account id".into()))
    }

    /// The queue's URL, after checking that the queue exists.
    pub async fn queue_url(&self, queue: &QueueRef) -> Result<String> {
        let missing = || {
            Error::NotFound(format!(
                "queue {} does not exist in {}",
                queue.name(),
                self.region
            ))
        };
        let url = match queue {
            QueueRef::Name(name) => match self.sqs.get_queue_url().queue_name(name).send().await {
                Ok(out) => out.queue_url().unwrap_or_default().to_string(),
                Err(e) if is_missing_queue(&e) => return Err(missing()),
                Err(e) => return Err(self.fail(("SQS", "SQS"), "looking up the queue", e)),
            },
            QueueRef::Url(url) => url.clone(),
        };
        match self
            .sqs
            .get_queue_attributes()
            .queue_url(&url)
            .attribute_names(aws_sdk_sqs::types::QueueAttributeName::QueueArn)
            .send()
            .await
        {
            Ok(_) => Ok(url),
            Err(e) if is_missing_queue(&e) => Err(missing()),
            Err(e) => Err(self.fail(("SQS", "SQS"), "checking the queue", e)),
        }
    }

    /// Starts an execution; `Ok(None)` when the name is already taken by another execution.
    pub async fn start_execution(
        &self,
        machine_arn: &str,
        name: &str,
        input: &str,
    ) -> Result<Option<String>> {
        use aws_sdk_sfn::operation::start_execution::StartExecutionError as E;
        match self
            .sfn
            .start_execution()
            .state_machine_arn(machine_arn)
            .name(name)
            .input(input)
            .send()
            .await
        {
            Ok(out) => Ok(Some(out.execution_arn().to_string())),
            Err(e) => match e.as_service_error() {
                Some(E::ExecutionAlreadyExists(_)) => Ok(None),
                Some(E::StateMachineDoesNotExist(_)) => Err(not_set_up(machine_arn)),
                Some(E::ExecutionLimitExceeded(_)) => Err(Error::Aws(
                    "Step Functions refused: the account has reached its limit of open executions"
                        .into(),
                )),
                _ => Err(self.fail(("SFN", "Step Functions"), "starting the execution", e)),
            },
        }
    }

    pub async fn describe_execution(&self, arn: &str) -> Result<Option<Execution>> {
        use aws_sdk_sfn::operation::describe_execution::DescribeExecutionError as E;
        match self
            .sfn
            .describe_execution()
            .execution_arn(arn)
            .send()
            .await
        {
            Ok(out) => Ok(Some(Execution {
                arn: arn.to_string(),
                status: status_of(out.status()),
                input: out.input().map(str::to_string),
                output: out.output().map(str::to_string),
                start_date: to_timestamp(out.start_date()),
                stop_date: out.stop_date().and_then(to_timestamp),
                error: out.error().map(str::to_string),
                cause: out.cause().map(str::to_string),
            })),
            Err(e) if matches!(e.as_service_error(), Some(E::ExecutionDoesNotExist(_))) => Ok(None),
            Err(e) => Err(self.fail(("SFN", "Step Functions"), "reading the execution", e)),
        }
    }

    /// Calls `each` for every execution with `status` (every status for `None`) of the given
    /// state machines, reading ListExecutions pages of 1,000, the most it allows. A machine
    /// that does not exist has none; if none of them exists, sqsdelay is not set up.
    pub async fn each_execution(
        &self,
        machine_arns: [&str; 2],
        status: Option<Status>,
        mut each: impl FnMut(ExecutionItem),
    ) -> Result<()> {
        let mut set_up = false;
        for machine_arn in machine_arns {
            for filter in status_filters(status) {
                let mut token = None;
                while let Some(page) = self
                    .list_executions(machine_arn, filter.clone(), token)
                    .await?
                {
                    set_up = true;
                    page.items.into_iter().for_each(&mut each);
                    match page.next {
                        Some(next) => token = Some(next),
                        None => break,
                    }
                }
            }
        }
        if set_up {
            Ok(())
        } else {
            Err(not_set_up(machine_arns[0]))
        }
    }

    /// One page of a machine's executions, newest first; `None` if the machine does not exist.
    async fn list_executions(
        &self,
        machine_arn: &str,
        filter: Option<ExecutionStatus>,
        token: Option<String>,
    ) -> Result<Option<Page>> {
        use aws_sdk_sfn::operation::list_executions::ListExecutionsError as E;
        let result = self
            .sfn
            .list_executions()
            .state_machine_arn(machine_arn)
            .set_status_filter(filter)
            .max_results(1000)
            .set_next_token(token)
            .send()
            .await;
        match result {
            Ok(out) => Ok(Some(Page {
                next: out.next_token().map(str::to_string),
                items: out
                    .executions()
                    .iter()
                    .map(|e| ExecutionItem {
                        arn: e.execution_arn().to_string(),
                        name: e.name().to_string(),
                        status: status_of(e.status()),
                        start_date: to_timestamp(e.start_date()),
                        stop_date: e.stop_date().and_then(to_timestamp),
                    })
                    .collect(),
            })),
            Err(e) if matches!(e.as_service_error(), Some(E::StateMachineDoesNotExist(_))) => {
                Ok(None)
            }
            Err(e) => Err(self.fail(("SFN", "Step Functions"), "listing executions", e)),
        }
    }

    /// The error and cause recorded when the execution was stopped: the last event of its
    /// history (DescribeExecution reports them for failures, not necessarily for stops).
    pub async fn stop_reason(&self, arn: &str) -> Result<(Option<String>, Option<String>)> {
        let out = self
            .sfn
            .get_execution_history()
            .execution_arn(arn)
            .reverse_order(true)
            .max_results(1)
            .send()
            .await
            .map_err(|e| {
                self.fail(
                    ("SFN", "Step Functions"),
                    "reading the execution history",
                    e,
                )
            })?;
        let aborted = out
            .events()
            .first()
            .and_then(|e| e.execution_aborted_event_details());
        Ok((
            aborted.and_then(|d| d.error()).map(str::to_string),
            aborted.and_then(|d| d.cause()).map(str::to_string),
        ))
    }

    /// Stops a running execution, recording why in its history.
    pub async fn stop_execution(&self, arn: &str, error: &str, cause: &str) -> Result<()> {
        self.sfn
            .stop_execution()
            .execution_arn(arn)
            .error(error)
            .cause(cause)
            .send()
            .await
            .map_err(|e| self.fail(("SFN", "Step Functions"), "stopping the execution", e))?;
        Ok(())
    }

    pub async fn describe_state_machine(&self, arn: &str) -> Result<Option<Machine>> {
        use aws_sdk_sfn::operation::describe_state_machine::DescribeStateMachineError as E;
        match self
            .sfn
            .describe_state_machine()
            .state_machine_arn(arn)
            .send()
            .await
        {
            Ok(out) => Ok(Some(Machine {
                definition: out.definition().to_string(),
                role_arn: out.role_arn().to_string(),
            })),
            Err(e) if matches!(e.as_service_error(), Some(E::StateMachineDoesNotExist(_))) => {
                Ok(None)
            }
            Err(e) => Err(self.fail(("SFN", "Step Functions"), "reading the state machine", e)),
        }
    }

    /// Creates a Standard state machine. A role created moments ago may not be assumable by
    /// Step Functions yet (IAM is eventually consistent), so that refusal is retried for a while.
    pub async fn create_state_machine(
        &self,
        name: &str,
        definition: &str,
        role_arn: &str,
        role_is_new: bool,
    ) -> Result<String> {
        let mut wait = Duration::from_secs(1);
        let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
        loop {
            let result = self
                .sfn
                .create_state_machine()
                .name(name)
                .definition(definition)
                .role_arn(role_arn)
                .r#type(StateMachineType::Standard)
                .send()
                .await;
            match result {
                Ok(out) => return Ok(out.state_machine_arn().to_string()),
                Err(e)
                    if role_is_new
                        && e.code() == Some("AccessDeniedException")
                        && tokio::time::Instant::now() + wait < deadline =>
                {
                    tokio::time::sleep(wait).await;
                    wait = (wait * 2).min(Duration::from_secs(10));
                }
                Err(e) => {
                    return Err(self.fail(
                        ("SFN", "Step Functions"),
                        "creating the state machine",
                        e,
                    ));
                }
            }
        }
    }

    pub async fn update_state_machine(
        &self,
        arn: &str,
        definition: &str,
        role_arn: &str,
    ) -> Result<()> {
        self.sfn
            .update_state_machine()
            .state_machine_arn(arn)
            .definition(definition)
            .role_arn(role_arn)
            .send()
            .await
            .map_err(|e| self.fail(("SFN", "Step Functions"), "updating the state machine", e))?;
        Ok(())
    }

    /// Deletes a state machine; `false` if it did not exist.
    pub async fn delete_state_machine(&self, arn: &str) -> Result<bool> {
        if self.describe_state_machine(arn).await?.is_none() {
            return Ok(false);
        }
        self.sfn
            .delete_state_machine()
            .state_machine_arn(arn)
            .send()
            .await
            .map_err(|e| self.fail(("SFN", "Step Functions"), "deleting the state machine", e))?;
        Ok(true)
    }

    /// Deletes the role and its inline policy; `false` if the role did not exist.
    pub async fn delete_role(&self, role: &str, policy: &str) -> Result<bool> {
        if self.get_role(role).await?.is_none() {
            return Ok(false);
        }
        if self.get_role_policy(role, policy).await?.is_some() {
            self.iam
                .delete_role_policy()
                .role_name(role)
                .policy_name(policy)
                .send()
                .await
                .map_err(|e| self.fail(("IAM", "IAM"), "deleting the role's policy", e))?;
        }
        self.iam
            .delete_role()
            .role_name(role)
            .send()
            .await
            .map_err(|e| self.fail(("IAM", "IAM"), "deleting the role", e))?;
        Ok(true)
    }

    /// The role's ARN and trust policy, if the role exists.
    pub async fn get_role(&self, name: &str) -> Result<Option<(String, String)>> {
        match self.iam.get_role().role_name(name).send().await {
            Ok(out) => Ok(out.role().map(|role| {
                (
                    role.arn().to_string(),
                    decode_policy(role.assume_role_policy_document().unwrap_or_default()),
                )
            })),
            Err(e)
                if e.as_service_error()
                    .is_some_and(|s| s.is_no_such_entity_exception()) =>
            {
                Ok(None)
            }
            Err(e) => Err(self.fail(("IAM", "IAM"), "reading the role", e)),
        }
    }

    pub async fn create_role(&self, name: &str, trust_policy: &str) -> Result<String> {
        let out = self
            .iam
            .create_role()
            .role_name(name)
            .assume_role_policy_document(trust_policy)
            .description("Lets the sqsdelay state machines send SQS messages")
            .send()
            .await
            .map_err(|e| self.fail(("IAM", "IAM"), "creating the role", e))?;
        Ok(out.role().map(|r| r.arn().to_string()).unwrap_or_default())
    }

    pub async fn update_trust_policy(&self, role: &str, trust_policy: &str) -> Result<()> {
        self.iam
            .update_assume_role_policy()
            .role_name(role)
            .policy_document(trust_policy)
            .send()
            .await
            .map_err(|e| self.fail(("IAM", "IAM"), "updating the role's trust policy", e))?;
        Ok(())
    }

    pub async fn get_role_policy(&self, role: &str, policy: &str) -> Result<Option<String>> {
        match self
            .iam
            .get_role_policy()
            .role_name(role)
            .policy_name(policy)
            .send()
            .await
        {
            Ok(out) => Ok(Some(decode_policy(out.policy_document()))),
            Err(e)
                if e.as_service_error()
                    .is_some_and(|s| s.is_no_such_entity_exception()) =>
            {
                Ok(None)
            }
            Err(e) => Err(self.fail(("IAM", "IAM"), "reading the role's policy", e)),
        }
    }

    pub async fn put_role_policy(&self, role: &str, policy: &str, document: &str) -> Result<()> {
        self.iam
            .put_role_policy()
            .role_name(role)
            .policy_name(policy)
            .policy_document(document)
            .send()
            .await
            .map_err(|e| self.fail(("IAM", "IAM"), "writing the role's policy", e))?;
        Ok(())
    }
}

/// Patient retries would spend a minute on an endpoint that is simply down, so bulk commands
/// first check that a connection opens at all (a TCP connect, not an AWS request).
async fn probe(endpoint_url: Option<&str>, region: &str) -> Result<()> {
    let url = endpoint_url
        .map(str::to_string)
        .or_else(|| std::env::var("AWS_ENDPOINT_URL_SFN").ok())
        .or_else(|| std::env::var("AWS_ENDPOINT_URL").ok());
    let (host, port, shown) = match &url {
        Some(url) => {
            let rest = url.split_once("://").map_or(url.as_str(), |(_, rest)| rest);
            let authority = rest.split('/').next().unwrap_or_default();
            let default_port = if url.starts_with("http://") { 80 } else { 443 };
            match authority.rsplit_once(':') {
                Some((host, port)) if port.parse::<u16>().is_ok() => (
                    host.to_string(),
                    port.parse().unwrap_or(default_port),
                    url.clone(),
                ),
                _ => (authority.to_string(), default_port, url.clone()),
            }
        }
        None => {
            let suffix = if region.starts_with("cn-") {
                "amazonaws.com.cn"
            } else {
                "amazonaws.com"
            };
            let host = format!("states.{region}.{suffix}");
            (host.clone(), 443, format!("https://{host}"))
        }
    };
    let connect = tokio::net::TcpStream::connect((host.as_str(), port));
    match tokio::time::timeout(Duration::from_secs(5), connect).await {
        Ok(Ok(_)) => Ok(()),
        Ok(Err(e)) => Err(Error::Unreachable(format!(
            "cannot reach {shown} ({e}): check the endpoint and your network"
        ))),
        Err(_) => Err(Error::Unreachable(format!(
            "cannot reach {shown}: no connection within 5 s"
        ))),
    }
}

/// The innermost error of a chain: "Connection refused (os error 111)" rather than the
/// layers of the HTTP client around it.
fn root_cause(err: &dyn std::error::Error) -> String {
    let mut cause = err;
    while let Some(source) = cause.source() {
        cause = source;
    }
    cause.to_string()
}

/// The error for a state machine that `setup` has not created.
pub fn not_set_up(machine_arn: &str) -> Error {
    let name = machine_arn.rsplit(':').next().unwrap_or(machine_arn);
    Error::NotSetUp(format!(
        "state machine {name} does not exist: run `sqsdelay setup` first (with the same --state-machine and region)"
    ))
}

fn is_missing_queue<E: ProvideErrorMetadata, R>(err: &SdkError<E, R>) -> bool {
    err.code()
        .is_some_and(|c| c.contains("QueueDoesNotExist") || c.contains("NonExistentQueue"))
}

/// IAM returns policy documents URL-encoded.
fn decode_policy(document: &str) -> String {
    percent_encoding::percent_decode_str(document)
        .decode_utf8()
        .map_or_else(|_| document.to_string(), |d| d.into_owned())
}

fn to_timestamp(t: &aws_smithy_types::DateTime) -> Option<Timestamp> {
    Timestamp::new(t.secs(), t.subsec_nanos() as i32).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failed_lists_failed_and_timed_out_executions() {
        let api = status_filters;
        assert_eq!(api(None), [None]);
        assert_eq!(api(Some(Status::Pending)), [Some(ExecutionStatus::Running)]);
        assert_eq!(
            api(Some(Status::Failed)),
            [
                Some(ExecutionStatus::Failed),
                Some(ExecutionStatus::TimedOut)
            ]
        );
        assert_eq!(status_of(&ExecutionStatus::TimedOut), Status::Failed);
        assert_eq!(status_of(&ExecutionStatus::Aborted), Status::Cancelled);
    }
}
