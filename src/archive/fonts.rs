//! An archive's style sheet carries its fonts inside it. Opened from disk (`file://`), a page
//! may not load a font from another folder: Firefox refuses any file outside the page's own
//! folder, and a font is fetched as a cross-origin request, which `file://` cannot make. A
//! `data:` address has no origin, so Vietnamese text keeps its font in any browser, offline.

use crate::plan::route::join_relative;
use base64::Engine;
use base64::prelude::BASE64_STANDARD;
use std::collections::BTreeMap;

/// Font files by site path ("fonts/NotoSans-Regular.woff2") → their bytes.
pub type Fonts = BTreeMap<String, Vec<u8>>;

/// Whether a static file is a web font, to be inlined.
pub fn is_font(path: &str) -> bool {
    media_type(path).is_some()
}

fn media_type(path: &str) -> Option<&'static str> {
    let extension = path.rsplit_once('.')?.1;
    match extension {
        "woff2" => Some("font/woff2"),
        "woff" => Some("font/woff"),
        "ttf" => Some("font/ttf"),
        "otf" => Some("font/otf"),
        _ => None,
    }
}

/// The style sheet at site path `css_path` with each `url(…)` naming one of `fonts` replaced
/// by a `data:` address holding it. Other addresses are left as they are.
pub fn inline(css: &[u8], css_path: &str, fonts: &Fonts) -> Vec<u8> {
    let Ok(text) = std::str::from_utf8(css) else {
        return css.to_vec();
    };
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("url(") {
        let open = start + "url(".len();
        let Some(length) = rest[open..].find(')') else {
            break;
        };
        let written = &rest[open..open + length];
        out.push_str(&rest[..open]);
        let address = written.trim().trim_matches(['"', '\'']);
        match font(css_path, address, fonts) {
            Some((media_type, bytes)) => {
                out.push_str(&format!(
                    "\"data:{media_type};base64,{}\"",
                    BASE64_STANDARD.encode(bytes)
                ));
            }
            None => out.push_str(written),
        }
        rest = &rest[open + length..];
    }
    out.push_str(rest);
    out.into_bytes()
}

/// The font a relative `address` names from the style sheet at `css_path`, if it is one of
/// `fonts`.
fn font<'f>(css_path: &str, address: &str, fonts: &'f Fonts) -> Option<(&'static str, &'f [u8])> {
    let path = join_relative(css_path, address)?;
    let bytes = fonts.get(&path)?;
    Some((media_type(&path)?, bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fonts_named_by_the_style_sheet_go_inside_it() {
        let fonts = Fonts::from([
            ("fonts/A.woff2".to_owned(), b"woff2".to_vec()),
            ("fonts/B.ttf".to_owned(), b"ttf".to_vec()),
        ]);
        let css = br#"@font-face { src: url("../fonts/A.woff2") format("woff2"); }
@font-face { src: url( '../fonts/B.ttf' ); }
.logo { background: url(../img/logo.png); }
@font-face { src: url("../fonts/Missing.woff2"); }"#;
        let inlined = String::from_utf8(inline(css, "css/site.css", &fonts)).unwrap();
        assert_eq!(
            inlined,
            r#"@font-face { src: url("data:font/woff2;base64,d29mZjI=") format("woff2"); }
@font-face { src: url("data:font/ttf;base64,dHRm"); }
.logo { background: url(../img/logo.png); }
@font-face { src: url("../fonts/Missing.woff2"); }"#
        );
    }
}
