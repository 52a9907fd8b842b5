//! `care-voice`: see `care-voice --help`.

use clap::Parser;
use server::config::{self, Cli, Command};
use std::process::ExitCode;

fn main() -> ExitCode {
    // Before any thread starts: the settings file only fills in unset variables.
    if let Err(msg) = config::load_config_file() {
        eprintln!("care-voice: {msg}");
        return ExitCode::from(2);
    }
    let cli = Cli::parse();
    server::logging::init(&cli.settings.log_format);
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("care-voice: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let command = cli.command.unwrap_or(Command::Serve);
    match runtime.block_on(server::run(command, cli.settings)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("care-voice: {e:#}");
            ExitCode::FAILURE
        }
    }
}
