//! The `care-voice` server: settings, database, router, start-up. `main.rs` is a thin shell
//! around [`run`]; tests build the same router with [`router::build`].

pub mod assets;
pub mod cli;
pub mod config;
pub mod db;
pub mod health;
pub mod jobs;
pub mod logging;
pub mod middleware;
pub mod router;
pub mod startup;
pub mod synthetic;

pub use startup::run;
