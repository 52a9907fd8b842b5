//! Build script: embeds the Fluent files and refuses to build when a locale lacks a message
//! that English has (or has one English does not), or when a file does not parse.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const REFERENCE: &str = "en-GB";

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets this"));
    let locales_dir = manifest.join("../locales");
    println!("cargo:rerun-if-changed={}", locales_dir.display());
    println!("cargo:rerun-if-changed=../migrations");
    // Only the server build embeds the translations; the WebAssembly gets its text as props.
    if std::env::var_os("CARGO_FEATURE_SSR").is_none() {
        return;
    }

    let mut locales: Vec<(String, Vec<PathBuf>)> = Vec::new();
    for entry in std::fs::read_dir(&locales_dir).expect("locales/ exists") {
        let entry = entry.expect("readable locales/");
        if !entry.path().is_dir() {
            continue;
        }
        let tag = entry.file_name().to_string_lossy().into_owned();
        println!("cargo:rerun-if-changed={}", entry.path().display());
        let mut files: Vec<PathBuf> = std::fs::read_dir(entry.path())
            .expect("readable locale folder")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        for f in &files {
            println!("cargo:rerun-if-changed={}", f.display());
        }
        locales.push((tag, files));
    }
    locales.sort();

    let mut duplicates = Vec::new();
    let mut keys_of = |files: &[PathBuf]| -> BTreeSet<String> {
        let mut keys = BTreeSet::new();
        for f in files {
            for id in message_ids(f) {
                if !keys.insert(id.clone()) {
                    duplicates.push(format!("{id} (again in {})", f.display()));
                }
            }
        }
        keys
    };

    let per_locale: Vec<(String, BTreeSet<String>)> = locales.iter().map(|(t, f)| (t.clone(), keys_of(f))).collect();
    let reference = per_locale
        .iter()
        .find(|(t, _)| t == REFERENCE)
        .map(|(_, k)| k.clone())
        .expect("locales/en-GB exists");
    let mut problems = String::new();
    if !duplicates.is_empty() {
        let _ = writeln!(problems, "messages defined twice: {duplicates:?}");
    }
    for (tag, keys) in &per_locale {
        let missing: Vec<_> = reference.difference(keys).collect();
        let extra: Vec<_> = keys.difference(&reference).collect();
        if !missing.is_empty() {
            let _ = writeln!(problems, "locale {tag} lacks {} message(s): {missing:?}", missing.len());
        }
        if !extra.is_empty() {
            let _ = writeln!(problems, "locale {tag} has message(s) English lacks: {extra:?}");
        }
    }
    if !problems.is_empty() {
        panic!("\n\nEvery locale must have every message English has.\n{problems}");
    }

    let mut out = String::from("/// Every locale's Fluent files, embedded at build time: (tag, [(file, text)]).\n");
    out.push_str("pub static LOCALE_FILES: &[(&str, &[(&str, &str)])] = &[\n");
    for (tag, files) in &locales {
        let _ = write!(out, "    ({tag:?}, &[");
        for f in files {
            let name = f.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let abs = f.canonicalize().expect("file exists");
            let _ = write!(out, "({name:?}, include_str!({:?})), ", abs.display().to_string());
        }
        out.push_str("]),\n");
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets this")).join("locales.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}

fn message_ids(path: &Path) -> Vec<String> {
    use fluent_syntax::ast::Entry;
    let text = std::fs::read_to_string(path).expect("readable .ftl file");
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((_, errors)) => panic!("{} does not parse: {errors:?}", path.display()),
    };
    resource
        .body
        .iter()
        .filter_map(|e| match e {
            Entry::Message(m) => Some(m.id.name.clone()),
            Entry::Term(t) => Some(format!("-{}", t.id.name)),
            _ => None,
        })
        .collect()
}
