//! `nhiemky archive verify PATH`: checks a bag — a folder or a `.zip` holding one — against
//! its own manifests, as any BagIt tool would: every checksum, Payload-Oxum, and no file
//! missing or added. Each problem names the file.

use super::bag::{BAG_INFO_FILE, BAGIT_FILE, PAYLOAD_DIR};
use super::manifest::{self, PAYLOAD_MANIFEST, TAG_MANIFEST, checksum};
use crate::diagnostics::Diagnostic;
use crate::messages::io_error;
use crate::msg;
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
    let files = bag.list(path).map_err(|d| vec![d])?;
    let mut problems = Vec::new();
    let text = |bag: &mut Bag, name: &str| -> Result<String, Diagnostic> {
        if !files.contains_key(name) {
            return Err(Diagnostic::error(msg!("archive-not-a-bag", file = name))
                .hint(msg!("archive-not-a-bag-hint")));
        }
        let bytes = bag.read(name).map_err(|e| unreadable(path, &e))?;
        String::from_utf8(bytes).map_err(|_| {
            Diagnostic::error(msg!("archive-tag-not-text", file = name))
                .at_path(name, 1, 1)
                .hint(msg!("archive-tag-changed-hint"))
        })
    };
    let declaration = text(&mut bag, BAGIT_FILE).map_err(|d| vec![d])?;
    if !declaration.starts_with("BagIt-Version:") {
        return Err(vec![
            Diagnostic::error(msg!("archive-no-version", file = BAGIT_FILE))
                .at_path(BAGIT_FILE, 1, 1)
                .hint(msg!("archive-no-version-hint")),
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
                Diagnostic::error(msg!("archive-extra-file", path = name))
                    .hint(msg!("archive-extra-file-hint")),
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
                Diagnostic::error(msg!(
                    "archive-manifest-bad-line",
                    file = name,
                    line = line.to_string()
                ))
                .at_path(name, line, 1)
                .hint(msg!("archive-manifest-changed-hint")),
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
                    Diagnostic::error(msg!("archive-missing-file", path = &entry.path))
                        .at_path(name, entry.line, 1)
                        .hint(msg!("archive-missing-file-hint")),
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
                Diagnostic::error(msg!("archive-changed-file", path = &entry.path))
                    .at_path(name, entry.line, 1)
                    .hint(msg!(
                        "archive-changed-file-hint",
                        actual = sum,
                        expected = &entry.checksum
                    )),
            ),
            Err(err) => problems.push(
                Diagnostic::error(msg!(
                    "archive-cannot-read",
                    path = &entry.path,
                    why = io_error(&err)
                ))
                .at_path(name, entry.line, 1)
                .hint(msg!("archive-cannot-read-file-hint")),
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
    if value != format!("{bytes}.{count}") {
        problems.push(
            Diagnostic::error(msg!(
                "archive-oxum-mismatch",
                value = value,
                bytes = bytes,
                files = count
            ))
            .at_path(BAG_INFO_FILE, line, 1)
            .hint(msg!("archive-oxum-mismatch-hint")),
        );
    }
}

fn unreadable(path: &Path, err: &io::Error) -> Diagnostic {
    Diagnostic::error(msg!(
        "archive-cannot-read",
        path = path,
        why = io_error(err)
    ))
    .hint(msg!("archive-cannot-read-bag-hint"))
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
        Diagnostic::error(msg!(
            "archive-not-folder-or-zip",
            path = path,
            why = e.to_string()
        ))
        .hint(msg!("archive-not-folder-or-zip-hint"))
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
            Diagnostic::error(msg!("archive-zip-not-one-bag", path = path))
                .hint(msg!("archive-zip-not-one-bag-hint")),
        ),
    }
}

impl Bag {
    /// Every file: path inside the bag → length. `path` is the bag's, for the messages.
    fn list(&mut self, path: &Path) -> Result<BTreeMap<String, u64>, Diagnostic> {
        let unreadable = |e: io::Error| unreadable(path, &e);
        let mut files = BTreeMap::new();
        match self {
            Bag::Folder(dir) => {
                for entry in WalkDir::new(&*dir) {
                    let entry = entry.map_err(|e| unreadable(e.into()))?;
                    if entry.file_type().is_file() {
                        let length = entry.metadata().map_err(|e| unreadable(e.into()))?.len();
                        files.insert(crate::load::display_path(dir, entry.path()), length);
                    }
                }
            }
            Bag::Zip { archive, top } => {
                for index in 0..archive.len() {
                    let file = archive
                        .by_index(index)
                        .map_err(|e| unreadable(io::Error::other(e)))?;
                    if file.is_dir() {
                        continue;
                    }
                    if file.enclosed_name().is_none() {
                        let name = file.name().unwrap_or_default().to_string();
                        return Err(Diagnostic::error(msg!(
                            "archive-zip-unsafe-path",
                            path = path,
                            name = name
                        ))
                        .hint(msg!("archive-zip-unsafe-path-hint")));
                    }
                    let name = file.name().map_err(|e| unreadable(io::Error::other(e)))?;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::archive::manifest::manifest;

    /// A bag in `dir` whose manifest lists `listed` (path, text the checksum is of).
    fn bag(dir: &Path, listed: &[(&str, &str)], files: &[(&str, &str)]) {
        std::fs::write(dir.join(BAGIT_FILE), "BagIt-Version: 1.0\n").unwrap();
        std::fs::write(dir.join(BAG_INFO_FILE), "Payload-Oxum: 3.1\n").unwrap();
        let sums: Vec<(String, String)> = listed
            .iter()
            .map(|(path, text)| (path.to_string(), checksum(text.as_bytes()).unwrap().0))
            .collect();
        let text = manifest(sums.iter().map(|(p, s)| (p.as_str(), s.as_str())));
        std::fs::write(dir.join(PAYLOAD_MANIFEST), text).unwrap();
        std::fs::create_dir_all(dir.join(PAYLOAD_DIR)).unwrap();
        for (path, text) in files {
            std::fs::write(dir.join(path), text).unwrap();
        }
    }

    #[test]
    fn each_problem_is_said_in_an_archivists_words() {
        let dir = tempfile::tempdir().unwrap();
        bag(
            dir.path(),
            &[("data/a.html", "abc"), ("data/b.html", "b")],
            &[("data/a.html", "xyz"), ("data/c.html", "thêm")],
        );
        let problems = verify(dir.path()).unwrap_err();
        let said: Vec<String> = problems.iter().map(|d| d.message.vi()).collect();
        assert_eq!(
            said,
            [
                "thiếu tệp: data/b.html",
                "tệp bị thay đổi: data/a.html",
                "tệp thừa, không có trong danh sách mã kiểm tra: data/c.html",
                "Payload-Oxum ghi 3.1 (số byte.số tệp), nhưng phần dữ liệu của gói hiện có 8 byte trong 2 tệp",
            ]
        );
        let changed = problems[1].hint.as_ref().unwrap().vi();
        assert!(
            changed.starts_with(
                "chép lại tệp này từ một bản sao khác: mã kiểm tra SHA-256 của nó là "
            ),
            "{changed}"
        );
        assert_eq!(
            problems[3].message.en(),
            "Payload-Oxum is 3.1 (bytes.files), but the payload now holds 8 bytes in 2 files"
        );
        let empty = tempfile::tempdir().unwrap();
        let not_a_bag = verify(empty.path()).unwrap_err();
        assert_eq!(
            not_a_bag[0].message.vi(),
            "đây không phải gói lưu trữ: thiếu tệp bagit.txt"
        );
    }
}
