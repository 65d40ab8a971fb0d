//! Full-build benchmark (not a test): generates N organisations × 2 terms (10 indicators and
//! a ~12 KB report per term), then times, run after run in turn, `cp -r` of the content
//! folder, a full `nhiemky build` with charts turned off and one with charts, each into an
//! empty folder, and reports the peak memory of the builds.
//!
//!     cargo bench --bench build                 # 5,000 organisations = 10,000 term pages
//!     NHIEMKY_BENCH_ORGS=500 cargo bench --bench build
//!     NHIEMKY_BENCH_CORPUS=/tmp/corpus cargo bench --bench build   # keep the corpus (profiling)
//!
//! Targets: build without charts ≤ 2 × cp -r, peak memory ≤ 300 MB (issue "Foundation");
//! build with charts ≤ 2 × build without (issue "Charts").

#[path = "support/corpus.rs"]
mod corpus;
#[path = "support/measure.rs"]
mod measure;

use measure::Measured;
use std::path::Path;
use std::process::Command;

const RUNS: usize = 3;

fn main() {
    let work = tempfile::tempdir().unwrap();
    let (site, _) = corpus::prepare(work.path());

    // Interleaved, so that a slow spell of the disk falls on all three alike; run 0 warms up.
    let (mut copy, mut plain, mut charted) = (vec![], vec![], vec![]);
    for run in 0..=RUNS {
        let target = work.path().join("copy");
        let copied = measure::run(
            Command::new("cp")
                .arg("-r")
                .arg(site.join("content"))
                .arg(&target),
        );
        std::fs::remove_dir_all(&target).unwrap();
        let without = build(&site, work.path(), false);
        let with = build(&site, work.path(), true);
        if run > 0 {
            copy.push(copied);
            plain.push(without);
            charted.push(with);
        }
    }
    corpus::write_config(&site, true);
    let (copy, plain, charted) = (
        measure::median(copy),
        measure::median(plain),
        measure::median(charted),
    );
    println!(
        "cp -r content:            {:>7.3} s (median of {RUNS})",
        copy.seconds
    );
    println!(
        "build, charts off:        {:>7.3} s = {:.2} × cp -r        (target ≤ 2), peak {:.0} MB (target ≤ 300)",
        plain.seconds,
        plain.seconds / copy.seconds,
        plain.peak_mb
    );
    println!(
        "build, charts on:         {:>7.3} s = {:.2} × charts off   (target ≤ 2), peak {:.0} MB",
        charted.seconds,
        charted.seconds / plain.seconds,
        charted.peak_mb
    );
}

/// One full build into an empty folder, which is removed afterwards.
fn build(site: &Path, work: &Path, charts: bool) -> Measured {
    corpus::write_config(site, charts);
    let output = work.join("public");
    let run = measure::run(
        Command::new(env!("CARGO_BIN_EXE_nhiemky"))
            .args(["build", "--root"])
            .arg(site)
            .arg("--output")
            .arg(&output),
    );
    std::fs::remove_dir_all(&output).unwrap();
    run
}
