//! What `setup` provisions, as pure data: the bundled definitions, the role's policies, and
//! the names and ARNs that tie them together.

use serde_json::{Value, json};

/// Standard queues: Wait, then SendMessage with body and attributes.
pub const STANDARD_DEFINITION: &str = include_str!("../asl/standard.asl.json");
/// FIFO queues: the same, plus `MessageGroupId` and `MessageDeduplicationId`. A separate machine
/// rather than a Choice state, so every message costs two state transitions.
pub const FIFO_DEFINITION: &str = include_str!("../asl/fifo.asl.json");

/// Name of the role's inline permissions policy.
pub const POLICY_NAME: &str = "sqsdelay-send-message";

/// IAM role names are at most 64 characters.
const MAX_ROLE_NAME: usize = 64;
/// State machine names are at most 80 characters; the FIFO one adds `-fifo`.
const MAX_MACHINE_NAME: usize = 80 - FIFO_SUFFIX.len();
const FIFO_SUFFIX: &str = "-fifo";

/// The state machine the user named, by name or ARN.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MachineRef {
    Name(String),
    Arn(String),
}

impl MachineRef {
    pub fn parse(text: &str) -> Result<Self, String> {
        let name = if text.starts_with("arn:") {
            let parts: Vec<&str> = text.split(':').collect();
            if parts.len() != 7 || parts[2] != "states" || parts[5] != "stateMachine" {
                return Err(format!(
                    "--state-machine {text:?} is not a state machine ARN: expected arn:aws:states:REGION:ACCOUNT:stateMachine:NAME"
                ));
            }
            parts[6]
        } else {
            text
        };
        if name.is_empty()
            || name.len() > MAX_MACHINE_NAME
            || !name.chars().all(crate::limits::is_name_char)
        {
            return Err(format!(
                "--state-machine name {name:?} must be 1 to {MAX_MACHINE_NAME} letters, digits, '-' or '_'"
            ));
        }
        Ok(if text.starts_with("arn:") {
            MachineRef::Arn(text.to_string())
        } else {
            MachineRef::Name(text.to_string())
        })
    }

    pub fn name(&self) -> &str {
        match self {
            MachineRef::Name(name) => name,
            MachineRef::Arn(arn) => arn.rsplit(':').next().unwrap_or_default(),
        }
    }

    /// The ARN of the standard machine, or with `fifo` of its FIFO twin.
    pub fn arn(&self, account: &Account, fifo: bool) -> String {
        let base = match self {
            MachineRef::Arn(arn) => arn.clone(),
            MachineRef::Name(name) => format!(
                "arn:{}:states:{}:{}:stateMachine:{name}",
                account.partition, account.region, account.id
            ),
        };
        if fifo {
            format!("{base}{FIFO_SUFFIX}")
        } else {
            base
        }
    }

    /// The account id, when the ARN already tells it (no need to ask STS).
    pub fn account_id(&self) -> Option<&str> {
        match self {
            MachineRef::Arn(arn) => arn.split(':').nth(4),
            MachineRef::Name(_) => None,
        }
    }

    /// The role `setup` creates for this machine.
    pub fn role_name(&self) -> Result<String, String> {
        let role = format!("{}-role", self.name());
        if role.len() > MAX_ROLE_NAME {
            return Err(format!(
                "role name {role:?} would exceed {MAX_ROLE_NAME} characters: use a shorter --state-machine or pass --role-arn"
            ));
        }
        Ok(role)
    }
}

