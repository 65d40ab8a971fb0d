//! A document's `aliases`: the addresses it was published at before (another file name,
//! another site's layout). Each becomes a small redirect page, so old links and citations keep
//! working. An alias is an address inside the site, relative to `base_url`; it may never lead
//! out of the output folder.

use crate::messages::Message;
use crate::msg;

/// Why an alias was refused: what is wrong and how to write it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    pub message: Message,
    pub hint: Message,
}

/// The alias as a route: `"/van-ban/bao-cao-2020.html"` → `van-ban/bao-cao-2020.html`,
/// `"/van-ban/cu/"` and `"/van-ban/cu"` → `van-ban/cu/` (a folder's page is its `index.html`).
pub fn parse_alias(text: &str) -> Result<String, Refused> {
    let refuse = |message: Message, hint: Message| Err(Refused { message, hint });
    if text.contains("://") || text.starts_with("//") {
        return refuse(
            msg!("load-alias-other-site", alias = text),
            msg!("load-alias-other-site-hint"),
        );
    }
    if text.contains('\\') {
        return refuse(
            msg!("load-alias-backslash", alias = text),
            msg!("load-alias-backslash-hint"),
        );
    }
    if text.contains(['?', '#']) {
        return refuse(
            msg!("load-alias-query", alias = text),
            msg!("load-alias-query-hint"),
        );
    }
    let path = text.strip_prefix('/').unwrap_or(text);
    if path.is_empty() {
        return refuse(msg!("load-alias-home"), msg!("load-alias-home-hint"));
    }
    let folder = path.ends_with('/');
    let segments: Vec<&str> = path.trim_end_matches('/').split('/').collect();
    for segment in &segments {
        if segment.is_empty() || *segment == "." || *segment == ".." {
            return refuse(
                msg!("load-alias-dot-part", alias = text),
                msg!("load-alias-dot-part-hint"),
            );
        }
        if let Some(bad) = segment
            .chars()
            .find(|c| !(c.is_ascii_alphanumeric() || "-._~".contains(*c)))
        {
            return refuse(
                msg!(
                    "load-alias-character",
                    alias = text,
                    character = bad.to_string()
                ),
                msg!("load-alias-character-hint"),
            );
        }
    }
    let last = segments.last().copied().unwrap_or_default();
    // A last part without an extension was a folder's address: its page is the index.html.
    if folder || !last.contains('.') {
        Ok(format!("{}/", segments.join("/")))
    } else {
        Ok(segments.join("/"))
    }
}

#[cfg(test)]
mod tests {
    use super::parse_alias;

    #[test]
    fn site_paths_become_routes() {
        assert_eq!(
            parse_alias("/van-ban/bao-cao-2020.html").unwrap(),
            "van-ban/bao-cao-2020.html"
        );
        assert_eq!(parse_alias("van-ban/cu/").unwrap(), "van-ban/cu/");
        assert_eq!(parse_alias("/van-ban/cu").unwrap(), "van-ban/cu/");
    }

    #[test]
    fn nothing_leads_out_of_the_site() {
        for bad in [
            "/../etc/passwd",
            "/a/../../b.html",
            "https://other.vn/x.html",
            "//other.vn/x.html",
            "C:\\site\\x.html",
            "/a//b.html",
            "/",
            "",
            "/x.html?id=3",
            "/tin tức/a.html",
            "C:/x.html",
        ] {
            assert!(parse_alias(bad).is_err(), "{bad} accepted");
        }
    }

    #[test]
    fn a_refusal_says_what_is_wrong_and_how_to_write_it() {
        let refused = parse_alias("https://other.vn/x.html").unwrap_err();
        assert_eq!(
            refused.message.vi(),
            "địa chỉ cũ \"https://other.vn/x.html\" là địa chỉ của một trang web khác"
        );
        assert_eq!(
            refused.message.en(),
            "alias \"https://other.vn/x.html\" is an address on another site"
        );
        let refused = parse_alias("/tức/a.html").unwrap_err();
        assert_eq!(
            refused.message.vi(),
            "địa chỉ cũ \"/tức/a.html\" có ký tự `ứ`"
        );
        assert!(refused.hint.vi().starts_with("chỉ dùng a-z, A-Z, 0-9"));
    }
}
