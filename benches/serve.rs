//! Preview-server benchmark (not a test): starts `nhiemky serve` on the benchmark corpus and,
//! as a drafter would, saves a document, a data.toml and a template partial again and again.
//! For each save it times save → reload event received (the rebuild is done before the event
//! is sent), and save → the edited page fetched with the new text (pages render on request:
//! the home page, which lists every organisation, takes longest). Then it makes 1,000 more
//! saves and compares the server's memory before and after.
//!
//!     cargo bench --bench serve                 # 5,000 organisations = 10,000 term pages
//!     NHIEMKY_BENCH_ORGS=500 cargo bench --bench serve
//!     NHIEMKY_BENCH_CORPUS=/tmp/corpus cargo bench --bench serve
//!
//! Targets (issue "Drafting preview"): save → reload median ≤ 50 ms for each kind of edit;
//! memory flat over 1,000 edits.

#[path = "support/corpus.rs"]
mod corpus;

use std::collections::VecDeque;
use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const TIMED_EDITS: usize = 40;
const ENDURANCE_EDITS: usize = 1000;
/// The organisation whose files are edited.
const ORG: &str = "dang-bo-00042";
const PARTIAL: &str = "templates/partials/verdict.html";

fn main() {
    let work = tempfile::tempdir().unwrap();
    let (site, _) = corpus::prepare(work.path());
    corpus::write_config(&site, true);
    let builtin = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("themes/default/templates")
        .join("partials/verdict.html");
    let partial = site.join(PARTIAL);
    fs::create_dir_all(partial.parent().unwrap()).unwrap();
    fs::copy(&builtin, &partial).unwrap();

    let server = Server::start(&site);
    println!("{}", server.loaded);
    let edits = [
        Edit::document(&site),
        Edit::data(&site),
        Edit::template(&site),
        Edit::organisation(&site),
    ];
    for edit in &edits {
        server.get(&edit.page); // kept in the server's cache, as an open tab would have it
    }

    println!("save → reload event, and save → edited page fetched ({TIMED_EDITS} saves each):");
    for edit in &edits {
        let (mut reload, mut fetched) = (vec![], vec![]);
        for n in 0..TIMED_EDITS {
            let timing = server.save(edit, n);
            reload.push(timing.reload);
            fetched.push(timing.fetched);
        }
        println!(
            "  {:<24} reload median {:>5.1} ms (p90 {:>5.1}, target ≤ 50)   page median {:>5.1} ms",
            edit.name,
            percentile(&mut reload, 50),
            percentile(&mut reload, 90),
            percentile(&mut fetched, 50),
        );
    }

    let before = server.memory();
    print!(
        "memory over {ENDURANCE_EDITS} more saves (resident MB, every {}): {:.0}",
        ENDURANCE_EDITS / 4,
        before.resident_mb
    );
    for n in 0..ENDURANCE_EDITS {
        server.save(&edits[n % edits.len()], TIMED_EDITS + n);
        if (n + 1) % (ENDURANCE_EDITS / 4) == 0 {
            print!(" → {:.0}", server.memory().resident_mb);
        }
    }
    let after = server.memory();
    println!(
        "\n  peak {:.0} MB before, {:.0} MB after",
        before.peak_mb, after.peak_mb
    );
    server.stop();
    for edit in &edits {
        fs::write(&edit.file, &edit.original).unwrap();
    }
    fs::remove_file(&partial).unwrap();
}

/// One kind of save: a file rewritten with a numbered change, and the page that must show it.
struct Edit {
    name: &'static str,
    file: PathBuf,
    original: String,
    page: String,
    change: fn(&str, usize) -> (String, String),
}

impl Edit {
    fn document(site: &Path) -> Edit {
        Edit::new(
            "document (.md)",
            site.join(format!("content/{ORG}/2020-2025/bao-cao-chinh-tri.md")),
            format!("{ORG}/2020-2025/bao-cao-chinh-tri.html"),
            |text, n| {
                let marker = format!("Lần sửa thứ {n}.");
                (format!("{text}\n{marker}\n"), marker)
            },
        )
    }

    fn data(site: &Path) -> Edit {
        Edit::new(
            "data.toml",
            site.join(format!("content/{ORG}/2020-2025/data.toml")),
            format!("{ORG}/2020-2025/"),
            |text, n| {
                // The first indicator is a ratio (num/den = 120); its count shows on the page.
                let at = text.find("num = ").unwrap();
                let end = at + text[at..].find('\n').unwrap();
                let num = n % 120;
                let shown = format!("{num}/120");
                (format!("{}num = {num}{}", &text[..at], &text[end..]), shown)
            },
        )
    }

    fn template(site: &Path) -> Edit {
        Edit::new(
            "template partial",
            site.join(PARTIAL),
            format!("{ORG}/2020-2025/"),
            |text, n| {
                let marker = format!("<!-- lần {n} -->");
                (format!("{marker}{text}"), marker)
            },
        )
    }