/// Names of the two machines and their definitions.
pub fn machines(machine: &MachineRef) -> [(String, bool, &'static str); 2] {
    [
        (machine.name().to_string(), false, STANDARD_DEFINITION),
        (
            format!("{}{FIFO_SUFFIX}", machine.name()),
            true,
            FIFO_DEFINITION,
        ),
    ]
}

/// The execution ARN for a name, derived from the machine ARN without a request.
pub fn execution_arn(machine_arn: &str, name: &str) -> String {
    format!(
        "{}:{name}",
        machine_arn.replacen(":stateMachine:", ":execution:", 1)
    )
}

/// Where resources live.
#[derive(Debug, Clone)]
pub struct Account {
    pub id: String,
    pub region: String,
    pub partition: &'static str,
}

impl Account {
    pub fn new(id: String, region: String) -> Self {
        let partition = if region.starts_with("cn-") {
            "aws-cn"
        } else if region.starts_with("us-gov-") {
            "aws-us-gov"
        } else {
            "aws"
        };
        Account {
            id,
            region,
            partition,
        }
    }
}

/// Step Functions may assume the role only on behalf of this account's state machines in this
/// region (the confused-deputy conditions).
pub fn trust_policy(account: &Account) -> Value {
    json!({
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": "Allow",
            "Principal": {"Service": "states.amazonaws.com"},
            "Action": "sts:AssumeRole",
            "Condition": {
                "StringEquals": {"aws:SourceAccount": account.id},
                "ArnLike": {"aws:SourceArn": format!(
                    "arn:{}:states:{}:{}:stateMachine:*", account.partition, account.region, account.id
                )}
            }
        }]
    })
}

/// The role may only send messages: to the given queues (default: every queue of the account
/// in the region), plus the KMS actions SQS needs for queues encrypted with the given keys.
pub fn permissions_policy(account: &Account, queue_arns: &[String], kms_keys: &[String]) -> Value {
    let queues: Vec<String> = if queue_arns.is_empty() {
        vec![format!(
            "arn:{}:sqs:{}:{}:*",
            account.partition, account.region, account.id
        )]
    } else {
        queue_arns.to_vec()
    };
    let mut statements = vec![json!({
        "Sid": "SendScheduledMessages",
        "Effect": "Allow",
        "Action": "sqs:SendMessage",
        "Resource": queues
    })];
    if !kms_keys.is_empty() {
        statements.push(json!({
            "Sid": "EncryptForQueues",
            "Effect": "Allow",
            "Action": ["kms:GenerateDataKey", "kms:Decrypt"],
            "Resource": kms_keys
        }));
    }
    json!({"Version": "2012-10-17", "Statement": statements})
}

/// Checks `--queue-arn` and `--kms-key` values: `arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE`.
pub fn check_arn(flag: &str, service: &str, arn: &str) -> Result<(), String> {
    let parts: Vec<&str> = arn.splitn(6, ':').collect();
    let ok = parts.len() == 6
        && parts[0] == "arn"
        && parts[2] == service
        && (parts[3].is_empty() == (service == "iam"))
        && parts[4].len() == 12
        && parts[4].chars().all(|c| c.is_ascii_digit())
        && !parts[5].is_empty();
    if ok {
        Ok(())
    } else {
        Err(format!(
            "{flag} {arn:?} is not a{} {service} ARN: expected arn:aws:{service}:{}",
            if service == "iam" { "n" } else { "" },
            match service {
                "sqs" => "REGION:ACCOUNT:QUEUE",
                "kms" => "REGION:ACCOUNT:key/KEY_ID",
                _ => ":ACCOUNT:role/NAME",
            }
        ))
    }
}

