//! What pagefind indexes of a record: its distinct folded words, each once.
//!
//! Once, because pagefind stores every position of every word: in a term report "đảng" comes
//! back hundreds of times, and at 10,000 reports its positions alone weigh megabytes that a
//! query would download. Each word once keeps a query to a few kilobytes of index, at the cost
//! of ranking by how often a word occurs (the title still counts: see `record.rs`).

use crate::vi::fold;
// Every word of every report is hashed: foldhash costs a fraction of SipHash and is still
// seeded per run, so crafted text cannot line words up in one bucket.
use foldhash::{HashSet, HashSetExt};

#[derive(Debug, Default)]
pub struct Digest {
    text: String,
    seen: HashSet<String>,
}

impl Digest {
    /// Adds the words of `text` not seen yet. A word keeps its inner punctuation ("58,6",
    /// "gd&dt", "2015-2020"), which pagefind splits and joins as it does in a query.
    pub fn add(&mut self, text: &str) {
        // A report repeats its words: each spelling is folded once.
        let mut spellings: HashSet<&str> = HashSet::new();
        for token in text.split_whitespace() {
            if !spellings.insert(token) {
                continue;
            }
            let folded = fold(token);
            let word = folded.trim_matches(|c: char| !c.is_alphanumeric());
            if word.is_empty() || self.seen.contains(word) {
                continue;
            }
            self.seen.insert(word.to_owned());
            if !self.text.is_empty() {
                self.text.push(' ');
            }
            self.text.push_str(word);
        }
    }

    /// How many distinct words.
    pub fn len(&self) -> usize {
        self.seen.len()
    }

    pub fn into_text(self) -> String {
        self.text
    }
}

#[cfg(test)]
mod tests {
    use super::Digest;

    #[test]
    fn each_folded_word_once_in_order_of_first_sight() {
        let mut digest = Digest::default();
        digest.add("Đảng viên, đảng viên và ĐẢNG VIÊN.");
        digest.add("Tỷ lệ đảng viên: 58,6% (2015-2020)");
        assert_eq!(digest.len(), 7);
        assert_eq!(digest.into_text(), "dang vien va ty le 58,6 2015-2020");
    }

    #[test]
    fn punctuation_alone_is_no_word() {
        let mut digest = Digest::default();
        digest.add(" – … (  ) ");
        assert_eq!(digest.len(), 0);
        assert_eq!(digest.into_text(), "");
    }
}
