//! Originals of a term (the signed PDF, the DOCX, the scans) kept in `content/<org>/<term>/files/`:
//! published byte for byte beside the term's page, each with its size and SHA-256 so that a
//! reader decades later can tell the copy is the one that was published.

use crate::model::term::Term;
use std::path::PathBuf;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Original {
    pub term: Term,
    /// The file name inside `files/`, which is also its web address there.
    pub name: String,
    /// From `files/_files.toml`; the file name is shown when there is none.
    pub title: Option<String>,
    pub path: PathBuf,
    pub size: u64,
    /// Lower-case hexadecimal SHA-256 of the bytes.
    pub sha256: String,
}

impl Original {
    /// The extension, lower case ("pdf"); empty when the name has none.
    pub fn extension(&self) -> String {
        self.name
            .rsplit_once('.')
            .map(|(_, ext)| ext.to_ascii_lowercase())
            .unwrap_or_default()
    }
}
