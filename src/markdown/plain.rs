//! A document's words without markup, for the search index: the text of every paragraph,
//! heading, list, table and code span, shortcodes left out (their figures are indexed with the
//! indicators they show).

use super::{MARKER_END, MARKER_START, literal_ranges, options, shortcode};
use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use std::borrow::Cow;
use std::ops::Range;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PlainText {
    /// Blocks separated by a space.
    pub text: String,
    /// Where the first paragraph's text is in `text` (empty when there is none).
    pub lead: Range<usize>,
}

impl PlainText {
    pub fn lead(&self) -> &str {
        &self.text[self.lead.clone()]
    }
}

/// The text of `markdown`. Broken shortcodes are the renderer's to report: here they are left
/// in as text, which does no harm to an index.
pub fn plain_text(markdown: &str) -> PlainText {
    let markdown = without_shortcodes(markdown);
    let events: Vec<Event> = Parser::new_ext(&markdown, options()).collect();
    from_events(&events)
}

/// The text of parsed Markdown; a shortcode's marker (see `super::render`) counts as a space.
pub(super) fn from_events(events: &[Event]) -> PlainText {
    let mut plain = PlainText::default();
    let mut paragraph_start = None;
    for event in events {
        match event {
            Event::Text(text) | Event::Code(text) => push_without_markers(&mut plain.text, text),
            Event::SoftBreak | Event::HardBreak => plain.text.push(' '),
            Event::Start(Tag::Paragraph) if plain.lead.is_empty() => {
                paragraph_start = Some(plain.text.len());
            }
            Event::End(TagEnd::Paragraph) => {
                // A paragraph of nothing but a shortcode is no lead.
                if let Some(start) = paragraph_start.take()
                    && !plain.text[start..].trim().is_empty()
                {
                    plain.lead = start..plain.text.len();
                }
                plain.text.push(' ');
            }
            // Inline markup sits inside words ("**Đảng** viên"); every other tag ends a block.
            Event::Start(
                Tag::Emphasis
                | Tag::Strong
                | Tag::Strikethrough
                | Tag::Link { .. }
                | Tag::Image { .. }
                | Tag::Superscript
                | Tag::Subscript,
            )
            | Event::End(
                TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Link
                | TagEnd::Image
                | TagEnd::Superscript
                | TagEnd::Subscript,
            ) => {}
            Event::Start(_) | Event::End(_) => plain.text.push(' '),
            _ => {}
        }
    }
    plain
}

fn push_without_markers(out: &mut String, mut text: &str) {
    while let Some(open) = text.find(MARKER_START) {
        out.push_str(&text[..open]);
        out.push(' ');
        let rest = &text[open..];
        text = rest
            .find(MARKER_END)
            .map_or("", |close| &rest[close + MARKER_END.len_utf8()..]);
    }
    out.push_str(text);
}

/// `markdown` with each shortcode call replaced by a space.
fn without_shortcodes(markdown: &str) -> Cow<'_, str> {
    if !markdown.contains("{{") {
        return Cow::Borrowed(markdown);
    }
    let (calls, _errors) = shortcode::find_calls(markdown, &literal_ranges(markdown));
    let mut out = String::with_capacity(markdown.len());
    let mut last = 0;
    for call in calls {
        out.push_str(&markdown[last..call.span.start]);
        out.push(' ');
        last = call.span.end;
    }
    out.push_str(&markdown[last..]);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        text.split_whitespace().collect()
    }

    #[test]
    fn blocks_are_kept_apart_and_inline_markup_is_not_a_break() {
        let plain = plain_text(
            "## Phần thứ nhất\n\nTỷ lệ **đảng** viên đạt yêu cầu.\n\n- Một là\n- Hai là\n\n| a | b |\n|---|---|\n| Chi bộ | `07` |\n",
        );
        assert_eq!(
            words(&plain.text),
            [
                "Phần", "thứ", "nhất", "Tỷ", "lệ", "đảng", "viên", "đạt", "yêu", "cầu.", "Một",
                "là", "Hai", "là", "a", "b", "Chi", "bộ", "07"
            ]
        );
        assert_eq!(plain.lead(), "Tỷ lệ đảng viên đạt yêu cầu.");
    }

    #[test]
    fn shortcodes_are_left_out_but_code_keeps_its_braces() {
        let plain = plain_text(
            "Tỷ lệ đảng viên đạt {{ indicator(id=\"ty-le\") }} năm 2019.\n\n`{{ không phải }}`\n",
        );
        assert_eq!(
            words(&plain.text),
            [
                "Tỷ", "lệ", "đảng", "viên", "đạt", "năm", "2019.", "{{", "không", "phải", "}}"
            ]
        );
    }

    #[test]
    fn a_broken_shortcode_does_not_stop_the_text() {
        let plain = plain_text("Trước {{ indicator(id= }} sau.");
        assert!(plain.text.contains("Trước"), "{plain:?}");
        assert!(plain.text.contains("sau."), "{plain:?}");
    }

    #[test]
    fn a_rendered_page_gives_the_words_of_its_file() {
        let markdown = "## Phần thứ nhất\n\n{{ indicator_table(term=\"2015-2020\") }}\n\nTỷ lệ đạt {{ indicator(id=\"a\") }} năm 2019.[^1]\n\n[^1]: Theo báo cáo.\n";
        let (calls, _) = shortcode::find_calls(markdown, &literal_ranges(markdown));
        let rendered = super::super::to_html(&super::super::with_markers(markdown, &calls));
        let read = plain_text(markdown);
        assert_eq!(words(&rendered.text.text), words(&read.text));
        assert_eq!(rendered.text.lead().trim(), read.lead().trim());
        assert_eq!(
            words(rendered.text.lead()),
            ["Tỷ", "lệ", "đạt", "năm", "2019."]
        );
    }

    #[test]
    fn no_paragraph_no_lead() {
        let plain = plain_text("## Chỉ có tiêu đề\n");
        assert_eq!(plain.lead(), "");
        assert_eq!(words(&plain.text), ["Chỉ", "có", "tiêu", "đề"]);
        assert_eq!(plain_text(""), PlainText::default());
    }
}
