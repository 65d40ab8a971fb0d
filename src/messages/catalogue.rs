//! The catalogue: every message in each language, one Fluent file per language
//! (`vi.ftl`, `en.ftl` beside this file), compiled into the binary.

use super::lang::Lang;
use super::message::{Arg, Message};
use crate::vi;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use intl_memoizer::concurrent::IntlLangMemoizer;

/// The Fluent source of a language's messages.
pub fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => include_str!("vi.ftl"),
        Lang::En => include_str!("en.ftl"),
    }
}

/// The messages of one language, ready to be said.
pub struct Catalogue {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl Catalogue {
    pub fn new(lang: Lang) -> Catalogue {
        // A syntax error in our own file leaves that message out; tests/messages.rs fails on it.
        let resource = FluentResource::try_new(source(lang).to_owned()).unwrap_or_else(|(r, _)| r);
        let id = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // No Unicode isolation marks around values: a terminal would show them as boxes.
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(match lang {
            Lang::Vi => format_vi,
            Lang::En => format_en,
        }));
        // Ids are unique in each file (tests/messages.rs), so nothing is overridden.
        let _ = bundle.add_resource(resource);
        Catalogue { lang, bundle }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The message said in this language. A message missing from the catalogue (a bug the
    /// catalogue test catches) shows its id rather than nothing.
    pub fn text(&self, message: &Message) -> String {
        let Some(pattern) = self.bundle.get_message(message.id).and_then(|m| m.value()) else {
            return message.id.to_owned();
        };
        let mut args = FluentArgs::with_capacity(message.args.len());
        for (name, value) in &message.args {
            let value = match value {
                Arg::Text(text) => FluentValue::from(text.as_str()),
                Arg::Number(n) => FluentValue::from(FluentNumber::new(*n, Default::default())),
                Arg::Message(inner) => FluentValue::from(self.text(inner)),
            };
            args.set(*name, value);
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&args), &mut errors);
        debug_assert!(errors.is_empty(), "{}: {errors:?}", message.id);
        text.into_owned()
    }

    /// The words of a message without values whose id is known only when the program runs
    /// (the description of a key in the JSON Schemas, `schema-data-indicator-unit`); `None`
    /// when the catalogue has no such message.
    pub fn text_of(&self, id: &str) -> Option<String> {
        let pattern = self.bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, None, &mut errors);
        Some(text.into_owned())
    }
}

fn format_vi(value: &FluentValue, _: &IntlLangMemoizer) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(format_number(n, '.', ',')),
        _ => None,
    }
}

fn format_en(value: &FluentValue, _: &IntlLangMemoizer) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(format_number(n, ',', '.')),
        _ => None,
    }
}

/// Every decimal the value has (a message names a value as the file wrote it), thousands
/// grouped unless the message says `useGrouping: "false"`.
fn format_number(number: &FluentNumber, group: char, decimal: char) -> String {
    // vi::format_exact writes the Vietnamese way: "." groups, "," marks decimals.
    let vietnamese = vi::format_exact(number.value);
    vietnamese
        .chars()
        .filter_map(|c| match c {
            '.' if !number.options.use_grouping => None,
            '.' => Some(group),
            ',' => Some(decimal),
            other => Some(other),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::msg;

    #[test]
    fn numbers_are_written_as_each_language_writes_them() {
        let message = msg!("cli-archived", files = 1826usize, bytes = 4.4, bag = "b");
        assert_eq!(
            Catalogue::new(Lang::Vi).text(&message),
            "đã lưu trữ 1.826 tệp (4,4 byte) vào b"
        );
        assert_eq!(
            Catalogue::new(Lang::En).text(&message),
            "archived 1,826 files (4.4 bytes) into b"
        );
    }

    #[test]
    fn a_message_inside_a_message_is_said_in_the_same_language() {
        let inner = msg!("cli-created", path = "a");
        let outer = msg!("render-template-failed-at", message = inner, at = "b");
        assert_eq!(Catalogue::new(Lang::Vi).text(&outer), "đã tạo a (tại b)");
        assert_eq!(Catalogue::new(Lang::En).text(&outer), "created a (at b)");
    }

    #[test]
    fn english_plurals_and_the_vietnamese_without_them() {
        let one = msg!(
            "cli-failed",
            command = "build",
            errors = 1usize,
            warnings = 2usize
        );
        assert_eq!(
            Catalogue::new(Lang::En).text(&one),
            "failed: 1 error, 2 warnings; nothing was written (the output folder is as it was)"
        );
        assert_eq!(
            Catalogue::new(Lang::Vi).text(&one),
            "không dựng được: 1 lỗi, 2 cảnh báo; không ghi tệp nào (thư mục kết quả giữ nguyên như cũ)"
        );
    }
}
