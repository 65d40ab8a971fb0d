//! One registry of every address the site writes — its pages, downloads, charts, originals,
//! theme and static files, and the search index's folder — against which the addresses drafters
//! choose themselves are checked before anything is written, the same way in build, check and
//! serve: an organisation's folder, a document's aliases and an organisation's old slugs. A
//! redirect must never replace a real page or file, nor an organisation's pages mix with the
//! site's own files.

use crate::diagnostics::Diagnostic;
use crate::diagnostics::source::Origin;
use crate::messages::Message;
use crate::model::Site;
use crate::msg;
use crate::plan::{Output, Page, Plan};
use crate::search::BUNDLE_DIR;
use std::collections::{BTreeMap, BTreeSet};

/// A redirect a drafter asked for: how messages name it, where it is written (the file is
/// whose old address it is), and how to mend it.
struct Claim<'a> {
    what: Message,
    origin: &'a Origin,
    hint: Message,
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
    fn taken(&self, path: &str, what: &Message) -> Option<Message> {
        if self.files.contains(path) {
            Some(msg!(
                "routes-taken-by-page",
                what = what.clone(),
                path = path
            ))
        } else if let Some(folder) = folders_of(path).find(|f| self.not_for_pages.contains(f)) {
            Some(msg!(
                "routes-in-own-folder",
                what = what.clone(),
                folder = folder
            ))
        } else if let Some(folder) =
            folders_of(path).find(|f| self.files.contains(f.trim_end_matches('/')))
        {
            Some(msg!(
                "routes-folder-over-file",
                what = what.clone(),
                file = folder.trim_end_matches('/')
            ))
        } else if self.folders.contains(&format!("{path}/")) {
            Some(msg!("routes-taken-by-folder", what = what.clone()))
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
                Diagnostic::error(msg!(
                    "routes-org-folder-reserved",
                    slug = &org.slug,
                    folder = &folder
                ))
                .at_origin(&org.slug_origin, &site.root)
                .hint(msg!(
                    "routes-org-folder-reserved-hint",
                    example = format!("dang-bo-{}", org.slug),
                    folders = top_level.join(", ")
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
                msg!("routes-alias-twice", what = what.clone(), first = *first),
                msg!("routes-alias-twice-hint"),
            ))
        } else {
            addresses
                .taken(&path, what)
                .map(|message| (message, claim.hint.clone()))
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
                what: msg!("routes-alias", route = route),
                origin,
                hint: msg!("routes-alias-hint"),
            })
        }
        Page::Moved { org, old, .. } => {
            let org = &site.orgs[org];
            let (old_slug, origin) = &org.old_slugs[old];
            Some(Claim {
                what: msg!(
                    "routes-old-slug",
                    slug = old_slug,
                    redirect = output.route.as_str()
                ),
                origin,
                hint: msg!("routes-old-slug-hint"),
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
