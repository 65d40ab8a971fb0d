//! A document's `aliases`: the addresses it was published at before (another file name,
//! another site's layout). Each becomes a small redirect page, so old links and citations keep
//! working. An alias is an address inside the site, relative to `base_url`; it may never lead
//! out of the output folder.

/// Why an alias was refused: what is wrong and how to write it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    pub message: String,
    pub hint: String,
}

const EXAMPLE: &str =
    "write the old address relative to the site, e.g. \"/van-ban/bao-cao-2020.html\"";

/// The alias as a route: `"/van-ban/bao-cao-2020.html"` → `van-ban/bao-cao-2020.html`,
/// `"/van-ban/cu/"` and `"/van-ban/cu"` → `van-ban/cu/` (a folder's page is its `index.html`).
pub fn parse_alias(text: &str) -> Result<String, Refused> {
    let refuse = |message: String, hint: &str| {
        Err(Refused {
            message,
            hint: hint.to_owned(),
        })
    };
    if text.contains("://") || text.starts_with("//") {
        return refuse(
            format!("alias \"{text}\" is an address on another site"),
            "an alias is an old address of this site: write its path, e.g. \"/van-ban/bao-cao-2020.html\" (relative to base_url)",
        );
    }
    if text.contains('\\') {
        return refuse(
            format!("alias \"{text}\" contains a backslash"),
            "web addresses use /, e.g. \"/van-ban/bao-cao-2020.html\"",
        );
    }
    if text.contains(['?', '#']) {
        return refuse(
            format!("alias \"{text}\" has a query or a fragment"),
            "a static site cannot answer ?… or #… addresses; write the path alone",
        );
    }
    let path = text.strip_prefix('/').unwrap_or(text);
    if path.is_empty() {
        return refuse(
            "an alias cannot be the site's home page".to_owned(),
            EXAMPLE,
        );
    }
    let folder = path.ends_with('/');
    let segments: Vec<&str> = path.trim_end_matches('/').split('/').collect();
    for segment in &segments {
        if segment.is_empty() || *segment == "." || *segment == ".." {
            return refuse(
                format!("alias \"{text}\" has an empty, `.` or `..` part"),
                "an alias stays inside the site: no //, ./ or ../ in it",
            );
        }
        if let Some(bad) = segment
            .chars()
            .find(|c| !(c.is_ascii_alphanumeric() || "-._~".contains(*c)))
        {
            return refuse(
                format!("alias \"{text}\" contains `{bad}`"),
                "write old addresses with a-z, A-Z, 0-9, -, ., _ and ~ (a Vietnamese letter or a space cannot be a file name on every host)",
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
}
