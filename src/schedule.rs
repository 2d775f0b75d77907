//! A scheduled message: its id (the execution name), its attributes, and the execution input
//! that the bundled state machines read.

use std::collections::BTreeMap;

use jiff::Timestamp;
use serde::Serialize;

use crate::limits::{
    MAX_ATTRIBUTE_NAME, MAX_ATTRIBUTES, MAX_EXECUTION_NAME, MAX_INPUT_BYTES, check_fifo_id,
    first_invalid_sqs_char, is_name_char,
};
use crate::queue::QueueRef;
use crate::when::{
    COMPACT_LEN, When, compact, due_time, parse_compact, rfc3339, round_up_to_second,
};

/// Where a scheduled message stands, in the user's words. Step Functions statuses map as
/// RUNNING → pending, SUCCEEDED → delivered, ABORTED → cancelled, FAILED/TIMED_OUT → failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Pending,
    Delivered,
    Cancelled,
    Failed,
}

impl Status {
    pub fn word(self) -> &'static str {
        match self {
            Status::Pending => "pending",
            Status::Delivered => "delivered",
            Status::Cancelled => "cancelled",
            Status::Failed => "failed",
        }
    }
}

/// Version of the execution input document; bump it when its shape changes.
pub const INPUT_VERSION: u32 = 1;

/// The longest key a caller may choose: the execution name also holds the due time and a `_`.
pub const MAX_KEY: usize = MAX_EXECUTION_NAME - COMPACT_LEN - 1;

/// A schedule id, which is also the execution name: `20261201T090000Z_KEY`.
///
/// The due time leads the name so that listings can show and filter by it from
/// `ListExecutions` alone, without one `DescribeExecution` per message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScheduleId {
    pub due: Timestamp,
    pub key: String,
}

impl ScheduleId {
    pub fn name(&self) -> String {
        format!("{}_{}", compact(self.due), self.key)
    }

    /// Reads an execution name written by [`ScheduleId::name`].
    pub fn parse(name: &str) -> Option<Self> {
        let (due, key) = name.split_at_checked(COMPACT_LEN)?;
        let key = key.strip_prefix('_')?;
        check_key(key).ok()?;
        Some(ScheduleId {
            due: parse_compact(due)?,
            key: key.to_string(),
        })
    }
}

/// Checks a caller-chosen `--id`.
pub fn check_key(key: &str) -> Result<(), String> {
    if key.is_empty() || key.len() > MAX_KEY {
        return Err(format!(
            "--id must be 1 to {MAX_KEY} characters, got {}",
            key.chars().count()
        ));
    }
    if let Some(c) = key.chars().find(|c| !is_name_char(*c)) {
        return Err(format!(
            "--id {key:?} contains {c:?}: use only letters, digits, '-' and '_'"
        ));
    }
    Ok(())
}

/// A fresh random key: 12 characters of `[0-9a-z]` (62 bits), for schedules without `--id`.
pub fn random_key() -> String {
    const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";
    let mut bytes = [0u8; 12];
    getrandom::getrandom(&mut bytes).expect("the operating system provides random bytes");
    bytes
        .iter()
        .map(|b| ALPHABET[usize::from(b % 32)] as char)
        .collect()
}

/// One SQS message attribute, in the shape the Step Functions SQS integration takes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Attribute {
    pub data_type: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub string_value: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub binary_value: Option<String>,
}

/// Parses `--attr NAME=VALUE` (a String) or `--attr NAME:TYPE=VALUE` with TYPE `String`,
/// `Number` or `Binary` (base64), optionally with a custom label such as `String.json`.
pub fn parse_attr(text: &str) -> Result<(String, Attribute), String> {
    let (head, value) = text
        .split_once('=')
        .ok_or_else(|| format!("--attr {text:?} has no '=': write NAME=VALUE or NAME:Number=42"))?;
    let (name, data_type) = head.split_once(':').unwrap_or((head, "String"));
    Ok((name.to_string(), attribute(name, data_type, value)?))
}

