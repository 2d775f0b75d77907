//! Everything printed: data on stdout (a table for people, JSON for scripts), diagnostics on
//! stderr.

use comfy_table::{ContentArrangement, Table, presets};
use indicatif::ProgressBar;
use serde::Serialize;

use crate::cli::Output;

pub struct Printer {
    pub format: Output,
    pub quiet: bool,
    pub verbose: bool,
}

impl Printer {
    /// A note on stderr, shown with `--verbose` only.
    pub fn verbose(&self, text: impl std::fmt::Display) {
        if self.verbose {
            eprintln!("sqsdelay: {text}");
        }
    }

    /// A status line on stderr, hidden by `--quiet`.
    pub fn status(&self, text: impl std::fmt::Display) {
        if !self.quiet {
            eprintln!("{text}");
        }
    }

    /// Progress on stderr: a bar counting to `total`, or a spinner when it is unknown. Hidden
    /// by `--quiet`; indicatif also hides it when stderr is not a terminal.
    pub fn progress(&self, total: Option<u64>) -> ProgressBar {
        match (self.quiet, total) {
            (true, _) => ProgressBar::hidden(),
            (false, Some(total)) => ProgressBar::new(total),
            (false, None) => ProgressBar::new_spinner(),
        }
    }

    pub fn json(&self, value: &impl Serialize) {
        println!(
            "{}",
            serde_json::to_string_pretty(value).expect("output serialises")
        );
    }

    /// A table without borders, fitted to the terminal width.
    pub fn table(&self, header: &[&str], rows: impl IntoIterator<Item = Vec<String>>) {
        let mut table = Table::new();
        table
            .load_preset(presets::NOTHING)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_header(header.iter().map(|h| h.to_uppercase()));
        for row in rows {
            table.add_row(row);
        }
        for column in table.column_iter_mut() {
            column.set_padding((0, 2));
        }
        for line in table.lines() {
            println!("{}", line.trim_end());
        }
    }
}
