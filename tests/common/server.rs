//! `nhiemky serve` run on a test site: started on a free port, fetched over HTTP, listened to
//! for reload events, stopped with Ctrl-C (SIGINT).

use super::TestSite;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Long enough for a loaded CI machine; a passing test never waits it out.
pub const PATIENCE: Duration = Duration::from_secs(10);

pub struct Server {
    child: Child,
    pub url: String,
    log: Arc<Mutex<String>>,
    agent: ureq::Agent,
}

impl Server {
    /// Starts `nhiemky serve --port 0` on `site` and waits until it listens.
    pub fn start(site: &TestSite) -> Server {
        Server::spawn(&mut Server::command(site))
    }

    /// Starts it with more arguments (`--allow-host x`).
    pub fn start_with(site: &TestSite, args: &[&str]) -> Server {
        Server::spawn(Server::command(site).args(args))
    }

    /// Starts the server with at most `limit` open file descriptors (sockets included).
    pub fn start_with_file_limit(site: &TestSite, limit: libc::rlim_t) -> Server {
        use std::os::unix::process::CommandExt;
        let mut command = Server::command(site);
        // SAFETY: setrlimit is async-signal-safe, as code between fork and exec must be.
        unsafe {
            command.pre_exec(move || {
                let rlimit = libc::rlimit {
                    rlim_cur: limit,
                    rlim_max: limit,
                };
                match libc::setrlimit(libc::RLIMIT_NOFILE, &rlimit) {
                    0 => Ok(()),
                    _ => Err(std::io::Error::last_os_error()),
                }
            })
        };
        Server::spawn(&mut command)
    }

    fn command(site: &TestSite) -> Command {
        let mut command = super::nhiemky();
        command
            .args(["serve", "--port", "0", "--root"])
            .arg(site.dir.path())
            .env("NO_COLOR", "1")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        command
    }

    fn spawn(command: &mut Command) -> Server {
        let mut child = command.spawn().unwrap();
        let log = Arc::new(Mutex::new(String::new()));
        let (url_sender, url) = channel();
        let stdout = BufReader::new(child.stdout.take().unwrap());
        let stderr = BufReader::new(child.stderr.take().unwrap());
        for (reader, url_sender) in [
            (
                Box::new(stdout) as Box<dyn BufRead + Send>,
                Some(url_sender),
            ),
            (Box::new(stderr), None),
        ] {
            let log = log.clone();
            std::thread::spawn(move || {
                for line in reader.lines().map_while(Result::ok) {
                    if let (Some(sender), Some(rest)) =
                        (&url_sender, line.strip_prefix("serving at "))
                    {
                        let _ = sender.send(rest.split(' ').next().unwrap_or("").to_owned());
                    }
                    let mut log = log.lock().unwrap();
                    log.push_str(&line);
                    log.push('\n');
                }
            });
        }
        let url = url
            .recv_timeout(PATIENCE)
            .unwrap_or_else(|_| panic!("the server did not start:\n{}", log.lock().unwrap()));
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            .timeout_global(Some(PATIENCE))
            .build()
            .into();
        Server {
            child,
            url,
            log,
            agent,
        }
    }

    /// GET `path` (`/`, `/org/…`): the status and the body as text.
    pub fn get(&self, path: &str) -> (u16, String) {
        let url = format!("{}{}", self.url.trim_end_matches('/'), path);
        let mut response = self.agent.get(&url).call().unwrap();
        let status = response.status().as_u16();
        let body = response.body_mut().read_to_string().unwrap_or_default();
        (status, body)
    }

    /// GET `path`: the body as bytes (pictures).
    pub fn bytes(&self, path: &str) -> Vec<u8> {
        let url = format!("{}{}", self.url.trim_end_matches('/'), path);
        let mut response = self.agent.get(&url).call().unwrap();
        assert_eq!(response.status().as_u16(), 200, "{path}");
        response.body_mut().read_to_vec().unwrap()
    }

    /// A header of the answer to GET `path`.
    pub fn header(&self, path: &str, name: &str) -> Option<String> {
        let url = format!("{}{}", self.url.trim_end_matches('/'), path);
        let response = self.agent.get(&url).call().unwrap();
        response
            .headers()
            .get(name)
            .map(|v| v.to_str().unwrap().to_owned())
    }

    /// Listens to the reload events, as an open page does.
    pub fn events(&self) -> Events {
        let url = format!("{}__nhiemky/events", self.url);
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .build()
            .into();
        let response = agent.get(&url).call().unwrap();
        assert_eq!(response.status().as_u16(), 200);
        let (sender, events) = channel();
        std::thread::spawn(move || {
            let reader = BufReader::new(response.into_body().into_reader());
            for line in reader.lines().map_while(Result::ok) {
                if let Some(event) = line.strip_prefix("event: ")
                    && sender.send(event.to_owned()).is_err()
                {
                    break;
                }
            }
        });
        Events(events)
    }

    pub fn log(&self) -> String {
        self.log.lock().unwrap().clone()
    }

    /// Ctrl-C, and the way the server ended.
    pub fn interrupt(mut self) -> ExitStatus {
        // SAFETY: sending a signal to our own child process.
        unsafe { libc::kill(self.child.id() as libc::pid_t, libc::SIGINT) };
        for _ in 0..100 {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("the server did not stop after Ctrl-C:\n{}", self.log());
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub struct Events(Receiver<String>);

impl Events {
    /// Waits for the next `reload` event; panics after [`PATIENCE`].
    pub fn reload(&self) {
        match self.0.recv_timeout(PATIENCE) {
            Ok(event) => assert_eq!(event, "reload"),
            Err(_) => panic!("no reload event within {PATIENCE:?}"),
        }
    }
}
