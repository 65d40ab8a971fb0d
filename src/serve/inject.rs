//! What the preview adds to the HTML it serves — and `build` never writes: a script that reloads
//! the page when the site changes, and the site's current errors over the page.

use crate::diagnostics::Diagnostic;
use crate::html::escape;
use crate::messages::Catalogue;
use crate::msg;

/// Where the page listens for changes (server-sent events).
pub const EVENTS_PATH: &str = "/__nhiemky/events";

/// `html` with the reload script and, when there are errors, the overlay listing them, both
/// put just before `</body>`. The overlay speaks to the drafter, in `catalogue`'s language
/// (not the site's).
pub fn inject(html: &[u8], errors: &[Diagnostic], catalogue: &Catalogue) -> Vec<u8> {
    let mut added = String::new();
    if !errors.is_empty() {
        added.push_str(&overlay(errors, catalogue));
    }
    // `data-nhiemky-live` on <html> says the page is listening (a browser test waits for it).
    added.push_str(&format!(
        "<script>(function(){{var s=new EventSource(\"{EVENTS_PATH}\");s.onopen=function(){{document.documentElement.dataset.nhiemkyLive=\"\"}};s.addEventListener(\"reload\",function(){{location.reload()}})}})();</script>\n"
    ));
    let at = find_last(html, b"</body>").unwrap_or(html.len());
    let mut out = Vec::with_capacity(html.len() + added.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(added.as_bytes());
    out.extend_from_slice(&html[at..]);
    out
}

/// Each error as the terminal shows it (message, file:line:column, the source line, the hint).
fn overlay(errors: &[Diagnostic], catalogue: &Catalogue) -> String {
    let mut out = format!("<div lang=\"{}\"", catalogue.lang().code());
    out.push_str(
        " id=\"nhiemky-loi\" role=\"alert\" style=\"position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;z-index:2147483647;background:#fff8f7;color:#1d1d1f;border-top:4px solid #9c1b14;padding:1rem 1.5rem;font:15px/1.5 'Noto Sans',sans-serif;box-shadow:0 -4px 16px rgba(0,0,0,.25)\">",
    );
    out.push_str(&format!(
        "<strong style=\"color:#9c1b14;font-size:1.1rem\">{}</strong><p style=\"margin:.3rem 0 .7rem\">{}</p>",
        escape(&catalogue.text(&msg!("serve-overlay-title", count = errors.len()))),
        escape(&catalogue.text(&msg!("serve-overlay-note")))
    ));
    for error in errors {
        out.push_str(
            "<pre style=\"white-space:pre-wrap;font:13px/1.45 Consolas,'Liberation Mono','Courier New',monospace;background:#fff;border:1px solid #e5c9c6;padding:.6rem .8rem;margin:0 0 .6rem\">",
        );
        out.push_str(&escape(&error.text(catalogue)));
        out.push_str("</pre>");
    }
    out.push_str("</div>\n");
    out
}

fn find_last(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .rposition(|window| window.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_goes_before_the_body_ends() {
        let page = inject(
            b"<html><body><p>x</p></body></html>",
            &[],
            &Catalogue::new(crate::messages::Lang::En),
        );
        let page = String::from_utf8(page).unwrap();
        assert!(page.starts_with("<html><body><p>x</p><script>"));
        assert!(page.ends_with("</script>\n</body></html>"));
        assert!(page.contains(EVENTS_PATH));
        assert!(!page.contains("nhiemky-loi"));
    }

    #[test]
    fn errors_are_shown_escaped_with_their_place() {
        let error = Diagnostic::error(msg!("build-output-is-a-file", path = "<x>")).at_path(
            "content/a/data.toml",
            3,
            5,
        );
        let page = inject(
            b"<body></body>",
            &[error],
            &Catalogue::new(crate::messages::Lang::En),
        );
        let page = String::from_utf8(page).unwrap();
        assert!(page.contains("The preview has errors (1)"));
        assert!(page.contains("&lt;x&gt; exists and is not a folder"));
        assert!(page.contains("content/a/data.toml:3:5"));
    }

    #[test]
    fn the_overlay_speaks_the_drafters_language() {
        let errors = vec![Diagnostic::error(msg!("serve-stopped")); 1826];
        let page = inject(
            b"<body></body>",
            &errors,
            &Catalogue::new(crate::messages::Lang::Vi),
        );
        let page = String::from_utf8(page).unwrap();
        assert!(page.contains("<div lang=\"vi\" id=\"nhiemky-loi\""));
        assert!(page.contains("Bản xem trước có lỗi (1.826)"), "{page}");
        assert!(page.contains("Sửa tệp và lưu lại: thông báo này tự biến mất."));
    }
}
