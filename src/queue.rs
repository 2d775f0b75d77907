//! Queue references as users give them (`--queue URL_OR_NAME`), checked without calling AWS.

use crate::limits::{MAX_QUEUE_NAME, is_name_char};

/// A queue as given on the command line: a full URL, or a name in the caller's account.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum QueueRef {
    Url(String),
    Name(String),
}

impl QueueRef {
    pub fn parse(text: &str) -> Result<Self, String> {
        let text = text.trim();
        if text.starts_with("https://") || text.starts_with("http://") {
            let url = text.trim_end_matches('/');
            let name = url.rsplit('/').next().unwrap_or_default();
            let path = url.splitn(4, '/').nth(3).unwrap_or_default();
            if path.split('/').count() != 2 {
                return Err(format!(
                    "--queue {text:?} is not a queue URL: expected https://sqs.REGION.amazonaws.com/ACCOUNT/NAME"
                ));
            }
            check_name(name).map_err(|e| format!("--queue {text:?}: {e}"))?;
            Ok(QueueRef::Url(url.to_string()))
        } else {
            check_name(text).map_err(|e| format!("--queue {text:?}: {e}"))?;
            Ok(QueueRef::Name(text.to_string()))
        }
    }

    /// The queue's name: the last segment of a URL.
    pub fn name(&self) -> &str {
        match self {
            QueueRef::Url(url) => url.rsplit('/').next().unwrap_or_default(),
            QueueRef::Name(name) => name,
        }
    }

    /// SQS requires FIFO queue names to end in `.fifo`, and only them, so the name tells.
    pub fn is_fifo(&self) -> bool {
        self.name().ends_with(".fifo")
    }
}

fn check_name(name: &str) -> Result<(), String> {
    let stem = name.strip_suffix(".fifo").unwrap_or(name);
    if name.is_empty() || name.len() > MAX_QUEUE_NAME {
        return Err(format!("a queue name has 1 to {MAX_QUEUE_NAME} characters"));
    }
    if stem.is_empty() || !stem.chars().all(is_name_char) {
        return Err(
            "a queue name has only letters, digits, '-' and '_' (and '.fifo' at the end for FIFO queues)"
                .into(),
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_and_names() {
        let url =
            QueueRef::parse("https://sqs.eu-west-1.amazonaws.com/123456789012/orders").unwrap();
        assert_eq!(url.name(), "orders");
        assert!(!url.is_fifo());
        let fifo = QueueRef::parse("http://127.0.0.1:5000/123456789012/orders.fifo/").unwrap();
        assert_eq!(fifo.name(), "orders.fifo");
        assert!(fifo.is_fifo());
        assert_eq!(
            QueueRef::parse("jobs").unwrap(),
            QueueRef::Name("jobs".into())
        );
    }

    #[test]
    fn rejects_malformed_queues() {
        for bad in [
            "",
            "has space",
            "a/b",
            ".fifo",
            "x.fifo.fifo",
            "https://sqs.us-east-1.amazonaws.com/orders",
            "https://sqs.us-east-1.amazonaws.com/1/2/orders",
            "https://sqs.us-east-1.amazonaws.com/123/bad%name",
        ] {
            assert!(QueueRef::parse(bad).is_err(), "{bad:?} should be refused");
        }
        assert!(QueueRef::parse(&"q".repeat(81)).is_err());
        assert!(QueueRef::parse(&"q".repeat(80)).is_ok());
    }
}
