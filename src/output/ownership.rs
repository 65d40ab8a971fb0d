//! Which output folders a build may replace: one it wrote itself, recognised by the list of its
//! files it leaves inside ([`FILE_LIST`]) and holding nothing else; an empty one; or any with
//! `--force`. A folder of the user's (`--output ~/tai-lieu`) is never emptied unasked.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

/// The files of the last build, one site path a line, kept in the output folder itself so that
/// the folder is recognised wherever it is moved or copied.
pub const FILE_LIST: &str = ".nhiemky-files";
const HEADER: &str = "# nhiemky: the files of this output folder, written by `nhiemky build`, which replaces the folder only while it holds nothing else";

/// How many foreign entries a refusal names.
const NAMED: usize = 5;

/// Why a folder may not be replaced, with some of the entries that make it so.
#[derive(Debug, PartialEq, Eq)]
pub enum Foreign {
    /// It holds no list of a build's files: it is not an output of nhiemky.
    Unlisted(Vec<PathBuf>),
    /// It holds entries the list does not: put there after the build.
    Added(Vec<PathBuf>),
}

/// Whether a build may replace `target`: it does not exist, is empty, or holds exactly what the
/// last build listed (and the folders those files are in).
pub fn check_replaceable(target: &Path) -> Result<(), Foreign> {
    let Ok(entries) = fs::read_dir(target) else {
        return Ok(()); // not there (a file in its place is refused by the caller)
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    if entries.is_empty() {
        return Ok(());
    }
    let Ok(list) = crate::regular_file::read(&target.join(FILE_LIST)) else {
        entries.sort();
        entries.truncate(NAMED);
        return Err(Foreign::Unlisted(entries));
    };
    let list = String::from_utf8_lossy(&list);
    let mut listed: HashSet<&str> = HashSet::from([FILE_LIST]);
    for path in list.lines().filter(|l| !l.starts_with('#')) {
        listed.insert(path);
        let mut path = path;
        while let Some((folder, _)) = path.rsplit_once('/') {
            if !listed.insert(folder) {
                break; // its parents are in already
            }
            path = folder;
        }
    }
    let mut added = Vec::new();
    let mut walk = walkdir::WalkDir::new(target)
        .min_depth(1)
        .sort_by_file_name()
        .into_iter();
    while let Some(entry) = walk.next() {
        let Ok(entry) = entry else { continue };
        let relative = entry.path().strip_prefix(target).unwrap_or(entry.path());
        // A build writes files and folders only, never links.
        let ours = !entry.path_is_symlink() && listed.contains(&*relative.to_string_lossy());
        if !ours {
            added.push(entry.path().to_path_buf());
            if added.len() == NAMED {
                break;
            }
            if entry.file_type().is_dir() {
                walk.skip_current_dir(); // named as a whole
            }
        }
    }
    match added.is_empty() {
        true => Ok(()),
        false => Err(Foreign::Added(added)),
    }
}

/// The list a build leaves in its output: every site path it wrote (sorted).
pub fn file_list(paths: Vec<String>) -> String {
    let length = paths.iter().map(|p| p.len() + 1).sum::<usize>();
    let mut text = String::with_capacity(HEADER.len() + 1 + length);
    text.push_str(HEADER);
    text.push('\n');
    for path in paths {
        text.push_str(&path);
        text.push('\n');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, relative: &str, text: &str) {
        let path = dir.join(relative);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }

    #[test]
    fn only_a_folder_holding_what_its_list_says_may_be_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        assert_eq!(check_replaceable(&out), Ok(()), "a folder not there yet");
        fs::create_dir(&out).unwrap();
        assert_eq!(check_replaceable(&out), Ok(()), "an empty folder");
        write(&out, "index.html", "<p>");
        write(&out, "org/2020-2025/index.html", "<p>");
        assert_eq!(
            check_replaceable(&out),
            Err(Foreign::Unlisted(vec![
                out.join("index.html"),
                out.join("org")
            ]))
        );
        let list = file_list(vec!["index.html".into(), "org/2020-2025/index.html".into()]);
        write(&out, FILE_LIST, &list);
        assert_eq!(check_replaceable(&out), Ok(()));
        write(&out, "org/luan-van.docx", "keep");
        write(&out, "rieng/a.txt", "keep");
        assert_eq!(
            check_replaceable(&out),
            Err(Foreign::Added(vec![
                out.join("org/luan-van.docx"),
                out.join("rieng")
            ]))
        );
        fs::remove_file(out.join("org/luan-van.docx")).unwrap();
        fs::remove_dir_all(out.join("rieng")).unwrap();
        fs::remove_file(out.join("index.html")).unwrap();
        std::os::unix::fs::symlink("/etc/passwd", out.join("index.html")).unwrap();
        assert_eq!(
            check_replaceable(&out),
            Err(Foreign::Added(vec![out.join("index.html")]))
        );
    }
}
