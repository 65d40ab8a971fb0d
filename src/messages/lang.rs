//! The language nhiemky speaks to the person running it — not the site's language
//! (`language` in config.toml), which readers see.

/// A language of the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    Vi,
    En,
}

/// Where the language was asked for, first found first: `--lang`, then `NHIEMKY_LANG`, then
/// the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, as POSIX orders them).
pub const LANG_VARIABLE: &str = "NHIEMKY_LANG";
const LOCALE_VARIABLES: [&str; 3] = ["LC_ALL", "LC_MESSAGES", "LANG"];

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Vi, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    /// `vi`, `en`, or a locale naming one of them: `en_US.UTF-8`, `vi-VN`.
    pub fn parse(text: &str) -> Option<Lang> {
        let language = text
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == language)
    }

    /// The language chosen for this run. `explicit` is `--lang`; `var` reads the environment.
    /// Vietnamese unless English is asked for: a locale of another language (or `C`, `POSIX`)
    /// says nothing about the drafter. The second value is a `NHIEMKY_LANG` that names no
    /// language of the catalogue, to be warned of.
    pub fn choose(
        explicit: Option<Lang>,
        var: impl Fn(&str) -> Option<String>,
    ) -> (Lang, Option<String>) {
        if let Some(lang) = explicit {
            return (lang, None);
        }
        let set = |name: &str| var(name).filter(|v| !v.trim().is_empty());
        if let Some(value) = set(LANG_VARIABLE) {
            return match Lang::parse(&value) {
                Some(lang) => (lang, None),
                None => (Lang::Vi, Some(value)),
            };
        }
        let locale = LOCALE_VARIABLES.iter().find_map(|name| set(name));
        (
            locale.and_then(|l| Lang::parse(&l)).unwrap_or(Lang::Vi),
            None,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        }
    }

    #[test]
    fn vietnamese_unless_english_is_asked_for() {
        assert_eq!(Lang::choose(None, env(&[])), (Lang::Vi, None));
        assert_eq!(Lang::choose(None, env(&[("LANG", "C.UTF-8")])).0, Lang::Vi);
        assert_eq!(
            Lang::choose(None, env(&[("LANG", "fr_FR.UTF-8")])).0,
            Lang::Vi
        );
        assert_eq!(
            Lang::choose(None, env(&[("LANG", "en_US.UTF-8")])).0,
            Lang::En
        );
        assert_eq!(Lang::choose(None, env(&[("LANG", "vi_VN")])).0, Lang::Vi);
    }

    #[test]
    fn the_flag_then_the_variable_then_the_locale() {
        let all = env(&[
            ("NHIEMKY_LANG", "vi"),
            ("LC_ALL", "en_GB.UTF-8"),
            ("LANG", "en_US"),
        ]);
        assert_eq!(Lang::choose(Some(Lang::En), &all).0, Lang::En);
        assert_eq!(Lang::choose(None, &all).0, Lang::Vi);
        let locale = env(&[("LC_ALL", "vi_VN.UTF-8"), ("LANG", "en_US")]);
        assert_eq!(Lang::choose(None, locale).0, Lang::Vi);
        let messages = env(&[("LC_MESSAGES", "en_US.UTF-8"), ("LANG", "vi_VN")]);
        assert_eq!(Lang::choose(None, messages).0, Lang::En);
    }

    #[test]
    fn an_unknown_language_variable_is_reported() {
        let (lang, unknown) = Lang::choose(None, env(&[("NHIEMKY_LANG", "fr")]));
        assert_eq!((lang, unknown.as_deref()), (Lang::Vi, Some("fr")));
    }
}
