//! Text as loaded: Unicode NFC, and the ETH look-alike (Ð U+00D0) repaired to Đ (U+0110).
//! Uses ICU4X's normalizer: one pass validates UTF-8 and checks NFC on text that is already
//! fine, which is nearly all of it.

use icu_normalizer::{ComposingNormalizerBorrowed, DecomposingNormalizerBorrowed};
use std::borrow::Cow;

/// What [`normalize_text`] changed, so the loader can warn at the first place it happened.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct TextRepair {
    /// Byte offset (in the original text) around which the text stops being NFC.
    pub first_non_nfc: Option<usize>,
    /// Byte offset (in the original text) of the first U+00D0, and how many there were.
    pub first_eth: Option<usize>,
    pub eth_count: usize,
}

const ETH: char = '\u{00D0}';

/// Returns `text` in NFC with every U+00D0 replaced by U+0110.
/// Borrowed when nothing had to change, which is the common case.
pub fn normalize_text(text: &str) -> (Cow<'_, str>, TextRepair) {
    let nfc = ComposingNormalizerBorrowed::new_nfc();
    let (normalized, rest) = nfc.split_normalized(text);
    let mut repair = TextRepair {
        first_non_nfc: (!rest.is_empty()).then_some(normalized.len()),
        ..TextRepair::default()
    };
    if let Some(first) = text.find(ETH) {
        repair.first_eth = Some(first);
        repair.eth_count = text.matches(ETH).count();
    }
    if repair == TextRepair::default() {
        return (Cow::Borrowed(text), repair);
    }
    let fixed = nfc.normalize(text).replace(ETH, "\u{0110}");
    (Cow::Owned(fixed), repair)
}

/// Valid UTF-8 already in NFC without Ð, checked in one pass: the fast path for loading files.
pub fn clean_utf8(bytes: &[u8]) -> Option<&str> {
    let (clean, rest) = ComposingNormalizerBorrowed::new_nfc().split_normalized_utf8(bytes);
    (rest.is_empty() && !clean.contains(ETH)).then_some(clean)
}

/// The text with its first letter capitalised: "Không nêu thời điểm", "Chư Pưh, ngày …".
pub fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Decomposes text (NFD): for tests and tools that need decomposed input.
pub fn to_nfd(text: &str) -> String {
    DecomposingNormalizerBorrowed::new_nfd()
        .normalize(text)
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfc_text_is_borrowed_unchanged() {
        let (out, repair) = normalize_text("Đảng bộ Sở GD&ĐT");
        assert!(matches!(out, Cow::Borrowed(_)));
        assert_eq!(repair, TextRepair::default());
        assert_eq!(clean_utf8("Đảng bộ".as_bytes()), Some("Đảng bộ"));
    }

    #[test]
    fn nfd_is_composed_and_located() {
        let nfd = to_nfd("ab\nHuyện ủy");
        assert_ne!(nfd, "ab\nHuyện ủy");
        let (out, repair) = normalize_text(&nfd);
        assert_eq!(out, "ab\nHuyện ủy");
        let at = repair.first_non_nfc.unwrap();
        assert!((3..=6).contains(&at), "{at}"); // on the line of "Huyện", at or before the "ệ"
        assert_eq!(clean_utf8(nfd.as_bytes()), None);
    }

    #[test]
    fn eth_becomes_d_with_stroke() {
        let (out, repair) = normalize_text("Giáo dục và \u{00D0}ào tạo, \u{00D0}ảng");
        assert_eq!(out, "Giáo dục và Đào tạo, Đảng");
        assert_eq!(repair.eth_count, 2);
        assert_eq!(repair.first_eth, Some("Giáo dục và ".len()));
        assert_eq!(clean_utf8("\u{00D0}ào".as_bytes()), None);
    }

    #[test]
    fn invalid_utf8_is_not_clean() {
        assert_eq!(clean_utf8(b"ab\xFF"), None);
    }
}
