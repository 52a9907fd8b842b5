//! Argon2id hashing, run off the async threads (it is slow on purpose).

use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;

/// A hash of a password nobody has, checked when the email is unknown so that an unknown
/// email takes as long to refuse as a wrong password.
static DUMMY_HASH: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    hash_blocking("not a real password: timing only").unwrap_or_default()
});

fn hash_blocking(password: &str) -> Option<String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default().hash_password(password.as_bytes(), &salt).ok().map(|h| h.to_string())
}

/// Hashes a new password (Argon2id, OWASP's default parameters).
pub async fn hash(password: String) -> Option<String> {
    tokio::task::spawn_blocking(move || hash_blocking(&password)).await.ok().flatten()
}

/// Checks a password against a stored hash; with no hash, checks a dummy and returns false.
pub async fn verify(password: String, stored: Option<String>) -> bool {
    tokio::task::spawn_blocking(move || {
        let (hash, real) = match stored {
            Some(h) => (h, true),
            None => (DUMMY_HASH.clone(), false),
        };
        let ok = PasswordHash::new(&hash)
            .map(|parsed| Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok())
            .unwrap_or(false);
        ok && real
    })
    .await
    .unwrap_or(false)
}
