//! Folding for search: "Đảng viên", "đảng viên", "ĐẢNG VIÊN" and "dang vien" all become
//! "dang vien". Lower case, canonical decomposition with the combining marks dropped (tones,
//! hooks, breves, circumflexes), and đ — which Unicode does not decompose — written d.
//!
//! The search page folds the query with the same steps in JavaScript
//! (`themes/default/static/js/tim-kiem.js`, `fold`); the browser test checks that both agree.

use icu_normalizer::DecomposingNormalizerBorrowed;

/// `text` folded: lower case, no combining marks, đ (and the look-alike ð) as d.
/// Punctuation, digits and spacing are kept as they are.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    if text.is_ascii() {
        out.push_str(text);
        out.make_ascii_lowercase();
        return out;
    }
    // `str::to_lowercase` (like JavaScript's `toLowerCase`) lowers a final Σ to ς, which a
    // character-by-character mapping would not.
    let lower = text.to_lowercase();
    let nfd = DecomposingNormalizerBorrowed::new_nfd();
    for c in nfd.normalize_iter(lower.chars()) {
        match c {
            'đ' | 'ð' => out.push('d'),
            c if is_combining_mark(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// The blocks of combining diacritical marks; the same ranges as the search page's script.
fn is_combining_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
            | '\u{1AB0}'..='\u{1AFF}'
            | '\u{1DC0}'..='\u{1DFF}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{FE20}'..='\u{FE2F}')
}

#[cfg(test)]
mod tests {
    use super::fold;
    use crate::vi::to_nfd;

    #[test]
    fn every_spelling_of_dang_vien_folds_alike() {
        for spelling in [
            "Đảng viên",
            "đảng viên",
            "ĐẢNG VIÊN",
            "dang vien",
            "DANG VIEN",
        ] {
            assert_eq!(fold(spelling), "dang vien", "{spelling}");
        }
    }

    #[test]
    fn decomposed_input_folds_like_composed_input() {
        let nfd = to_nfd("Đảng bộ Huyện ủy An Lão");
        assert_ne!(nfd, "Đảng bộ Huyện ủy An Lão");
        assert_eq!(fold(&nfd), "dang bo huyen uy an lao");
        assert_eq!(fold(&nfd), fold("Đảng bộ Huyện ủy An Lão"));
    }

    #[test]
    fn every_vietnamese_vowel_loses_its_marks() {
        assert_eq!(
            fold("àáảãạ ăằắẳẵặ âầấẩẫậ èéẻẽẹ êềếểễệ ìíỉĩị òóỏõọ ôồốổỗộ ơờớởỡợ ùúủũụ ưừứửữự ỳýỷỹỵ"),
            "aaaaa aaaaaa aaaaaa eeeee eeeeee iiiii ooooo oooooo oooooo uuuuu uuuuuu yyyyy"
        );
    }

    #[test]
    fn the_eth_look_alike_folds_to_d_too() {
        assert_eq!(fold("\u{00D0}ào tạo"), "dao tao");
    }

    #[test]
    fn punctuation_and_digits_stay() {
        assert_eq!(fold("GD&ĐT: 58,6% (2015-2020)"), "gd&dt: 58,6% (2015-2020)");
        assert_eq!(fold(""), "");
    }

    #[test]
    fn a_final_sigma_lowers_as_in_javascript() {
        assert_eq!(fold("ΟΔΟΣ"), "οδος");
    }
}
