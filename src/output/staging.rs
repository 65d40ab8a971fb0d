//! The staging folder and the swap.

use crate::config::CONFIG_FILE;
use crate::messages::Message;
use crate::msg;
use crate::output::published::PUBLISHED_FILE;
use std::collections::HashSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

pub struct Staging {
    dir: PathBuf,
    target: PathBuf,
    /// The output being replaced, to reuse unchanged files from.
    previous: Option<PathBuf>,
    /// Whether the staging folder exists; until then, every file matched the previous output.
    staged: AtomicBool,
    /// The files found unchanged before the staging folder existed.
    unchanged: Mutex<Vec<String>>,
    /// Folders of the staging folder already made: a site has ten files per folder, and asking
    /// the file system again for each costs as much as writing a small file.
    folders: Mutex<HashSet<PathBuf>>,
}

/// What [`Staging::publish`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Published {
    /// The new output took the place of the old one.
    Replaced,
    /// Every file was the same as in the previous output, and no other file was there: nothing
    /// was written or touched.
    Unchanged,
}

impl Staging {
    /// Creates `.<name>-staging-<pid>` beside `target` (same file system, so the swap is a rename),
    /// after removing staging folders that interrupted builds left behind.
    pub fn create(target: &Path) -> io::Result<Staging> {
        let staging = Staging::prepare(target)?;
        fs::create_dir(&staging.dir)?;
        staging.staged.store(true, Ordering::Release);
        Ok(staging)
    }

    /// Like [`Staging::create`], but the staging folder is only made once a file differs from
    /// the previous output: a rebuild that changes nothing writes nothing.
    pub fn create_lazily(target: &Path) -> io::Result<Staging> {
        Staging::prepare(target)
    }

    fn prepare(target: &Path) -> io::Result<Staging> {
        let parent = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        fs::create_dir_all(&parent)?;
        // `/` or `..`: a folder without a name of its own cannot have a staging folder beside it.
        let name = target
            .file_name()
            .ok_or_else(|| io::Error::from(io::ErrorKind::InvalidFilename))?
            .to_string_lossy()
            .into_owned();
        let prefix = format!(".{name}-staging-");
        for entry in fs::read_dir(&parent)?.filter_map(Result::ok) {
            if entry.file_name().to_string_lossy().starts_with(&prefix) {
                let _ = fs::remove_dir_all(entry.path());
            }
        }
        Ok(Staging {
            dir: parent.join(format!("{prefix}{}", std::process::id())),
            target: target.to_path_buf(),
            previous: target.is_dir().then(|| target.to_path_buf()),
            staged: AtomicBool::new(false),
            unchanged: Mutex::new(Vec::new()),
            folders: Mutex::new(HashSet::new()),
        })
    }

    /// The staging folder (it may not exist yet: see [`Staging::create_lazily`]).
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Writes `bytes` at `relative` ("org/2020-2025/index.html"), or links the previous
    /// output's file when it holds the same bytes.
    pub fn write(&self, relative: &str, bytes: &[u8]) -> io::Result<()> {
        let old = self
            .previous
            .as_ref()
            .map(|previous| previous.join(relative));
        let same = old.as_deref().is_some_and(|old| same_bytes(old, bytes));
        if !self.staged.load(Ordering::Acquire) {
            let mut unchanged = self.unchanged.lock().unwrap_or_else(|e| e.into_inner());
            if !self.staged.load(Ordering::Acquire) {
                if same {
                    unchanged.push(relative.to_owned());
                    return Ok(());
                }
                self.stage(&std::mem::take(&mut *unchanged))?;
            }
        }
        let path = self.dir.join(relative);
        self.make_parent(&path)?;
        match old {
            Some(old) if same => link_or_copy(&old, &path),
            _ => fs::write(&path, bytes),
        }
    }

    /// Makes the staging folder, with links to the files found unchanged so far.
    fn stage(&self, unchanged: &[String]) -> io::Result<()> {
        fs::create_dir(&self.dir)?;
        self.staged.store(true, Ordering::Release);
        let previous = self.previous.as_deref().unwrap_or(&self.target);
        for relative in unchanged {
            let path = self.dir.join(relative);
            self.make_parent(&path)?;
            link_or_copy(&previous.join(relative), &path)?;
        }
        Ok(())
    }

    /// Makes the folder `path` goes in, unless this build made it already.
    fn make_parent(&self, path: &Path) -> io::Result<()> {
        let Some(parent) = path.parent() else {
            return Ok(());
        };
        let lock = || self.folders.lock().unwrap_or_else(|e| e.into_inner());
        if lock().contains(parent) {
            return Ok(());
        }
        fs::create_dir_all(parent)?;
        lock().insert(parent.to_path_buf());
        Ok(())
    }

