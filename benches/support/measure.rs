//! Wall time and peak memory (max RSS) of a child process.

use std::process::{Command, Stdio};
use std::time::Instant;

#[derive(Debug, Clone, Copy)]
pub struct Measured {
    pub seconds: f64,
    pub peak_mb: f64,
}

/// Runs the command to completion; panics if it fails.
pub fn run(command: &mut Command) -> Measured {
    try_run(command, None).unwrap_or_else(|failure| panic!("{failure}"))
}

/// Runs the command to completion; says how it failed (exit code or signal, with the time and
/// memory it had used) when it does. With `cap_mb`, the command is killed once its resident
/// memory passes the cap: a tool that would take the whole machine's memory makes every other
/// process crawl long before the kernel stops it.
pub fn try_run(command: &mut Command, cap_mb: Option<u64>) -> Result<Measured, String> {
    let started = Instant::now();
    // Reaped by wait4 below, which (unlike Child::wait) reports this child's own usage.
    #[allow(clippy::zombie_processes)]
    let child = command
        .stdout(Stdio::null())
        .spawn()
        .map_err(|e| format!("{command:?} did not start: {e}"))?;
    let pid = child.id() as libc::pid_t;
    let watcher = cap_mb.map(|cap| std::thread::spawn(move || watch(pid, cap)));
    let mut status = 0;
    // SAFETY: an all-zero rusage is valid, and wait4 only writes into it.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // wait4 reports the usage of this one child (getrusage would mix all children).
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let measured = Measured {
        seconds: started.elapsed().as_secs_f64(),
        peak_mb: usage.ru_maxrss as f64 / 1024.0,
    };
    assert_eq!(waited, pid);
    if watcher.is_some_and(|w| w.join().unwrap()) {
        return Err(format!(
            "{command:?} stopped at {:.0} MB (the cap) after {:.1} s",
            measured.peak_mb, measured.seconds
        ));
    }
    if libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0 {
        return Ok(measured);
    }
    let how = match libc::WIFSIGNALED(status) {
        true => format!("was killed by signal {}", libc::WTERMSIG(status)),
        false => format!("exited with {}", libc::WEXITSTATUS(status)),
    };
    Err(format!(
        "{command:?} {how} after {:.1} s at {:.0} MB",
        measured.seconds, measured.peak_mb
    ))
}

/// Polls the resident memory of `pid` until it ends; kills it past `cap_mb`. True if it did.
fn watch(pid: libc::pid_t, cap_mb: u64) -> bool {
    // SAFETY: sysconf only reads a system constant.
    let page_kb = unsafe { libc::sysconf(libc::_SC_PAGESIZE) } as u64 / 1024;
    let statm = format!("/proc/{pid}/statm");
    // The file stays until wait4 reaps the child; then reading fails and the watch ends.
    while let Ok(text) = std::fs::read_to_string(&statm) {
        let resident_pages: u64 = match text.split_whitespace().nth(1) {
            Some(n) => n.parse().unwrap_or(0),
            None => return false,
        };
        if resident_pages * page_kb / 1024 > cap_mb {
            // SAFETY: plain kill(2) of our own child, not yet reaped (so the pid is still its).
            unsafe { libc::kill(pid, libc::SIGKILL) };
            return true;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    false
}

/// Median time of the runs, and the largest peak memory seen.
pub fn median(mut all: Vec<Measured>) -> Measured {
    all.sort_by(|a, b| a.seconds.total_cmp(&b.seconds));
    let peak_mb = all.iter().map(|m| m.peak_mb).fold(0.0, f64::max);
    Measured {
        seconds: all[all.len() / 2].seconds,
        peak_mb,
    }
}
