//! A static web server for a built site, as any static host would serve `public/`: files only,
//! on a free loopback port, in a thread of the test. It notes what it served, so that a test
//! can count what a page downloaded.

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

pub struct StaticServer {
    /// `http://127.0.0.1:PORT/`
    pub url: String,
    address: SocketAddr,
    stop: Arc<AtomicBool>,
    served: Arc<Mutex<Vec<(String, usize)>>>,
    thread: Option<JoinHandle<()>>,
}

impl StaticServer {
    pub fn start(root: &Path) -> StaticServer {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let address = listener.local_addr().unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        let served = Arc::new(Mutex::new(Vec::new()));
        let root = root.to_path_buf();
        let thread = std::thread::spawn({
            let (stop, served) = (stop.clone(), served.clone());
            move || {
                for stream in listener.incoming() {
                    if stop.load(Ordering::SeqCst) {
                        break;
                    }
                    let Ok(stream) = stream else { continue };
                    let (root, served) = (root.clone(), served.clone());
                    std::thread::spawn(move || answer(stream, &root, &served));
                }
            }
        });
        StaticServer {
            url: format!("http://{address}/"),
            address,
            stop,
            served,
            thread: Some(thread),
        }
    }

    /// The paths served so far (without their query) and their sizes in bytes.
    pub fn served(&self) -> Vec<(String, usize)> {
        self.served.lock().unwrap().clone()
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wakes the accepting thread so that it sees the stop.
        let _ = TcpStream::connect(self.address);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn answer(mut stream: TcpStream, root: &Path, served: &Mutex<Vec<(String, usize)>>) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut request = String::new();
    if reader.read_line(&mut request).is_err() {
        return;
    }
    // The headers are not needed; they are read so that the client sees its request taken.
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
        line.clear();
    }
    let target = request.split_whitespace().nth(1).unwrap_or("/");
    let path = target.split('?').next().unwrap_or("/");
    let (status, content_type, body) = match file_of(root, path) {
        Some(file) => match std::fs::read(&file) {
            Ok(bytes) => ("200 OK", content_type(&file), bytes),
            Err(_) => ("404 Not Found", "text/plain", b"not found\n".to_vec()),
        },
        None => ("404 Not Found", "text/plain", b"not found\n".to_vec()),
    };
    if status.starts_with("200") {
        served.lock().unwrap().push((path.to_owned(), body.len()));
    }
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&body);
}

/// The file a URL path names under `root` (folders name their `index.html`); `None` for paths
/// that would leave it.
fn file_of(root: &Path, url_path: &str) -> Option<PathBuf> {
    let decoded = percent_encoding::percent_decode_str(url_path)
        .decode_utf8()
        .ok()?;
    let relative = Path::new(decoded.trim_start_matches('/'));
    if relative
        .components()
        .any(|c| !matches!(c, Component::Normal(_)))
    {
        return None;
    }
    let file = root.join(relative);
    Some(if file.is_dir() {
        file.join("index.html")
    } else {
        file
    })
}

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css",
        "js" => "text/javascript",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}
