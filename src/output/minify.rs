//! `--minify`: smaller HTML (minify-html) and CSS (lightningcss) for hosts that pay by the byte.
//! Closing tags and the `<html>`/`<head>` tags are kept, so every page stays valid HTML.

use lightningcss::stylesheet::{MinifyOptions, ParserOptions, PrinterOptions, StyleSheet};

/// `bytes` minified when `path` names HTML or CSS; anything else, or CSS that does not parse,
/// as it was.
pub fn minify(path: &str, bytes: &[u8]) -> Vec<u8> {
    if path.ends_with(".html") {
        html(bytes)
    } else if path.ends_with(".css") {
        std::str::from_utf8(bytes)
            .ok()
            .and_then(css)
            .map_or_else(|| bytes.to_vec(), String::into_bytes)
    } else {
        bytes.to_vec()
    }
}

fn html(bytes: &[u8]) -> Vec<u8> {
    let cfg = minify_html::Cfg {
        keep_closing_tags: true,
        keep_html_and_head_opening_tags: true,
        minify_css: true,
        minify_js: true,
        ..minify_html::Cfg::default()
    };
    minify_html::minify(bytes, &cfg)
}

fn css(text: &str) -> Option<String> {
    let mut sheet = StyleSheet::parse(text, ParserOptions::default()).ok()?;
    sheet.minify(MinifyOptions::default()).ok()?;
    let printed = sheet
        .to_css(PrinterOptions {
            minify: true,
            ..PrinterOptions::default()
        })
        .ok()?;
    Some(printed.code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_and_css_shrink_and_keep_their_text() {
        let page = "<!doctype html>\n<html lang=\"vi\">\n<head>\n<title>Báo cáo</title>\n</head>\n<body>\n  <p>Tỷ lệ   đảng viên: <b>58,6%</b></p>\n</body>\n</html>\n";
        let small = String::from_utf8(minify("a/index.html", page.as_bytes())).unwrap();
        assert!(small.len() < page.len());
        assert!(small.contains("<b>58,6%</b>") && small.contains("</p>"));
        let css = "body {\n  color: #ff0000;\n  margin: 0px;\n}\n";
        let small = String::from_utf8(minify("css/site.css", css.as_bytes())).unwrap();
        assert_eq!(small, "body{color:red;margin:0}");
        assert_eq!(minify("x.png", b"\x89PNG"), b"\x89PNG");
    }
}
