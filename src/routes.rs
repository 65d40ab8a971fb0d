//! Every output at an address of its own. Documents' aliases are the only addresses drafters
//! write themselves, so they are checked against every page and file of the site and against
//! each other before anything is written: a redirect must never replace a real page.

use crate::diagnostics::Diagnostic;
use crate::model::Site;
use crate::plan::{Page, Plan};
use crate::search::BUNDLE_DIR;
use std::collections::{BTreeMap, BTreeSet};

/// An error at each alias that collides with a page, a file, a folder or another alias.
pub fn check_aliases(site: &Site, plan: &Plan) -> Vec<Diagnostic> {
    let mut files: BTreeSet<String> = plan
        .outputs()
        .filter(|o| !matches!(o.page, Page::Redirect { .. }))
        .map(|o| o.route.output_path())
        .chain(plan.static_files.iter().map(|(name, _)| name.clone()))
        .collect();
    let mut folders: BTreeSet<String> = files.iter().flat_map(|f| folders_of(f)).collect();
    if site.config.search.enabled {
        folders.insert(format!("{BUNDLE_DIR}/"));
    }
    let mut diagnostics = Vec::new();
    let mut aliases: BTreeMap<String, String> = BTreeMap::new();
    for output in plan.outputs() {
        let Page::Redirect { org, doc, alias } = output.page else {
            continue;
        };
        let doc = &site.orgs[org].documents[doc];
        let (route, origin) = &doc.front.aliases[alias];
        let path = output.route.output_path();
        let problem = if let Some(first) = aliases.get(&path) {
            Some((
                format!("alias \"/{route}\" is also an alias of {first}"),
                "one old address can lead to one document only; remove one of the two".to_owned(),
            ))
        } else if files.contains(&path) {
            Some((
                format!("alias \"/{route}\" is the address of a page of the site ({path})"),
                "an alias is an old address no page uses any more; remove it, or choose the old address it really had".to_owned(),
            ))
        } else if let Some(folder) =
            folders_of(&path).find(|f| files.contains(f.trim_end_matches('/')))
        {
            Some((
                format!(
                    "alias \"/{route}\" would put a folder where the file {} is",
                    folder.trim_end_matches('/')
                ),
                "choose the old address it really had".to_owned(),
            ))
        } else if folders.contains(&format!("{path}/")) {
            Some((
                format!("alias \"/{route}\" is a folder of the site"),
                "choose the old address it really had".to_owned(),
            ))
        } else {
            None
        };
        match problem {
            Some((message, hint)) => {
                diagnostics.push(
                    Diagnostic::error(message)
                        .at_origin(origin, &site.root)
                        .hint(hint),
                );
            }
            None => {
                aliases.insert(path.clone(), doc.display.clone());
                folders.extend(folders_of(&path));
                files.insert(path);
            }
        }
    }
    diagnostics
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
