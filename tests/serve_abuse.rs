//! `nhiemky serve` under abuse, on loopback only: it listens on 127.0.0.1 alone, refuses every
//! way out of the site however it is spelt, answers over-long addresses at once, drops clients
//! that trickle their header without making anyone else wait, keeps answering with a thousand
//! connections open, waits out running out of file descriptors, and answers only requests for
//! this machine's own names (no DNS rebinding).

mod common;

use common::TestSite;
use common::server::Server;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

/// How long a server may take to answer a plain request while it is being abused.
const PROMPT: Duration = Duration::from_secs(3);
/// The server's deadline for a request's header (src/serve/connections.rs).
const HEADER_TIMEOUT: Duration = Duration::from_secs(5);

fn address(server: &Server) -> SocketAddr {
    let host = server
        .url
        .trim_start_matches("http://")
        .trim_end_matches('/');
    host.parse().unwrap()
}

/// Sends `request` as written (no client tidies it up) and returns the status and body.
fn raw(server: &Server, request: &[u8]) -> (u16, String) {
    let mut stream = TcpStream::connect(address(server)).unwrap();
    stream.set_read_timeout(Some(PROMPT)).unwrap();
    stream.write_all(request).unwrap();
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    let answer = String::from_utf8_lossy(&answer).into_owned();
    let status = answer
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no HTTP answer: {answer:?}"));
    let body = answer.split_once("\r\n\r\n").map_or("", |(_, b)| b);
    (status, body.to_owned())
}

fn get(path: &str) -> Vec<u8> {
    format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").into_bytes()
}

/// A plain page request succeeds, and quickly.
fn answers_promptly(server: &Server) {
    let started = Instant::now();
    let (status, page) = server.get("/");
    assert_eq!(status, 200);
    assert!(page.contains("Đảng bộ Thử nghiệm"));
    assert!(
        started.elapsed() < PROMPT,
        "the home page took {:?}",
        started.elapsed()
    );
}

#[test]
fn it_listens_on_loopback_only() {
    let site = TestSite::fixture("valid-site");
    let server = Server::start(&site);
    let address = address(&server);
    assert_eq!(address.ip().to_string(), "127.0.0.1");
    // Bound to 127.0.0.1 alone: another address of the machine (here 127.0.0.2, which every
    // Linux machine has) finds nothing, as the network would.
    let elsewhere = SocketAddr::from(([127, 0, 0, 2], address.port()));
    let refused = TcpStream::connect_timeout(&elsewhere, PROMPT).unwrap_err();
    assert_eq!(refused.kind(), std::io::ErrorKind::ConnectionRefused);
    assert!(
        !server.log().contains("other computers"),
        "{}",
        server.log()
    );
}

#[test]
fn no_spelling_of_a_way_out_reaches_a_file() {
    let site = TestSite::fixture("valid-site");
    let server = Server::start(&site);
    for path in [
        "/../config.toml",
        "/%2e%2e/config.toml",
        "/%2E%2e%2Fconfig.toml",
        "/dang-bo-thu/..%2f..%2fconfig.toml",
        "/dang-bo-thu/%2e%2e/%2e%2e/etc/passwd",
        "/..%5cconfig.toml",
        "/%5c..%5cconfig.toml",
        "/index.html%00.png",
        "/%00",
        "/%c0%ae%c0%ae/config.toml",
        "//etc/passwd",
        "/./index.html",
    ] {
        let (status, body) = raw(&server, &get(path));
        assert_eq!(status, 400, "{path}: {body}");
        assert_eq!(body, "not a path of this site\n", "{path}");
    }
    // Encoded twice, `..` is only a strange name: no such page.
    let (status, body) = raw(&server, &get("/%252e%252e/config.toml"));
    assert_eq!(status, 404);
    assert!(!body.contains("base_url"));
    answers_promptly(&server);
}

#[test]
fn over_long_addresses_are_answered_at_once() {
    let site = TestSite::fixture("valid-site");
    let server = Server::start(&site);
    // Long but within what HTTP servers read: a page that does not exist.
    let long = format!("/{}.html", "a/".repeat(30_000));
    let started = Instant::now();
    assert_eq!(raw(&server, &get(&long)).0, 404);
    // 100 KB: refused before the site is asked.
    let longer = format!("/{}", "a".repeat(100_000));
    assert_eq!(raw(&server, &get(&longer)).0, 414);
    assert!(
        started.elapsed() < PROMPT,
        "answered in {:?}",
        started.elapsed()
    );
    answers_promptly(&server);
}

