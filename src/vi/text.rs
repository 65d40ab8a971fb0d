//! Text as loaded: Unicode NFC, and the ETH look-alike (Ð U+00D0) repaired to Đ (U+0110).

use std::borrow::Cow;
use unicode_normalization::{UnicodeNormalization, is_nfc_quick};

/// What [`normalize_text`] changed, so the loader can warn at the first place it happened.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct TextRepair {
    /// Byte offset (in the original text) of the first character that was not NFC.
    pub first_non_nfc: Option<usize>,
    /// Byte offset (in the original text) of the first U+00D0, and how many there were.
    pub first_eth: Option<usize>,
    pub eth_count: usize,
}

/// Returns `text` in NFC with every U+00D0 replaced by U+0110.
/// Borrowed when nothing had to change, which is the common case.
pub fn normalize_text(text: &str) -> (Cow<'_, str>, TextRepair) {
    let mut repair = TextRepair::default();
    let nfc = matches!(
        is_nfc_quick(text.chars()),
        unicode_normalization::IsNormalized::Yes
    );
    if !nfc {
        repair.first_non_nfc = first_non_nfc_offset(text);
    }
    for (offset, ch) in text.char_indices() {
        if ch == '\u{00D0}' {
            repair.first_eth.get_or_insert(offset);
            repair.eth_count += 1;
        }
    }
    if repair.first_non_nfc.is_none() && repair.eth_count == 0 {
        return (Cow::Borrowed(text), repair);
    }
    let fixed: String = text
        .nfc()
        .map(|c| if c == '\u{00D0}' { '\u{0110}' } else { c })
        .collect();
    (Cow::Owned(fixed), repair)
}

/// Offset of the first line whose NFC form differs, then the first differing character in it.
fn first_non_nfc_offset(text: &str) -> Option<usize> {
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let nfc: String = line.nfc().collect();
        if nfc != line {
            let same = line
                .char_indices()
                .zip(nfc.chars())
                .find(|((_, a), b)| a != b)
                .map(|((i, _), _)| i)
                .unwrap_or(0);
            return Some(line_start + same);
        }
        line_start += line.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfc_text_is_borrowed_unchanged() {
        let (out, repair) = normalize_text("Đảng bộ Sở GD&ĐT");
        assert!(matches!(out, Cow::Borrowed(_)));
        assert_eq!(repair, TextRepair::default());
    }

    #[test]
    fn nfd_is_composed_and_located() {
        let nfd: String = "ab\nHuyện ủy".nfd().collect();
        let (out, repair) = normalize_text(&nfd);
        assert_eq!(out, "ab\nHuyện ủy");
        assert_eq!(repair.first_non_nfc, Some(6)); // "ab\nHuy" then the decomposed "ệ"
    }

    #[test]
    fn eth_becomes_d_with_stroke() {
        let (out, repair) = normalize_text("Giáo dục và \u{00D0}ào tạo, \u{00D0}ảng");
        assert_eq!(out, "Giáo dục và Đào tạo, Đảng");
        assert_eq!(repair.eth_count, 2);
        assert_eq!(repair.first_eth, Some("Giáo dục và ".len()));
    }
}
