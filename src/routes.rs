//! One registry of every address the site writes — its pages, downloads, charts, originals,
//! theme and static files, and the search index's folder — against which the addresses drafters
//! choose themselves are checked before anything is written, the same way in build, check and
//! serve: an organisation's folder, a document's aliases and an organisation's old slugs. A
//! redirect must never replace a real page or file, nor an organisation's pages mix with the
//! site's own files.

use crate::diagnostics::Diagnostic;
use crate::diagnostics::source::Origin;
use crate::model::Site;
use crate::plan::{Output, Page, Plan};
use crate::search::BUNDLE_DIR;
use std::collections::{BTreeMap, BTreeSet};

/// A redirect a drafter asked for: how messages name it, where it is written (the file is
/// whose old address it is), and how to mend it.
struct Claim<'a> {
    what: String,
    origin: &'a Origin,
    hint: &'static str,
}

/// Every file the site writes but the drafters' redirects, and the folders they are in.
struct Addresses {
    files: BTreeSet<String>,
    folders: BTreeSet<String>,
    /// Folders whose every file another part writes, unknown until it does (`pagefind/`), and
    /// the folders of the theme's and the site's static files (`css/`, `js/`, `fonts/`).
    not_for_pages: BTreeSet<String>,
}

impl Addresses {
    fn of(site: &Site, plan: &Plan) -> Addresses {
        let statics = plan.static_files.iter().map(|(name, _)| name);
        let mut not_for_pages: BTreeSet<String> =
            statics.clone().flat_map(|f| folders_of(f)).collect();
        if site.config.search.enabled {
            not_for_pages.insert(format!("{BUNDLE_DIR}/"));
        }
        let files: BTreeSet<String> = plan
            .outputs()
            .filter(|o| claim(site, o).is_none())
            .map(|o| o.route.output_path())
            .chain(statics.cloned())
            .collect();
        let mut folders: BTreeSet<String> = files.iter().flat_map(|f| folders_of(f)).collect();
        folders.extend(not_for_pages.iter().cloned());
        Addresses {
            files,
            folders,
            not_for_pages,
        }
    }

    /// Why a redirect cannot be written at `path` (a page, file or folder is there), if it
    /// cannot.
    fn taken(&self, path: &str, what: &str) -> Option<String> {
        if self.files.contains(path) {
            Some(format!(
                "{what} is the address of a page of the site ({path})"
            ))
        } else if let Some(folder) = folders_of(path).find(|f| self.not_for_pages.contains(f)) {
            Some(format!(
                "{what} lies in {folder}, a folder of the site's own files"
            ))
        } else if let Some(folder) =
            folders_of(path).find(|f| self.files.contains(f.trim_end_matches('/')))
        {
            Some(format!(
                "{what} would put a folder where the file {} is",
                folder.trim_end_matches('/')
            ))
        } else if self.folders.contains(&format!("{path}/")) {
            Some(format!("{what} is a folder of the site"))
        } else {
            None
        }
    }

    fn add(&mut self, path: String) {
        self.folders.extend(folders_of(&path));
        self.files.insert(path);
    }
}

/// An error at each organisation whose folder is one of the site's own (`css/`, `pagefind/`),
/// and at each alias or old slug whose redirect collides with a page, a file, a folder or
/// another redirect (one per old slug, however many of its pages collide).
pub fn check_addresses(site: &Site, plan: &Plan) -> Vec<Diagnostic> {
    let mut addresses = Addresses::of(site, plan);
    let mut diagnostics = Vec::new();
    let top_level: Vec<&str> = addresses
        .not_for_pages
        .iter()
        .filter(|f| f.matches('/').count() == 1)
        .map(String::as_str)
        .collect();
    for org in &site.orgs {
        let folder = format!("{}/", org.slug);
        if addresses.not_for_pages.contains(&folder) {
            diagnostics.push(
                Diagnostic::error(format!(
                    "the organisation's folder `{}` is a folder of the site's own files ({folder})",
                    org.slug
                ))
                .at_origin(&org.slug_origin, &site.root)
                .hint(format!(
                    "rename the folder and its slug, e.g. to `dang-bo-{}`; {} hold the site's styles, scripts, fonts and search index",
                    org.slug,
                    top_level.join(", ")
                )),
            );
        }
    }
    let mut refused: BTreeSet<(&str, usize)> = BTreeSet::new();
    let mut redirects: BTreeMap<String, &str> = BTreeMap::new();
    for output in plan.outputs() {
        let Some(claim) = claim(site, output) else {
            continue;
        };
        let path = output.route.output_path();
        let what = &claim.what;
        let problem = if let Some(first) = redirects.get(&path) {
            Some((
                format!("{what} is also an alias of {first}"),
                "one old address can lead to one page only; remove one of the two",
            ))
        } else {
            addresses
                .taken(&path, what)
                .map(|message| (message, claim.hint))
        };
        match problem {
            Some((message, hint)) => {
                if refused.insert((&claim.origin.file, claim.origin.span.start)) {
                    diagnostics.push(
                        Diagnostic::error(message)
                            .at_origin(claim.origin, &site.root)
                            .hint(hint),
                    );
                }
            }
            None => {
                redirects.insert(path.clone(), &claim.origin.file);
                addresses.add(path);
            }
        }
    }
    diagnostics
}

/// The redirect a drafter asked for at this output, if it is one.
fn claim<'a>(site: &'a Site, output: &Output) -> Option<Claim<'a>> {
    match output.page {
        Page::Redirect { org, doc, alias } => {
            let doc = &site.orgs[org].documents[doc];
            let (route, origin) = &doc.front.aliases[alias];
            Some(Claim {
                what: format!("alias \"/{route}\""),
                origin,
                hint: "an alias is an old address no page uses any more; remove it, or choose the old address it really had",
            })
        }
        Page::Moved { org, old, .. } => {
            let org = &site.orgs[org];
            let (old_slug, origin) = &org.old_slugs[old];
            Some(Claim {
                what: format!(
                    "old slug \"{old_slug}\" (its redirect /{})",
                    output.route.as_str()
                ),
                origin,
                hint: "an old slug is a folder name no page of the site uses any more; remove it from old_slugs",
            })
        }
        _ => None,
    }
}

/// The folders a path sits in: `a/b/c.html` → `a/`, `a/b/`.
fn folders_of(path: &str) -> impl Iterator<Item = String> + '_ {
    path.match_indices('/').map(|(i, _)| path[..=i].to_owned())
}

#[cfg(test)]
mod tests {
    use super::folders_of;

    #[test]
    fn folders_of_a_path() {
        assert_eq!(folders_of("a/b/c.html").collect::<Vec<_>>(), ["a/", "a/b/"]);
        assert_eq!(folders_of("c.html").count(), 0);
    }
}
