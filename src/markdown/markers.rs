//! Shortcodes' places in the Markdown: each call replaced by a private-use marker before
//! parsing, found again in the HTML and replaced by the call's HTML.

use super::shortcode::Call;
use super::{Placement, options};
use pulldown_cmark::{CodeBlockKind, CowStr, Event, Parser, Tag, TagEnd};
use std::borrow::Cow;
use std::ops::Range;

/// Marks a shortcode's place in the Markdown. Private-use characters: Markdown leaves them
/// alone, and the document's own are replaced before the marks go in (see [`with_markers`]).
pub(super) const MARKER_START: char = '\u{E000}';
pub(super) const MARKER_END: char = '\u{E001}';

pub(super) fn marker(index: usize) -> String {
    format!("{MARKER_START}{index}{MARKER_END}")
}

/// The Markdown with each call replaced by its marker, and the document's own marker
/// characters by U+FFFD (the same length, so every offset stays), so that every marker left is
/// one of the calls'.
pub(super) fn with_markers<'a>(text: &'a str, calls: &[Call]) -> Cow<'a, str> {
    if calls.is_empty() && !text.contains([MARKER_START, MARKER_END]) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (index, call) in calls.iter().enumerate() {
        out.push_str(&without_markers(&text[last..call.span.start]));
        out.push_str(&marker(index));
        last = call.span.end;
    }
    out.push_str(&without_markers(&text[last..]));
    Cow::Owned(out)
}

fn without_markers(text: &str) -> Cow<'_, str> {
    match text.contains([MARKER_START, MARKER_END]) {
        true => Cow::Owned(text.replace([MARKER_START, MARKER_END], "\u{FFFD}")),
        false => Cow::Borrowed(text),
    }
}

/// Keeps the markers that stand in running text (not in an image's description) and wipes
/// every other marker character, wherever Markdown put it: a link's address, a heading's
/// attributes, an entity (`&#57344;`). Returns which calls stand in running text.
pub(super) fn keep_markers_in_text(events: &mut [Event], count: usize) -> Vec<bool> {
    let mut in_text = vec![false; count];
    let mut image_depth = 0usize;
    for event in events.iter_mut() {
        match event {
            Event::Start(Tag::Image { .. }) => image_depth += 1,
            Event::End(TagEnd::Image) => image_depth = image_depth.saturating_sub(1),
            _ => {}
        }
        if let Event::Text(text) = event
            && image_depth == 0
        {
            *text = keep_own_markers(text, &mut in_text);
            continue;
        }
        for text in event_strings(event) {
            if text.contains([MARKER_START, MARKER_END]) {
                *text = CowStr::from(text.replace([MARKER_START, MARKER_END], "\u{FFFD}"));
            }
        }
    }
    in_text
}

/// A text's markers of calls not yet seen are kept (and marked seen); any other marker
/// character becomes U+FFFD.
fn keep_own_markers<'a>(text: &CowStr<'a>, seen: &mut [bool]) -> CowStr<'a> {
    if !text.contains([MARKER_START, MARKER_END]) {
        return text.clone();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest: &str = text;
    while let Some(start) = rest.find([MARKER_START, MARKER_END]) {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        match parse_marker(after).filter(|&(index, _)| index < seen.len() && !seen[index]) {
            Some((index, len)) => {
                seen[index] = true;
                out.push_str(&after[..len]);
                rest = &after[len..];
            }
            None => {
                out.push('\u{FFFD}');
                rest = &after[MARKER_START.len_utf8()..];
            }
        }
    }
    out.push_str(rest);
    CowStr::from(out)
}

/// `\u{E000}12\u{E001}…` → (12, the marker's length in bytes).
pub(super) fn parse_marker(text: &str) -> Option<(usize, usize)> {
    let digits = text.strip_prefix(MARKER_START)?;
    let count = digits.bytes().take_while(u8::is_ascii_digit).count();
    let index = digits[..count].parse().ok()?;
    digits[count..].starts_with(MARKER_END).then_some((
        index,
        MARKER_START.len_utf8() + count + MARKER_END.len_utf8(),
    ))
}

/// Every text an event carries besides a `Text`'s, as the HTML writer prints it.
fn event_strings<'e, 'a>(event: &'e mut Event<'a>) -> Vec<&'e mut CowStr<'a>> {
    match event {
        Event::Text(s)
        | Event::Code(s)
        | Event::InlineMath(s)
        | Event::DisplayMath(s)
        | Event::Html(s)
        | Event::InlineHtml(s)
        | Event::FootnoteReference(s) => vec![s],
        Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(s)) | Tag::FootnoteDefinition(s)) => {
            vec![s]
        }
        Event::Start(
            Tag::Link {
                dest_url,
                title,
                id,
                ..
            }
            | Tag::Image {
                dest_url,
                title,
                id,
                ..
            },
        ) => {
            vec![dest_url, title, id]
        }
        Event::Start(Tag::Heading {
            id, classes, attrs, ..
        }) => id
            .iter_mut()
            .chain(classes.iter_mut())
            .chain(
                attrs
                    .iter_mut()
                    .flat_map(|(name, value)| std::iter::once(name).chain(value)),
            )
            .collect(),
        _ => Vec::new(),
    }
}

