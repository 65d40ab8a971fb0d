//! `content/<org>/_org.toml`: the organisation's identity. The slug is written here and never
//! recomputed from the name, so re-spelling a name cannot break a published URL.

use crate::diagnostics::Diagnostic;
use crate::diagnostics::source::{Origin, SourceFile};
use crate::load::valid_slug;
use crate::messages::Message;
use crate::model::org::{Org, OrgKind};
use crate::msg;
use crate::toml_input::{deserialize_document, parse_table};
use schemars::JsonSchema;
use serde::Deserialize;
use std::path::Path;
use toml::Spanned;

pub const ORG_FILE: &str = "_org.toml";

/// `_org.toml` as written (public for its JSON Schema, `scaffold::schemas`).
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OrgInput {
    #[schemars(with = "String")]
    slug: Spanned<String>,
    name: String,
    #[serde(default)]
    name_full: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    old_slugs: Vec<Spanned<String>>,
    kind: OrgKind,
    #[serde(default)]
    province: String,
    #[serde(default)]
    #[schemars(with = "String")]
    parent: Option<Spanned<String>>,
    #[serde(default)]
    description: String,
}

/// Parses an organisation file found in the folder `folder`.
pub fn parse_org(
    file: &SourceFile,
    folder: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Org> {
    let table = parse_table(file, &file.text, diagnostics)?;
    let input: OrgInput = deserialize_document(file, table)
        .map_err(|d| diagnostics.extend(d))
        .ok()?;
    let errors_before = diagnostics.len();
    let slug = input.slug.get_ref();
    if !valid_slug(slug) {
        diagnostics.push(
            Diagnostic::error(msg!("load-org-slug-invalid", slug = slug))
                .at(file, input.slug.span())
                .hint(if valid_slug(folder) {
                    msg!("load-org-slug-is-folder-hint", folder = folder)
                } else {
                    msg!(
                        "load-org-slug-example-hint",
                        example = unused_folder_name(file, slug)
                    )
                }),
        );
    } else if slug != folder {
        diagnostics.push(
            Diagnostic::error(msg!(
                "load-org-slug-not-folder",
                slug = slug,
                folder = folder
            ))
            .at(file, input.slug.span())
            .hint(match valid_slug(folder) {
                true => msg!(
                    "load-org-slug-not-folder-hint",
                    slug = slug,
                    folder = folder
                ),
                false => msg!("load-org-rename-folder-hint", slug = slug),
            }),
        );
    }
    if input.name.trim().is_empty() {
        diagnostics.push(
            Diagnostic::error(msg!("load-org-name-empty"))
                .at_file(file)
                .hint(msg!("load-org-name-empty-hint")),
        );
    }
    let old_slugs = old_slugs(file, slug, input.old_slugs, diagnostics);
    if diagnostics[errors_before..]
        .iter()
        .any(Diagnostic::is_error)
    {
        return None;
    }
    let old_slugs = old_slugs?;
    let non_empty = |s: String| (!s.trim().is_empty()).then_some(s);
    let parent = input.parent.filter(|p| !p.get_ref().is_empty());
    // Where the parent is written, so the model can report an unknown one there.
    let parent_origin = parent.as_ref().map(|p| Origin {
        file: file.display.as_str().into(),
        span: p.span(),
    });
    let slug_origin = Origin {
        file: file.display.as_str().into(),
        span: input.slug.span(),
    };
    Some(Org {
        slug: slug.clone(),
        slug_origin,
        name: input.name,
        name_full: non_empty(input.name_full),
        aliases: input.aliases,
        old_slugs,
        kind: input.kind,
        province: non_empty(input.province),
        parent: parent.map(|p| p.into_inner()),
        parent_origin,
        description: non_empty(input.description),
        terms: Vec::new(),
        indicators: Vec::new(),
        sources: Vec::new(),
        documents: Vec::new(),
        originals: Vec::new(),
        data_incomplete: false,
    })
}

/// A slug for an organisation whose name is `text`, which no other folder of content/ has.
fn unused_folder_name(file: &SourceFile, text: &str) -> String {
    let content = file
        .path
        .parent()
        .and_then(Path::parent)
        .unwrap_or(Path::new("."));
    crate::vi::unused_slug(text, "to-chuc", |s| {
        std::fs::symlink_metadata(content.join(s)).is_ok()
    })
}

/// The folder names the organisation was published under before, each checked like a slug
/// (`routes::check_addresses` later makes sure no page of the site lives there).
fn old_slugs(
    file: &SourceFile,
    slug: &str,
    old_slugs: Vec<Spanned<String>>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Vec<(String, Origin)>> {
    let mut kept: Vec<(String, Origin)> = Vec::new();
    let mut refused = false;
    for old in old_slugs {
        let text = old.get_ref();
        let problem: Option<(Message, Message)> = if !valid_slug(text) {
            Some((
                msg!("load-old-slug-invalid", slug = text),
                msg!("load-old-slug-invalid-hint"),
            ))
        } else if text == slug {
            Some((
                msg!("load-old-slug-is-slug", slug = text),
                msg!("load-old-slug-is-slug-hint"),
            ))
        } else if kept.iter().any(|(k, _)| k == text) {
            Some((
                msg!("load-old-slug-twice", slug = text),
                msg!("load-old-slug-twice-hint"),
            ))
        } else {
            None
        };
        if let Some((message, hint)) = problem {
            diagnostics.push(Diagnostic::error(message).at(file, old.span()).hint(hint));
            refused = true;
            continue;
        }
        let origin = Origin {
            file: file.display.as_str().into(),
            span: old.span(),
        };
        kept.push((old.into_inner(), origin));
    }
    (!refused).then_some(kept)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(folder: &str, text: &str) -> Vec<Diagnostic> {
        let file = SourceFile::from_text(format!("content/{folder}/_org.toml"), text);
        let mut diagnostics = Vec::new();
        assert!(parse_org(&file, folder, &mut diagnostics).is_none());
        diagnostics
    }

    #[test]
    fn a_slug_that_is_not_the_folder_is_said_in_vietnamese() {
        let found = problems(
            "dong-tam",
            "slug = \"dong-tam-cu\"\nname = \"Đảng bộ xã Đồng Tâm\"\nkind = \"dang-bo\"\n",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].message.vi(),
            "slug \"dong-tam-cu\" không trùng với tên thư mục `dong-tam`"
        );
        assert_eq!(
            found[0].hint.as_ref().unwrap().vi(),
            "đặt slug = \"dong-tam\", hoặc đổi tên thư mục thành `dong-tam-cu`: tên thư mục là địa chỉ web của tổ chức"
        );
    }

    #[test]
    fn old_slugs_are_checked_like_slugs() {
        let found = problems(
            "dong-tam",
            "slug = \"dong-tam\"\nname = \"X\"\nkind = \"dang-bo\"\nold_slugs = [\"cu\", \"cu\", \"dong-tam\"]\n",
        );
        let said: Vec<String> = found.iter().map(|d| d.message.vi()).collect();
        assert_eq!(
            said,
            [
                "địa chỉ cũ \"cu\" được ghi hai lần",
                "địa chỉ cũ \"dong-tam\" chính là slug hiện nay của tổ chức"
            ]
        );
    }
}
