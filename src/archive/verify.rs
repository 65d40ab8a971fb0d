//! `nhiemky archive verify PATH`: checks a bag — a folder or a `.zip` holding one — against
//! its own manifests, as any BagIt tool would: every checksum, Payload-Oxum, and no file
//! missing or added. Each problem names the file.

use super::bag::{BAG_INFO_FILE, BAGIT_FILE, PAYLOAD_DIR};
use super::manifest::{self, PAYLOAD_MANIFEST, TAG_MANIFEST, checksum};
use crate::diagnostics::Diagnostic;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use walkdir::WalkDir;
use zip::ZipArchive;

/// A valid bag's size.
#[derive(Debug)]
pub struct Valid {
    pub files: usize,
    pub bytes: u64,
}

/// Verifies the bag at `path`; every problem found is one diagnostic.
pub fn verify(path: &Path) -> Result<Valid, Vec<Diagnostic>> {
    let mut bag = open(path).map_err(|d| vec![d])?;
    let files = bag.list().map_err(|e| vec![unreadable(path, &e)])?;
    let mut problems = Vec::new();
    let text = |bag: &mut Bag, name: &str| -> Result<String, Diagnostic> {
        if !files.contains_key(name) {
            return Err(Diagnostic::error(format!("not a bag: it has no {name}")).hint(
                "a BagIt bag holds bagit.txt, bag-info.txt and manifest-sha256.txt beside data/",
            ));
        }
        let bytes = bag.read(name).map_err(|e| unreadable(path, &e))?;
        String::from_utf8(bytes).map_err(|_| {
            Diagnostic::error(format!("{name} is not UTF-8 text"))
                .at_path(name, 1, 1)
                .hint("the bag's tag files were changed; compare with another copy of the bag")
        })
    };
    let declaration = text(&mut bag, BAGIT_FILE).map_err(|d| vec![d])?;
    if !declaration.starts_with("BagIt-Version:") {
        return Err(vec![
            Diagnostic::error(format!("{BAGIT_FILE} does not declare a BagIt version"))
                .at_path(BAGIT_FILE, 1, 1)
                .hint("its first line is `BagIt-Version: 1.0`"),
        ]);
    }
    let payload_manifest = text(&mut bag, PAYLOAD_MANIFEST).map_err(|d| vec![d])?;
    let listed = parse(PAYLOAD_MANIFEST, &payload_manifest, &mut problems);
    compare(&mut bag, PAYLOAD_MANIFEST, &listed, &files, &mut problems);
    for (name, _) in files.range(format!("{PAYLOAD_DIR}/")..) {
        if !name.starts_with(&format!("{PAYLOAD_DIR}/")) {
            break;
        }
        if !listed.iter().any(|e| &e.path == name) {
            problems.push(
                Diagnostic::error(format!("extra file, not in the manifest: {name}"))
                    .hint("a file was added to the bag after it was made; remove it or make the bag again"),
            );
        }
    }
    let (bytes, count) = files
        .iter()
        .filter(|(name, _)| name.starts_with(&format!("{PAYLOAD_DIR}/")))
        .fold((0, 0), |(bytes, count), (_, length)| {
            (bytes + length, count + 1)
        });
    match text(&mut bag, BAG_INFO_FILE) {
        Ok(info) => check_oxum(&info, bytes, count, &mut problems),
        Err(d) => problems.push(d),
    }
    if files.contains_key(TAG_MANIFEST) {
        match text(&mut bag, TAG_MANIFEST) {
            Ok(tags) => {
                let listed = parse(TAG_MANIFEST, &tags, &mut problems);
                compare(&mut bag, TAG_MANIFEST, &listed, &files, &mut problems);
            }
            Err(d) => problems.push(d),
        }
    }
    if problems.is_empty() {
        Ok(Valid {
            files: count,
            bytes,
        })
    } else {
        Err(problems)
    }
}

fn parse(name: &str, text: &str, problems: &mut Vec<Diagnostic>) -> Vec<manifest::Entry> {
    match manifest::parse(text) {
        Ok(entries) => entries,
        Err(line) => {
            problems.push(
                Diagnostic::error(format!("{name}: line {line} is not `checksum path`"))
                    .at_path(name, line, 1)
                    .hint("the manifest was changed; compare with another copy of the bag"),
            );
            Vec::new()
        }
    }
}

/// Checks every listed file: there, and with the listed checksum.
fn compare(
    bag: &mut Bag,
    name: &str,
    listed: &[manifest::Entry],
    files: &BTreeMap<String, u64>,
    problems: &mut Vec<Diagnostic>,
) {
    let present: Vec<&manifest::Entry> = listed
        .iter()
        .filter(|entry| {
            let there = files.contains_key(&entry.path);
            if !there {
                problems.push(
                    Diagnostic::error(format!("missing file: {}", entry.path))
                        .at_path(name, entry.line, 1)
                        .hint("the file is listed in the manifest but not in the bag; restore it from another copy"),
                );
            }
            there
        })
        .collect();
    let paths: Vec<&str> = present.iter().map(|e| e.path.as_str()).collect();
    for (entry, result) in present.iter().zip(bag.checksums(&paths)) {
        match result {
            Ok((sum, _)) if sum == entry.checksum => {}
            Ok((sum, _)) => problems.push(
                Diagnostic::error(format!("changed file: {}", entry.path))
                    .at_path(name, entry.line, 1)
                    .hint(format!(
                        "its SHA-256 is {sum}, the manifest says {}; restore it from another copy",
                        entry.checksum
                    )),
            ),
            Err(err) => problems.push(
                Diagnostic::error(format!("cannot read {}: {err}", entry.path))
                    .at_path(name, entry.line, 1)
                    .hint("check the file's permissions"),
            ),
        }
    }
}