/// Where a call's HTML goes in the rendered page.
#[derive(Debug)]
pub(super) struct Slot {
    pub(super) index: usize,
    /// Bytes of the page replaced: the marker, or `<p>marker</p>` for a block.
    range: Range<usize>,
    pub(super) placement: Placement,
}

/// Finds each marker in the page. `None` when a marker is there twice or a marker character
/// stands alone: the document wrote one itself (only cleaned raw HTML can do that).
pub(super) fn slots(html: &str, count: usize) -> Option<Vec<Slot>> {
    let mut slots: Vec<Slot> = Vec::new();
    let mut seen = vec![false; count];
    let mut from = 0;
    while let Some(found) = html[from..].find([MARKER_START, MARKER_END]) {
        let start = from + found;
        let (index, len) = parse_marker(&html[start..])?;
        if index >= count || std::mem::replace(&mut seen[index], true) {
            return None;
        }
        let end = start + len;
        let block = html[..start].ends_with("<p>") && html[end..].starts_with("</p>");
        slots.push(match block {
            true => Slot {
                index,
                range: start - "<p>".len()..end + "</p>".len(),
                placement: Placement::Block,
            },
            false => Slot {
                index,
                range: start..end,
                placement: Placement::Inline,
            },
        });
        from = end;
    }
    Some(slots)
}

/// The page with each slot replaced by its call's HTML, in one pass: HTML put in is never
/// searched again, so text in it that looks like a marker stays text.
pub(super) fn splice(html: &str, slots: &[Slot], html_of_call: &[String]) -> String {
    let extra: usize = html_of_call.iter().map(String::len).sum();
    let mut out = String::with_capacity(html.len() + extra);
    let mut last = 0;
    for slot in slots {
        out.push_str(&html[last..slot.range.start]);
        out.push_str(&html_of_call[slot.index]);
        last = slot.range.end;
    }
    out.push_str(&html[last..]);
    out
}

/// Ranges where `{{` is text: code spans, code blocks and HTML comments, sorted and merged
/// where they overlap (so that [`shortcode::find_calls`] finds the one holding an offset by
/// binary search).
pub(super) fn literal_ranges(text: &str) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut in_block: Option<usize> = None;
    for (event, range) in Parser::new_ext(text, options()).into_offset_iter() {
        match event {
            Event::Code(_) => ranges.push(range),
            Event::Start(Tag::CodeBlock(_)) => in_block = Some(range.start),
            Event::End(TagEnd::CodeBlock) => {
                ranges.push(in_block.take().unwrap_or(range.start)..range.end);
            }
            _ => {}
        }
    }
    let mut from = 0;
    while let Some(open) = text[from..].find("<!--") {
        let start = from + open;
        let end = text[start..]
            .find("-->")
            .map_or(text.len(), |i| start + i + 3);
        ranges.push(start..end);
        from = end;
    }
    ranges.sort_unstable_by_key(|r| r.start);
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for range in ranges {
        match merged.last_mut() {
            Some(last) if range.start < last.end => last.end = last.end.max(range.end),
            _ => merged.push(range),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markdown::testing::*;

    #[test]
    fn marker_characters_written_in_the_document_are_never_a_shortcode_place() {
        // Literally, or as entities that Markdown decodes: both print U+FFFD, and the
        // shortcode's HTML goes where the shortcode is.
        for text in ["\u{E000}0\u{E001} {{ a() }}", "&#57344;0&#57345; {{ a() }}"] {
            let (r, d) = md(text);
            assert!(d.is_empty(), "{d:?}");
            assert_eq!(
                r.html, "<p>\u{FFFD}0\u{FFFD} <span>a</span></p>\n",
                "{text}"
            );
        }
    }

    #[test]
    fn text_in_a_shortcode_that_looks_like_a_marker_stays_text() {
        struct Tricky;
        impl Shortcodes for Tricky {
            fn render(&self, call: &Call, _: Placement) -> Result<String, ShortcodeError> {
                Ok(format!(
                    "<i title=\"{}\u{E000}1\u{E001}\">{}</i>",
                    call.name, call.name
                ))
            }
        }
        let file = SourceFile::from_text("d.md", "{{ a() }} {{ b() }}");
        let r = render(
            &file,
            0..file.text.len(),
            &Tricky,
            RawHtml::Trusted,
            &mut vec![],
        );
        assert_eq!(
            r.html,
            "<p><i title=\"a\u{E000}1\u{E001}\">a</i> <i title=\"b\u{E000}1\u{E001}\">b</i></p>\n"
        );
    }
}
