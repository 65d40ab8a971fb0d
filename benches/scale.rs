//! Scale benchmark (not a test): full builds at 1,000, 10,000 and 50,000 term pages, against
//! `cp -r` of the same content and Hugo building the same Markdown (its twin: see
//! support/hugo_twin.rs), with peak memory, and a rebuild that has nothing to do.
//!
//!     cargo bench --bench scale
//!     NHIEMKY_SCALE_ORGS=500,5000 cargo bench --bench scale      # other sizes (organisations)
//!     NHIEMKY_SCALE_DIR=/var/tmp/scale cargo bench --bench scale   # keep the corpora
//!
//! Each organisation has 2 terms: one term page and one report (10 indicators) per term.
//! Charts are turned off, as in the build benchmark: the build is compared with tools that do
//! not draw them. Runs alternate cp, nhiemky and Hugo, so a slow spell of the disk falls on all
//! alike; each time is the median of 3 runs (1 run at 50,000 pages). Each run writes into a
//! folder of its own, after `sync`, and nothing is deleted until the end: on ext4 without a
//! journal, creating files is many times slower for minutes after a mass delete (the allocator
//! steps over recently freed inodes), which would charge one run for the one before.
//! "cp -r of the output" copies nhiemky's own output: what writing those files costs any tool.
//!
//! Targets (issue "Trustworthy at national scale"): time grows linearly (50k ≤ 5.5 × 10k),
//! 10k ≤ 2 × cp -r, faster than Hugo at every size, peak memory at 50k ≤ 1 GB, and a no-op
//! rebuild writes no file.

// Shared with the other benchmarks; this one sizes its corpora itself (no `prepare`).
#[allow(dead_code)]
#[path = "support/corpus.rs"]
mod corpus;
#[path = "support/hugo_twin.rs"]
mod hugo_twin;
#[path = "support/measure.rs"]
mod measure;

use measure::Measured;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::SystemTime;

struct Row {
    pages: usize,
    copy: Measured,
    build: Measured,
    copy_output: Measured,
    hugo: Result<Measured, String>,
    noop: Measured,
    noop_wrote: usize,
}

fn main() {
    let sizes: Vec<usize> = std::env::var("NHIEMKY_SCALE_ORGS")
        .unwrap_or("500,5000,25000".into())
        .split(',')
        .map(|n| {
            n.trim()
                .parse()
                .expect("NHIEMKY_SCALE_ORGS: numbers, e.g. 500,5000")
        })
        .collect();
    let temporary = tempfile::tempdir().unwrap();
    let work = std::env::var_os("NHIEMKY_SCALE_DIR")
        .map(PathBuf::from)
        .unwrap_or(temporary.path().to_owned());
    let hugo = Command::new("hugo").arg("version").output().is_ok();
    let mut scratch = Scratch::new(work.join("runs"));
    let rows: Vec<Row> = sizes
        .iter()
        .map(|&orgs| size(&work, &mut scratch, orgs, hugo))
        .collect();
    print_table(&rows);
    std::fs::remove_dir_all(&scratch.dir).unwrap();
}

/// Fresh output folders, all under one that is removed when every run is done.
struct Scratch {
    dir: PathBuf,
    made: usize,
}

impl Scratch {
    fn new(dir: PathBuf) -> Scratch {
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch { dir, made: 0 }
    }

    /// A folder name not used yet; the disk is synced first, so that writing back the previous
    /// run's files does not fall on the next.
    fn fresh(&mut self, label: &str) -> PathBuf {
        self.made += 1;
        assert!(Command::new("sync").status().unwrap().success());
        self.dir.join(format!("{label}-{}", self.made))
    }
}

/// Every measurement at one size.
fn size(work: &Path, scratch: &mut Scratch, orgs: usize, hugo: bool) -> Row {
    let site = work.join(format!("site-{orgs}"));
    let orgs = corpus::ensure(&site, orgs);
    corpus::write_config(&site, false);
    let twin = work.join(format!("hugo-{orgs}"));
    if hugo {
        hugo_twin::ensure(&site, &twin);
    }
    let pages = orgs * corpus::TERMS.len();
    let runs = if pages > 10_000 { 1 } else { 3 };
    let (mut copies, mut builds, mut hugos, mut outputs) = (vec![], vec![], vec![], vec![]);
    for _ in 0..runs {
        copies.push(measure::run(
            Command::new("cp")
                .arg("-r")
                .arg(site.join("content"))
                .arg(scratch.fresh("copy")),
        ));
        let output = scratch.fresh("public");
        builds.push(measure::run(&mut build(&site, &output)));
        outputs.push(output);
        if hugo {
            hugos.push(measure::try_run(
                Command::new("hugo")
                    .arg("--quiet")
                    .arg("--source")
                    .arg(&twin)
                    .arg("--destination")
                    .arg(scratch.fresh("hugo-public")),
                Some(memory_cap_mb()),
            ));
        }
    }
    let copy_output = measure::run(
        Command::new("cp")
            .arg("-r")
            .arg(&outputs[0])
            .arg(scratch.fresh("copy-output")),
    );
    let (noop, noop_wrote) = noop_rebuild(&site, &scratch.fresh("noop"));
    let hugo = match hugo {
        false => Err("not installed (apt-get install hugo)".into()),
        true => hugos
            .into_iter()
            .collect::<Result<Vec<_>, _>>()
            .map(measure::median),
    };
    Row {
        pages,
        copy: measure::median(copies),
        build: measure::median(builds),
        copy_output,
        hugo,
        noop,
        noop_wrote,
    }
}

