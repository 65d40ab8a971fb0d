//! Every file a build writes, to check the links documents make to their own site.

use crate::diagnostics::Diagnostic;
use crate::diagnostics::source::SourceFile;
use crate::markdown::links::LocalLink;
use crate::msg;
use crate::plan::Plan;
use crate::plan::route::{Route, join_relative};
use std::collections::HashSet;
use std::hash::{BuildHasher, BuildHasherDefault, DefaultHasher};

/// The site paths of the pages and files of one build ("org/2020-2025/index.html"), kept as
/// 64-bit hashes: at 50,000 term pages the paths themselves would take 60 MB, and a collision
/// (one in billions) could only hide one warning.
pub struct SitePaths(HashSet<u64>);

/// Hashes with fixed keys: the same path gives the same hash in every set.
const HASHER: BuildHasherDefault<DefaultHasher> = BuildHasherDefault::new();

impl SitePaths {
    pub fn new(plan: &Plan) -> SitePaths {
        let pages = plan.outputs().map(|output| output.route.output_path());
        let files = plan.static_files.iter().map(|(name, _)| name.clone());
        SitePaths(
            pages
                .chain(files)
                .map(|path| HASHER.hash_one(path))
                .collect(),
        )
    }

    /// A warning for each link of `page` (written in `file`) that leads to nothing the site holds.
    pub fn check(&self, page: &Route, links: &[LocalLink], file: &SourceFile) -> Vec<Diagnostic> {
        links
            .iter()
            .filter_map(|link| {
                let message = match resolve(page, &link.address) {
                    None => msg!("render-link-outside-site", address = &link.address),
                    Some(path) if self.holds(&path) => return None,
                    Some(path) => msg!("render-link-missing", address = &link.address, path = path),
                };
                Some(
                    Diagnostic::warning(message)
                        .at(file, link.span.clone())
                        .hint(msg!("render-link-hint", page = page.as_str())),
                )
            })
            .collect()
    }

    /// The path itself, or the folder's page for a folder written without its `/`.
    fn holds(&self, path: &str) -> bool {
        self.0.contains(&HASHER.hash_one(path))
            || self
                .0
                .contains(&HASHER.hash_one(format!("{path}/index.html")))
    }
}

/// The site path `address` names from `page`, with its `?query` and `#fragment` left off and
/// `%XX` decoded; `None` when it climbs above the site.
fn resolve(page: &Route, address: &str) -> Option<String> {
    let address = address.split(['#', '?']).next().unwrap_or_default();
    let address = percent_encoding::percent_decode_str(address).decode_utf8_lossy();
    if address.is_empty() {
        return Some(page.output_path());
    }
    let path = join_relative(page.as_str(), &address)?;
    let last = address.rsplit('/').next().unwrap_or_default();
    if !matches!(last, "" | "." | "..") {
        return Some(path);
    }
    Some(match path.is_empty() {
        true => "index.html".into(),
        false => format!("{path}/index.html"),
    })
}

#[cfg(test)]
mod tests {
    use super::{SitePaths, resolve};
    use crate::diagnostics::source::SourceFile;
    use crate::markdown::links::LocalLink;
    use crate::plan::route::Route;
    use std::collections::HashSet;

    #[test]
    fn a_link_to_nothing_is_a_warning_in_the_drafters_words() {
        let page = &Route::file("to-chuc/2020-2025/bao-cao.html");
        let file = SourceFile::from_text("bao-cao.md", "[x](files/a.pdf) [y](../../../b.html)");
        let link = |address: &str, at: usize| LocalLink {
            address: address.into(),
            span: at..at + 1,
        };
        let links = [link("files/a.pdf", 0), link("../../../b.html", 17)];
        let warnings = SitePaths(HashSet::new()).check(page, &links, &file);
        assert_eq!(
            warnings[0].message.vi(),
            "liên kết `files/a.pdf` dẫn tới to-chuc/2020-2025/files/a.pdf, trang web không có tệp này"
        );
        assert_eq!(
            warnings[1].message.vi(),
            "liên kết `../../../b.html` dẫn ra ngoài trang web"
        );
        let hint = warnings[0].hint.as_ref().unwrap().vi();
        assert!(
            hint.starts_with("viết địa chỉ tính từ trang này (/to-chuc/2020-2025/bao-cao.html)"),
            "{hint}"
        );
    }

    #[test]
    fn addresses_resolve_from_the_page() {
        let page = &Route::file("to-chuc/2020-2025/bao-cao.html");
        let cases = [
            (
                "../2015-2020/bao-cao.html",
                "to-chuc/2015-2020/bao-cao.html",
            ),
            ("files/to-trinh.pdf", "to-chuc/2020-2025/files/to-trinh.pdf"),
            ("./chi-tieu.csv#dong-2", "to-chuc/2020-2025/chi-tieu.csv"),
            ("../", "to-chuc/index.html"),
            ("..", "to-chuc/index.html"),
            ("../../", "index.html"),
            ("../../tim-kiem.html?q=dang", "tim-kiem.html"),
            (
                "files/t%E1%BB%9D-tr%C3%ACnh.pdf",
                "to-chuc/2020-2025/files/tờ-trình.pdf",
            ),
            ("", "to-chuc/2020-2025/bao-cao.html"),
        ];
        for (address, path) in cases {
            assert_eq!(resolve(page, address).as_deref(), Some(path), "{address}");
        }
        assert_eq!(resolve(page, "../../../etc/passwd"), None);
        assert_eq!(
            resolve(&Route::home(), "bao-cao.html").as_deref(),
            Some("bao-cao.html")
        );
    }
}
