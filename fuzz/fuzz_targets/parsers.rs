//! Every parser of user input, on arbitrary text: none may panic, and what parses must hold
//! up (ids round-trip; due times stay within the rules).
#![no_main]

use libfuzzer_sys::fuzz_target;
use sqsdelay::schedule::{ScheduleId, check_key, parse_attr};
use sqsdelay::when::{When, due_time, parse_at, parse_in};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let now = jiff::Timestamp::from_second(1_795_000_000).unwrap();
    if let Ok(delay) = parse_in(text) {
        if let Ok(due) = due_time(&When::In(delay), now) {
            assert!(due > now && due.as_second() - now.as_second() <= 365 * 86400);
        }
    }
    if let Ok(at) = parse_at(text) {
        let _ = due_time(&When::At(at), now);
    }
    if check_key(text).is_ok() {
        assert!(text.len() <= 63 && text.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
    }
    if let Some(id) = ScheduleId::parse(text) {
        assert_eq!(id.name(), text, "a schedule id reads back as written");
    }
    if let Ok((name, attribute)) = parse_attr(text) {
        assert!(!name.is_empty() && !attribute.data_type.is_empty());
    }
    let _ = sqsdelay::queue::QueueRef::parse(text);
    let _ = sqsdelay::batch::parse_line(1, text);
});
