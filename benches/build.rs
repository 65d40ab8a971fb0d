//! Full-build benchmark (not a test): generates N organisations × 2 terms (10 indicators and
//! a ~12 KB report per term), then times `cp -r` of the content folder and a full
//! `nhiemky build` into an empty folder, and reports the peak memory of the build.
//!
//!     cargo bench --bench build                 # 5,000 organisations = 10,000 term pages
//!     NHIEMKY_BENCH_ORGS=500 cargo bench --bench build
//!     NHIEMKY_BENCH_CORPUS=/tmp/corpus cargo bench --bench build   # keep the corpus (profiling)
//!
//! Targets (issue "Foundation"): build ≤ 2 × cp -r, peak memory ≤ 300 MB.

#[path = "support/corpus.rs"]
mod corpus;
#[path = "support/measure.rs"]
mod measure;

use std::process::Command;

fn main() {
    let orgs: usize = std::env::var("NHIEMKY_BENCH_ORGS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(5000);
    let runs = 3;
    let work = tempfile::tempdir().unwrap();
    let site = match std::env::var_os("NHIEMKY_BENCH_CORPUS") {
        Some(dir) => std::path::PathBuf::from(dir),
        None => work.path().join("site"),
    };
    if !site.join("content").is_dir() {
        corpus::generate(&site, orgs);
    }
    let term_pages = orgs * corpus::TERMS.len();
    let bytes = measure::folder_bytes(&site.join("content"));
    println!(
        "corpus: {orgs} organisations, {term_pages} term pages, {:.1} MB of content",
        bytes as f64 / 1e6
    );

    let copy = measure::median(runs, |i| {
        let target = work.path().join(format!("copy-{i}"));
        let run = measure::run(
            Command::new("cp")
                .arg("-r")
                .arg(site.join("content"))
                .arg(&target),
        );
        std::fs::remove_dir_all(&target).unwrap();
        run
    });
    let build = measure::median(runs, |i| {
        let output = work.path().join(format!("public-{i}"));
        let run = measure::run(
            Command::new(env!("CARGO_BIN_EXE_nhiemky"))
                .args(["build", "--root"])
                .arg(&site)
                .arg("--output")
                .arg(&output),
        );
        std::fs::remove_dir_all(&output).unwrap();
        run
    });
    let ratio = build.seconds / copy.seconds;
    println!(
        "cp -r content:        {:>7.3} s (median of {runs})",
        copy.seconds
    );
    println!(
        "nhiemky build:        {:>7.3} s (median of {runs})  = {ratio:.2} × cp -r   (target ≤ 2)",
        build.seconds
    );
    println!(
        "nhiemky peak memory:  {:>7.1} MB                (target ≤ 300 MB)",
        build.peak_mb
    );
}
