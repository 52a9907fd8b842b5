//! Settings: command-line flags or environment variables (and an optional file of
//! `KEY=value` lines named by `CARE_VOICE_CONFIG_FILE`). `care-voice --help` lists them all.
//! Wrong values stop the server at start-up with a message that says which and why.
//! Secrets never appear in `Debug` output or in `--help`.

use clap::{Args, Parser, Subcommand};
use std::net::SocketAddr;
use std::path::PathBuf;

/// A sample out-of-hours number from Ofcom's range for drama (it rings nobody).
pub const SAMPLE_OUT_OF_HOURS: &str = "01632 960000";

/// The `care-voice` command line.
#[derive(Debug, Parser)]
#[command(
    name = "care-voice",
    version,
    about = "Care Voice: a council's promises, surveys, complaints and results for children in care and care leavers.",
    after_help = "Every setting can also come from the environment variable shown, or from a file of KEY=value lines named by CARE_VOICE_CONFIG_FILE (the environment wins)."
)]
pub struct Cli {
    /// What to do (default: serve).
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Settings.
    #[command(flatten)]
    pub settings: Settings,
}

/// Commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the web app (the default).
    Serve,
    /// Apply database migrations and load default content, then exit.
    Migrate,
    /// Manage staff accounts from the command line.
    #[command(subcommand)]
    Admin(AdminCommand),
    /// Fill the database with made-up survey responses for demos and benchmarks (two rounds,
    /// every age band). Refuses a database with real responses or casework unless told otherwise.
    Synthetic(SyntheticArgs),
}

/// `care-voice synthetic …`
#[derive(Debug, Args)]
pub struct SyntheticArgs {
    /// About how many answers to make (whole responses of about 10 to 30 answers each).
    #[arg(long, default_value_t = 20_000)]
    pub answers: u64,
    /// Make a million answers (the same as --answers 1000000).
    #[arg(long)]
    pub million: bool,
    /// Seed for the random numbers (the same seed makes the same data).
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Run even though the database holds real responses or casework. Made-up responses would
    /// then sit beside real ones in rounds of their own, marked as demo rounds.
    #[arg(long)]
    pub yes_this_is_a_live_database: bool,
}

/// `care-voice admin …`
#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Create an administrator and print a one-time link to set a password and second factor.
    Create {
        /// Their email address.
        #[arg(long)]
        email: String,
        /// Their name.
        #[arg(long)]
        name: String,
    },
    /// Print a new one-time set-up link for an existing account (ends its sessions and
    /// clears its password and second factor).
    Reset {
        /// Their email address.
        #[arg(long)]
        email: String,
    },
}

/// Every setting, with its environment variable and default.
#[derive(Clone, Args)]
pub struct Settings {
    /// Where to listen.
    #[arg(long, global = true, env = "CARE_VOICE_ADDR", default_value = "127.0.0.1:3000")]
    pub addr: SocketAddr,

    /// SQLite file (`sqlite://path`) or PostgreSQL (`postgres://…`).
    #[arg(long, global = true, env = "DATABASE_URL", default_value = "sqlite://data/care-voice.db", hide_env_values = true)]
    pub database_url: String,

    /// The council's name, shown in the header of every page.
    #[arg(long, global = true, env = "CARE_VOICE_COUNCIL_NAME", default_value = "Sample Borough Council")]
    pub council_name: String,

    /// The council's out-of-hours phone number, shown in the help panel (the default is a sample and is marked as one).
    #[arg(long, global = true, env = "CARE_VOICE_OUT_OF_HOURS_PHONE", default_value = SAMPLE_OUT_OF_HOURS)]
    pub out_of_hours_phone: String,

    /// Mark cookies Secure (`false` only for plain-HTTP localhost).
    #[arg(long, global = true, env = "CARE_VOICE_SECURE_COOKIES", default_value_t = true, action = clap::ArgAction::Set)]
    pub secure_cookies: bool,

    /// Key for casework encryption (created on first run, with a warning, if missing).
    #[arg(long, global = true, env = "CARE_VOICE_DATA_KEY_FILE", default_value = "data/care-voice.key")]
    pub data_key_file: PathBuf,

