//! Reading the site's input files without following links: a file swapped for a symbolic link
//! (to /etc/passwd) or a pipe after `content/` was walked is refused, not read or published.

use std::fmt;
use std::fs::{self, File};
use std::io::{self, Read};
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

/// What a refused path is instead of a regular file: the error inside the `io::Error` that
/// [`open`] and [`read`] give for it ([`refused`] finds it), for callers to say in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// A symbolic link, never followed.
    SymbolicLink,
    /// A pipe, a socket or a device: never read.
    SpecialFile,
}

/// What the path is, for logs; messages to people say it from [`refused`].
impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Refused::SymbolicLink => "symbolic link",
            Refused::SpecialFile => "special file",
        })
    }
}

impl std::error::Error for Refused {}

/// Whether `err` is a refusal of [`open`] rather than a failure of the system.
pub fn refused(err: &io::Error) -> Option<Refused> {
    err.get_ref()?.downcast_ref::<Refused>().copied()
}

/// Opens `path` for reading if it is a regular file itself, not a link to one.
pub fn open(path: &Path) -> io::Result<File> {
    // O_NONBLOCK: opening a pipe with no writer would otherwise wait for ever.
    let file = fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
        .open(path)
        .map_err(|err| match err.raw_os_error() {
            Some(libc::ELOOP) => io::Error::other(Refused::SymbolicLink),
            _ => err,
        })?;
    let kind = file.metadata()?.file_type();
    if kind.is_dir() {
        return Err(io::ErrorKind::IsADirectory.into());
    }
    if !kind.is_file() {
        return Err(io::Error::other(Refused::SpecialFile));
    }
    Ok(file)
}

/// The whole of a regular file, as [`open`] allows.
pub fn read(path: &Path) -> io::Result<Vec<u8>> {
    let mut file = open(path)?;
    let mut bytes = Vec::with_capacity(file.metadata().map_or(0, |m| m.len() as usize));
    file.read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Whether `path` is a regular file itself, not a link to one.
pub fn exists(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|m| m.is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_and_pipes_are_refused_and_files_read() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.txt");
        fs::write(&file, "nội dung").unwrap();
        let link = dir.path().join("link.txt");
        std::os::unix::fs::symlink(&file, &link).unwrap();
        let pipe = dir.path().join("pipe");
        rustix::fs::mknodat(
            rustix::fs::CWD,
            &pipe,
            rustix::fs::FileType::Fifo,
            rustix::fs::Mode::RUSR | rustix::fs::Mode::WUSR,
            0,
        )
        .unwrap();
        assert_eq!(read(&file).unwrap(), "nội dung".as_bytes());
        assert!(exists(&file));
        assert_eq!(
            refused(&read(&link).unwrap_err()),
            Some(Refused::SymbolicLink)
        );
        assert!(!exists(&link));
        assert_eq!(
            refused(&read(&pipe).unwrap_err()),
            Some(Refused::SpecialFile)
        );
        let folder = read(dir.path()).unwrap_err();
        assert_eq!(folder.kind(), io::ErrorKind::IsADirectory);
        assert_eq!(refused(&folder), None);
    }
}