/// Checks one attribute against the SQS rules for names, types and values.
pub fn attribute(name: &str, data_type: &str, value: &str) -> Result<Attribute, String> {
    check_attr_name(name)?;
    let base = data_type
        .split_once('.')
        .map_or(data_type, |(base, _)| base);
    let custom_ok = data_type
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'));
    if !matches!(base, "String" | "Number" | "Binary") || !custom_ok || data_type.len() > 256 {
        return Err(format!(
            "attribute {name}: type {data_type:?} is not String, Number or Binary (a label may follow, as in String.json)"
        ));
    }
    if value.is_empty() {
        return Err(format!(
            "attribute {name}: the value is empty, and SQS refuses empty attribute values"
        ));
    }
    let (string_value, binary_value) = match base {
        "Binary" => {
            aws_smithy_types::base64::decode(value)
                .ok()
                .filter(|bytes| !bytes.is_empty())
                .ok_or_else(|| {
                    format!("attribute {name}: a Binary value must be base64, got {value:?}")
                })?;
            (None, Some(value.into()))
        }
        "Number" => {
            check_number(value).map_err(|e| format!("attribute {name}: {e}"))?;
            (Some(value.into()), None)
        }
        _ => {
            if let Some((at, c)) = first_invalid_sqs_char(value) {
                return Err(format!(
                    "attribute {name}: character {c:?} at position {at} is not allowed by SQS"
                ));
            }
            (Some(value.into()), None)
        }
    };
    Ok(Attribute {
        data_type: data_type.into(),
        string_value,
        binary_value,
    })
}

fn check_attr_name(name: &str) -> Result<(), String> {
    let lower = name.to_ascii_lowercase();
    let problem = if name.is_empty() || name.len() > MAX_ATTRIBUTE_NAME {
        Some(format!("must have 1 to {MAX_ATTRIBUTE_NAME} characters"))
    } else if !name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
    {
        Some("may contain only letters, digits, '_', '-' and '.'".into())
    } else if name.starts_with('.') || name.ends_with('.') || name.contains("..") {
        Some("may not start or end with '.' or contain '..'".into())
    } else if lower.starts_with("aws.") || lower.starts_with("amazon.") {
        Some("may not start with AWS. or Amazon. (reserved by AWS)".into())
    } else {
        None
    };
    match problem {
        Some(p) => Err(format!("attribute name {name:?} {p}")),
        None => Ok(()),
    }
}

/// SQS numbers: integers or decimals with up to 38 significant digits, within ±10^126.
fn check_number(value: &str) -> Result<(), String> {
    let digits = value.chars().filter(char::is_ascii_digit).count();
    let shape_ok = value.parse::<f64>().is_ok_and(f64::is_finite)
        && value
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | '+' | '.' | 'e' | 'E'));
    if !shape_ok {
        return Err(format!("{value:?} is not a number"));
    }
    if digits > 38 {
        return Err(format!("{value:?} has more than the 38 digits SQS keeps"));
    }
    let magnitude = value.parse::<f64>().unwrap_or_default().abs();
    if magnitude != 0.0 && !(1e-128..=1e126).contains(&magnitude) {
        return Err(format!(
            "{value:?} is outside the range SQS accepts (10^-128 to 10^126)"
        ));
    }
    Ok(())
}

/// Everything that defines one delivery, as given by the user.
#[derive(Debug, Clone)]
pub struct Message {
    pub queue_url: String,
    pub body: String,
    pub attributes: Vec<(String, Attribute)>,
    pub group_id: Option<String>,
    pub dedup_id: Option<String>,
}

/// A message to schedule, as given on the command line or on a batch line.
#[derive(Debug, Clone)]
pub struct Request {
    pub queue: QueueRef,
    pub when: When,
    /// The caller's key (or a batch line's derived one); `None` draws a random key.
    pub key: Option<String>,
    pub message: Message,
}

/// A request that passed every check that needs no AWS call.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub id: ScheduleId,
    pub queue: QueueRef,
    pub fifo: bool,
    pub message: Message,
    /// The key was chosen, so the id may already exist and must be checked before starting.
    pub keyed: bool,
    /// `--at` was in the past. With a key this is reported only once it is known that nothing
    /// was scheduled under it: a cron retry after the due time must learn that the message was
    /// delivered, not that the time has passed.
    pub past: Option<String>,
}

/// Checks a request without calling AWS: the due time, the key, the message, and its size
/// with the queue URL as AWS would write it (checked again once the real URL is known).
pub fn prepare(request: Request, now: Timestamp, region: &str) -> Result<Prepared, String> {
    let Request {
        queue,
        when,
        key,
        mut message,
    } = request;
    let mut past = None;
    let due = match (due_time(&when, now), &when, &key) {
        (Ok(due), _, _) => due,
        (Err(e), When::At(at), Some(_)) if *at <= now => {
            past = Some(e);
            round_up_to_second(*at)
        }
        (Err(e), _, _) => return Err(e),
    };
    if let Some(key) = &key {
        check_key(key)?;
    }
    let fifo = queue.is_fifo();
    message.queue_url = match &queue {
        QueueRef::Url(url) => url.clone(),
        QueueRef::Name(name) => format!("https://sqs.{region}.amazonaws.com/000000000000/{name}"),
    };
    let keyed = key.is_some();
    let id = ScheduleId {
        due,
        key: key.unwrap_or_else(random_key),
    };
    check_message(&message, fifo)?;
    execution_input(&message, &id, fifo)?;
    Ok(Prepared {
        id,
        queue,
        fifo,
        message,
        keyed,
        past,
    })
}

