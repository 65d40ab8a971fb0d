//! `config.toml` at the site root: title, base_url, language, theme, output folder, locale
//! options, rating scales, the charts and search switches, and the raw HTML policy.

use crate::diagnostics::Diagnostic;
use crate::diagnostics::source::SourceFile;
use crate::messages::Message;
use crate::msg;
use crate::toml_input::{deserialize_document, parse_table};
use schemars::JsonSchema;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;
use toml::Spanned;

pub const CONFIG_FILE: &str = "config.toml";

#[derive(Debug, Clone)]
pub struct Config {
    pub title: String,
    pub description: String,
    /// Absolute http(s) URL, always ending in `/`.
    pub base_url: String,
    pub language: Language,
    pub theme: String,
    pub output_dir: String,
    pub locale: Locale,
    /// Rating scales, lowest level first.
    pub scales: BTreeMap<String, Vec<String>>,
    pub charts: Charts,
    pub search: Search,
    /// Clean the raw HTML of documents with ammonia (`safe_html = true`), for content from
    /// many hands; by default it is published as written.
    pub safe_html: bool,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Search {
    /// Write the search index and the search page, and a search box on every page.
    pub enabled: bool,
}

impl Default for Search {
    fn default() -> Self {
        Search { enabled: true }
    }
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Charts {
    /// Draw charts of indicators (inline SVG, .svg and .png files, dashboards).
    pub enabled: bool,
}

impl Default for Charts {
    fn default() -> Self {
        Charts { enabled: true }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    Vi,
    En,
}

impl Language {
    pub fn code(self) -> &'static str {
        match self {
            Language::Vi => "vi",
            Language::En => "en",
        }
    }
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Locale {
    /// How a term is printed: `{start}` and `{end}` are replaced by the years.
    pub term_display: String,
    /// Print small counts zero-padded ("07 đảng viên") as administrative documents do.
    pub pad_small_counts: bool,
}

impl Default for Locale {
    fn default() -> Self {
        Locale {
            term_display: "{start} - {end}".into(),
            pad_small_counts: false,
        }
    }
}

/// `config.toml` as written (public for its JSON Schema, `scaffold::schemas`).
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ConfigInput {
    title: String,
    #[serde(default)]
    description: String,
    #[schemars(with = "String")]
    base_url: Spanned<String>,
    #[serde(default = "default_language")]
    language: Language,
    #[serde(default = "default_theme")]
    theme: String,
    #[serde(default = "default_output_dir")]
    output_dir: String,
    #[serde(default)]
    locale: Locale,
    #[serde(default)]
    scales: BTreeMap<String, ScaleInput>,
    #[serde(default)]
    charts: Charts,
    #[serde(default)]
    search: Search,
    #[serde(default)]
    safe_html: bool,
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct ScaleInput {
    levels: Vec<String>,
}

fn default_language() -> Language {
    Language::Vi
}
fn default_theme() -> String {
    "default".into()
}
fn default_output_dir() -> String {
    "public".into()
}

impl Config {
    /// Reads `root/config.toml`. Errors are diagnostics located in the file.
    pub fn load(root: &Path) -> Result<(Config, Vec<Diagnostic>), Vec<Diagnostic>> {
        let path = root.join(CONFIG_FILE);
        let mut warnings = Vec::new();
        if !path.is_file() {
            return Err(vec![
                Diagnostic::error(msg!("config-missing", file = CONFIG_FILE, folder = root))
                    .hint(msg!("config-missing-hint")),
            ]);
        }
        let file =
            SourceFile::read(&path, CONFIG_FILE.into(), &mut warnings).map_err(|d| vec![d])?;
        let config = Self::parse(&file, &mut warnings)?;
        Ok((config, warnings))
    }

    pub fn parse(
        file: &SourceFile,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Result<Config, Vec<Diagnostic>> {
        let mut errors = Vec::new();
        let Some(table) = parse_table(file, &file.text, &mut errors) else {
            return Err(errors);
        };
        let input: ConfigInput = deserialize_document(file, table)?;
        let base_url = match normalize_base_url(input.base_url.get_ref()) {
            Ok(url) => url,
            Err(why) => {
                return Err(vec![
                    Diagnostic::error(msg!("config-base-url-invalid", why = why))
                        .at(file, input.base_url.span())
                        .hint(msg!("config-base-url-hint")),
                ]);
            }
        };
        let mut scales = BTreeMap::new();
        for (key, scale) in input.scales {
            if scale.levels.len() < 2 {
                errors.push(
                    Diagnostic::error(msg!("config-scale-too-short", key = &key))
                        .at_file(file)
                        .hint(msg!("config-scale-too-short-hint")),
                );
            }
            scales.insert(key, scale.levels);
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        if input.output_dir.trim().is_empty() {
            diagnostics.push(Diagnostic::warning(msg!("config-output-dir-empty")).at_file(file));
        }
        Ok(Config {
            title: input.title,
            description: input.description,
            base_url,
            language: input.language,
            theme: input.theme,
            output_dir: if input.output_dir.trim().is_empty() {
                default_output_dir()
            } else {
                input.output_dir
            },
            locale: input.locale,
            scales,
            charts: input.charts,
            search: input.search,
            safe_html: input.safe_html,
        })
    }

    /// The path part of base_url (`/bao-cao-nhiem-ky/` for a sub-folder deploy, `/` at the root).
    pub fn base_path(&self) -> &str {
        let after_scheme = self.base_url.split_once("://").map_or("", |(_, r)| r);
        after_scheme.find('/').map_or("/", |i| &after_scheme[i..])
    }
}

/// Checks that `raw` is an absolute http(s) URL and returns it ending in `/`; otherwise what is
/// wrong with it, to follow the name it was given by (`base_url`, `--base-url`).
pub fn normalize_base_url(raw: &str) -> Result<String, Message> {
    let url = url::Url::parse(raw.trim()).map_err(|e| why_not_a_url(&e))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(msg!("config-url-scheme", scheme = url.scheme()));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(msg!("config-url-query"));
    }
    let mut text = url.to_string();
    if !text.ends_with('/') {
        text.push('/');
    }
    Ok(text)
}

fn why_not_a_url(err: &url::ParseError) -> Message {
    use url::ParseError::*;
    match err {
        RelativeUrlWithoutBase => msg!("config-url-relative"),
        EmptyHost => msg!("config-url-no-host"),
        InvalidPort => msg!("config-url-bad-port"),
        InvalidDomainCharacter | IdnaError | InvalidIpv4Address | InvalidIpv6Address => {
            msg!("config-url-bad-host")
        }
        other => msg!("config-url-other", detail = other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_url_is_absolute_and_ends_with_slash() {
        assert_eq!(
            normalize_base_url("https://huyenuy.example.vn/bao-cao").unwrap(),
            "https://huyenuy.example.vn/bao-cao/"
        );
        assert!(normalize_base_url("/bao-cao/").is_err());
        assert!(normalize_base_url("ftp://x.vn/").is_err());
    }

    #[test]
    fn base_path_of_a_sub_folder_deploy() {
        let file = SourceFile::from_text(
            "config.toml",
            "title = \"T\"\nbase_url = \"https://x.vn/bao-cao-nhiem-ky\"\n",
        );
        let config = Config::parse(&file, &mut vec![]).unwrap();
        assert_eq!(config.base_path(), "/bao-cao-nhiem-ky/");
        assert_eq!(config.language, Language::Vi);
        assert_eq!(config.output_dir, "public");
    }

    #[test]
    fn unknown_key_is_located() {
        let file = SourceFile::from_text(
            "config.toml",
            "title = \"T\"\nbase_url = \"https://x.vn/\"\nthem = \"x\"\n",
        );
        let errors = Config::parse(&file, &mut vec![]).unwrap_err();
        assert_eq!(errors[0].position(), "config.toml:3:1");
        assert!(errors[0].hint.as_ref().unwrap().en().contains("theme"));
    }

    #[test]
    fn raw_html_is_trusted_unless_safe_html_is_set() {
        let parse = |extra: &str| {
            let text = format!("title = \"T\"\nbase_url = \"https://x.vn/\"\n{extra}");
            Config::parse(&SourceFile::from_text("config.toml", text), &mut vec![])
        };
        assert!(!parse("").unwrap().safe_html);
        assert!(parse("safe_html = true").unwrap().safe_html);
        let errors = parse("safe_htm = true").unwrap_err();
        assert_eq!(errors[0].message.en(), "unknown key `safe_htm`");
        assert!(
            errors[0]
                .hint
                .as_ref()
                .unwrap()
                .en()
                .ends_with("search, safe_html"),
            "{:?}",
            errors[0].hint
        );
        let errors = parse("safe_html = \"yes\"").unwrap_err();
        assert_eq!(errors[0].position(), "config.toml:3:13");
    }
}
