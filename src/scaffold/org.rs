//! `nhiemky new org <slug>`: `content/<slug>/_org.toml`.

use super::editor::schema_directive;
use super::schemas::Described;
use super::{content_dir, create_dir, one_line, with_editor_files, with_values, write_new};
use crate::load::org_file::ORG_FILE;
use crate::load::valid_slug;
use crate::messages::Message;
use crate::msg;
use std::path::{Path, PathBuf};

/// `_org.toml` as `new org` writes it; [`with_values`] fills in the slug and name.
const ORG_TEMPLATE: &str = include_str!("templates/org.toml");

/// Creates `content/<slug>/_org.toml`. Returns the files written (with the editor's files of
/// the site when they were missing or outdated).
pub fn new_org(root: &Path, slug: &str, name: Option<&str>) -> Result<Vec<PathBuf>, Message> {
    let content = content_dir(root)?;
    if !valid_slug(slug) {
        let suggested = crate::vi::unused_slug(slug, "to-chuc", |s| content.join(s).exists());
        return Err(msg!("new-org-bad-slug", slug = slug, suggested = suggested));
    }
    let dir = content.join(slug);
    if dir.exists() {
        return Err(msg!("new-exists", path = &dir));
    }
    let name = match name {
        Some(name) => one_line(name, "name")?,
        None => slug,
    };
    let text = with_values(ORG_TEMPLATE, [("slug", slug.into()), ("name", name.into())]);
    create_dir(&dir)?;
    let path = dir.join(ORG_FILE);
    write_new(&path, &(schema_directive(Described::Org, 2) + &text))?;
    with_editor_files(root, vec![path])
}