/// The execution input: a small, versioned document the state machines read with JSONPath.
/// Its bytes are a pure function of the message and due time, so re-running the same
/// command produces byte-identical input and StartExecution recognises it.
#[derive(Debug, Serialize)]
pub struct Envelope<'a> {
    pub v: u32,
    #[serde(rename = "dueAt")]
    pub due_at: String,
    #[serde(rename = "queueUrl")]
    pub queue_url: &'a str,
    pub body: &'a str,
    pub attributes: BTreeMap<&'a str, &'a Attribute>,
    #[serde(rename = "groupId", skip_serializing_if = "Option::is_none")]
    pub group_id: Option<&'a str>,
    #[serde(rename = "dedupId", skip_serializing_if = "Option::is_none")]
    pub dedup_id: Option<String>,
}

/// Checks the message against SQS rules that do not depend on its queue.
pub fn check_message(message: &Message, fifo: bool) -> Result<(), String> {
    if message.body.is_empty() {
        return Err("the message body is empty: SQS needs at least 1 character".into());
    }
    if let Some((at, c)) = first_invalid_sqs_char(&message.body) {
        return Err(format!(
            "the message body has character {c:?} at position {at}, which SQS does not allow"
        ));
    }
    if message.attributes.len() > MAX_ATTRIBUTES {
        return Err(format!(
            "{} attributes given: SQS allows at most {MAX_ATTRIBUTES}",
            message.attributes.len()
        ));
    }
    let mut seen = std::collections::BTreeSet::new();
    if let Some((name, _)) = message
        .attributes
        .iter()
        .find(|(name, _)| !seen.insert(name))
    {
        return Err(format!("attribute {name} is given twice"));
    }
    if fifo {
        match &message.group_id {
            None => return Err("the queue is FIFO: give --group-id".into()),
            Some(group) => check_fifo_id("--group-id", group)?,
        }
        if let Some(dedup) = &message.dedup_id {
            check_fifo_id("--dedup-id", dedup)?;
        }
    } else {
        if message.group_id.is_some() {
            return Err(
                "--group-id applies to FIFO queues (names ending in .fifo) only: drop it for a standard queue"
                    .into(),
            );
        }
        if message.dedup_id.is_some() {
            return Err(
                "--dedup-id applies to FIFO queues (names ending in .fifo) only: SQS refuses it on a standard queue"
                    .into(),
            );
        }
    }
    Ok(())
}

