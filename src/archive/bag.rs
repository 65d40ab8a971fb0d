//! Writes a BagIt bag (RFC 8493) around a payload already in `data/`: `bagit.txt`, the
//! SHA-256 payload manifest, `bag-info.txt` and the tag manifest.

use super::manifest::{PAYLOAD_MANIFEST, TAG_MANIFEST, checksum, manifest};
use crate::output::Staging;
use jiff::civil::Date;
use rayon::prelude::*;
use std::io;
use std::path::Path;
use walkdir::WalkDir;

pub const BAGIT_FILE: &str = "bagit.txt";
pub const BAG_INFO_FILE: &str = "bag-info.txt";
pub const PAYLOAD_DIR: &str = "data";
const DECLARATION: &str = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n";
/// RFC 8493 §2.2.2 recommends lines of at most 79 characters; longer values are folded.
const LINE: usize = 79;

/// What `bag-info.txt` says about the bag besides its size.
pub struct BagInfo {
    pub source_organization: String,
    /// Where the archived site is published.
    pub external_identifier: String,
    pub external_description: String,
    pub bagging_date: Date,
}

/// Payload files under `dir/data/` as (bag path, checksum, length), sorted by path.
pub fn payload(dir: &Path) -> io::Result<Vec<(String, String, u64)>> {
    let mut paths = Vec::new();
    for entry in WalkDir::new(dir.join(PAYLOAD_DIR)) {
        let entry = entry.map_err(io::Error::other)?;
        if entry.file_type().is_file() {
            paths.push(bag_path(dir, entry.path()));
        }
    }
    paths.sort();
    paths
        .into_par_iter()
        .map(|path| {
            let (sum, length) = checksum(std::fs::File::open(dir.join(&path))?)?;
            Ok((path, sum, length))
        })
        .collect()
}

/// Writes the tag files of the bag being made in `staging`, whose `data/` is complete.
/// Returns the payload's size: bytes and files.
pub fn write_tag_files(staging: &Staging, info: &BagInfo) -> io::Result<(u64, usize)> {
    let payload = payload(staging.dir())?;
    let octets: u64 = payload.iter().map(|(_, _, length)| length).sum();
    let payload_manifest = manifest(payload.iter().map(|(p, s, _)| (p.as_str(), s.as_str())));
    let bag_info = [
        ("Source-Organization", info.source_organization.as_str()),
        ("External-Identifier", info.external_identifier.as_str()),
        ("External-Description", info.external_description.as_str()),
        ("Bagging-Date", &info.bagging_date.to_string()),
        ("Bag-Software-Agent", &software_agent()),
        ("Payload-Oxum", &format!("{octets}.{}", payload.len())),
    ]
    .iter()
    .map(|(label, value)| fold(label, value))
    .collect::<String>();
    let tag_files = [
        (BAGIT_FILE, DECLARATION.to_owned()),
        (BAG_INFO_FILE, bag_info),
        (PAYLOAD_MANIFEST, payload_manifest),
    ];
    let mut sums = Vec::new();
    for (name, text) in &tag_files {
        staging.write(name, text.as_bytes())?;
        sums.push((*name, checksum(text.as_bytes())?.0));
    }
    sums.sort();
    staging.write(
        TAG_MANIFEST,
        manifest(sums.iter().map(|(n, s)| (*n, s.as_str()))).as_bytes(),
    )?;
    Ok((octets, payload.len()))
}

/// `nhiemky 0.1.0 (https://…)`: the tool and version that made the bag, needed to rebuild it.
pub fn software_agent() -> String {
    format!("{} {}", env!("CARGO_PKG_NAME"), env!("CARGO_PKG_VERSION"))
}

/// `label: value`, folded at spaces into lines of at most 79 characters, continued lines
/// indented by two spaces (a word longer than a line stays whole).
fn fold(label: &str, value: &str) -> String {
    let mut out = format!("{label}:");
    let mut width = out.chars().count();
    let mut words_on_line = 0;
    for word in value.split_whitespace() {
        let length = word.chars().count();
        if width + 1 + length > LINE && words_on_line > 0 {
            out.push_str("\n ");
            width = 1;
            words_on_line = 0;
        }
        out.push(' ');
        out.push_str(word);
        width += 1 + length;
        words_on_line += 1;
    }
    out.push('\n');
    out
}

/// A path relative to the bag, `/`-separated.
fn bag_path(dir: &Path, path: &Path) -> String {
    crate::load::display_path(dir, path)
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn long_values_fold_at_79_characters() {
        let text = fold("External-Description", &"lưu trữ ".repeat(20));
        for line in text.lines() {
            assert!(line.chars().count() <= 79, "{line}");
        }
        assert!(text.lines().skip(1).all(|l| l.starts_with("  ")));
        assert_eq!(
            fold("Bagging-Date", "2025-06-01"),
            "Bagging-Date: 2025-06-01\n"
        );
    }
}
