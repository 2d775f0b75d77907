//! The committed completion scripts match what the binary generates.

use assert_cmd::Command;

#[test]
fn committed_completions_are_current() {
    for (shell, file) in [
        ("bash", "sqsdelay.bash"),
        ("zsh", "_sqsdelay"),
        ("fish", "sqsdelay.fish"),
        ("powershell", "_sqsdelay.ps1"),
        ("elvish", "sqsdelay.elv"),
    ] {
        let generated = Command::cargo_bin("sqsdelay")
            .unwrap()
            .args(["completions", shell])
            .output()
            .unwrap();
        assert!(generated.status.success());
        let committed = std::fs::read(format!("completions/{file}")).unwrap_or_default();
        assert!(
            generated.stdout == committed,
            "completions/{file} is stale: run scripts/completions and commit the result"
        );
    }
}
