//! Replays the fuzzing corpus (`fuzz/corpus.tar.gz`, one entry `<target>/<name>` per input,
//! minimised with `cargo fuzz cmin`) and the inputs that once failed (`fuzz/regressions/<target>/`)
//! through the checks the fuzz targets run: on stable Rust, without fuzzing, on every
//! `cargo test`. See fuzz/README.md.

#[path = "../fuzz/src/lib.rs"]
mod checks;

use std::io::Read;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

/// Every input of `target`: the corpus archive's, then the regressions', by name.
fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let archive = std::fs::File::open(fuzz.join("corpus.tar.gz")).unwrap();
    let mut archive = tar::Archive::new(flate2::read::GzDecoder::new(archive));
    let prefix = format!("{target}/");
    let mut inputs = Vec::new();
    for entry in archive.entries().unwrap() {
        let mut entry = entry.unwrap();
        let name = entry.path().unwrap().to_string_lossy().into_owned();
        if name.starts_with(&prefix) {
            let mut bytes = Vec::new();
            entry.read_to_end(&mut bytes).unwrap();
            inputs.push((format!("corpus.tar.gz:{name}"), bytes));
        }
    }
    if let Ok(entries) = std::fs::read_dir(fuzz.join("regressions").join(target)) {
        for path in entries.map(|e| e.unwrap().path()) {
            inputs.push((path.display().to_string(), std::fs::read(&path).unwrap()));
        }
    }
    inputs.sort();
    inputs
}

fn replay(target: &str, check: fn(&[u8])) {
    let inputs = inputs(target);
    assert!(inputs.len() > 500, "the corpus of {target} is missing");
    let failed: Vec<&str> = inputs
        .iter()
        .filter(|(_, bytes)| catch_unwind(AssertUnwindSafe(|| check(bytes))).is_err())
        .map(|(name, _)| name.as_str())
        .collect();
    assert!(
        failed.is_empty(),
        "{} inputs fail: {failed:#?}",
        failed.len()
    );
}

#[test]
fn front_matter() {
    replay("front_matter", checks::front_matter);
}

#[test]
fn data_file() {
    replay("data_file", checks::data_file);
}

#[test]
fn shortcodes() {
    replay("shortcodes", checks::shortcodes);
}

#[test]
fn markdown() {
    replay("markdown", checks::markdown);
}
