//! Encryption at rest and tokens.
//!
//! Casework text, contact details and staff second-factor secrets are sealed with
//! XChaCha20-Poly1305 (an authenticated cipher) under a key kept in a file outside the
//! database (`CARE_VOICE_DATA_KEY_FILE`). The file holds one key per line as `id:base64`;
//! the first line is the key used for new data, later lines still decrypt old data, so a key
//! is rotated by adding a new first line (see ARCHITECTURE.md). Each sealed value is bound to
//! where it is stored (the "associated data", e.g. `staff.totp:<user id>`), so a value copied
//! to another row or column does not decrypt.

use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine as _;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand::RngCore as _;
use sha2::{Digest, Sha256};
use std::path::Path;

/// Why a key file or a sealed value could not be used.
#[derive(Debug, thiserror::Error)]
pub enum CryptoError {
    /// The key file is missing a key or has a malformed line.
    #[error("the data key file is not valid: {0}")]
    BadKeyFile(String),
    /// The value was not sealed by any key we hold, or was changed, or belongs elsewhere.
    #[error("a sealed value could not be opened")]
    CannotOpen,
    /// Reading or writing the key file failed.
    #[error("the data key file cannot be used: {0}")]
    Io(#[from] std::io::Error),
}

/// The keys that seal and open data at rest.
#[derive(Clone)]
pub struct DataKeys {
    keys: Vec<(String, XChaCha20Poly1305)>,
}

impl std::fmt::Debug for DataKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let ids: Vec<&str> = self.keys.iter().map(|(id, _)| id.as_str()).collect();
        f.debug_struct("DataKeys").field("ids", &ids).finish_non_exhaustive()
    }
}

impl DataKeys {
    /// Parses a key file: `id:base64-of-32-bytes` per line, `#` comments, first key current.
    pub fn parse(text: &str) -> Result<Self, CryptoError> {
        let mut keys = Vec::new();
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            let (id, b64) = line
                .split_once(':')
                .ok_or_else(|| CryptoError::BadKeyFile("each line must be id:base64key".into()))?;
            if id.is_empty() || !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
                return Err(CryptoError::BadKeyFile("a key id must be letters, digits and -".into()));
            }
            let bytes = STANDARD
                .decode(b64.trim())
                .map_err(|_| CryptoError::BadKeyFile(format!("key {id} is not base64")))?;
            let cipher = XChaCha20Poly1305::new_from_slice(&bytes)
                .map_err(|_| CryptoError::BadKeyFile(format!("key {id} is not 32 bytes")))?;
            keys.push((id.to_owned(), cipher));
        }
        if keys.is_empty() {
            return Err(CryptoError::BadKeyFile("no key in the file".into()));
        }
        Ok(Self { keys })
    }

    /// Reads the key file, or creates it (readable by its owner only) with a new key.
    /// Returns whether it was created, so start-up can warn the operator to back it up.
    pub fn load_or_create(path: &Path) -> Result<(Self, bool), CryptoError> {
        match std::fs::read_to_string(path) {
            Ok(text) => Ok((Self::parse(&text)?, false)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let text = new_key_file_text();
                if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
                    std::fs::create_dir_all(parent)?;
                }
                write_private(path, &text)?;
                Ok((Self::parse(&text)?, true))
            }
            Err(e) => Err(e.into()),
        }
    }

    /// Seals `plain`, bound to `context` (where it will be stored).
    pub fn seal(&self, plain: &str, context: &str) -> String {
        let (id, cipher) = &self.keys[0];
        let mut nonce = [0u8; 24];
        rand::rng().fill_bytes(&mut nonce);
        // Encryption with a valid key and nonce length cannot fail.
        let sealed = cipher
            .encrypt(XNonce::from_slice(&nonce), Payload { msg: plain.as_bytes(), aad: context.as_bytes() })
            .unwrap_or_default();
        let mut blob = nonce.to_vec();
        blob.extend_from_slice(&sealed);
        format!("v1.{id}.{}", URL_SAFE_NO_PAD.encode(blob))
    }

    /// Opens a value sealed by [`DataKeys::seal`] with the same `context`.
    pub fn open(&self, sealed: &str, context: &str) -> Result<String, CryptoError> {
        let mut parts = sealed.splitn(3, '.');
        let (Some("v1"), Some(id), Some(b64)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(CryptoError::CannotOpen);
        };
        let cipher = self.keys.iter().find(|(k, _)| k == id).map(|(_, c)| c).ok_or(CryptoError::CannotOpen)?;
        let blob = URL_SAFE_NO_PAD.decode(b64).map_err(|_| CryptoError::CannotOpen)?;
        if blob.len() < 24 {
            return Err(CryptoError::CannotOpen);
        }
        let (nonce, ct) = blob.split_at(24);
        let plain = cipher
            .decrypt(XNonce::from_slice(nonce), Payload { msg: ct, aad: context.as_bytes() })
            .map_err(|_| CryptoError::CannotOpen)?;
        String::from_utf8(plain).map_err(|_| CryptoError::CannotOpen)
    }

    /// Whether `sealed` was sealed with an older key (a rotation should re-seal it).
    pub fn is_stale(&self, sealed: &str) -> bool {
        sealed.split('.').nth(1) != Some(self.keys[0].0.as_str())
    }
}

