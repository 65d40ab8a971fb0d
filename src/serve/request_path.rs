//! From a request's URL path to the site file it names, refusing anything that could leave the
//! site: `..` (also percent-encoded), backslashes, NUL, absolute paths in disguise.

use percent_encoding::percent_decode_str;

#[derive(Debug, PartialEq, Eq)]
pub enum Requested {
    /// A site file, relative to the site root: `index.html`, `org/2020-2025/index.html`.
    File(String),
    /// A folder asked for without its slash: answered with a redirect to `…/`.
    Folder(String),
    /// Not a path of the site: refused.
    Refused,
}

/// The URL path (without query) as a site file. `/` and folders (`/org/`) name their
/// `index.html`; a last segment without a dot is taken for a folder.
pub fn site_file(url_path: &str) -> Requested {
    let Ok(decoded) = percent_decode_str(url_path).decode_utf8() else {
        return Requested::Refused;
    };
    let Some(relative) = decoded.strip_prefix('/') else {
        return Requested::Refused;
    };
    if relative.contains(['\\', '\0']) || relative.starts_with('/') {
        return Requested::Refused;
    }
    let segments: Vec<&str> = relative.split('/').collect();
    let (last, folders) = segments
        .split_last()
        .expect("split yields at least one part");
    if folders
        .iter()
        .any(|s| s.is_empty() || *s == "." || *s == "..")
        || *last == "."
        || *last == ".."
    {
        return Requested::Refused;
    }
    if last.is_empty() {
        Requested::File(format!("{relative}index.html"))
    } else if last.contains('.') {
        Requested::File(relative.to_owned())
    } else {
        Requested::Folder(format!("/{relative}/"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str) -> Requested {
        Requested::File(path.into())
    }

    #[test]
    fn folders_name_their_index() {
        assert_eq!(site_file("/"), file("index.html"));
        assert_eq!(site_file("/org/"), file("org/index.html"));
        assert_eq!(
            site_file("/org/2020-2025/bao-cao.html"),
            file("org/2020-2025/bao-cao.html")
        );
        assert_eq!(site_file("/org"), Requested::Folder("/org/".into()));
    }

    #[test]
    fn encoded_names_are_decoded() {
        assert_eq!(site_file("/t%C3%AAn.html"), file("tên.html"));
    }

    #[test]
    fn ways_out_of_the_site_are_refused() {
        for path in [
            "/../config.toml",
            "/org/../../etc/passwd",
            "/%2e%2e/config.toml",
            "/org/%2E%2E/%2e%2e/x.html",
            "/..",
            "//etc/passwd",
            "/org\\..\\x.html",
            "/a%00.html",
            "/%ff.html",
            "relative.html",
            "/org//x.html",
        ] {
            assert_eq!(site_file(path), Requested::Refused, "{path}");
        }
    }
}
