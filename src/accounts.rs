//! A local record of which account an access key belongs to. An access key id belongs to one
//! account for ever, so once STS has said it, asking again only costs a request on every
//! command. No secret is stored: the file holds SHA-256 digests of access key ids (with the
//! endpoint) and account ids.

use std::path::PathBuf;

use sha2::{Digest, Sha256};

/// `$XDG_CACHE_HOME/sqsdelay/accounts`, else `~/.cache/sqsdelay/accounts`.
fn path() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cache")))?;
    Some(base.join("sqsdelay").join("accounts"))
}

fn digest(access_key_id: &str, endpoint: &str) -> String {
    let hash = Sha256::new()
        .chain_update(access_key_id)
        .chain_update("\n")
        .chain_update(endpoint)
        .finalize();
    hash.iter().map(|b| format!("{b:02x}")).collect()
}

/// The account recorded for this key at this endpoint.
pub fn lookup(access_key_id: &str, endpoint: &str) -> Option<String> {
    let key = digest(access_key_id, endpoint);
    let text = std::fs::read_to_string(path()?).ok()?;
    text.lines()
        .filter_map(|line| line.split_once(' '))
        .find(|(k, _)| *k == key)
        .map(|(_, account)| account.to_string())
        .filter(|account| account.len() == 12 && account.chars().all(|c| c.is_ascii_digit()))
}

/// Records the account; failing to write only means asking STS next time.
pub fn record(access_key_id: &str, endpoint: &str, account: &str) {
    let Some(path) = path() else { return };
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let line = format!("{} {account}\n", digest(access_key_id, endpoint));
    let _ = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .and_then(|mut f| std::io::Write::write_all(&mut f, line.as_bytes()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digests_separate_keys_and_endpoints() {
        assert_ne!(digest("AKIA1", "aws"), digest("AKIA2", "aws"));
        assert_ne!(
            digest("AKIA1", "aws"),
            digest("AKIA1", "http://localhost:5000")
        );
        assert_eq!(digest("AKIA1", "aws").len(), 64);
        assert!(!digest("AKIAEXAMPLE", "aws").contains("AKIA"));
    }
}