    /// Puts the staging folder in place of the target: an atomic exchange where the file
    /// system supports it, else two renames. Nothing at all when the output did not change.
    pub fn publish(self) -> io::Result<Published> {
        if !self.staged.load(Ordering::Acquire) {
            let unchanged =
                std::mem::take(&mut *self.unchanged.lock().unwrap_or_else(|e| e.into_inner()));
            if self.previous.is_some() && count_files(&self.target)? == unchanged.len() {
                return Ok(Published::Unchanged);
            }
            // Files of the previous output this build no longer makes: they must go.
            self.stage(&unchanged)?;
        }
        if !self.target.exists() {
            fs::rename(&self.dir, &self.target)?;
            return Ok(Published::Replaced);
        }
        let exchanged = rustix::fs::renameat_with(
            rustix::fs::CWD,
            &self.dir,
            rustix::fs::CWD,
            &self.target,
            rustix::fs::RenameFlags::EXCHANGE,
        );
        if exchanged.is_err() {
            let old = self.dir.with_extension("old");
            fs::rename(&self.target, &old)?;
            fs::rename(&self.dir, &self.target)?;
            fs::remove_dir_all(&old)?;
        }
        // After an exchange the staging path holds the old output; Drop removes it.
        Ok(Published::Replaced)
    }
}

impl Drop for Staging {
    /// Removes the staging folder: an abandoned build's, or the old output after an exchange.
    fn drop(&mut self) {
        if self.staged.load(Ordering::Acquire) {
            let _ = fs::remove_dir_all(&self.dir);
        }
    }
}

/// A hard link (the same file, its date kept), or a copy where the file system has none.
fn link_or_copy(from: &Path, to: &Path) -> io::Result<()> {
    fs::hard_link(from, to).or_else(|_| fs::copy(from, to).map(|_| ()))
}

fn count_files(folder: &Path) -> io::Result<usize> {
    let mut count = 0;
    for entry in walkdir::WalkDir::new(folder) {
        if !entry.map_err(io::Error::other)?.file_type().is_dir() {
            count += 1;
        }
    }
    Ok(count)
}

fn same_bytes(path: &Path, bytes: &[u8]) -> bool {
    match fs::metadata(path) {
        Ok(meta) if meta.is_file() && meta.len() == bytes.len() as u64 => {
            fs::read(path).is_ok_and(|old| old == bytes)
        }
        _ => false,
    }
}

/// Refuses output folders whose replacement would destroy sources: the site root, a folder
/// holding it, or anything inside content/, themes/, templates/ or static/.
pub fn check_output_dir(root: &Path, output: &Path) -> Result<(), Message> {
    check_not_sources(root, output)?;
    if output.exists() && !output.is_dir() {
        return Err(msg!("build-output-is-a-file", path = output));
    }
    Ok(())
}

/// Refuses outputs (a folder or a file) that would replace sources: the site root, a folder
/// holding it, anything inside content/, themes/, templates/ or static/, or one of the
/// site's own files at its root.
pub fn check_not_sources(root: &Path, output: &Path) -> Result<(), Message> {
    let absolute = |p: &Path| -> PathBuf {
        let p = if p.is_absolute() {
            p.to_path_buf()
        } else {
            std::env::current_dir().unwrap_or_default().join(p)
        };
        normalize(&p)
    };
    let root = absolute(root);
    let output = absolute(output);
    if root.starts_with(&output) {
        return Err(msg!("build-output-holds-site", path = &output));
    }
    for protected in ["content", "themes", "templates", "static"] {
        if output.starts_with(root.join(protected)) {
            return Err(msg!(
                "build-output-in-sources",
                path = &output,
                folder = protected
            ));
        }
    }
    for file in [CONFIG_FILE, PUBLISHED_FILE] {
        if output == root.join(file) {
            return Err(msg!(
                "build-output-is-site-file",
                path = &output,
                file = file
            ));
        }
    }
    Ok(())
}

