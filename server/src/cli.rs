//! `care-voice admin …`: staff accounts from the command line (the first administrator).
//! The one-time link goes to standard output; nothing else secret is printed.

use crate::config::AdminCommand;
use anyhow::{bail, Context};
use app::api::staff::accounts::{self, CreateError};
use app::api::staff::audit::record;
use app::db::{staff_sessions, staff_users};
use app::domain::access::Role;
use app::state::AppState;

/// Runs an `admin` command.
pub async fn admin(state: &AppState, cmd: AdminCommand) -> anyhow::Result<()> {
    match cmd {
        AdminCommand::Create { email, name } => {
            let email = email.trim().to_lowercase();
            if !accounts::plausible_email(&email) {
                bail!("--email must be an email address like name@example.org");
            }
            if name.trim().is_empty() || name.chars().count() > 100 {
                bail!("--name must be 1 to 100 characters");
            }
            let (id, link) = match accounts::create_with_link(state, &email, &name, Role::Administrator).await {
                Ok(v) => v,
                Err(CreateError::EmailTaken) => {
                    bail!("an account with that email already exists: use `care-voice admin reset --email {email}`")
                }
                Err(CreateError::Db(e)) => return Err(e).context("could not create the account"),
            };
            record(state, None, "staff-invited", Some(&id), Some("administrator, from the command line"), None).await;
            print_link(&name, &link);
        }
        AdminCommand::Reset { email } => {
            let email = email.trim().to_lowercase();
            let Some(user) = staff_users::find_by_email(&state.db, state.org(), &email).await? else {
                bail!("no account has that email address");
            };
            staff_users::clear_credentials(&state.db, &user.id).await?;
            staff_sessions::delete_for_user(&state.db, &user.id).await?;
            let link = accounts::issue_setup_link(state, &user.id).await?;
            record(state, None, "password-reset", Some(&user.id), Some("from the command line"), None).await;
            print_link(&user.name, &link);
        }
    }
    Ok(())
}

#[allow(clippy::print_stdout)]
fn print_link(name: &str, link: &str) {
    println!("Send this one-time link to {name}. It works for 3 days and only once:");
    println!("{link}");
}
