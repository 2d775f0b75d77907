//! Which scheduled messages a listing shows, and in what order: pure logic over the rows of
//! ListExecutions pages, whose execution names carry each message's due time and id.

use std::collections::BinaryHeap;

use jiff::Timestamp;

use crate::aws::ExecutionItem;
use crate::schedule::{ScheduleId, Status};

/// A scheduled message as a listing knows it, without reading its input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub id: ScheduleId,
    pub name: String,
    pub arn: String,
    pub status: Status,
    pub scheduled_at: Option<Timestamp>,
    pub finished_at: Option<Timestamp>,
}

impl Row {
    /// `None` for executions that sqsdelay did not name (started by something else).
    pub fn from_item(item: ExecutionItem) -> Option<Row> {
        Some(Row {
            id: ScheduleId::parse(&item.name)?,
            name: item.name,
            arn: item.arn,
            status: item.status,
            scheduled_at: item.start_date,
            finished_at: item.stop_date,
        })
    }
}

impl Ord for Row {
    /// Soonest due first; the name breaks ties so the order is total and stable.
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.id.due, &self.name).cmp(&(other.id.due, &other.name))
    }
}

impl PartialOrd for Row {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// The filters that need nothing but the execution name and status.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// `None` means every status.
    pub status: Option<Status>,
    pub due_before: Option<Timestamp>,
    pub due_after: Option<Timestamp>,
}

impl Filter {
    pub fn matches(&self, row: &Row) -> bool {
        self.status.is_none_or(|s| s == row.status)
            && self.due_before.is_none_or(|t| row.id.due < t)
            && self.due_after.is_none_or(|t| row.id.due > t)
    }
}

/// Collects matching rows in due order. Sorting needs every row, so memory grows with the
/// number of matches, but only by one small row each (never pages or inputs); with a limit it
/// keeps just the `limit` soonest, so memory is bounded by the limit however many match.
pub struct Collector {
    limit: Option<usize>,
    heap: BinaryHeap<Row>,
}

impl Collector {
    pub fn new(limit: Option<usize>) -> Self {
        Collector {
            limit,
            heap: BinaryHeap::new(),
        }
    }

    pub fn push(&mut self, row: Row) {
        match self.limit {
            Some(0) => {}
            Some(limit) if self.heap.len() >= limit => {
                if self.heap.peek().is_some_and(|latest| row < *latest) {
                    self.heap.pop();
                    self.heap.push(row);
                }
            }
            _ => self.heap.push(row),
        }
    }

    pub fn into_sorted(self) -> Vec<Row> {
        self.heap.into_sorted_vec()
    }
}

/// Parses `--due-before` / `--due-after`: an RFC 3339 time, or a duration from now (`2h`).
pub fn parse_bound(flag: &str, text: &str, now: Timestamp) -> Result<Timestamp, String> {
    if let Ok(at) = text.trim().parse::<Timestamp>() {
        return Ok(at);
    }
    humantime::parse_duration(text.trim())
        .ok()
        .and_then(|d| now.checked_add(d).ok())
        .ok_or_else(|| {
            format!("{flag} {text:?} is neither an RFC 3339 time (2026-12-01T09:00:00Z) nor a duration from now (2h)")
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(name: &str, status: Status) -> Row {
        let item = ExecutionItem {
            arn: format!("arn:aws:states:us-east-1:1:execution:m:{name}"),
            name: name.into(),
            status,
            start_date: None,
            stop_date: None,
        };
        Row::from_item(item).unwrap()
    }

    fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn foreign_names_are_skipped() {
        let item = ExecutionItem {
            arn: "a".into(),
            name: "someone-elses".into(),
            status: Status::Pending,
            start_date: None,
            stop_date: None,
        };
        assert!(Row::from_item(item).is_none());
    }

    #[test]
    fn sorted_by_due_time_soonest_first() {
        let mut c = Collector::new(None);
        for name in [
            "20261203T000000Z_c",
            "20261201T000000Z_a",
            "20261202T000000Z_b",
            "20261201T000000Z_0",
        ] {
            c.push(row(name, Status::Pending));
        }
        let names: Vec<_> = c.into_sorted().into_iter().map(|r| r.name).collect();
        assert_eq!(
            names,
            [
                "20261201T000000Z_0",
                "20261201T000000Z_a",
                "20261202T000000Z_b",
                "20261203T000000Z_c"
            ]
        );
    }

    #[test]
    fn a_limit_keeps_the_soonest() {
        let mut c = Collector::new(Some(2));
        for day in [5, 3, 9, 1, 7] {
            c.push(row(&format!("202612{day:02}T000000Z_k"), Status::Pending));
        }
        let days: Vec<_> = c
            .into_sorted()
            .into_iter()
            .map(|r| r.name[6..8].to_string())
            .collect();
        assert_eq!(days, ["01", "03"]);
        let mut none = Collector::new(Some(0));
        none.push(row("20261201T000000Z_k", Status::Pending));
        assert!(none.into_sorted().is_empty());
    }

    #[test]
    fn filters() {
        let r = row("20261201T090000Z_k", Status::Pending);
        assert!(Filter::default().matches(&r));
        assert!(
            !Filter {
                status: Some(Status::Delivered),
                ..Default::default()
            }
            .matches(&r)
        );
        assert!(
            Filter {
                due_before: Some(ts("2026-12-01T09:00:01Z")),
                ..Default::default()
            }
            .matches(&r)
        );
        assert!(
            !Filter {
                due_before: Some(ts("2026-12-01T09:00:00Z")),
                ..Default::default()
            }
            .matches(&r)
        );
        assert!(
            Filter {
                due_after: Some(ts("2026-12-01T08:59:59Z")),
                ..Default::default()
            }
            .matches(&r)
        );
        assert!(
            !Filter {
                due_after: Some(ts("2026-12-01T09:00:00Z")),
                ..Default::default()
            }
            .matches(&r)
        );
    }

    #[test]
    fn bounds() {
        let now = ts("2026-11-25T10:00:00Z");
        assert_eq!(
            parse_bound("--due-before", "2h", now).unwrap(),
            ts("2026-11-25T12:00:00Z")
        );
        assert_eq!(
            parse_bound("--due-before", "2026-12-01T09:00:00Z", now).unwrap(),
            ts("2026-12-01T09:00:00Z")
        );
        assert!(
            parse_bound("--due-after", "whenever", now)
                .unwrap_err()
                .contains("--due-after")
        );
    }
}