/// Removes `.` and `..` without touching the file system (the output may not exist yet).
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn publishing_swaps_and_failure_leaves_the_old_output() {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("public");
        fs::create_dir(&target).unwrap();
        fs::write(target.join("old.html"), "old").unwrap();

        let abandoned = Staging::create(&target).unwrap();
        abandoned.write("index.html", b"half").unwrap();
        drop(abandoned);
        assert!(target.join("old.html").exists());
        assert_eq!(
            fs::read_dir(tmp.path()).unwrap().count(),
            1,
            "staging folder removed"
        );

        let staging = Staging::create(&target).unwrap();
        staging.write("a/index.html", b"new").unwrap();
        staging.publish().unwrap();
        assert!(!target.join("old.html").exists());
        assert_eq!(
            fs::read_to_string(target.join("a/index.html")).unwrap(),
            "new"
        );
        assert_eq!(fs::read_dir(tmp.path()).unwrap().count(), 1);
    }

    #[test]
    fn unchanged_files_are_linked_not_rewritten() {
        use std::os::unix::fs::MetadataExt;
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("public");
        let first = Staging::create(&target).unwrap();
        first.write("same.html", b"same").unwrap();
        first.write("changed.html", b"v1").unwrap();
        first.publish().unwrap();
        let inode = fs::metadata(target.join("same.html")).unwrap().ino();
        let second = Staging::create(&target).unwrap();
        second.write("same.html", b"same").unwrap();
        second.write("changed.html", b"v2").unwrap();
        second.publish().unwrap();
        assert_eq!(fs::metadata(target.join("same.html")).unwrap().ino(), inode);
        assert_eq!(
            fs::read_to_string(target.join("changed.html")).unwrap(),
            "v2"
        );
    }

    #[test]
    fn a_rebuild_that_changes_nothing_touches_nothing() {
        use std::os::unix::fs::MetadataExt;
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("public");
        let first = Staging::create_lazily(&target).unwrap();
        first.write("a/index.html", b"a").unwrap();
        first.write("b.html", b"b").unwrap();
        assert_eq!(first.publish().unwrap(), Published::Replaced);
        let stamp = |name: &str| {
            let meta = fs::metadata(target.join(name)).unwrap();
            (meta.ino(), meta.mtime_nsec(), meta.ctime_nsec())
        };
        let before = (stamp("a/index.html"), stamp("b.html"));

        let again = Staging::create_lazily(&target).unwrap();
        again.write("b.html", b"b").unwrap();
        again.write("a/index.html", b"a").unwrap();
        assert!(
            !again.dir().exists(),
            "no staging folder for unchanged files"
        );
        assert_eq!(again.publish().unwrap(), Published::Unchanged);
        assert_eq!((stamp("a/index.html"), stamp("b.html")), before);
        assert_eq!(fs::read_dir(tmp.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_late_change_keeps_the_files_seen_before_it() {
        use std::os::unix::fs::MetadataExt;
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("public");
        let first = Staging::create_lazily(&target).unwrap();
        for (name, bytes) in [("x/same.html", "same"), ("changed.html", "v1")] {
            first.write(name, bytes.as_bytes()).unwrap();
        }
        first.publish().unwrap();
        let inode = fs::metadata(target.join("x/same.html")).unwrap().ino();

        let second = Staging::create_lazily(&target).unwrap();
        second.write("x/same.html", b"same").unwrap();
        second.write("changed.html", b"v2").unwrap();
        assert_eq!(second.publish().unwrap(), Published::Replaced);
        assert_eq!(
            fs::metadata(target.join("x/same.html")).unwrap().ino(),
            inode
        );
        assert_eq!(
            fs::read_to_string(target.join("changed.html")).unwrap(),
            "v2"
        );
        assert_eq!(fs::read_dir(tmp.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_file_no_longer_made_is_removed_even_if_the_rest_is_the_same() {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("public");
        let first = Staging::create_lazily(&target).unwrap();
        first.write("kept.html", b"k").unwrap();
        first.write("gone.html", b"g").unwrap();
        first.publish().unwrap();

        let second = Staging::create_lazily(&target).unwrap();
        second.write("kept.html", b"k").unwrap();
        assert_eq!(second.publish().unwrap(), Published::Replaced);
        assert!(target.join("kept.html").exists());
        assert!(!target.join("gone.html").exists());
        assert_eq!(fs::read_dir(tmp.path()).unwrap().count(), 1);
    }

    #[test]
    fn refuses_outputs_that_would_destroy_sources() {
        let root = Path::new("/site");
        assert!(check_output_dir(root, Path::new("/site")).is_err());
        assert!(check_output_dir(root, Path::new("/")).is_err());
        assert!(check_output_dir(root, Path::new("/site/content")).is_err());
        assert!(check_output_dir(root, Path::new("/site/content/../public")).is_ok());
        assert!(check_output_dir(root, Path::new("/site/themes/default/x")).is_err());
        let refused = check_output_dir(root, Path::new("/site/content/a")).unwrap_err();
        assert_eq!(
            refused.vi(),
            "/site/content/a nằm trong thư mục content/ của trang web"
        );
        assert_eq!(
            refused.en(),
            "/site/content/a is inside the site's content/ folder"
        );
    }
}
