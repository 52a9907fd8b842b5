//! Staff notifications through a real SMTP server (Python's aiosmtpd, writing a Maildir).

use crate::support::TestApp;
use app::domain::access::Role;
use server::jobs::mail::{deliver_once, Mailer};
use std::process::{Child, Command, Stdio};

struct SmtpServer {
    child: Child,
    port: u16,
    maildir: tempfile::TempDir,
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).unwrap_or(2525)
}

/// Starts aiosmtpd, or returns None (a failure in CI) when it is not installed.
async fn smtp_server() -> Option<SmtpServer> {
    let have = Command::new("python3").args(["-c", "import aiosmtpd"]).status().is_ok_and(|s| s.success());
    if !have {
        assert!(std::env::var("CI").is_err(), "CI must run the mail tests: pip install aiosmtpd");
        eprintln!("note: aiosmtpd missing; mail tests skipped");
        return None;
    }
    let maildir = tempfile::tempdir().expect("tmp");
    let port = free_port();
    let child = Command::new("python3")
        .args(["-m", "aiosmtpd", "-n", "-l", &format!("127.0.0.1:{port}"), "-c", "aiosmtpd.handlers.Mailbox"])
        .arg(maildir.path().join("mail"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("aiosmtpd starts");
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Some(SmtpServer { child, port, maildir });
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("aiosmtpd did not start");
}

fn messages(server: &SmtpServer) -> Vec<String> {
    let mut out = Vec::new();
    for sub in ["new", "cur"] {
        if let Ok(dir) = std::fs::read_dir(server.maildir.path().join("mail").join(sub)) {
            for f in dir.flatten() {
                out.push(std::fs::read_to_string(f.path()).unwrap_or_default());
            }
        }
    }
    out
}

#[tokio::test]
async fn a_new_complaint_mails_the_complaints_managers_a_reference_and_a_link_only() {
    let Some(server) = smtp_server().await else { return };
    let app = TestApp::new().await;
    let cm = app.staff(Role::ComplaintsManager).await;
    let analyst = app.staff(Role::Analyst).await;
    let (reference, _) = crate::complaints::send_complaint(&app, "form-mail-000000000000").await;

    let url = format!("smtp://127.0.0.1:{}", server.port);
    let mailer = Mailer::new(Some(&url), "Care Voice <care-voice@testshire.gov.uk>").expect("mailer");
    let second = Mailer::new(Some(&url), "Care Voice <care-voice@testshire.gov.uk>").expect("mailer");
    // Two instances at once: each message goes once.
    let (a, b) = tokio::join!(deliver_once(&app.state, &mailer), deliver_once(&app.state, &second));
    assert!(a + b >= 1);
    let mut mails = Vec::new();
    for _ in 0..50 {
        mails = messages(&server);
        if !mails.is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let to_cm: Vec<&String> = mails.iter().filter(|m| m.contains(&cm.email)).collect();
    assert_eq!(to_cm.len(), 1, "one message to the complaints manager");
    assert!(!mails.iter().any(|m| m.contains(&analyst.email)), "analysts are not told about cases");
    let m = to_cm[0];
    assert!(m.contains(&reference), "the reference");
    assert!(m.contains(&format!("/staff/complaints/{reference}")), "a link");
    for secret in [crate::complaints_canary(), "Sam Canary-Name", "07700 900123"] {
        assert!(!m.contains(secret), "mail must not contain {secret}");
    }
    assert_eq!(deliver_once(&app.state, &mailer).await, 0, "nothing is sent twice");
}

#[tokio::test]
async fn a_failed_send_is_kept_and_retried() {
    let app = TestApp::new().await;
    let _cm = app.staff(Role::ComplaintsManager).await;
    crate::complaints::send_complaint(&app, "form-mail-111111111111").await;
    let dead = format!("smtp://127.0.0.1:{}", free_port());
    let mailer = Mailer::new(Some(&dead), "Care Voice <cv@testshire.gov.uk>").expect("mailer");
    assert_eq!(deliver_once(&app.state, &mailer).await, 0);
    let (attempts, next, sent): (i64, i64, Option<i64>) =
        sqlx::query_as("SELECT attempts, next_attempt_at, sent_at FROM outbox").fetch_one(&app.state.db.pool).await.expect("row");
    assert_eq!((attempts, sent), (1, None));
    assert!(next > app::state::now(), "retried later, not now");

    let Some(server) = smtp_server().await else { return };
    sqlx::query("UPDATE outbox SET next_attempt_at = 0").execute(&app.state.db.pool).await.expect("due now");
    let live = Mailer::new(Some(&format!("smtp://127.0.0.1:{}", server.port)), "Care Voice <cv@testshire.gov.uk>").expect("mailer");
    assert_eq!(deliver_once(&app.state, &live).await, 1);
}
