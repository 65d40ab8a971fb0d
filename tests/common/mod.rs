//! Test sites in temporary folders, the real binary run on them, and readers for its output.
#![allow(dead_code)] // each test crate uses a different part of this module

pub mod chromium;
pub mod server;
pub mod static_server;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub const BIN: &str = env!("CARGO_BIN_EXE_nhiemky");

/// How long a command on a test site may take: far more than any needs on a loaded machine.
pub const PATIENCE: std::time::Duration = std::time::Duration::from_secs(300);

/// The binary, speaking English: most tests were written against its English words, and the
/// language must not depend on the machine's locale. Tests of the Vietnamese words (the
/// default) say so with `.env("NHIEMKY_LANG", "vi")` or `--lang vi`.
pub fn nhiemky() -> Command {
    let mut command = Command::new(BIN);
    command.env("NHIEMKY_LANG", "en");
    command
}

pub fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

pub struct TestSite {
    pub dir: tempfile::TempDir,
}

impl TestSite {
    /// The repository's own example site (config.toml, content/, themes/).
    pub fn example() -> TestSite {
        let site = TestSite::empty();
        copy_dir(&repo().join("themes"), &site.path("themes"));
        fs::copy(repo().join("config.toml"), site.path("config.toml")).unwrap();
        copy_dir(&repo().join("content"), &site.path("content"));
        site
    }

    /// `tests/fixtures/<name>/`, built with the theme compiled into the binary.
    pub fn fixture(name: &str) -> TestSite {
        let site = TestSite::empty();
        copy_dir(&repo().join("tests/fixtures").join(name), site.dir.path());
        site
    }

    fn empty() -> TestSite {
        TestSite {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn path(&self, relative: &str) -> PathBuf {
        self.dir.path().join(relative)
    }

    pub fn write(&self, relative: &str, content: impl AsRef<[u8]>) {
        let path = self.path(relative);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, content).unwrap();
    }

    pub fn read(&self, relative: &str) -> String {
        fs::read_to_string(self.path(relative)).unwrap_or_else(|e| panic!("{relative}: {e}"))
    }

    /// Replaces the first occurrence of `from` in a file; panics if it is not there.
    pub fn edit(&self, relative: &str, from: &str, to: &str) {
        let text = self.read(relative);
        assert!(text.contains(from), "{relative} does not contain {from:?}");
        self.write(relative, text.replacen(from, to, 1));
    }

    /// Runs `nhiemky <args…> --root <site>`; one that hangs (on a pipe, say) is killed after
    /// [`PATIENCE`] and fails the test instead of holding it up for ever.
    pub fn run(&self, args: &[&str]) -> Run {
        let child = nhiemky()
            .args(args)
            .arg("--root")
            .arg(self.dir.path())
            .env("NO_COLOR", "1")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let pid = child.id() as libc::pid_t;
        let (sender, finished) = std::sync::mpsc::channel();
        std::thread::spawn(move || sender.send(child.wait_with_output()));
        match finished.recv_timeout(PATIENCE) {
            Ok(output) => Run(output.unwrap()),
            Err(_) => {
                // SAFETY: kill(2) on our own child, not yet reaped (its waiting thread is stuck).
                unsafe { libc::kill(pid, libc::SIGKILL) };
                panic!("nhiemky {args:?} did not finish in {PATIENCE:?}");
            }
        }
    }

    pub fn build(&self) -> Run {
        self.run(&["build"])
    }

    pub fn page(&self, relative: &str) -> String {
        self.read(&format!("public/{relative}"))
    }

    pub fn html(&self, relative: &str) -> scraper::Html {
        scraper::Html::parse_document(&self.page(relative))
    }

    /// Every file under `relative` with its bytes, sorted by path.
    pub fn snapshot(&self, relative: &str) -> Vec<(String, Vec<u8>)> {
        snapshot(&self.path(relative))
    }
}

pub struct Run(pub Output);

impl Run {
    pub fn ok(&self) -> bool {
        self.0.status.success()
    }
    pub fn code(&self) -> Option<i32> {
        self.0.status.code()
    }
    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.0.stderr).into_owned()
    }
    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.0.stdout).into_owned()
    }
    /// Panics with the diagnostics when the run failed.
    pub fn assert_ok(&self) -> &Self {
        assert!(
            self.ok(),
            "nhiemky failed:\n{}\n{}",
            self.stdout(),
            self.stderr()
        );
        self
    }
    /// The `--> file:line:column` positions of every diagnostic, in printed order.
    pub fn positions(&self) -> Vec<String> {
        self.stderr()
            .lines()
            .filter_map(|l| {
                l.trim_start()
                    .strip_prefix("--> ")
                    .or_else(|| l.trim_start().strip_prefix("╭▸ "))
            })
            .map(|p| p.trim().to_owned())
            .collect()
    }
    /// `(position, message)` of each error.
    pub fn errors(&self) -> Vec<(String, String)> {
        let text = self.stderr();
        let lines: Vec<&str> = text.lines().collect();
        let mut out = Vec::new();
        for (i, line) in lines.iter().enumerate() {
            if let Some(message) = line.strip_prefix("error: ") {
                let position = lines[i + 1..]
                    .iter()
                    .take(2)
                    .find_map(|l| l.trim_start().strip_prefix("--> "))
                    .unwrap_or("")
                    .trim()
                    .to_owned();
                out.push((position, message.to_owned()));
            }
        }
        out
    }
}

pub fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from)
        .into_iter()
        .filter_map(Result::ok)
    {
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            fs::create_dir_all(&target).unwrap();
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// The text of the first element matching `selector`, whitespace collapsed.
pub fn text(html: &scraper::Html, selector: &str) -> String {
    let selector = scraper::Selector::parse(selector).unwrap();
    let element = html
        .select(&selector)
        .next()
        .unwrap_or_else(|| panic!("no element matches {selector:?}"));
    element
        .text()
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Texts of every <text> element of an SVG, whitespace trimmed.
pub fn svg_texts(svg: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg).expect("well-formed SVG");
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| n.text().unwrap_or("").trim().to_owned())
        .collect()
}

/// Texts of every element matching `selector`.
pub fn texts(html: &scraper::Html, selector: &str) -> Vec<String> {
    let selector = scraper::Selector::parse(selector).unwrap();
    html.select(&selector)
        .map(|e| {
            e.text()
                .collect::<Vec<_>>()
                .join(" ")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// A template of the built-in theme, as a site would copy it to override it.
pub fn builtin_template(name: &str) -> String {
    fs::read_to_string(repo().join("themes/default/templates").join(name)).unwrap()
}

/// Every file under `dir` with its bytes, sorted by path.
pub fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (rel, fs::read(e.path()).unwrap())
        })
        .collect();
    files.sort();
    files
}
