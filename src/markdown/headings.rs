//! Headings: ids from their text as Vietnamese slugs (đ → d), unique in the document, and the
//! table of contents.

use super::TocEntry;
use super::markers::{MARKER_START, parse_marker};
use pulldown_cmark::{CowStr, Event, HeadingLevel, Tag, TagEnd};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

/// Whether a heading's `{key=value}` names an HTML attribute (`data-x`, `lang`, `xml:lang`).
fn attribute_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
}

/// Gives every heading an id (its own `{#id}`, or its text slugified and made unique) and
/// returns the h2–h4 headings as the table of contents.
pub(super) fn assign_heading_ids(events: &mut [Event]) -> Vec<TocEntry> {
    let mut toc = Vec::new();
    let mut used: HashSet<String> = HashSet::new();
    let mut suffixes: HashMap<String, usize> = HashMap::new();
    let mut i = 0;
    while i < events.len() {
        let Event::Start(Tag::Heading { level, id, .. }) = &events[i] else {
            i += 1;
            continue;
        };
        let (level, explicit) = (*level, id.clone());
        let mut title = String::new();
        let mut j = i + 1;
        while j < events.len() && !matches!(events[j], Event::End(TagEnd::Heading(_))) {
            if let Event::Text(t) | Event::Code(t) = &events[j] {
                title.push_str(&without_shortcodes(t));
            }
            j += 1;
        }
        let base = explicit
            .map(|id| id.to_string())
            .unwrap_or_else(|| crate::vi::slugify(&title));
        let base = if base.is_empty() {
            "muc".to_owned()
        } else {
            base
        };
        // `a`, `a`, `a-1` must not give `a-1` twice: a numbered id may be taken already.
        let count = suffixes.entry(base.clone()).or_insert(0);
        let mut unique = base.clone();
        while used.contains(&unique) {
            *count += 1;
            unique = format!("{base}-{count}");
        }
        used.insert(unique.clone());
        if let Event::Start(Tag::Heading { id, attrs, .. }) = &mut events[i] {
            *id = Some(CowStr::from(unique.clone()));
            // `{(#d: =+=}` gives attributes named `(#d:` and `=`: written as they are, they
            // would break the tag and swallow what follows. Only real names are kept.
            attrs.retain(|(name, _)| attribute_name(name));
        }
        let level = heading_number(level);
        if (2..=4).contains(&level) {
            toc.push(TocEntry {
                level,
                title: title.trim().to_owned(),
                id: unique,
            });
        }
        i = j;
    }
    toc
}

/// A heading's text without the markers of the shortcodes in it, for its id and the contents.
fn without_shortcodes(text: &str) -> Cow<'_, str> {
    if !text.contains(MARKER_START) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(MARKER_START) {
        out.push_str(&rest[..start]);
        let len = parse_marker(&rest[start..]).map_or(MARKER_START.len_utf8(), |(_, len)| len);
        rest = &rest[start + len..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

fn heading_number(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

#[cfg(test)]
mod tests {
    use crate::markdown::testing::*;

    #[test]
    fn heading_ids_are_vietnamese_slugs_and_unique() {
        let (r, _) = md(
            "## Phần thứ nhất\n\n### III. Bài học kinh nghiệm\n\n### III. Bài học kinh nghiệm\n\n## Đảng {#dang}\n",
        );
        assert!(
            r.html.contains("<h3 id=\"iii-bai-hoc-kinh-nghiem\">"),
            "{}",
            r.html
        );
        assert!(r.html.contains("<h3 id=\"iii-bai-hoc-kinh-nghiem-1\">"));
        assert!(r.html.contains("<h2 id=\"dang\">"));
        let ids: Vec<&str> = r.toc.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "phan-thu-nhat",
                "iii-bai-hoc-kinh-nghiem",
                "iii-bai-hoc-kinh-nghiem-1",
                "dang"
            ]
        );
        assert_eq!(r.toc[1].title, "III. Bài học kinh nghiệm");
    }

    #[test]
    fn numbered_heading_ids_do_not_collide_with_written_ones() {
        let (r, _) = md("## a\n\n## a\n\n## a-1\n\n## a\n");
        let ids: Vec<&str> = r.toc.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["a", "a-1", "a-1-1", "a-2"]);
    }

    #[test]
    fn a_shortcode_in_a_heading_stays_out_of_its_id_and_the_contents() {
        let (r, d) = md("## Kết quả {{ a() }}\n");
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(r.html, "<h2 id=\"ket-qua\">Kết quả <span>a</span></h2>\n");
        assert_eq!(r.toc[0].title, "Kết quả");
    }
}