    /// The organisation's name, seen on the home page, which lists every organisation.
    fn organisation(site: &Path) -> Edit {
        Edit::new(
            "_org.toml (home page)",
            site.join(format!("content/{ORG}/_org.toml")),
            String::new(),
            |text, n| {
                let marker = format!("sửa lần {n}");
                (
                    text.replacen("name = \"", &format!("name = \"({marker}) "), 1),
                    marker,
                )
            },
        )
    }

    fn new(
        name: &'static str,
        file: PathBuf,
        page: String,
        change: fn(&str, usize) -> (String, String),
    ) -> Edit {
        let original = fs::read_to_string(&file).unwrap();
        Edit {
            name,
            file,
            original,
            page,
            change,
        }
    }
}

struct Timing {
    reload: f64,
    fetched: f64,
}

struct Memory {
    peak_mb: f64,
    resident_mb: f64,
}

struct Server {
    child: Child,
    url: String,
    loaded: String,
    reloads: Receiver<Instant>,
    agent: ureq::Agent,
    log: Arc<Mutex<VecDeque<String>>>,
}

impl Server {
    fn start(site: &Path) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_nhiemky"))
            .args(["serve", "--port", "0", "--root"])
            .arg(site)
            .env("NO_COLOR", "1")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let mut loaded = String::new();
        let url = loop {
            let line = lines
                .next()
                .expect("the server stopped before it listened")
                .unwrap();
            if let Some(rest) = line.strip_prefix("serving at ") {
                break rest.split(' ').next().unwrap().to_owned();
            }
            loaded = line;
        };
        // The server's later lines ("reloaded … in N ms"): the last few are kept for a failure.
        let log = Arc::new(Mutex::new(VecDeque::new()));
        std::thread::spawn({
            let log = log.clone();
            move || {
                for line in lines.map_while(Result::ok) {
                    let mut log = log.lock().unwrap();
                    if log.len() == 20 {
                        log.pop_front();
                    }
                    log.push_back(line);
                }
            }
        });
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .build()
            .into();
        let events = agent.get(&format!("{url}__nhiemky/events")).call().unwrap();
        let (sender, reloads) = channel();
        std::thread::spawn(move || {
            let reader = BufReader::new(events.into_body().into_reader());
            for line in reader.lines().map_while(Result::ok) {
                if line == "event: reload" && sender.send(Instant::now()).is_err() {
                    break;
                }
            }
        });
        Server {
            child,
            url,
            loaded,
            reloads,
            agent,
            log,
        }
    }

    fn get(&self, path: &str) -> String {
        let mut response = self
            .agent
            .get(&format!("{}{path}", self.url))
            .call()
            .unwrap();
        assert_eq!(response.status().as_u16(), 200, "{path}");
        response.body_mut().read_to_string().unwrap()
    }

    /// Saves edit number `n`, waits for the reload, fetches the page and checks it is new.
    fn save(&self, edit: &Edit, n: usize) -> Timing {
        while self.reloads.try_recv().is_ok() {} // a late event of an earlier save
        let (text, expected) = (edit.change)(&edit.original, n);
        let saved = Instant::now();
        fs::write(&edit.file, text).unwrap();
        let reloaded = match self.reloads.recv_timeout(Duration::from_secs(30)) {
            Ok(at) => at,
            Err(RecvTimeoutError::Timeout) => panic!("no reload 30 s after saving {}", edit.name),
            Err(RecvTimeoutError::Disconnected) => panic!("the server closed the event stream"),
        };
        let page = self.get(&edit.page);
        let fetched = saved.elapsed();
        assert!(
            page.contains(&expected),
            "/{} is stale after saving {}: {expected:?} missing; the server said:\n{}",
            edit.page,
            edit.name,
            Vec::from(self.log.lock().unwrap().clone()).join("\n")
        );
        Timing {
            reload: (reloaded - saved).as_secs_f64() * 1000.0,
            fetched: fetched.as_secs_f64() * 1000.0,
        }
    }

    fn memory(&self) -> Memory {
        let status = fs::read_to_string(format!("/proc/{}/status", self.child.id())).unwrap();
        let kilobytes = |key: &str| {
            status
                .lines()
                .find_map(|line| line.strip_prefix(key))
                .and_then(|rest| rest.split_whitespace().next())
                .and_then(|n| n.parse::<f64>().ok())
                .unwrap()
        };
        Memory {
            peak_mb: kilobytes("VmHWM:") / 1024.0,
            resident_mb: kilobytes("VmRSS:") / 1024.0,
        }
    }

    fn stop(mut self) {
        // SAFETY: a signal to our own child process.
        unsafe { libc::kill(self.child.id() as libc::pid_t, libc::SIGINT) };
        let status = self.child.wait().unwrap();
        assert!(
            status.success(),
            "the server ended with {status} after Ctrl-C"
        );
    }
}

impl Drop for Server {
    /// A benchmark that fails leaves no server behind.
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn percentile(values: &mut [f64], p: usize) -> f64 {
    values.sort_by(f64::total_cmp);
    values[(values.len() - 1) * p / 100]
}
