//! The preview's search index: built from the site in memory when the search page first asks
//! for a file of it, kept until the next change. A site of 10,000 term pages takes a few
//! seconds to index, so it is not rebuilt on every save, only when someone searches again.

use crate::i18n::I18n;
use crate::model::Site;
use crate::search::{self, BUNDLE_DIR};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

type Files = HashMap<String, Arc<[u8]>>;

#[derive(Default)]
pub struct SearchIndex {
    /// Site path (`pagefind/pagefind.js`) → bytes; `None` until asked for since the last change.
    files: Mutex<Option<Arc<Files>>>,
}

impl SearchIndex {
    /// Whether `path` is a file of the index's folder.
    pub fn holds(path: &str) -> bool {
        path.strip_prefix(BUNDLE_DIR)
            .is_some_and(|rest| rest.starts_with('/'))
    }

    /// The index file at `path`, building the index first if needed. `None` when there is no
    /// such file (or the index could not be built: the search page then says so).
    pub fn file(&self, site: &Site, i18n: &I18n, path: &str) -> Option<Arc<[u8]>> {
        // Held while building: a second request waits for the index rather than building it too.
        let mut files = self.files.lock().unwrap_or_else(PoisonError::into_inner);
        if files.is_none() {
            // Unreadable documents are left out; their pages show their errors.
            let (records, _unreadable) = search::records(site, i18n);
            let built = search::bundle(records.into_iter().map(Ok)).ok()?;
            *files = Some(Arc::new(
                built
                    .into_iter()
                    .map(|(path, bytes)| (path, bytes.into()))
                    .collect(),
            ));
        }
        files.as_ref()?.get(path).cloned()
    }

    /// Drops the index: the site changed.
    pub fn forget(&self) {
        *self.files.lock().unwrap_or_else(PoisonError::into_inner) = None;
    }
}

#[cfg(test)]
mod tests {
    use super::SearchIndex;

    #[test]
    fn only_files_of_the_index_folder_are_its() {
        assert!(SearchIndex::holds("pagefind/pagefind.js"));
        assert!(SearchIndex::holds("pagefind/2/index/vi_1.pf_index"));
        assert!(!SearchIndex::holds("pagefind"));
        assert!(!SearchIndex::holds("pagefinder/x.js"));
        assert!(!SearchIndex::holds("tim-kiem.html"));
    }
}
