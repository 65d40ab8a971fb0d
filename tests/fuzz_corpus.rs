//! Replays the fuzzing corpus (`fuzz/corpus/<target>/`, minimised with `cargo fuzz cmin`) and
//! the inputs that once failed (`fuzz/regressions/<target>/`) through the checks the fuzz targets
//! run: on stable Rust, without fuzzing, on every `cargo test`. See fuzz/README.md.

#[path = "../fuzz/src/lib.rs"]
mod checks;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

fn replay(target: &str, check: fn(&[u8])) {
    let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut inputs = Vec::new();
    for folder in ["corpus", "regressions"] {
        let Ok(entries) = std::fs::read_dir(fuzz.join(folder).join(target)) else {
            continue;
        };
        inputs.extend(entries.map(|e| e.unwrap().path()));
    }
    assert!(inputs.len() > 5, "the corpus of {target} is missing");
    inputs.sort();
    let failed: Vec<String> = inputs
        .iter()
        .filter(|path| {
            let bytes = std::fs::read(path).unwrap();
            catch_unwind(AssertUnwindSafe(|| check(&bytes))).is_err()
        })
        .map(|path| path.display().to_string())
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
