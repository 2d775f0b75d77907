//! Due times: `--in` / `--at` parsing, the rules they must meet, and how they are written.

use std::time::Duration;

use jiff::{Timestamp, tz::TimeZone};

use crate::limits::MAX_DELAY;

/// When a message is due, as the user asked for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum When {
    In(Duration),
    At(Timestamp),
}

/// The delay of the design sqsdelay comes from, when neither `--in` nor `--at` is given.
pub const DEFAULT_DELAY: Duration = Duration::from_secs(2 * 3600);

/// The due time as given by `--in` or `--at` (at most one); neither means [`DEFAULT_DELAY`].
pub fn parse_when(delay: Option<&str>, at: Option<&str>) -> Result<When, String> {
    match (delay, at) {
        (Some(_), Some(_)) => Err("give --in or --at, not both".into()),
        (Some(delay), None) => Ok(When::In(parse_in(delay)?)),
        (None, Some(at)) => Ok(When::At(parse_at(at)?)),
        (None, None) => Ok(When::In(DEFAULT_DELAY)),
    }
}

/// Parses a `--in` value: a humantime duration such as `90s`, `2h` or `3d 4h`.
pub fn parse_in(text: &str) -> Result<Duration, String> {
    if text.trim_start().starts_with('-') {
        return Err(format!(
            "--in {text:?} is negative: give a positive duration, like 90s or 2h"
        ));
    }
    humantime::parse_duration(text.trim()).map_err(|e| {
        format!("--in {text:?} is not a duration ({e}): write it like 90s, 15m, 2h or 3d 4h")
    })
}

/// Parses a `--at` value: an RFC 3339 timestamp with `Z` or a numeric offset.
pub fn parse_at(text: &str) -> Result<Timestamp, String> {
    text.trim().parse::<Timestamp>().map_err(|_| {
        format!(
            "--at {text:?} is not an RFC 3339 time: write it like 2026-12-01T09:00:00Z or 2026-12-01T10:00:00+01:00"
        )
    })
}

/// The due time, checked against the rules of Step Functions and rounded up to the second
/// (Wait timestamps drop fractions, so rounding down could deliver early).
pub fn due_time(when: &When, now: Timestamp) -> Result<Timestamp, String> {
    let (due, described) = match when {
        When::In(delay) => {
            if delay.is_zero() {
                return Err("--in must be a positive duration, like 90s or 2h".into());
            }
            let due = now.checked_add(*delay).map_err(|_| {
                format!(
                    "--in {} is out of range",
                    humantime::format_duration(*delay)
                )
            })?;
            (due, format!("--in {}", humantime::format_duration(*delay)))
        }
        When::At(at) => {
            if *at <= now {
                return Err(format!(
                    "--at {} is in the past: give a future time, or use --in",
                    rfc3339(*at)
                ));
            }
            (*at, format!("--at {}", rfc3339(*at)))
        }
    };
    let due = round_up_to_second(due);
    let delay = due.duration_since(now).unsigned_abs();
    if delay > MAX_DELAY {
        return Err(format!(
            "{described} exceeds the 1 year limit of Step Functions (max {} from now)",
            humantime::format_duration(MAX_DELAY)
        ));
    }
    Ok(due)
}

/// Rounds up to the whole second: Wait timestamps drop fractions.
pub fn round_up_to_second(t: Timestamp) -> Timestamp {
    if t.subsec_nanosecond() == 0 {
        t
    } else {
        Timestamp::from_second(t.as_second() + 1).expect("one second later is in range")
    }
}

