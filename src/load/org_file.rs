//! `content/<org>/_org.toml`: the organisation's identity. The slug is written here and never
//! recomputed from the name, so re-spelling a name cannot break a published URL.

use crate::diagnostics::Diagnostic;
use crate::diagnostics::source::{Origin, SourceFile};
use crate::load::valid_slug;
use crate::model::org::{Org, OrgKind};
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
            Diagnostic::error(format!("slug \"{slug}\" may only use a-z, 0-9 and -"))
                .at(file, input.slug.span())
                .hint(if valid_slug(folder) {
                    format!("the slug is the folder's name: slug = \"{folder}\"")
                } else {
                    format!(
                        "e.g. slug = \"{}\", with the folder renamed alike",
                        unused_folder_name(file, slug)
                    )
                }),
        );
    } else if slug != folder {
        diagnostics.push(
            Diagnostic::error(format!(
                "slug \"{slug}\" does not match the folder name `{folder}`"
            ))
            .at(file, input.slug.span())
            .hint(match valid_slug(folder) {
                true => format!(
                    "the folder is the URL: set slug = \"{folder}\", or rename the folder to `{slug}`"
                ),
                false => format!("the folder is the URL: rename the folder to `{slug}`"),
            }),
        );
    }
    if input.name.trim().is_empty() {
        diagnostics.push(Diagnostic::error("name is empty").at_file(file).hint(
            "write the organisation's display name, e.g. name = \"Đảng bộ Sở GD&ĐT Lạng Sơn\"",
        ));
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
        let problem = if !valid_slug(text) {
            Some((
                format!("old slug \"{text}\" may only use a-z, 0-9 and -"),
                "write the folder name exactly as it was, e.g. old_slugs = [\"huyen-uy-an-lao\"]",
            ))
        } else if text == slug {
            Some((
                format!("old slug \"{text}\" is the organisation's slug"),
                "old_slugs lists the folder names it had before; remove this one",
            ))
        } else if kept.iter().any(|(k, _)| k == text) {
            Some((
                format!("old slug \"{text}\" is listed twice"),
                "remove one of the two",
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
