//! Delivers the outbox by SMTP (lettre). Without `CARE_VOICE_SMTP_URL` messages stay queued
//! and are shown in the staff area. A failure is retried after 1, 2, 4 … minutes (at most an
//! hour); the error is recorded without the message's content.

use app::api::notify;
use app::db::outbox;
use app::state::{now, AppState};
use lettre::message::Mailbox;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::time::Duration;

/// How the worker sends.
#[derive(Clone)]
pub struct Mailer {
    transport: Option<AsyncSmtpTransport<Tokio1Executor>>,
    from: Mailbox,
    instance: String,
}

impl Mailer {
    /// A mailer for `smtp_url` (`smtp://host:port`, `smtp://…?tls=required` for STARTTLS,
    /// `smtps://` for TLS), or one that only queues when `None`.
    pub fn new(smtp_url: Option<&str>, from: &str) -> anyhow::Result<Self> {
        let transport = match smtp_url {
            Some(url) => Some(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|e| anyhow::anyhow!("CARE_VOICE_SMTP_URL is not usable: {e}"))?
                    .timeout(Some(Duration::from_secs(20)))
                    .build(),
            ),
            None => None,
        };
        let from = from.parse().map_err(|e| anyhow::anyhow!("CARE_VOICE_MAIL_FROM is not an address: {e}"))?;
        Ok(Self { transport, from, instance: app::crypto::random_token(9) })
    }
}

/// Sends what is due once; returns how many were sent.
pub async fn deliver_once(state: &AppState, mailer: &Mailer) -> usize {
    let Some(transport) = &mailer.transport else { return 0 };
    let t = now();
    let batch = match outbox::claim_due(&state.db, &mailer.instance, t, t + 120, 20).await {
        Ok(b) => b,
        Err(e) => {
            tracing::error!(error = %e, "could not read the outbox");
            return 0;
        }
    };
    let mut sent = 0;
    for msg in batch {
        let result = async {
            let to: Mailbox = msg.email.parse().map_err(|e| format!("recipient address: {e}"))?;
            let email = Message::builder()
                .from(mailer.from.clone())
                .to(to)
                .subject(&msg.subject)
                .body(msg.body.clone())
                .map_err(|e| format!("building the message: {e}"))?;
            transport.send(email).await.map_err(|e| format!("SMTP: {e}"))?;
            Ok::<(), String>(())
        }
        .await;
        match result {
            Ok(()) => {
                let _ = outbox::mark_sent(&state.db, &msg.id, now()).await;
                sent += 1;
            }
            Err(err) => {
                let wait = (60_i64 << msg.attempts.clamp(0, 6)).min(3600);
                tracing::warn!(attempts = msg.attempts + 1, retry_in_secs = wait, "mail not sent: {err}");
                let _ = outbox::mark_failed(&state.db, &msg.id, &err, now() + wait).await;
            }
        }
    }
    sent
}

/// Runs forever: delivers every few seconds and checks deadlines every hour.
pub fn spawn(state: AppState, mailer: Mailer) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut last_deadline_check = 0;
        loop {
            if now() - last_deadline_check >= 3600 {
                let n = notify::deadline_warnings(&state).await;
                if n > 0 {
                    tracing::info!(warnings = n, "deadline warnings queued");
                }
                last_deadline_check = now();
            }
            deliver_once(&state, &mailer).await;
            tokio::time::sleep(Duration::from_secs(3)).await;
        }
    })
}