/// Payload-Oxum: the payload's octets and file count when the bag was made.
fn check_oxum(info: &str, bytes: u64, count: usize, problems: &mut Vec<Diagnostic>) {
    let found = info.lines().enumerate().find_map(|(i, line)| {
        let value = line.strip_prefix("Payload-Oxum:")?.trim();
        Some((i + 1, value.to_owned()))
    });
    let Some((line, value)) = found else {
        return; // optional in RFC 8493
    };
    let expected = format!("{bytes}.{count}");
    if value != expected {
        problems.push(
            Diagnostic::error(format!(
                "Payload-Oxum is {value} but the payload now holds {expected} (bytes.files)"
            ))
            .at_path(BAG_INFO_FILE, line, 1)
            .hint("files of data/ were added, removed or changed in size"),
        );
    }
}

fn unreadable(path: &Path, err: &io::Error) -> Diagnostic {
    Diagnostic::error(format!("cannot read {}: {err}", path.display()))
        .hint("check the path and its permissions")
}

/// A bag on disk or inside a zip, read through one interface.
enum Bag {
    Folder(PathBuf),
    Zip {
        archive: ZipArchive<File>,
        /// The bag's folder inside the zip, with its `/`.
        top: String,
    },
}

fn open(path: &Path) -> Result<Bag, Diagnostic> {
    if path.is_dir() {
        return Ok(Bag::Folder(path.to_path_buf()));
    }
    let file = File::open(path).map_err(|e| unreadable(path, &e))?;
    let archive = ZipArchive::new(file).map_err(|e| {
        Diagnostic::error(format!(
            "{} is neither a folder nor a zip: {e}",
            path.display()
        ))
        .hint("pass a bag's folder or the .zip written by `nhiemky archive --zip`")
    })?;
    let tops: std::collections::BTreeSet<String> = archive
        .file_names()
        .filter_map(Result::ok)
        .map(|name| {
            name.split_once('/')
                .map_or(&*name, |(top, _)| top)
                .to_owned()
        })
        .collect();
    match tops.into_iter().collect::<Vec<_>>().as_slice() {
        [top] => {
            let top = format!("{top}/");
            Ok(Bag::Zip { archive, top })
        }
        _ => Err(
            Diagnostic::error(format!("{} does not hold one bag folder", path.display()))
                .hint("a zipped bag holds a single top folder with bagit.txt in it"),
        ),
    }
}

impl Bag {
    /// Every file: path inside the bag → length.
    fn list(&mut self) -> io::Result<BTreeMap<String, u64>> {
        let mut files = BTreeMap::new();
        match self {
            Bag::Folder(dir) => {
                for entry in WalkDir::new(&*dir) {
                    let entry = entry.map_err(io::Error::other)?;
                    if entry.file_type().is_file() {
                        files.insert(
                            crate::load::display_path(dir, entry.path()),
                            entry.metadata().map_err(io::Error::other)?.len(),
                        );
                    }
                }
            }
            Bag::Zip { archive, top } => {
                for index in 0..archive.len() {
                    let file = archive.by_index(index).map_err(io::Error::other)?;
                    if file.is_dir() {
                        continue;
                    }
                    if file.enclosed_name().is_none() {
                        return Err(io::Error::other(format!(
                            "the zip holds an unsafe path: {}",
                            file.name().unwrap_or_default()
                        )));
                    }
                    let name = file.name().map_err(io::Error::other)?;
                    if let Some(inside) = name.strip_prefix(top.as_str()) {
                        files.insert(inside.to_owned(), file.size());
                    }
                }
            }
        }
        Ok(files)
    }

    fn read(&mut self, path: &str) -> io::Result<Vec<u8>> {
        match self {
            Bag::Folder(dir) => std::fs::read(dir.join(path)),
            Bag::Zip { archive, top } => {
                let mut bytes = Vec::new();
                archive
                    .by_name(&format!("{top}{path}"))
                    .map_err(io::Error::other)?
                    .read_to_end(&mut bytes)?;
                Ok(bytes)
            }
        }
    }

    /// Checksums of `paths`, in order: in parallel from a folder, one by one from a zip.
    fn checksums(&mut self, paths: &[&str]) -> Vec<io::Result<(String, u64)>> {
        match self {
            Bag::Folder(dir) => paths
                .par_iter()
                .map(|path| checksum(File::open(dir.join(path))?))
                .collect(),
            Bag::Zip { archive, top } => paths
                .iter()
                .map(|path| {
                    checksum(
                        archive
                            .by_name(&format!("{top}{path}"))
                            .map_err(io::Error::other)?,
                    )
                })
                .collect(),
        }
    }
}
