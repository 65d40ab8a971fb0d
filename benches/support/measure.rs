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
    let started = Instant::now();
    // Reaped by wait4 below, which (unlike Child::wait) reports this child's own usage.
    #[allow(clippy::zombie_processes)]
    let child = command.stdout(Stdio::null()).spawn().unwrap();
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: an all-zero rusage is valid, and wait4 only writes into it.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // wait4 reports the usage of this one child (getrusage would mix all children).
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let seconds = started.elapsed().as_secs_f64();
    assert_eq!(waited, pid);
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "{command:?} failed"
    );
    Measured {
        seconds,
        peak_mb: usage.ru_maxrss as f64 / 1024.0,
    }
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
