//! Why a file could not be read or written, in words a drafter knows rather than the system's
//! ("No such file or directory (os error 2)"), which is kept only when no word fits; a file
//! refused by `regular_file` (a link, a pipe swapped in after the walk) is said as such.

use super::Message;
use crate::msg;
use crate::regular_file::{Refused, refused};
use std::io::{Error, ErrorKind};

/// The reason of `err`, to be put in a message: `msg!("…", why = io_error(&e))`.
pub fn io_error(err: &Error) -> Message {
    match refused(err) {
        Some(Refused::SymbolicLink) => return msg!("io-refused-symbolic-link"),
        Some(Refused::SpecialFile) => return msg!("io-refused-special-file"),
        None => {}
    }
    match err.kind() {
        ErrorKind::NotFound => msg!("io-not-found"),
        ErrorKind::PermissionDenied => msg!("io-permission-denied"),
        ErrorKind::AlreadyExists => msg!("io-already-exists"),
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => msg!("io-storage-full"),
        ErrorKind::IsADirectory => msg!("io-is-a-folder"),
        ErrorKind::NotADirectory => msg!("io-not-a-folder"),
        ErrorKind::ReadOnlyFilesystem => msg!("io-read-only"),
        ErrorKind::DirectoryNotEmpty => msg!("io-folder-not-empty"),
        ErrorKind::InvalidFilename => msg!("io-invalid-name"),
        ErrorKind::CrossesDevices => msg!("io-crosses-devices"),
        _ => msg!("io-other", detail = err.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reason_is_said_in_words_and_the_system_text_kept_when_none_fits() {
        let missing = Error::from(ErrorKind::NotFound);
        assert_eq!(io_error(&missing).vi(), "không tìm thấy tệp hoặc thư mục");
        assert_eq!(io_error(&missing).en(), "no such file or folder");
        let odd = Error::other("disk on fire");
        assert_eq!(io_error(&odd).vi(), "lỗi của hệ thống: disk on fire");
    }

    #[test]
    fn a_file_swapped_for_a_link_is_said_in_words() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.pdf");
        std::fs::write(&file, "x").unwrap();
        let link = dir.path().join("b.pdf");
        std::os::unix::fs::symlink(&file, &link).unwrap();
        let err = crate::regular_file::read(&link).unwrap_err();
        assert_eq!(
            io_error(&err).vi(),
            "đó là một liên kết (symbolic link), nhiemky không đi theo liên kết"
        );
        assert_eq!(
            io_error(&err).en(),
            "it is a symbolic link, which is not followed"
        );
        let missing = crate::regular_file::read(&dir.path().join("c.pdf")).unwrap_err();
        assert_eq!(io_error(&missing).vi(), "không tìm thấy tệp hoặc thư mục");
    }
}
