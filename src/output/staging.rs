//! The staging folder and the swap.

use crate::archive::published::PUBLISHED_FILE;
use crate::config::CONFIG_FILE;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

pub struct Staging {
    dir: PathBuf,
    target: PathBuf,
    /// The output being replaced, to reuse unchanged files from.
    previous: Option<PathBuf>,
}

impl Staging {
    /// Creates `.<name>-staging-<pid>` beside `target` (same file system, so the swap is a rename),
    /// after removing staging folders that interrupted builds left behind.
    pub fn create(target: &Path) -> io::Result<Staging> {
        let parent = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        fs::create_dir_all(&parent)?;
        let name = target
            .file_name()
            .ok_or_else(|| {
                io::Error::new(io::ErrorKind::InvalidInput, "output folder has no name")
            })?
            .to_string_lossy()
            .into_owned();
        let prefix = format!(".{name}-staging-");
        for entry in fs::read_dir(&parent)?.filter_map(Result::ok) {
            if entry.file_name().to_string_lossy().starts_with(&prefix) {
                let _ = fs::remove_dir_all(entry.path());
            }
        }
        let dir = parent.join(format!("{prefix}{}", std::process::id()));
        fs::create_dir(&dir)?;
        let previous = target.is_dir().then(|| target.to_path_buf());
        Ok(Staging {
            dir,
            target: target.to_path_buf(),
            previous,
        })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Writes `bytes` at `relative` ("org/2020-2025/index.html"), or links the previous
    /// output's file when it holds the same bytes.
    pub fn write(&self, relative: &str, bytes: &[u8]) -> io::Result<()> {
        let path = self.dir.join(relative);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        if let Some(previous) = &self.previous {
            let old = previous.join(relative);
            if same_bytes(&old, bytes) && fs::hard_link(&old, &path).is_ok() {
                return Ok(());
            }
        }
        fs::write(&path, bytes)
    }

    /// Puts the staging folder in place of the target: an atomic exchange where the file
    /// system supports it, else two renames.
    pub fn publish(self) -> io::Result<()> {
        if !self.target.exists() {
            return fs::rename(&self.dir, &self.target);
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
        Ok(())
    }
}

impl Drop for Staging {
    /// Removes the staging folder: an abandoned build's, or the old output after an exchange.
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
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
pub fn check_output_dir(root: &Path, output: &Path) -> Result<(), String> {
    check_not_sources(root, output)?;
    if output.exists() && !output.is_dir() {
        return Err(format!("{} exists and is not a folder", output.display()));
    }
    Ok(())
}

/// Refuses outputs (a folder or a file) that would replace sources: the site root, a folder
/// holding it, anything inside content/, themes/, templates/ or static/, or one of the
/// site's own files at its root.
pub fn check_not_sources(root: &Path, output: &Path) -> Result<(), String> {
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
        return Err(format!("{} holds the site itself", output.display()));
    }
    for protected in ["content", "themes", "templates", "static"] {
        if output.starts_with(root.join(protected)) {
            return Err(format!(
                "{} is inside the site's {protected}/ folder",
                output.display()
            ));
        }
    }
    for file in [CONFIG_FILE, PUBLISHED_FILE] {
        if output == root.join(file) {
            return Err(format!("{} is the site's {file}", output.display()));
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
    fn refuses_outputs_that_would_destroy_sources() {
        let root = Path::new("/site");
        assert!(check_output_dir(root, Path::new("/site")).is_err());
        assert!(check_output_dir(root, Path::new("/")).is_err());
        assert!(check_output_dir(root, Path::new("/site/content")).is_err());
        assert!(check_output_dir(root, Path::new("/site/content/../public")).is_ok());
        assert!(check_output_dir(root, Path::new("/site/themes/default/x")).is_err());
    }
}
