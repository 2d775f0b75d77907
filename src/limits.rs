//! AWS limits that sqsdelay must respect, in one place, with the checks that use them.
//! Sources: `shared/AWS-FACTS.md` (Step Functions quotas, StartExecution and SQS API references).

use std::time::Duration;

/// Step Functions Standard executions may run for at most one year.
pub const MAX_EXECUTION: Duration = Duration::from_secs(365 * 24 * 3600);

/// The longest delay we accept: a year minus a margin for the send itself, so that a message
/// due at the very end never hits `States.Timeout` while it is being delivered.
pub const MAX_DELAY: Duration = Duration::from_secs(MAX_EXECUTION.as_secs() - 15 * 60);

/// Execution input (and task parameters) are limited to 256 KiB of UTF-8.
pub const MAX_INPUT_BYTES: usize = 256 * 1024;

/// Execution names: 1–80 characters. We restrict ourselves to `[0-9A-Za-z_-]`, the set that
/// CloudWatch logging accepts.
pub const MAX_EXECUTION_NAME: usize = 80;

/// DescribeExecution quota: a bucket of 250 refilled at 10 per second outside the largest
/// regions (300 / 15 in us-east-1, us-west-2, eu-west-1). We stay under the smaller, and keep
/// most of the bucket for other callers in the account.
pub const DESCRIBE_QUOTA: Quota = Quota {
    rate: 10.0,
    burst: 50.0,
};

/// Requests in flight at once when pacing many calls.
pub const CONCURRENCY: usize = 32;

/// An API's throttling bucket: sustained requests per second, and the burst.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Quota {
    pub rate: f64,
    pub burst: f64,
}

/// The regions with the larger Step Functions quotas.
fn large_region(region: &str) -> bool {
    matches!(region, "us-east-1" | "us-west-2" | "eu-west-1")
}

/// StartExecution: 1,300 / 300 per second in the large regions, 800 / 150 elsewhere.
pub fn start_quota(region: &str) -> Quota {
    if large_region(region) {
        Quota {
            rate: 300.0,
            burst: 1300.0,
        }
    } else {
        Quota {
            rate: 150.0,
            burst: 800.0,
        }
    }
}

/// StopExecution: 1,000 / 200 per second in the large regions, 500 / 25 elsewhere.
pub fn stop_quota(region: &str) -> Quota {
    if large_region(region) {
        Quota {
            rate: 200.0,
            burst: 1000.0,
        }
    } else {
        Quota {
            rate: 25.0,
            burst: 500.0,
        }
    }
}

/// SQS allows at most 10 message attributes.
pub const MAX_ATTRIBUTES: usize = 10;

/// SQS attribute names are at most 256 characters.
pub const MAX_ATTRIBUTE_NAME: usize = 256;

/// FIFO `MessageGroupId` and `MessageDeduplicationId`: at most 128 characters.
pub const MAX_FIFO_ID: usize = 128;

/// SQS queue names: 1–80 characters of `[0-9A-Za-z_-]`, FIFO names ending in `.fifo`.
pub const MAX_QUEUE_NAME: usize = 80;

/// SQS accepts only these characters in bodies and String attribute values:
/// `#x9 #xA #xD #x20-#xD7FF #xE000-#xFFFD #x10000-#x10FFFF`.
pub fn is_sqs_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..='\u{10FFFF}')
}

/// The first character SQS would refuse, with its character offset.
pub fn first_invalid_sqs_char(text: &str) -> Option<(usize, char)> {
    text.chars().enumerate().find(|(_, c)| !is_sqs_char(*c))
}

/// `[0-9A-Za-z_-]`: safe in execution names, queue names and ids.
pub fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '-'
}

/// FIFO group and deduplication ids: 1–128 characters of alphanumerics and punctuation
/// ``!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~``.
pub fn check_fifo_id(flag: &str, value: &str) -> Result<(), String> {
    if value.is_empty() || value.chars().count() > MAX_FIFO_ID {
        return Err(format!(
            "{flag} must be 1 to {MAX_FIFO_ID} characters, got {}",
            value.chars().count()
        ));
    }
    if let Some(c) = value.chars().find(|c| !c.is_ascii_graphic()) {
        return Err(format!(
            "{flag} {value:?} contains {c:?}: only letters, digits and ASCII punctuation are allowed"
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqs_characters() {
        assert!(is_sqs_char('a'));
        assert!(is_sqs_char('\n'));
        assert!(is_sqs_char('한'));
        assert!(is_sqs_char('😀'));
        assert!(!is_sqs_char('\u{0}'));
        assert!(!is_sqs_char('\u{1F}'));
        assert!(!is_sqs_char('\u{FFFE}'));
        assert_eq!(first_invalid_sqs_char("ab\u{7}c"), Some((2, '\u{7}')));
        assert_eq!(first_invalid_sqs_char("fine"), None);
    }

    #[test]
    fn fifo_ids() {
        assert!(check_fifo_id("--group-id", "orders-1").is_ok());
        assert!(check_fifo_id("--group-id", "a:b/c").is_ok());
        assert!(check_fifo_id("--group-id", "").is_err());
        assert!(check_fifo_id("--group-id", "has space").is_err());
        assert!(check_fifo_id("--group-id", &"x".repeat(129)).is_err());
        assert!(check_fifo_id("--group-id", &"x".repeat(128)).is_ok());
    }

    #[test]
    fn quotas_depend_on_the_region() {
        assert_eq!(start_quota("us-east-1").rate, 300.0);
        assert_eq!(start_quota("ap-south-1").rate, 150.0);
        assert_eq!(stop_quota("eu-central-1").rate, 25.0);
    }

    #[test]
    fn max_delay_is_under_a_year() {
        assert!(MAX_DELAY < MAX_EXECUTION);
    }
}