/// The text of a new key file with one fresh key.
pub fn new_key_file_text() -> String {
    let mut key = [0u8; 32];
    rand::rng().fill_bytes(&mut key);
    let id = time::OffsetDateTime::now_utc().date().to_string();
    format!(
        "# Care Voice data key. Keep it secret and back it up apart from the database:\n\
         # without it, sealed casework cannot be read. To rotate, add a new first line.\n{id}:{}\n",
        STANDARD.encode(key)
    )
}

#[cfg(unix)]
fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write as _;
    use std::os::unix::fs::OpenOptionsExt as _;
    let mut f = std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path)?;
    f.write_all(text.as_bytes())
}

#[cfg(not(unix))]
fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    std::fs::write(path, text)
}

/// `n` random bytes as base64url: session tokens, setup links, form ids.
pub fn random_token(n: usize) -> String {
    let mut bytes = vec![0u8; n];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// SHA-256 as hex: how high-entropy tokens are stored (never the token itself).
pub fn sha256_hex(s: &str) -> String {
    Sha256::digest(s.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// Compares secrets in constant time.
pub fn same_secret(a: &str, b: &str) -> bool {
    use subtle::ConstantTimeEq as _;
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys() -> DataKeys {
        DataKeys::parse(&new_key_file_text()).expect("valid")
    }

    #[test]
    fn sealed_text_opens_only_with_the_same_context_and_key() {
        let k = keys();
        let sealed = k.seal("I am scared at home", "complaint.body:1");
        assert!(!sealed.contains("scared"));
        assert_eq!(k.open(&sealed, "complaint.body:1").expect("opens"), "I am scared at home");
        assert!(k.open(&sealed, "complaint.body:2").is_err(), "moved to another row");
        assert!(keys().open(&sealed, "complaint.body:1").is_err(), "another key");
        let mut tampered = sealed.clone();
        tampered.pop();
        tampered.push(if sealed.ends_with('A') { 'B' } else { 'A' });
        assert!(k.open(&tampered, "complaint.body:1").is_err());
    }

    #[test]
    fn the_same_text_seals_differently_each_time() {
        let k = keys();
        assert_ne!(k.seal("x", "c"), k.seal("x", "c"));
    }

    #[test]
    fn rotation_keeps_old_values_readable() {
        let old = new_key_file_text();
        let old_keys = DataKeys::parse(&old).expect("valid");
        let sealed = old_keys.seal("hello", "ctx");
        let mut key = [7u8; 32];
        key[0] = 1;
        let rotated = format!("new-key:{}\n{old}", STANDARD.encode(key));
        let both = DataKeys::parse(&rotated).expect("valid");
        assert_eq!(both.open(&sealed, "ctx").expect("old key still opens"), "hello");
        assert!(both.is_stale(&sealed));
        assert!(!both.is_stale(&both.seal("x", "ctx")));
    }

    #[test]
    fn bad_key_files_are_refused() {
        for text in ["", "# only a comment", "nocolon", "id:notbase64!!", "id:AAAA", "bad id:AAAA"] {
            assert!(DataKeys::parse(text).is_err(), "{text:?}");
        }
    }
}
