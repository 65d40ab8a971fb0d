//! Characters no page, feed or chart can carry: the control characters but tab and line breaks
//! (U+0000–U+001F, U+007F–U+009F) and the noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF and the
//! last two of every plane). XML 1.0 forbids them, so one in a title made `atom.xml` or a chart's
//! `.svg` ill-formed; HTML counts them as errors. They are found once, at load — in the files'
//! text and in TOML strings written with escapes ("A\u0001B") — and refused there.

/// Whether `c` may not be published.
pub fn forbidden(c: char) -> bool {
    let code = c as u32;
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
        || (0xFDD0..=0xFDEF).contains(&code)
        || code & 0xFFFE == 0xFFFE
}

/// The forbidden characters of a text: the first, where it is (a byte offset), and how many.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Forbidden {
    pub first: char,
    pub offset: usize,
    pub count: usize,
}

impl Forbidden {
    /// How a message names the first: "U+0001".
    pub fn code(&self) -> String {
        format!("U+{:04X}", self.first as u32)
    }
}

/// The forbidden characters of `text`, if it has any.
pub fn find_forbidden(text: &str) -> Option<Forbidden> {
    let (offset, first) = text.char_indices().find(|&(_, c)| forbidden(c))?;
    let count = 1 + text[offset + first.len_utf8()..]
        .chars()
        .filter(|&c| forbidden(c))
        .count();
    Some(Forbidden {
        first,
        offset,
        count,
    })
}

/// `text` with each forbidden character blanked by as many spaces as its UTF-8 bytes, so that
/// every byte offset, line and column stays where it was.
pub fn blank_forbidden(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match forbidden(c) {
            true => out.extend(std::iter::repeat_n(' ', c.len_utf8())),
            false => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_noncharacters_are_forbidden_and_blanked_in_place() {
        for c in [
            '\0', '\u{1}', '\u{b}', '\u{c}', '\u{1f}', '\u{7f}', '\u{85}', '\u{9f}',
        ] {
            assert!(forbidden(c), "{c:?}");
        }
        for c in [
            '\u{fffe}',
            '\u{ffff}',
            '\u{fdd0}',
            '\u{1fffe}',
            '\u{10ffff}',
        ] {
            assert!(forbidden(c), "{c:?}");
        }
        for c in [
            '\t', '\n', '\r', ' ', 'Đ', '\u{a0}', '\u{fffd}', '\u{2028}', '\u{e000}',
        ] {
            assert!(!forbidden(c), "{c:?}");
        }
        let text = "Đảng\u{1}bộ\u{fffe} x\u{85}";
        let found = find_forbidden(text).unwrap();
        assert_eq!(
            (found.code(), found.offset, found.count),
            ("U+0001".into(), 7, 3)
        );
        let blank = blank_forbidden(text);
        assert_eq!(blank, "Đảng bộ    x  ");
        assert_eq!(blank.len(), text.len());
        assert_eq!(find_forbidden("Đảng bộ\tSở\r\n"), None);
    }
}
