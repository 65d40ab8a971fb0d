//! Every output at an address of its own. Documents' aliases and organisations' old slugs
//! are the only addresses drafters choose themselves, so the redirects they make are checked
//! against every page and file of the site and against each other before anything is written:
//! a redirect must never replace a real page.

use crate::diagnostics::Diagnostic;
use crate::model::Site;
use crate::plan::{Output, Page, Plan};
use crate::search::BUNDLE_DIR;
use crate::source::Origin;
use std::collections::{BTreeMap, BTreeSet};

/// A redirect a drafter asked for: how messages name it, where it is written (the file is
/// whose old address it is), and how to mend it.
struct Claim<'a> {
    what: String,
    origin: &'a Origin,
    hint: &'static str,
}

/// An error at each alias or old slug whose redirect collides with a page, a file, a folder
/// or another redirect (one per old slug, however many of its pages collide).
pub fn check_aliases(site: &Site, plan: &Plan) -> Vec<Diagnostic> {
    let mut files: BTreeSet<String> = plan
        .outputs()
        .filter(|o| claim(site, o).is_none())
        .map(|o| o.route.output_path())
        .chain(plan.static_files.iter().map(|(name, _)| name.clone()))
        .collect();
    let mut folders: BTreeSet<String> = files.iter().flat_map(|f| folders_of(f)).collect();
    if site.config.search.enabled {
        folders.insert(format!("{BUNDLE_DIR}/"));
    }
    let mut diagnostics = Vec::new();
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
        } else if files.contains(&path) {
            Some((
                format!("{what} is the address of a page of the site ({path})"),
                claim.hint,
            ))
        } else if let Some(folder) =
            folders_of(&path).find(|f| files.contains(f.trim_end_matches('/')))
        {
            Some((
                format!(
                    "{what} would put a folder where the file {} is",
                    folder.trim_end_matches('/')
                ),
                claim.hint,
            ))
        } else if folders.contains(&format!("{path}/")) {
            Some((format!("{what} is a folder of the site"), claim.hint))
        } else {
            None
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
                folders.extend(folders_of(&path));
                files.insert(path);
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