/// `2026-12-01T09:00:00Z`: the form Step Functions Wait states read (UTC, `Z`, no fraction).
pub fn rfc3339(t: Timestamp) -> String {
    t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// `20261201T090000Z`: the due time as it is written in execution names.
pub fn compact(t: Timestamp) -> String {
    t.strftime("%Y%m%dT%H%M%SZ").to_string()
}

/// Length of [`compact`] output.
pub const COMPACT_LEN: usize = 16;

/// Reads back what [`compact`] wrote, and nothing else: strftime parsing is lenient (spaces,
/// short fields), so the result must write back to the very same text.
pub fn parse_compact(text: &str) -> Option<Timestamp> {
    if text.len() != COMPACT_LEN || !text.ends_with('Z') {
        return None;
    }
    let civil = jiff::fmt::strtime::parse("%Y%m%dT%H%M%S", &text[..COMPACT_LEN - 1])
        .ok()?
        .to_datetime()
        .ok()?;
    let t = civil.to_zoned(TimeZone::UTC).ok()?.timestamp();
    (compact(t) == text).then_some(t)
}

/// `in 1h 59m`, `in 45s`, `in 3d 4h`, or `3m ago` for a time already passed: two units at most.
pub fn relative(from: Timestamp, to: Timestamp) -> String {
    let secs = to.duration_since(from).as_secs();
    let text = coarse(secs.unsigned_abs());
    if secs >= 0 {
        format!("in {text}")
    } else {
        format!("{text} ago")
    }
}

fn coarse(secs: u64) -> String {
    const UNITS: [(u64, &str); 4] = [(86400, "d"), (3600, "h"), (60, "m"), (1, "s")];
    let mut parts = Vec::new();
    let mut rest = secs;
    for (size, unit) in UNITS {
        if rest >= size || (parts.is_empty() && size == 1) {
            parts.push(format!("{}{unit}", rest / size));
            rest %= size;
        } else if !parts.is_empty() {
            break;
        }
        if parts.len() == 2 {
            break;
        }
    }
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn parses_durations() {
        assert_eq!(parse_in("90s").unwrap(), Duration::from_secs(90));
        assert_eq!(
            parse_in("3d 4h").unwrap(),
            Duration::from_secs(3 * 86400 + 4 * 3600)
        );
        assert!(parse_in("soon").unwrap_err().contains("--in \"soon\""));
        assert!(parse_in("-5m").unwrap_err().contains("negative"));
        assert!(parse_in("").is_err());
    }

    #[test]
    fn parses_times_with_offsets() {
        assert_eq!(
            parse_at("2026-12-01T10:00:00+01:00").unwrap(),
            ts("2026-12-01T09:00:00Z")
        );
        assert!(parse_at("2026-12-01 09:00").is_err());
        assert!(
            parse_at("2026-12-01T09:00:00")
                .unwrap_err()
                .contains("RFC 3339")
        );
        assert!(parse_at("2026-13-01T09:00:00Z").is_err());
    }

    #[test]
    fn due_time_rules() {
        let now = ts("2026-11-25T10:00:00.250Z");
        let due = due_time(&When::In(Duration::from_secs(90)), now).unwrap();
        assert_eq!(
            rfc3339(due),
            "2026-11-25T10:01:31Z",
            "rounded up, never early"
        );
        assert!(
            due_time(&When::In(Duration::ZERO), now)
                .unwrap_err()
                .contains("positive")
        );
        let past = due_time(&When::At(ts("2026-11-25T09:59:59Z")), now).unwrap_err();
        assert!(past.contains("in the past"), "{past}");
        assert!(due_time(&When::In(MAX_DELAY - Duration::from_secs(1)), now).is_ok());
        let long = due_time(&When::In(Duration::from_secs(400 * 86400)), now).unwrap_err();
        assert!(long.contains("1 year limit"), "{long}");
        assert!(due_time(&When::At(ts("2027-11-26T10:00:00Z")), now).is_err());
    }

    #[test]
    fn compact_round_trip() {
        let t = ts("2026-12-01T09:00:05Z");
        assert_eq!(compact(t), "20261201T090005Z");
        assert_eq!(compact(t).len(), COMPACT_LEN);
        assert_eq!(parse_compact("20261201T090005Z"), Some(t));
        assert_eq!(parse_compact("20261201T090005"), None);
        assert_eq!(parse_compact("2026120XT090005Z"), None);
        // Found by the fuzzer: lenient field widths must not pass for an id.
        assert_eq!(parse_compact("00111113T1  101Z"), None);
        assert_eq!(parse_compact("11110113T1111 1Z"), None);
    }

    #[test]
    fn relative_times() {
        let now = ts("2026-11-25T10:00:00Z");
        let at = |s: &str| relative(now, ts(s));
        assert_eq!(at("2026-11-25T11:59:00Z"), "in 1h 59m");
        assert_eq!(at("2026-11-25T10:00:45Z"), "in 45s");
        assert_eq!(at("2026-11-28T14:00:00Z"), "in 3d 4h");
        assert_eq!(at("2026-11-25T12:00:30Z"), "in 2h");
        assert_eq!(at("2026-11-25T10:00:00Z"), "in 0s");
        assert_eq!(at("2026-11-25T09:57:00Z"), "3m ago");
        assert_eq!(
            relative(ts("2026-11-25T10:00:00.600Z"), ts("2026-11-25T10:00:06Z")),
            "in 5s"
        );
    }
}
