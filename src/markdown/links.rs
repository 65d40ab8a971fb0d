//! The links a document makes to its own site: relative addresses, with where they are written.

use super::shortcode::Call;
use pulldown_cmark::{Event, Tag};
use std::ops::Range;

/// A link or image whose address is relative (`../2015-2020/bao-cao.html`, `files/to-trinh.pdf`):
/// one the site itself must hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalLink {
    pub address: String,
    /// Where the link is written, in the text given to [`super::render`].
    pub span: Range<usize>,
}

/// The local link `event` starts, if any: `span` is where the parser found it, which
/// `located` turns into the text's offsets.
pub(super) fn local_link(
    event: &Event,
    span: Range<usize>,
    located: impl Fn(Range<usize>) -> Range<usize>,
) -> Option<LocalLink> {
    let (Event::Start(Tag::Link { dest_url, .. }) | Event::Start(Tag::Image { dest_url, .. })) =
        event
    else {
        return None;
    };
    is_local(dest_url).then(|| LocalLink {
        address: dest_url.to_string(),
        span: located(span),
    })
}

/// Relative to the page: not another site (a scheme, `//host`), not the portal's root (`/…`),
/// not a place on the same page (`#…`).
fn is_local(address: &str) -> bool {
    let scheme = address
        .split_once(':')
        .is_some_and(|(scheme, _)| valid_scheme(scheme));
    !(address.is_empty() || scheme || address.starts_with(['/', '#', '?']))
}

fn valid_scheme(scheme: &str) -> bool {
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

/// Maps offsets in the Markdown the parser read (each call replaced by its marker) back to the
/// text the calls were found in.
pub(super) struct MarkerOffsets {
    /// For each call: where its marker starts and ends in the parsed Markdown, where the call
    /// starts in the text, and how many bytes the text is ahead after it.
    markers: Vec<Marker>,
}

struct Marker {
    start: usize,
    end: usize,
    call_start: usize,
    shift_after: isize,
}

impl MarkerOffsets {
    pub(super) fn new(calls: &[Call], marker_len: impl Fn(usize) -> usize) -> MarkerOffsets {
        let mut shift = 0isize;
        let markers = calls
            .iter()
            .enumerate()
            .map(|(index, call)| {
                let start = (call.span.start as isize - shift) as usize;
                let end = start + marker_len(index);
                shift += call.span.len() as isize - (end - start) as isize;
                Marker {
                    start,
                    end,
                    call_start: call.span.start,
                    shift_after: shift,
                }
            })
            .collect();
        MarkerOffsets { markers }
    }

    /// The text's offset for `offset` of the parsed Markdown; inside a marker, its call's start.
    pub(super) fn to_text(&self, offset: usize) -> usize {
        let after = self.markers.partition_point(|m| m.end <= offset);
        if let Some(marker) = self.markers.get(after).filter(|m| m.start < offset) {
            return marker.call_start;
        }
        let shift = after
            .checked_sub(1)
            .map_or(0, |i| self.markers[i].shift_after);
        (offset as isize + shift) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markdown::shortcode::find_calls;

    #[test]
    fn offsets_after_markers_map_back_to_the_text() {
        // Calls of 9 and 14 bytes become markers of 4 and 5 bytes.
        let text = "ab{{ x() }}cd{{ y(a=\"1\") }}ef";
        let (calls, errors) = find_calls(text, &[]);
        assert!(errors.is_empty() && calls.len() == 2);
        let lengths = [4, 5];
        let offsets = MarkerOffsets::new(&calls, |i| lengths[i]);
        // Parsed: "ab" [0..2], marker [2..6], "cd" [6..8], marker [8..13], "ef" [13..15].
        assert_eq!(offsets.to_text(1), 1);
        assert_eq!(offsets.to_text(2), 2);
        assert_eq!(offsets.to_text(4), 2, "inside a marker: the call's start");
        assert_eq!(offsets.to_text(6), text.find("cd").unwrap());
        assert_eq!(offsets.to_text(10), text.find("{{ y").unwrap());
        assert_eq!(offsets.to_text(13), text.find("ef").unwrap());
        assert_eq!(offsets.to_text(15), text.len());
    }

    #[test]
    fn local_means_relative_to_the_page() {
        for local in [
            "../2015-2020/bao-cao.html",
            "files/to-trinh.pdf",
            "bao-cao.html#muc-1",
            "./",
            "..",
        ] {
            assert!(is_local(local), "{local}");
        }
        for other in [
            "",
            "https://x.vn/",
            "mailto:vp@x.vn",
            "tel:+84",
            "//cdn.x.vn/a.js",
            "/tin-tuc/",
            "#muc-1",
            "?q=1",
            "javascript:alert(1)",
        ] {
            assert!(!is_local(other), "{other}");
        }
    }
}