/// Half the machine's memory: Hugo is stopped there (at 50,000 pages it takes more than 22 GB,
/// and a machine out of memory makes every measurement meaningless).
fn memory_cap_mb() -> u64 {
    // SAFETY: sysconf only reads system constants.
    let (pages, page_size) = unsafe {
        (
            libc::sysconf(libc::_SC_PHYS_PAGES),
            libc::sysconf(libc::_SC_PAGESIZE),
        )
    };
    (pages as u64 * page_size as u64) / 2 / (1024 * 1024)
}

fn build(site: &Path, output: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_nhiemky"));
    command
        .args(["build", "--root"])
        .arg(site)
        .arg("--output")
        .arg(output);
    command
}

/// Builds once, then again with nothing changed: times the second build and counts the
/// entries of the output it created or changed (the folder itself included: a swap would
/// give it a new inode).
fn noop_rebuild(site: &Path, output: &Path) -> (Measured, usize) {
    measure::run(&mut build(site, output));
    let inode = std::fs::metadata(output).unwrap().ino();
    let before = SystemTime::now();
    let second = measure::run(&mut build(site, output));
    let mut wrote = usize::from(std::fs::metadata(output).unwrap().ino() != inode);
    wrote += walkdir::WalkDir::new(output)
        .into_iter()
        .map(|entry| entry.unwrap().metadata().unwrap())
        .filter(|m| m.modified().unwrap() >= before || m.created().is_ok_and(|c| c >= before))
        .count();
    (second, wrote)
}

fn print_table(rows: &[Row]) {
    println!();
    println!(
        "| term pages | cp -r | nhiemky build | × cp -r | cp -r of the output | peak memory | Hugo | × Hugo | Hugo peak | no-op rebuild |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for row in rows {
        let (hugo, ratio, hugo_peak) = match &row.hugo {
            Ok(h) => (
                format!("{:.1} s", h.seconds),
                format!("{:.2}", row.build.seconds / h.seconds),
                format!("{:.0} MB", h.peak_mb),
            ),
            Err(failure) => (format!("failed: {failure}"), "–".into(), "–".into()),
        };
        println!(
            "| {} | {:.1} s | {:.1} s | {:.2} | {:.1} s | {:.0} MB | {hugo} | {ratio} | {hugo_peak} | {:.2} s, {} files written |",
            row.pages,
            row.copy.seconds,
            row.build.seconds,
            row.build.seconds / row.copy.seconds,
            row.copy_output.seconds,
            row.build.peak_mb,
            row.noop.seconds,
            row.noop_wrote,
        );
    }
    println!();
    let at = |pages: usize| rows.iter().find(|r| r.pages == pages);
    if let (Some(ten), Some(fifty)) = (at(10_000), at(50_000)) {
        let growth = fifty.build.seconds / ten.build.seconds;
        println!("linear growth: 50k / 10k = {growth:.2} (target ≤ 5.5)");
        println!(
            "peak memory at 50k: {:.0} MB (target ≤ 1024)",
            fifty.build.peak_mb
        );
    }
    if let Some(ten) = at(10_000) {
        println!(
            "10k against cp -r: {:.2} × (target ≤ 2); copying nhiemky's output alone takes {:.2} ×",
            ten.build.seconds / ten.copy.seconds,
            ten.copy_output.seconds / ten.copy.seconds
        );
    }
    let slower: Vec<usize> = rows
        .iter()
        .filter(|r| r.hugo.as_ref().is_ok_and(|h| h.seconds <= r.build.seconds))
        .map(|r| r.pages)
        .collect();
    println!(
        "faster than Hugo at every size where Hugo finished: {}",
        slower.is_empty()
    );
    let wrote: usize = rows.iter().map(|r| r.noop_wrote).sum();
    println!("no-op rebuilds wrote {wrote} files (target 0)");
}