/// Two JSON documents mean the same (IAM and Step Functions may reformat what they store).
pub fn same_json(a: &str, b: &str) -> bool {
    match (
        serde_json::from_str::<Value>(a),
        serde_json::from_str::<Value>(b),
    ) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn account() -> Account {
        Account::new("123456789012".into(), "eu-west-1".into())
    }

    #[test]
    fn definitions_are_valid_json_with_two_states_on_the_success_path() {
        for (definition, fifo) in [(STANDARD_DEFINITION, false), (FIFO_DEFINITION, true)] {
            let asl: Value = serde_json::from_str(definition).unwrap();
            assert_eq!(asl["StartAt"], "WaitUntilDue");
            assert_eq!(asl["States"]["WaitUntilDue"]["TimestampPath"], "$.dueAt");
            assert_eq!(asl["States"]["WaitUntilDue"]["Next"], "SendMessage");
            let send = &asl["States"]["SendMessage"];
            assert_eq!(send["Resource"], "arn:aws:states:::sqs:sendMessage");
            assert_eq!(send["End"], true);
            assert_eq!(send["Parameters"].get("MessageGroupId.$").is_some(), fifo);
        }
    }

    #[test]
    fn machine_refs() {
        let by_name = MachineRef::parse("sqsdelay").unwrap();
        assert_eq!(
            by_name.arn(&account(), false),
            "arn:aws:states:eu-west-1:123456789012:stateMachine:sqsdelay"
        );
        assert_eq!(
            by_name.arn(&account(), true),
            "arn:aws:states:eu-west-1:123456789012:stateMachine:sqsdelay-fifo"
        );
        assert_eq!(by_name.role_name().unwrap(), "sqsdelay-role");
        let arn = "arn:aws:states:us-east-1:210987654321:stateMachine:delays";
        let by_arn = MachineRef::parse(arn).unwrap();
        assert_eq!(by_arn.name(), "delays");
        assert_eq!(by_arn.account_id(), Some("210987654321"));
        assert_eq!(by_arn.arn(&account(), false), arn);
        assert!(MachineRef::parse("has space").is_err());
        assert!(MachineRef::parse("arn:aws:sqs:us-east-1:1:q").is_err());
        assert!(MachineRef::parse(&"m".repeat(76)).is_err());
        assert!(
            MachineRef::parse(&"m".repeat(60))
                .unwrap()
                .role_name()
                .is_err()
        );
        assert_eq!(
            execution_arn(
                "arn:aws:states:eu-west-1:123456789012:stateMachine:sqsdelay",
                "x_1"
            ),
            "arn:aws:states:eu-west-1:123456789012:execution:sqsdelay:x_1"
        );
    }

    #[test]
    fn policies() {
        let trust = trust_policy(&account());
        let statement = &trust["Statement"][0];
        assert_eq!(statement["Principal"]["Service"], "states.amazonaws.com");
        assert_eq!(
            statement["Condition"]["StringEquals"]["aws:SourceAccount"],
            "123456789012"
        );
        assert_eq!(
            statement["Condition"]["ArnLike"]["aws:SourceArn"],
            "arn:aws:states:eu-west-1:123456789012:stateMachine:*"
        );
        let all = permissions_policy(&account(), &[], &[]);
        assert_eq!(all["Statement"].as_array().unwrap().len(), 1);
        assert_eq!(all["Statement"][0]["Action"], "sqs:SendMessage");
        assert_eq!(
            all["Statement"][0]["Resource"][0],
            "arn:aws:sqs:eu-west-1:123456789012:*"
        );
        let scoped = permissions_policy(
            &account(),
            &["arn:aws:sqs:eu-west-1:123456789012:q".into()],
            &["k".into()],
        );
        assert_eq!(
            scoped["Statement"][0]["Resource"][0],
            "arn:aws:sqs:eu-west-1:123456789012:q"
        );
        assert_eq!(scoped["Statement"][1]["Action"][0], "kms:GenerateDataKey");
        assert_eq!(
            Account::new("1".into(), "cn-north-1".into()).partition,
            "aws-cn"
        );
    }

    #[test]
    fn arns() {
        assert!(
            check_arn(
                "--queue-arn",
                "sqs",
                "arn:aws:sqs:eu-west-1:123456789012:orders"
            )
            .is_ok()
        );
        assert!(check_arn("--queue-arn", "sqs", "arn:aws:sqs:eu-west-1:123456789012:*").is_ok());
        assert!(check_arn("--queue-arn", "sqs", "orders").is_err());
        assert!(check_arn("--queue-arn", "sqs", "arn:aws:sns:eu-west-1:123456789012:t").is_err());
        assert!(
            check_arn(
                "--kms-key",
                "kms",
                "arn:aws:kms:eu-west-1:123456789012:key/abc"
            )
            .is_ok()
        );
        assert!(check_arn("--kms-key", "kms", "arn:aws:kms:eu-west-1:12:key/abc").is_err());
        assert!(check_arn("--role-arn", "iam", "arn:aws:iam::123456789012:role/mine").is_ok());
        assert!(
            check_arn(
                "--role-arn",
                "iam",
                "arn:aws:iam:us-east-1:123456789012:role/mine"
            )
            .is_err()
        );
    }

    #[test]
    fn json_comparison_ignores_formatting() {
        assert!(same_json("{\"a\": [1, 2]}", "{\"a\":[1,2]}"));
        assert!(!same_json("{\"a\":1}", "{\"a\":2}"));
    }
}
