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

/// The local link `event` starts, if any. `span` is where the parser found it.
pub(super) fn local_link(event: &Event, span: Range<usize>) -> Option<LocalLink> {
    let (Event::Start(Tag::Link { dest_url, .. }) | Event::Start(Tag::Image { dest_url, .. })) =
        event
    else {
        return None;
    };
    is_local(dest_url).then(|| LocalLink {
        address: dest_url.to_string(),
        span,
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
    /// For each call: where its marker ends in the parsed Markdown, and how many bytes longer
    /// the call is than its marker (negative when shorter).
    shifts: Vec<(usize, isize)>,
}

impl MarkerOffsets {
    pub(super) fn new(calls: &[Call], marker_len: impl Fn(usize) -> usize) -> MarkerOffsets {
        let mut shift = 0isize;
        let shifts = calls
            .iter()
            .enumerate()
            .map(|(index, call)| {
                let marker = marker_len(index);
                let marker_end = (call.span.start as isize - shift) as usize + marker;
                shift += call.span.len() as isize - marker as isize;
                (marker_end, shift)
            })
            .collect();
        MarkerOffsets { shifts }
    }

    /// The text's offset for `offset` of the parsed Markdown (outside markers).
    pub(super) fn to_text(&self, offset: usize) -> usize {
        let before = self.shifts.partition_point(|&(end, _)| end <= offset);
        let shift = before.checked_sub(1).map_or(0, |i| self.shifts[i].1);
        (offset as isize + shift) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
