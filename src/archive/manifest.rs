//! BagIt manifests (RFC 8493 §2.1.3, §2.2.1): one line per file, `checksum  path`, the path
//! relative to the bag with `/`, and only `%`, CR and LF percent-encoded.

use sha2::{Digest, Sha256};
use std::io::{self, Read};

/// The payload manifest and the tag manifest, SHA-256 being the bag's one algorithm.
pub const PAYLOAD_MANIFEST: &str = "manifest-sha256.txt";
pub const TAG_MANIFEST: &str = "tagmanifest-sha256.txt";

/// The characters RFC 8493 encodes in a manifest's paths, and nothing else: other letters
/// (Vietnamese ones too) stay as they are in the UTF-8 text.
const ENCODED: [(char, &str); 3] = [('%', "%25"), ('\r', "%0D"), ('\n', "%0A")];

fn encode(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for c in path.chars() {
        match ENCODED.iter().find(|(plain, _)| *plain == c) {
            Some((_, code)) => out.push_str(code),
            None => out.push(c),
        }
    }
    out
}

/// The reverse of [`encode`]; any other `%` sequence is left as written.
fn decode(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut rest = path;
    while let Some(at) = rest.find('%') {
        out.push_str(&rest[..at]);
        let code = rest.get(at..at + 3).unwrap_or("");
        match ENCODED.iter().find(|(_, c)| c.eq_ignore_ascii_case(code)) {
            Some((plain, _)) => {
                out.push(*plain);
                rest = &rest[at + 3..];
            }
            None => {
                out.push('%');
                rest = &rest[at + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// A manifest's text for `(path, checksum)` pairs, in the order given.
pub fn manifest<'a>(entries: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    entries
        .into_iter()
        .map(|(path, checksum)| format!("{checksum}  {}\n", encode(path)))
        .collect()
}

/// One parsed manifest line: its number (from 1), the checksum and the decoded path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub line: usize,
    pub checksum: String,
    pub path: String,
}

/// The entries of a manifest; a line that is not `checksum path` is returned as an error
/// with its number.
pub fn parse(text: &str) -> Result<Vec<Entry>, usize> {
    let mut entries = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let (checksum, path) = line.split_once([' ', '\t']).ok_or(index + 1)?;
        let path = path.trim_start_matches([' ', '\t']);
        let path = decode(path);
        if checksum.is_empty() || path.is_empty() {
            return Err(index + 1);
        }
        entries.push(Entry {
            line: index + 1,
            checksum: checksum.to_ascii_lowercase(),
            path,
        });
    }
    Ok(entries)
}

/// SHA-256 (lower-case hex) and length of everything `reader` gives.
pub fn checksum(mut reader: impl Read) -> io::Result<(String, u64)> {
    let mut hasher = Sha256::new();
    let length = io::copy(&mut reader, &mut hasher)?;
    Ok((format!("{:x}", hasher.finalize()), length))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_percent_cr_and_lf_are_encoded() {
        let text = manifest([("data/a b%\nc.txt", "ab"), ("data/Đảng.html", "cd")]);
        assert_eq!(text, "ab  data/a b%25%0Ac.txt\ncd  data/Đảng.html\n");
        let entries = parse(&text).unwrap();
        assert_eq!(entries[0].path, "data/a b%\nc.txt");
        assert_eq!(entries[1].line, 2);
        assert_eq!(parse("nothing-here\n"), Err(1));
        assert_eq!(decode("a%250Ab%0d%41"), "a%0Ab\r%41");
    }
}