    /// Mail server, e.g. `smtp://user:pass@host:587` (unset: mail is queued and shown in the staff area only).
    #[arg(long, global = true, env = "CARE_VOICE_SMTP_URL", hide_env_values = true)]
    pub smtp_url: Option<String>,

    /// The sender of staff notifications.
    #[arg(long, global = true, env = "CARE_VOICE_MAIL_FROM", default_value = "Care Voice <care-voice@localhost>")]
    pub mail_from: String,

    /// The local advocacy service's name, as young people are told it.
    #[arg(long, global = true, env = "CARE_VOICE_ADVOCACY_NAME", default_value = "the council's advocacy service")]
    pub advocacy_name: String,

    /// The local advocacy service's phone number.
    #[arg(long, global = true, env = "CARE_VOICE_ADVOCACY_PHONE", default_value = "01632 960001")]
    pub advocacy_phone: String,

    /// Folder of the built CSS, JS and WebAssembly.
    #[arg(long, global = true, env = "LEPTOS_SITE_ROOT", default_value = "target/site")]
    pub site_root: PathBuf,

    /// The address people use to reach the app (for links printed or mailed); default `http://` + CARE_VOICE_ADDR.
    #[arg(long, global = true, env = "CARE_VOICE_PUBLIC_URL")]
    pub public_url: Option<String>,

    /// Minutes without activity after which a staff session ends.
    #[arg(long, global = true, env = "CARE_VOICE_SESSION_IDLE_MINUTES", default_value_t = 30, value_parser = clap::value_parser!(u32).range(1..=720))]
    pub session_idle_minutes: u32,

    /// Hours after sign-in after which a staff session ends, however active.
    #[arg(long, global = true, env = "CARE_VOICE_SESSION_ABSOLUTE_HOURS", default_value_t = 12, value_parser = clap::value_parser!(u32).range(1..=72))]
    pub session_absolute_hours: u32,

    /// Failed sign-ins for one account before sign-in slows down (30 s, doubling, at most 1 h).
    #[arg(long, global = true, env = "CARE_VOICE_SIGN_IN_FREE_FAILURES_PER_ACCOUNT", default_value_t = 4)]
    pub sign_in_free_failures_per_account: u32,

    /// Failed sign-ins from one IP address before sign-in slows down for it.
    #[arg(long, global = true, env = "CARE_VOICE_SIGN_IN_FREE_FAILURES_PER_IP", default_value_t = 20)]
    pub sign_in_free_failures_per_ip: u32,

    /// Form posts allowed per IP address per minute on public pages (surveys, complaints).
    #[arg(long, global = true, env = "CARE_VOICE_PUBLIC_POSTS_PER_MINUTE", default_value_t = 60)]
    pub public_posts_per_minute: u32,

    /// Days a survey draft (and its resume code) lasts before it is deleted.
    #[arg(long, global = true, env = "CARE_VOICE_DRAFT_DAYS", default_value_t = 14, value_parser = clap::value_parser!(u32).range(1..=90))]
    pub draft_days: u32,

    /// Small numbers: no count, total or share on the dashboard or in an export comes from fewer
    /// young people than this (never below 5).
    #[arg(long, global = true, env = "CARE_VOICE_SMALL_NUMBER_THRESHOLD", default_value_t = 10, value_parser = clap::value_parser!(u32).range(5..=1000))]
    pub small_number_threshold: u32,

    /// Shown counts on the dashboard and in exports are rounded to a multiple of this (1: no rounding).
    #[arg(long, global = true, env = "CARE_VOICE_ROUND_COUNTS_TO", default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..=100))]
    pub round_counts_to: u32,

    /// Open a demo survey round for every age band on a new install, so /survey can be tried at once.
    #[arg(long, global = true, env = "CARE_VOICE_DEMO_SURVEYS", default_value_t = true, action = clap::ArgAction::Set)]
    pub demo_surveys: bool,

    /// Take the client's address from X-Forwarded-For (only behind a proxy you trust).
    #[arg(long, global = true, env = "CARE_VOICE_TRUST_PROXY", default_value_t = false, action = clap::ArgAction::Set)]
    pub trust_proxy: bool,

    /// Log format: `text` for people, `json` for log collectors.
    #[arg(long, global = true, env = "CARE_VOICE_LOG_FORMAT", default_value = "text", value_parser = ["text", "json"])]
    pub log_format: String,
}

