//! Every way a command can fail, each with a stable exit code (documented in the README).

use std::fmt;

#[derive(Debug)]
pub enum Error {
    /// Bad input: a flag, a body, a time. Nothing was sent to AWS.
    Invalid(String),
    /// A queue or a schedule that does not exist.
    NotFound(String),
    /// The state machine is missing: `sqsdelay setup` has not been run for it.
    NotSetUp(String),
    /// The same `--id` and due time are already scheduled with this very message.
    AlreadyScheduled(String),
    /// The message was already delivered, cancelled or failed under this id.
    AlreadyFinished(String),
    /// The same `--id` and due time are scheduled with a different message.
    Conflict(String),
    /// The AWS endpoint could not be reached.
    Unreachable(String),
    /// Missing region or credentials, or access denied.
    Config(String),
    /// Any other error from AWS.
    Aws(String),
    /// Some lines of a batch (or some of several ids) failed; each was reported on its own.
    Partial(String),
    /// Stopped by Ctrl-C after finishing the requests in flight.
    Interrupted(String),
    /// Failures already printed one by one (several ids); carries the exit code to give.
    Reported(u8),
}

impl Error {
    /// Exit codes are part of the interface: scripts branch on them. Never renumber.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Aws(_) => 1,
            Error::Invalid(_) => 2,
            Error::NotFound(_) => 3,
            Error::NotSetUp(_) => 4,
            Error::AlreadyScheduled(_) => 5,
            Error::AlreadyFinished(_) => 6,
            Error::Conflict(_) => 7,
            Error::Unreachable(_) => 8,
            Error::Config(_) => 9,
            Error::Partial(_) => 10,
            Error::Interrupted(_) => 130,
            Error::Reported(code) => *code,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Error::Invalid(t)
            | Error::NotFound(t)
            | Error::NotSetUp(t)
            | Error::AlreadyScheduled(t)
            | Error::AlreadyFinished(t)
            | Error::Conflict(t)
            | Error::Unreachable(t)
            | Error::Config(t)
            | Error::Aws(t)
            | Error::Partial(t)
            | Error::Interrupted(t) => t,
            Error::Reported(_) => "",
        };
        f.write_str(text)
    }
}

impl std::error::Error for Error {}

impl From<String> for Error {
    /// Validation messages from the pure modules are input errors.
    fn from(text: String) -> Self {
        Error::Invalid(text)
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
