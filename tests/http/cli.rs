//! The `care-voice` binary's settings: listed in `--help`, checked at start-up.

use std::process::Command;

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_care-voice"));
    for var in ["DATABASE_URL", "CARE_VOICE_ADDR", "CARE_VOICE_SMTP_URL", "CARE_VOICE_CONFIG_FILE"] {
        c.env_remove(var);
    }
    c
}

#[test]
fn help_lists_every_setting_with_its_default() {
    let out = bin().arg("--help").output().expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    for var in [
        "CARE_VOICE_ADDR",
        "DATABASE_URL",
        "CARE_VOICE_COUNCIL_NAME",
        "CARE_VOICE_OUT_OF_HOURS_PHONE",
        "CARE_VOICE_SECURE_COOKIES",
        "CARE_VOICE_DATA_KEY_FILE",
        "CARE_VOICE_SMTP_URL",
        "LEPTOS_SITE_ROOT",
    ] {
        assert!(text.contains(var), "--help lacks {var}:\n{text}");
    }
    for default in ["127.0.0.1:3000", "sqlite://data/care-voice.db", "data/care-voice.key", "target/site"] {
        assert!(text.contains(default), "--help lacks default {default}");
    }
}

#[test]
fn help_never_prints_secrets_from_the_environment() {
    let out = bin()
        .arg("--help")
        .env("DATABASE_URL", "postgres://cv:hunter2secret@db/cv")
        .env("CARE_VOICE_SMTP_URL", "smtp://mail:mailsecret@mx")
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!text.contains("hunter2secret") && !text.contains("mailsecret"));
}

#[test]
fn wrong_settings_stop_start_up_with_a_clear_message() {
    let dir = tempfile::tempdir().expect("tmp");
    let cases: &[(&str, &str, &str)] = &[
        ("DATABASE_URL", "mysql://x", "DATABASE_URL"),
        ("DATABASE_URL", "sqlite::memory:", "SQLite file"),
        ("CARE_VOICE_ADDR", "not-an-address", "addr"),
        ("CARE_VOICE_OUT_OF_HOURS_PHONE", "call us", "CARE_VOICE_OUT_OF_HOURS_PHONE"),
        ("CARE_VOICE_SECURE_COOKIES", "maybe", "secure-cookies"),
        ("CARE_VOICE_COUNCIL_NAME", " ", "CARE_VOICE_COUNCIL_NAME"),
    ];
    for (var, value, expect) in cases {
        let out = bin()
            .arg("migrate")
            .current_dir(dir.path())
            .env(var, value)
            .output()
            .expect("runs");
        assert!(!out.status.success(), "{var}={value} should fail");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(expect), "{var}={value}: message should mention {expect}: {err}");
    }
}

#[test]
fn a_settings_file_fills_in_unset_variables() {
    let dir = tempfile::tempdir().expect("tmp");
    let file = dir.path().join("cv.env");
    std::fs::write(&file, "# settings\nCARE_VOICE_OUT_OF_HOURS_PHONE=not a phone\n").expect("write");
    let out = bin().arg("migrate").current_dir(dir.path()).env("CARE_VOICE_CONFIG_FILE", &file).output().expect("runs");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("CARE_VOICE_OUT_OF_HOURS_PHONE"));
}

#[test]
fn first_run_creates_the_database_file() {
    let dir = tempfile::tempdir().expect("tmp");
    let out = bin().arg("migrate").current_dir(dir.path()).env("CARE_VOICE_LOG_FORMAT", "json").output().expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(dir.path().join("data/care-voice.db").exists());
}
