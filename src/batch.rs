//! The batch format of `schedule --batch`: JSON Lines, one message per line, with the fields
//! of the flags. Parsing, and the deterministic id of lines that do not choose one.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::Value;
use sha2::{Digest, Sha256};
use tokio::io::{AsyncBufRead, AsyncBufReadExt};

use crate::queue::QueueRef;
use crate::schedule::{Message, Request, attribute, check_key};
use crate::when::parse_when;

/// The longest line read: the 256 KiB input limit, with room for JSON escapes of a body
/// that fits. Longer lines are refused without being held in memory.
pub const MAX_LINE: usize = 2 * 1024 * 1024;

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct Line {
    queue: String,
    #[serde(rename = "in")]
    delay: Option<String>,
    at: Option<String>,
    body: Option<Value>,
    #[serde(default)]
    attributes: BTreeMap<String, AttributeValue>,
    group_id: Option<String>,
    dedup_id: Option<String>,
    id: Option<String>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum AttributeValue {
    Text(String),
    Typed {
        #[serde(rename = "type")]
        data_type: String,
        value: String,
    },
}

/// Parses one line (its number counts from 1) into a request. A line without `id` gets one
/// derived from its number and bytes, so that re-running the same file cannot duplicate it.
pub fn parse_line(number: usize, text: &str) -> Result<Request, String> {
    let line: Line = serde_json::from_str(text).map_err(|e| {
        let what = e.to_string();
        let what = what.split(" at line ").next().unwrap_or(&what).to_string();
        format!("not a valid message ({what}, at column {})", e.column())
    })?;
    let queue = QueueRef::parse(&line.queue).map_err(|e| e.replacen("--queue", "queue", 1))?;
    // The messages name the flags; a batch line has fields of the same names.
    let when = parse_when(line.delay.as_deref(), line.at.as_deref())
        .map_err(|e| e.replace("--in", "in").replace("--at", "at"))?;
    let body = match line.body {
        None | Some(Value::Null) => return Err("\"body\" is missing".into()),
        Some(Value::String(text)) => text,
        Some(other) => other.to_string(),
    };
    let attributes = line
        .attributes
        .into_iter()
        .map(|(name, value)| {
            let (data_type, value) = match value {
                AttributeValue::Text(v) => ("String".to_string(), v),
                AttributeValue::Typed { data_type, value } => (data_type, value),
            };
            attribute(&name, &data_type, &value).map(|a| (name, a))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let key = match line.id {
        Some(id) => {
            check_key(&id).map_err(|e| e.replacen("--id", "id", 1))?;
            id
        }
        None => derived_key(number, text),
    };
    Ok(Request {
        queue,
        when,
        key: Some(key),
        message: Message {
            queue_url: String::new(),
            body,
            attributes,
            group_id: line.group_id,
            dedup_id: line.dedup_id,
        },
    })
}

/// `b` and 20 characters of base32 of SHA-256(line number, line bytes): 100 bits.
pub fn derived_key(number: usize, text: &str) -> String {
    const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";
    let digest = Sha256::new()
        .chain_update(number.to_be_bytes())
        .chain_update(text.as_bytes())
        .finalize();
    let mut bits: u128 = u128::from_be_bytes(digest[..16].try_into().expect("16 bytes"));
    let mut key = String::from("b");
    for _ in 0..20 {
        key.push(ALPHABET[(bits & 31) as usize] as char);
        bits >>= 5;
    }
    key
}

/// One line of input: its text, or why it cannot be read.
pub enum ReadLine {
    Text(String),
    TooLong(usize),
    NotUtf8,
}

/// Reads the next line without ever holding more than [`MAX_LINE`] bytes of it.
pub async fn next_line<R: AsyncBufRead + Unpin>(
    reader: &mut R,
) -> std::io::Result<Option<ReadLine>> {
    let mut bytes = Vec::new();
    let mut length = 0usize;
    let mut seen_any = false;
    loop {
        let buf = reader.fill_buf().await?;
        if buf.is_empty() {
            break;
        }
        seen_any = true;
        let (chunk, done) = match buf.iter().position(|b| *b == b'\n') {
            Some(i) => (&buf[..i], Some(i + 1)),
            None => (buf, None),
        };
        length += chunk.len();
        if length <= MAX_LINE {
            bytes.extend_from_slice(chunk);
        }
        let consumed = done.unwrap_or(chunk.len());
        reader.consume(consumed);
        if done.is_some() {
            break;
        }
    }
    if !seen_any {
        return Ok(None);
    }
    if length > MAX_LINE {
        return Ok(Some(ReadLine::TooLong(length)));
    }
    if bytes.last() == Some(&b'\r') {
        bytes.pop();
    }
    Ok(Some(
        String::from_utf8(bytes).map_or(ReadLine::NotUtf8, ReadLine::Text),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::when::When;

    #[test]
    fn parses_every_field() {
        let r = parse_line(
            1,
            r#"{"queue":"orders.fifo","at":"2026-12-01T09:00:00Z","body":{"order":42},"attributes":{"kind":"x","n":{"type":"Number","value":"5"}},"groupId":"g","dedupId":"d","id":"k1"}"#,
        )
        .unwrap();
        assert_eq!(r.queue, QueueRef::Name("orders.fifo".into()));
        assert_eq!(r.when, When::At("2026-12-01T09:00:00Z".parse().unwrap()));
        assert_eq!(
            r.message.body, r#"{"order":42}"#,
            "a JSON body is sent as compact JSON text"
        );
        assert_eq!(r.message.attributes.len(), 2);
        assert_eq!(r.message.attributes[1].1.data_type, "Number");
        assert_eq!(r.message.group_id.as_deref(), Some("g"));
        assert_eq!(r.key.as_deref(), Some("k1"));
        let plain = parse_line(2, r#"{"queue":"q","in":"2h","body":"hi"}"#).unwrap();
        assert_eq!(plain.message.body, "hi");
        assert_eq!(plain.when, When::In(std::time::Duration::from_secs(7200)));
    }

    #[test]
    fn derived_keys_are_stable_and_distinct() {
        let a = parse_line(3, r#"{"queue":"q","body":"x"}"#)
            .unwrap()
            .key
            .unwrap();
        assert_eq!(
            a,
            parse_line(3, r#"{"queue":"q","body":"x"}"#)
                .unwrap()
                .key
                .unwrap()
        );
        assert_ne!(
            a,
            parse_line(4, r#"{"queue":"q","body":"x"}"#)
                .unwrap()
                .key
                .unwrap()
        );
        assert_ne!(
            a,
            parse_line(3, r#"{"queue":"q","body":"y"}"#)
                .unwrap()
                .key
                .unwrap()
        );
        assert_eq!(a.len(), 21);
        assert!(check_key(&a).is_ok());
    }

    #[test]
    fn refuses_bad_lines_with_a_reason() {
        for (text, says) in [
            ("not json", "not a valid message"),
            (
                r#"{"queue":"q","body":"x","colour":"red"}"#,
                "unknown field `colour`",
            ),
            (r#"{"body":"x"}"#, "missing field `queue`"),
            (r#"{"queue":"q"}"#, "\"body\" is missing"),
            (
                r#"{"queue":"q","body":"x","in":"1h","at":"2026-12-01T09:00:00Z"}"#,
                "not both",
            ),
            (r#"{"queue":"q","body":"x","in":"soon"}"#, "in \"soon\""),
            (r#"{"queue":"bad name","body":"x"}"#, "queue \"bad name\""),
            (r#"{"queue":"q","body":"x","id":"a b"}"#, "id \"a b\""),
            (
                r#"{"queue":"q","body":"x","attributes":{"n":{"type":"Number","value":"x"}}}"#,
                "not a number",
            ),
            (
                r#"{"queue":"q","body":"x","attributes":{"n":5}}"#,
                "not a valid message",
            ),
        ] {
            let err = parse_line(1, text)
                .err()
                .unwrap_or_else(|| panic!("{text} was accepted"));
            assert!(err.contains(says), "{text}: {err}");
        }
    }

    #[tokio::test]
    async fn reads_lines_within_the_cap() {
        let long = "x".repeat(MAX_LINE + 10);
        let input = format!("one\r\n{long}\ntwo\n\u{1}\n");
        let mut bytes = input.into_bytes();
        bytes.extend_from_slice(&[0xff, b'\n', b'l', b'a', b's', b't']);
        let mut reader = &bytes[..];
        let mut got = Vec::new();
        while let Some(line) = next_line(&mut reader).await.unwrap() {
            got.push(match line {
                ReadLine::Text(t) => t,
                ReadLine::TooLong(n) => format!("too long {n}"),
                ReadLine::NotUtf8 => "not utf8".into(),
            });
        }
        assert_eq!(
            got,
            [
                "one",
                &format!("too long {}", MAX_LINE + 10),
                "two",
                "\u{1}",
                "not utf8",
                "last"
            ]
        );
    }
}
