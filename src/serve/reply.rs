//! An answer to a request as the preview makes it, before its script is added to HTML: a
//! status, the content type its file name implies, and the bytes shared with the page cache.

use std::sync::Arc;

/// A rendered page or file, shared between the cache and the requests.
pub type Body = Arc<[u8]>;

/// An answer to a request, before the preview's script is added to HTML.
pub struct Reply {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Body,
}

impl Reply {
    pub(super) fn ok(path: &str, body: Body) -> Reply {
        Reply {
            status: 200,
            content_type: content_type(path),
            body,
        }
    }

    pub fn is_html(&self) -> bool {
        self.content_type.starts_with("text/html")
    }
}

pub(super) fn content_type(path: &str) -> &'static str {
    match path.rsplit_once('.').map_or("", |(_, ext)| ext) {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "woff2" => "font/woff2",
        "ttf" => "font/ttf",
        "json" => "application/json",
        "csv" => "text/csv; charset=utf-8",
        "xml" => "application/xml",
        "txt" => "text/plain; charset=utf-8",
        "pdf" => "application/pdf",
        "ico" => "image/x-icon",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_served_as_its_name_says() {
        assert_eq!(
            content_type("to-chuc/index.html"),
            "text/html; charset=utf-8"
        );
        assert_eq!(content_type("bieu-do/ty-le.svg"), "image/svg+xml");
        assert_eq!(
            content_type("2020-2025-chi-tieu.csv"),
            "text/csv; charset=utf-8"
        );
        // No extension, or one the site never writes: bytes, not a page.
        assert_eq!(content_type("README"), "application/octet-stream");
        assert_eq!(content_type("a.exe"), "application/octet-stream");
    }
}
