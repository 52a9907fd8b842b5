//! `cargo run -p xtask -- build-site [--wasm PATH] [--no-wasm]`
//!
//! Turns the compiled WebAssembly and the stylesheet into the files the server serves from
//! `target/site/pkg`: wasm-bindgen's JS glue and wasm (pinned to the same version as the
//! `wasm-bindgen` crate, so they cannot drift), names carrying a content hash (so browsers
//! can cache them for a year), brotli and gzip copies, and `manifest.json` naming them.

use anyhow::{bail, Context, Result};
use sha2::{Digest, Sha256};
use std::io::Write as _;
use std::path::{Path, PathBuf};

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("build-site") => build_site(&args[1..]),
        _ => bail!("usage: xtask build-site [--wasm PATH] [--no-wasm] [--site-root DIR]"),
    }
}

fn flag_value(args: &[String], name: &str) -> Option<String> {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned()
}

fn build_site(args: &[String]) -> Result<()> {
    let root = workspace_root();
    let site_root = flag_value(args, "--site-root").map(PathBuf::from).unwrap_or_else(|| root.join("target/site"));
    let pkg = site_root.join("pkg");
    std::fs::create_dir_all(&pkg)?;
    // Old hashed files would pile up; the manifest names the only current ones.
    for entry in std::fs::read_dir(&pkg)? {
        let path = entry?.path();
        if path.is_file() {
            std::fs::remove_file(&path)?;
        }
    }

    let output_name = if args.iter().any(|a| a == "--no-wasm") {
        None
    } else {
        let wasm = flag_value(args, "--wasm")
            .map(PathBuf::from)
            .unwrap_or_else(|| root.join("target/wasm32-unknown-unknown/wasm-release/app.wasm"));
        Some(bindgen(&wasm, &pkg)?)
    };

    let css_text = concat_css(&root.join("style"))?;
    let css_name = format!("app.{}.css", short_hash(css_text.as_bytes()));
    std::fs::write(pkg.join(&css_name), &css_text)?;

    for entry in std::fs::read_dir(&pkg)? {
        let path = entry?.path();
        if path.is_file() {
            compress(&path)?;
        }
    }
    let manifest = serde_json::json!({ "output_name": output_name, "css": css_name });
    std::fs::write(pkg.join("manifest.json"), serde_json::to_string_pretty(&manifest)?)?;
    eprintln!("site built in {} ({})", pkg.display(), output_name.as_deref().unwrap_or("no wasm"));
    Ok(())
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf).unwrap_or_default()
}

/// Runs wasm-bindgen, then renames its output to `app.<hash>.js` / `app.<hash>_bg.wasm`.
fn bindgen(wasm: &Path, pkg: &Path) -> Result<String> {
    if !wasm.exists() {
        bail!("{} does not exist: build the app crate for wasm32 first (scripts/build-site.sh does)", wasm.display());
    }
    let tmp = pkg.join(".bindgen");
    let _ = std::fs::remove_dir_all(&tmp);
    wasm_bindgen_cli_support::Bindgen::new()
        .input_path(wasm)
        .web(true)?
        .remove_name_section(true)
        .remove_producers_section(true)
        .typescript(false)
        .out_name("app")
        .generate(&tmp)
        .context("wasm-bindgen failed")?;
    let js = std::fs::read(tmp.join("app.js"))?;
    let wasm_bytes = std::fs::read(tmp.join("app_bg.wasm"))?;
    let mut both = js.clone();
    both.extend_from_slice(&wasm_bytes);
    let name = format!("app.{}", short_hash(&both));
    std::fs::write(pkg.join(format!("{name}.js")), &js)?;
    std::fs::write(pkg.join(format!("{name}_bg.wasm")), &wasm_bytes)?;
    std::fs::remove_dir_all(&tmp)?;
    Ok(name)
}

/// Every `*.css` file in `style/`, in name order, with comments and extra spaces removed.
fn concat_css(dir: &Path) -> Result<String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "css"))
        .collect();
    files.sort();
    let mut out = String::new();
    for f in files {
        out.push_str(&minify_css(&std::fs::read_to_string(&f)?));
    }
    Ok(out)
}

/// A conservative minifier: drops comments and collapses whitespace; never rewrites values.
fn minify_css(css: &str) -> String {
    let mut no_comments = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        no_comments.push_str(&rest[..start]);
        rest = rest[start + 2..].find("*/").map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    no_comments.push_str(rest);
    let collapsed = no_comments.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = collapsed;
    for (from, to) in [(" {", "{"), ("{ ", "{"), (" }", "}"), ("; ", ";"), (": ", ":"), (", ", ","), (";}", "}")] {
        out = out.replace(from, to);
    }
    out.push('\n');
    out
}

fn short_hash(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// Writes `file.br` (brotli, best) and `file.gz` (gzip, best) beside `file`.
fn compress(path: &Path) -> Result<()> {
    let data = std::fs::read(path)?;
    let mut br = Vec::new();
    {
        let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
        brotli::BrotliCompress(&mut data.as_slice(), &mut br, &params)?;
    }
    std::fs::write(with_suffix(path, "br"), br)?;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(&data)?;
    std::fs::write(with_suffix(path, "gz"), gz.finish()?)?;
    Ok(())
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(".");
    s.push(suffix);
    PathBuf::from(s)
}
