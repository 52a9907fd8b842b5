//! Layers every request passes through: language, security headers, error pages.

pub mod error_pages;
pub mod language;
pub mod rate_limit;
pub mod security;
pub mod staff_access;
