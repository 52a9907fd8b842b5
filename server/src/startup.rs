//! Start-up: read settings, open and check the database, load the default content, serve.

use crate::config::{Command, Settings};
use crate::{assets, db, router};
use anyhow::Context;
use app::crypto::DataKeys;
use app::domain::sessions::SessionLimits;
use app::api::survey::runtime::SurveyRuntime;
use app::state::{AdvocacyService, AppState, AuthSettings, PublicSettings};
use leptos::config::LeptosOptions;
use std::sync::Arc;

/// Builds the application state from settings (database opened, checked and migrated).
pub async fn build_state(settings: &Settings) -> anyhow::Result<AppState> {
    let db = db::connect_and_migrate(&settings.database_url).await?;
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    app::db::organisations::upsert_default(&db, settings.council_name.trim(), now)
        .await
        .context("cannot write the default organisation")?;
    let org = app::db::organisations::DEFAULT_ORG;
    let added = app::content::load_defaults(&db, org, now).await.context("cannot load the default content")?;
    if added > 0 {
        tracing::info!(items = added, "loaded the default content (Pledge, Charter, rights, entitlements, glossary)");
    }
    let oldest = app::domain::promise_check::oldest_kept_day(now);
    app::db::promise_checks::purge_form_ids(&db, &oldest).await.context("cannot purge old form ids")?;
    let today = app::domain::survey_rounds::day_of(now);
    let stored = app::api::survey::content::store_default_sets(&db, app::db::organisations::DEFAULT_ORG, today)
        .await
        .map_err(anyhow::Error::msg)
        .context("cannot load the default survey questions")?;
    if stored > 0 {
        tracing::info!(sets = stored, "loaded survey question sets");
    }
    if settings.demo_surveys
        && app::api::survey::content::open_demo_round(&db, app::db::organisations::DEFAULT_ORG, today)
            .await
            .context("cannot open the demo survey round")?
    {
        tracing::info!("opened a demo survey round for every age band (CARE_VOICE_DEMO_SURVEYS=false turns this off)");
    }
    let (tallied, stored) = app::db::survey_results::tallied_and_stored(&db).await.context("cannot read the survey tallies")?;
    if tallied != stored {
        let n = app::api::survey::tallies::recount_tallies(&db).await.context("cannot recount the survey tallies")?;
        tracing::info!(responses = n, "recounted the survey results from the stored answers");
    }
    let (keys, created) = DataKeys::load_or_create(&settings.data_key_file)
        .with_context(|| format!("CARE_VOICE_DATA_KEY_FILE {}", settings.data_key_file.display()))?;
    if created {
        tracing::warn!(
            path = %settings.data_key_file.display(),
            "created a new data key: back it up apart from the database, or sealed casework is lost with it"
        );
    }
    let bank_holidays =
        app::domain::working_days::england_and_wales().context("the shipped bank-holiday calendar does not load")?;
    let manifest = assets::read_manifest(&settings.site_root);
    let leptos = LeptosOptions::builder()
        .output_name(manifest.as_ref().and_then(|m| m.output_name.clone()).unwrap_or_else(|| "app".into()))
        .site_root(settings.site_root.to_string_lossy().into_owned())
        .site_pkg_dir("pkg")
        .site_addr(settings.addr)
        .build();
    Ok(AppState {
        settings: Arc::new(PublicSettings {
            council_name: settings.council_name.trim().to_owned(),
            out_of_hours_phone: settings.out_of_hours_phone.trim().to_owned(),
            out_of_hours_is_sample: settings.out_of_hours_is_sample(),
        }),
        assets: Arc::new(assets::site_assets(manifest.as_ref())),
        leptos,
        auth: Arc::new(AuthSettings {
            limits: SessionLimits {
                idle_secs: i64::from(settings.session_idle_minutes) * 60,
                absolute_secs: i64::from(settings.session_absolute_hours) * 3600,
            },
            secure_cookies: settings.secure_cookies,
            public_url: settings.public_url(),
            account_free_failures: settings.sign_in_free_failures_per_account,
            ip_free_failures: settings.sign_in_free_failures_per_ip,
            trust_proxy: settings.trust_proxy,
        }),
        keys: Arc::new(keys),
        bank_holidays: Arc::new(bank_holidays),
        advocacy: Arc::new(AdvocacyService {
            name: settings.advocacy_name.trim().to_owned(),
            phone: settings.advocacy_phone.trim().to_owned(),
        }),
        surveys: Arc::new(SurveyRuntime::new(&db, i64::from(settings.draft_days))),
        stats: app::domain::suppression::Policy::new(settings.small_number_threshold, settings.round_counts_to)
            .map_err(|e| anyhow::anyhow!("CARE_VOICE_SMALL_NUMBER_THRESHOLD / CARE_VOICE_ROUND_COUNTS_TO: {e}"))?,
        db,
    })
}

/// Runs a command with the given settings.
pub async fn run(command: Command, settings: Settings) -> anyhow::Result<()> {
    settings.validate().map_err(anyhow::Error::msg)?;
    match command {
        Command::Migrate => {
            build_state(&settings).await?;
            tracing::info!("database ready");
            Ok(())
        }
        Command::Serve => serve(settings).await,
        Command::Admin(cmd) => crate::cli::admin(&build_state(&settings).await?, cmd).await,
        Command::Synthetic(args) => crate::synthetic::run(&build_state(&settings).await?, &args).await,
    }
}

async fn serve(settings: Settings) -> anyhow::Result<()> {
    let state = build_state(&settings).await?;
    let mailer = crate::jobs::mail::Mailer::new(settings.smtp_url.as_deref(), &settings.mail_from)?;
    if settings.smtp_url.is_none() {
        tracing::info!("no CARE_VOICE_SMTP_URL: staff notifications are queued and shown in the staff area");
    }
    crate::jobs::mail::spawn(state.clone(), mailer);
    crate::jobs::spawn(&state);
    let app = router::build(state, &settings.site_root, settings.secure_cookies, settings.public_posts_per_minute);
    let listener = tokio::net::TcpListener::bind(settings.addr)
        .await
        .with_context(|| format!("cannot listen on {} (CARE_VOICE_ADDR)", settings.addr))?;
    let addr = listener.local_addr()?;
    tracing::info!(%addr, "Care Voice is running at http://{addr}/");
    axum::serve(listener, app.into_make_service_with_connect_info::<std::net::SocketAddr>())
        .with_graceful_shutdown(shutdown_signal())
        .await?;
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
}