/// The execution input for `message` under `id`, checked against the 256 KiB input limit.
///
/// FIFO messages always carry a deduplication id (the caller's, or else the schedule id), so
/// a send that Step Functions retries after a lost response is not delivered twice.
pub fn execution_input(message: &Message, id: &ScheduleId, fifo: bool) -> Result<String, String> {
    let envelope = Envelope {
        v: INPUT_VERSION,
        due_at: rfc3339(id.due),
        queue_url: &message.queue_url,
        body: &message.body,
        attributes: message
            .attributes
            .iter()
            .map(|(n, a)| (n.as_str(), a))
            .collect(),
        group_id: message.group_id.as_deref().filter(|_| fifo),
        dedup_id: fifo.then(|| message.dedup_id.clone().unwrap_or_else(|| id.name())),
    };
    let input = serde_json::to_string(&envelope).expect("the envelope serialises");
    if input.len() > MAX_INPUT_BYTES {
        let overhead = input.len() - message.body.len();
        return Err(format!(
            "the message is {} bytes with its envelope, over the {MAX_INPUT_BYTES}-byte Step Functions input limit (body at most about {} bytes here)",
            input.len(),
            MAX_INPUT_BYTES.saturating_sub(overhead)
        ));
    }
    Ok(input)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(body: &str) -> Message {
        Message {
            queue_url: "https://sqs.us-east-1.amazonaws.com/123456789012/q".into(),
            body: body.into(),
            attributes: vec![],
            group_id: None,
            dedup_id: None,
        }
    }

    fn id() -> ScheduleId {
        ScheduleId {
            due: "2026-12-01T09:00:00Z".parse().unwrap(),
            key: "order-42".into(),
        }
    }

    #[test]
    fn ids_round_trip_within_the_name_rules() {
        let id = id();
        assert_eq!(id.name(), "20261201T090000Z_order-42");
        assert_eq!(ScheduleId::parse(&id.name()), Some(id));
        let longest = ScheduleId {
            due: "2026-12-01T09:00:00Z".parse().unwrap(),
            key: "k".repeat(MAX_KEY),
        };
        assert_eq!(longest.name().len(), MAX_EXECUTION_NAME);
        assert_eq!(ScheduleId::parse("order-42"), None);
        assert_eq!(ScheduleId::parse("20261201T090000Z-order"), None);
        assert_eq!(ScheduleId::parse("20261201T090000Z_"), None);
    }

    #[test]
    fn keys() {
        assert!(check_key("order-42_b").is_ok());
        assert!(check_key("").is_err());
        assert!(check_key(&"k".repeat(MAX_KEY + 1)).is_err());
        assert!(check_key("a.b").unwrap_err().contains("'.'"));
        let key = random_key();
        assert_eq!(key.len(), 12);
        assert!(check_key(&key).is_ok());
        assert_ne!(random_key(), key);
    }

    #[test]
    fn attributes() {
        let (name, attr) = parse_attr("kind=order=new").unwrap();
        assert_eq!(name, "kind");
        assert_eq!(attr.string_value.as_deref(), Some("order=new"));
        assert_eq!(attr.data_type, "String");
        assert_eq!(parse_attr("n:Number=-4.5e3").unwrap().1.data_type, "Number");
        assert_eq!(
            parse_attr("b:Binary=aGVsbG8=")
                .unwrap()
                .1
                .binary_value
                .as_deref(),
            Some("aGVsbG8=")
        );
        assert_eq!(
            parse_attr("j:String.json={}").unwrap().1.data_type,
            "String.json"
        );
        for bad in [
            "novalue",
            "=x",
            "a=",
            "AWS.trace=1",
            "amazon.x=1",
            ".a=1",
            "a..b=1",
            "a b=1",
            "n:Number=abc",
            "n:Number=1e999",
            "b:Binary=@@",
            "t:Date=1",
            "s=\u{1}",
            &format!("n:Number={}", "9".repeat(39)),
        ] {
            assert!(parse_attr(bad).is_err(), "{bad:?} should be refused");
        }
    }

    #[test]
    fn message_rules() {
        assert!(check_message(&message("hi"), false).is_ok());
        assert!(
            check_message(&message(""), false)
                .unwrap_err()
                .contains("empty")
        );
        assert!(
            check_message(&message("a\u{0}"), false)
                .unwrap_err()
                .contains("position 1")
        );
        let mut m = message("hi");
        m.attributes = (0..11)
            .map(|i| parse_attr(&format!("a{i}=v")).unwrap())
            .collect();
        assert!(check_message(&m, false).unwrap_err().contains("at most 10"));
        m.attributes = vec![parse_attr("a=1").unwrap(), parse_attr("a=2").unwrap()];
        assert!(check_message(&m, false).unwrap_err().contains("twice"));
        assert!(
            check_message(&message("hi"), true)
                .unwrap_err()
                .contains("--group-id")
        );
        let mut m = message("hi");
        m.group_id = Some("g".into());
        assert!(check_message(&m, true).is_ok());
        assert!(check_message(&m, false).unwrap_err().contains("FIFO"));
        m.group_id = None;
        m.dedup_id = Some("d".into());
        assert!(check_message(&m, false).unwrap_err().contains("--dedup-id"));
    }

    #[test]
    fn input_is_deterministic_and_versioned() {
        let mut m = message("hello");
        m.attributes = vec![
            parse_attr("z=1").unwrap(),
            parse_attr("a:Number=2").unwrap(),
        ];
        let input = execution_input(&m, &id(), false).unwrap();
        assert_eq!(
            input,
            r#"{"v":1,"dueAt":"2026-12-01T09:00:00Z","queueUrl":"https://sqs.us-east-1.amazonaws.com/123456789012/q","body":"hello","attributes":{"a":{"DataType":"Number","StringValue":"2"},"z":{"DataType":"String","StringValue":"1"}}}"#
        );
        m.group_id = Some("g".into());
        let fifo: serde_json::Value =
            serde_json::from_str(&execution_input(&m, &id(), true).unwrap()).unwrap();
        assert_eq!(fifo["groupId"], "g");
        assert_eq!(fifo["dedupId"], "20261201T090000Z_order-42");
    }

    #[test]
    fn input_size_limit_counts_the_envelope() {
        let overhead = execution_input(&message("x"), &id(), false).unwrap().len() - 1;
        let fits = "x".repeat(MAX_INPUT_BYTES - overhead);
        assert!(execution_input(&message(&fits), &id(), false).is_ok());
        let over = "x".repeat(MAX_INPUT_BYTES - overhead + 1);
        let err = execution_input(&message(&over), &id(), false).unwrap_err();
        assert!(err.contains("262144-byte"), "{err}");
        // Characters that JSON escapes count at their escaped size.
        let quotes = "\"".repeat(MAX_INPUT_BYTES / 2);
        assert!(execution_input(&message(&quotes), &id(), false).is_err());
    }
}
