//! Why a file could not be read or written, in words a drafter knows rather than the system's
//! ("No such file or directory (os error 2)"), which is kept only when no word fits.

use super::Message;
use crate::msg;
use std::io::{Error, ErrorKind};

/// The reason of `err`, to be put in a message: `msg!("…", why = io_error(&e))`.
pub fn io_error(err: &Error) -> Message {
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
}