impl std::fmt::Debug for Settings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Settings")
            .field("addr", &self.addr)
            .field("database_url", &redact_url(&self.database_url))
            .field("council_name", &self.council_name)
            .field("out_of_hours_phone", &self.out_of_hours_phone)
            .field("secure_cookies", &self.secure_cookies)
            .field("data_key_file", &self.data_key_file)
            .field("smtp_url", &self.smtp_url.as_deref().map(redact_url))
            .field("site_root", &self.site_root)
            .field("mail_from", &self.mail_from)
            .field("advocacy_name", &self.advocacy_name)
            .field("public_url", &self.public_url)
            .field("session_idle_minutes", &self.session_idle_minutes)
            .field("session_absolute_hours", &self.session_absolute_hours)
            .field("trust_proxy", &self.trust_proxy)
            .field("draft_days", &self.draft_days)
            .field("demo_surveys", &self.demo_surveys)
            .field("small_number_threshold", &self.small_number_threshold)
            .field("round_counts_to", &self.round_counts_to)
            .field("log_format", &self.log_format)
            .finish()
    }
}

/// A URL with any password replaced by `***`.
pub fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let creds = &url[scheme + 3..at];
            match creds.split_once(':') {
                Some((user, _)) => format!("{}{}:***{}", &url[..scheme + 3], user, &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

impl Settings {
    /// Checks what clap cannot; the message names the setting and says how to fix it.
    pub fn validate(&self) -> Result<(), String> {
        let url = self.database_url.as_str();
        if !(url.starts_with("sqlite:") || url.starts_with("postgres://") || url.starts_with("postgresql://")) {
            return Err(format!(
                "DATABASE_URL must start with sqlite:// or postgres:// (got {:?})",
                redact_url(url)
            ));
        }
        let name = self.council_name.trim();
        if name.is_empty() || name.chars().count() > 100 {
            return Err("CARE_VOICE_COUNCIL_NAME must be 1 to 100 characters".into());
        }
        let phone = self.out_of_hours_phone.trim();
        let digits = phone.chars().filter(char::is_ascii_digit).count();
        if !(phone.chars().all(|c| c.is_ascii_digit() || c == ' ' || c == '+') && (3..=15).contains(&digits)) {
            return Err(format!(
                "CARE_VOICE_OUT_OF_HOURS_PHONE must be a phone number of digits, spaces and + (got {phone:?})"
            ));
        }
        if let Some(url) = &self.public_url {
            if !(url.starts_with("https://") || url.starts_with("http://")) {
                return Err("CARE_VOICE_PUBLIC_URL must start with https:// (or http:// for local use)".into());
            }
        }
        if let Some(smtp) = &self.smtp_url {
            if !(smtp.starts_with("smtp://") || smtp.starts_with("smtps://")) {
                return Err("CARE_VOICE_SMTP_URL must start with smtp:// or smtps://".into());
            }
        }
        Ok(())
    }

    /// The public base address, without a trailing slash.
    pub fn public_url(&self) -> String {
        self.public_url.clone().unwrap_or_else(|| format!("http://{}", self.addr)).trim_end_matches('/').to_owned()
    }

    /// Whether the out-of-hours number is still the shipped sample.
    pub fn out_of_hours_is_sample(&self) -> bool {
        self.out_of_hours_phone.trim() == SAMPLE_OUT_OF_HOURS
    }
}

/// Reads `KEY=value` lines from the file named by `CARE_VOICE_CONFIG_FILE` into the
/// environment, without overriding variables that are already set. Call before any thread starts.
pub fn load_config_file() -> Result<(), String> {
    let Ok(path) = std::env::var("CARE_VOICE_CONFIG_FILE") else { return Ok(()) };
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("CARE_VOICE_CONFIG_FILE {path:?} cannot be read: {e}"))?;
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            return Err(format!("{path}:{}: expected KEY=value", n + 1));
        };
        let (key, value) = (key.trim(), value.trim().trim_matches('"'));
        if std::env::var_os(key).is_none() {
            std::env::set_var(key, value);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_redacted() {
        assert_eq!(redact_url("postgres://cv:s3cret@db/cv"), "postgres://cv:***@db/cv");
        assert_eq!(redact_url("sqlite://data/x.db"), "sqlite://data/x.db");
    }
}