#[test]
fn a_client_trickling_its_header_is_dropped_and_holds_up_no_one() {
    let site = TestSite::fixture("valid-site");
    let server = Server::start(&site);
    let mut slow = TcpStream::connect(address(&server)).unwrap();
    slow.set_read_timeout(Some(Duration::from_millis(100)))
        .unwrap();
    let header = get("/");
    let started = Instant::now();
    let mut closed_after = None;
    for (sent, byte) in header.iter().enumerate() {
        if slow.write_all(&[*byte]).is_err() {
            closed_after = Some(started.elapsed());
            break;
        }
        if sent == 2 {
            // Others are served while the slow client is still sending.
            answers_promptly(&server);
        }
        std::thread::sleep(Duration::from_secs(1));
        if closed(&mut slow) {
            closed_after = Some(started.elapsed());
            break;
        }
    }
    let closed_after = closed_after.expect("the slow client was served to the end");
    assert!(
        (HEADER_TIMEOUT..HEADER_TIMEOUT + PROMPT).contains(&closed_after),
        "dropped after {closed_after:?}"
    );
    answers_promptly(&server);
}

/// Whether the server has closed `stream` (it sends nothing before a whole header).
fn closed(stream: &mut TcpStream) -> bool {
    let mut buffer = [0; 64];
    match stream.read(&mut buffer) {
        Ok(0) => true,
        Ok(_) => false,
        Err(e) => !matches!(
            e.kind(),
            std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
        ),
    }
}

/// Lets this process open `wanted` files, if the system allows it.
fn raise_file_limit(wanted: libc::rlim_t) {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: reading and setting this process's own limit with valid pointers.
    unsafe {
        assert_eq!(libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit), 0);
        if limit.rlim_cur < wanted {
            limit.rlim_cur = wanted.min(limit.rlim_max);
            assert_eq!(libc::setrlimit(libc::RLIMIT_NOFILE, &limit), 0);
        }
    }
}

#[test]
fn a_thousand_open_connections_do_not_stop_it_answering() {
    // The server inherits the limit: a thousand sockets on each side, and some to spare.
    raise_file_limit(4096);
    let site = TestSite::fixture("valid-site");
    let server = Server::start(&site);
    let connections: Vec<TcpStream> = (0..1000)
        .map(|_| {
            let mut stream = TcpStream::connect(address(&server)).unwrap();
            // Each one starts a request and never finishes it.
            stream.write_all(b"GET / HTTP/1.1\r\n").unwrap();
            stream
        })
        .collect();
    answers_promptly(&server);
    let (status, _) = server.get("/dang-bo-thu/2020-2025/bao-cao.html");
    assert_eq!(status, 200);
    drop(connections);
    answers_promptly(&server);
}

#[test]
fn running_out_of_file_descriptors_is_waited_out() {
    let site = TestSite::fixture("valid-site");
    let server = Server::start_with_file_limit(&site, 64);
    answers_promptly(&server);
    // More connections than the server may open files: it accepts what it can, and waits.
    let connections: Vec<TcpStream> = (0..100)
        .map(|_| TcpStream::connect(address(&server)).unwrap())
        .collect();
    let deadline = Instant::now() + PROMPT;
    while !server.log().contains("cannot accept a connection") && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    let log = server.log();
    assert!(
        log.contains("warning: cannot accept a connection (")
            && log.contains("Too many open files"),
        "{log}"
    );
    drop(connections);
    answers_promptly(&server);
    assert!(!server.log().contains("panicked"), "{}", server.log());
}

/// A page elsewhere can point a name it controls at 127.0.0.1 and have the reader's browser
/// fetch the drafts: requests naming another host get a page saying why not, the reload
/// stream too; this machine's names, and those allowed with --allow-host, are answered.
#[test]
fn requests_for_other_hosts_are_refused() {
    let site = TestSite::fixture("valid-site");
    let server = Server::start_with(&site, &["--allow-host", "may-soan-thao.lan"]);
    let port = address(&server).port();
    let request = |path: &str, host: &str| {
        let request = format!("GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n");
        raw(&server, request.as_bytes())
    };
    for host in [
        format!("evil.example:{port}"),
        "evil.example".into(),
        format!("localhost.evil.example:{port}"),
        format!("10.1.2.3:{port}"),
    ] {
        for path in [
            "/",
            "/dang-bo-thu/2020-2025/bao-cao.html",
            "/css/site.css",
            "/__nhiemky/events",
        ] {
            let (status, body) = request(path, &host);
            assert_eq!(status, 403, "{host}{path}: {body}");
            // The page speaks to the drafter, in nhiemky's language (English in tests).
            assert!(
                body.contains("This address is not allowed") && body.contains("--allow-host"),
                "{body}"
            );
            assert!(!body.contains("Đảng bộ Thử nghiệm"), "{body}");
        }
    }
    let absolute = format!(
        "GET http://evil.example:{port}/ HTTP/1.1\r\nHost: evil.example:{port}\r\nConnection: close\r\n\r\n"
    );
    assert_eq!(raw(&server, absolute.as_bytes()).0, 403);
    for host in [
        format!("127.0.0.1:{port}"),
        format!("localhost:{port}"),
        format!("du-thao.localhost:{port}"),
        format!("MAY-SOAN-THAO.lan:{port}"),
    ] {
        let (status, body) = request("/", &host);
        assert_eq!(status, 200, "{host}: {body}");
        assert!(body.contains("Đảng bộ Thử nghiệm"));
    }
    server.interrupt();
}
