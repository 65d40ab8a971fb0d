//! Shortcodes in Markdown: `{{ name(key="text", n=3, flag=true) }}`. Parsed by hand so that
//! every malformed call is an error at its exact column, never text that slips into the page.

use crate::messages::Message;
use crate::msg;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq)]
pub enum ArgValue {
    Text(String),
    Number(f64),
    Bool(bool),
}

impl ArgValue {
    /// What kind of value it is, in words: "chữ trong dấu ngoặc kép", "một số", "true hoặc false".
    pub fn type_name(&self) -> Message {
        match self {
            ArgValue::Text(_) => msg!("markdown-value-text"),
            ArgValue::Number(_) => msg!("markdown-value-number"),
            ArgValue::Bool(_) => msg!("markdown-value-yes-no"),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Arg {
    pub name: String,
    pub value: ArgValue,
    /// The whole `name=value`, for errors about this argument.
    pub span: Range<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Call {
    pub name: String,
    pub args: Vec<Arg>,
    /// From `{{` to `}}` inclusive.
    pub span: Range<usize>,
    pub name_span: Range<usize>,
}

impl Call {
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|a| a.name == name)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ParseError {
    pub message: Message,
    pub hint: Message,
    pub span: Range<usize>,
}

/// Finds every `{{ … }}` in `text` outside the `skip` ranges (code, HTML comments: sorted, none
/// overlapping another).
/// A backslash before `{{` keeps it as text.
pub fn find_calls(text: &str, skip: &[Range<usize>]) -> (Vec<Call>, Vec<ParseError>) {
    let mut calls = Vec::new();
    let mut errors = Vec::new();
    let mut from = 0;
    while let Some(found) = text[from..].find("{{") {
        let start = from + found;
        let after = skip.partition_point(|r| r.end <= start);
        if let Some(range) = skip.get(after).filter(|r| r.start <= start) {
            from = range.end.max(start + 2);
            continue;
        }
        if text[..start].ends_with('\\') {
            from = start + 2;
            continue;
        }
        let mut parser = Parser {
            text,
            pos: start + 2,
        };
        match parser.call(start) {
            Ok(call) => {
                from = call.span.end;
                calls.push(call);
            }
            Err(error) => {
                // Resume after this call's closing braces (or its line) to find later problems too.
                let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
                from = text[start + 2..line_end]
                    .find("}}")
                    .map_or(line_end, |i| start + 2 + i + 2)
                    .max(start + 2);
                errors.push(error);
            }
        }
    }
    (calls, errors)
}

struct Parser<'a> {
    text: &'a str,
    pos: usize,
}

/// How a shortcode is written, the hint of most syntax errors.
fn usage() -> Message {
    msg!(
        "markdown-shortcode-usage",
        example = "{{ indicator(id=\"truong-dat-chuan-quoc-gia\") }}",
        braces = "{{",
        literal = "\\{{"
    )
}

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.text[self.pos..].chars().next()
    }

    fn skip_space(&mut self) {
        while let Some(c) = self.peek().filter(|c| c.is_whitespace()) {
            self.pos += c.len_utf8();
        }
    }

    fn error<T>(&self, message: Message, hint: Message) -> Result<T, ParseError> {
        let end = self.peek().map_or(self.pos, |c| self.pos + c.len_utf8());
        Err(ParseError {
            message,
            hint,
            span: self.pos..end,
        })
    }

    /// What stands where something else was expected: a character, or the end of the text.
    fn describe_here(&self) -> Message {
        match self.peek() {
            Some(c) => msg!("markdown-shortcode-found-char", char = c.to_string()),
            None => msg!("markdown-shortcode-found-end"),
        }
    }

    fn ident(&mut self) -> Option<Range<usize>> {
        let start = self.pos;
        while let Some(c) = self
            .peek()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        {
            if self.pos == start && c.is_ascii_digit() {
                break;
            }
            self.pos += 1;
        }
        (self.pos > start).then_some(start..self.pos)
    }

    /// Skips `token`, or says what was found instead: `expected(found)` is the message.
    fn expect(
        &mut self,
        token: &str,
        expected: impl FnOnce(Message) -> Message,
    ) -> Result<(), ParseError> {
        self.skip_space();
        if self.text[self.pos..].starts_with(token) {
            self.pos += token.len();
            Ok(())
        } else {
            self.error(expected(self.describe_here()), usage())
        }
    }

    fn call(&mut self, start: usize) -> Result<Call, ParseError> {
        self.skip_space();
        let Some(name_span) = self.ident() else {
            let found = self.describe_here();
            return self.error(
                msg!(
                    "markdown-shortcode-expected-name",
                    open = "{{",
                    found = found
                ),
                usage(),
            );
        };
        self.expect("(", |found| {
            msg!("markdown-shortcode-expected-paren", found = found)
        })?;
        let mut args: Vec<Arg> = Vec::new();
        loop {
            self.skip_space();
            if self.peek() == Some(')') {
                self.pos += 1;
                break;
            }
            let arg_start = self.pos;
            let Some(arg_name) = self.ident() else {
                let found = self.describe_here();
                return self.error(
                    msg!("markdown-shortcode-expected-arg-name", found = found),
                    usage(),
                );
            };
            let arg_name = self.text[arg_name].to_owned();
            self.expect("=", |found| {
                msg!(
                    "markdown-shortcode-expected-equals",
                    arg = &arg_name,
                    found = found
                )
            })?;
            self.skip_space();
            let value = self.literal(&arg_name)?;
            if args.iter().any(|a| a.name == arg_name) {
                return Err(ParseError {
                    message: msg!("markdown-shortcode-arg-twice", arg = &arg_name),
                    hint: msg!("markdown-shortcode-arg-twice-hint", arg = &arg_name),
                    span: arg_start..self.pos,
                });
            }
            args.push(Arg {
                name: arg_name,
                value,
                span: arg_start..self.pos,
            });
            self.skip_space();
            match self.peek() {
                Some(',') => self.pos += 1,
                Some(')') => {}
                _ => {
                    let found = self.describe_here();
                    return self.error(
                        msg!("markdown-shortcode-expected-comma", found = found),
                        usage(),
                    );
                }
            }
        }
        self.expect("}}", |found| {
            msg!(
                "markdown-shortcode-expected-close",
                close = "}}",
                found = found
            )
        })?;
        Ok(Call {
            name: self.text[name_span.clone()].to_owned(),
            args,
            span: start..self.pos,
            name_span,
        })
    }

    fn literal(&mut self, arg_name: &str) -> Result<ArgValue, ParseError> {
        match self.peek() {
            Some(quote @ ('"' | '\'')) => {
                let open = self.pos;
                self.pos += 1;
                let mut value = String::new();
                loop {
                    match self.peek() {
                        None | Some('\n') => {
                            self.pos = open;
                            return self.error(
                                msg!("markdown-shortcode-unclosed-text"),
                                msg!(
                                    "markdown-shortcode-unclosed-text-hint",
                                    quote = quote.to_string(),
                                    example = format!("{arg_name}={quote}…{quote}")
                                ),
                            );
                        }
                        Some(c) if c == quote => {
                            self.pos += 1;
                            return Ok(ArgValue::Text(value));
                        }
                        Some('\\') => {
                            self.pos += 1;
                            match self.peek() {
                                Some(c @ ('"' | '\'' | '\\')) => {
                                    value.push(c);
                                    self.pos += 1;
                                }
                                _ => {
                                    return self.error(
                                        msg!("markdown-shortcode-unknown-escape"),
                                        msg!(
                                            "markdown-shortcode-unknown-escape-hint",
                                            example = "group=\"xây dựng \\\"Đảng\\\"\""
                                        ),
                                    );
                                }
                            }
                        }
                        Some(c) => {
                            value.push(c);
                            self.pos += c.len_utf8();
                        }
                    }
                }
            }
            Some(c) if c.is_ascii_digit() || c == '-' => {
                let start = self.pos;
                self.pos += 1;
                while self.peek().is_some_and(|c| c.is_ascii_digit() || c == '.') {
                    self.pos += 1;
                }
                match self.text[start..self.pos].parse::<f64>() {
                    Ok(n) => Ok(ArgValue::Number(n)),
                    Err(_) => {
                        self.pos = start;
                        self.error(
                            msg!("markdown-shortcode-not-a-number"),
                            msg!("markdown-shortcode-not-a-number-hint", example = "58.6"),
                        )
                    }
                }
            }
            _ => {
                let start = self.pos;
                if let Some(word) = self.ident() {
                    match &self.text[word] {
                        "true" => return Ok(ArgValue::Bool(true)),
                        "false" => return Ok(ArgValue::Bool(false)),
                        _ => self.pos = start,
                    }
                }
                let found = self.describe_here();
                self.error(
                    msg!("markdown-shortcode-expected-value", found = found),
                    msg!(
                        "markdown-shortcode-expected-value-hint",
                        example = format!("{arg_name}=\"…\"")
                    ),
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Call {
        let (calls, errors) = find_calls(text, &[]);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(calls.len(), 1);
        calls.into_iter().next().unwrap()
    }

    fn error(text: &str) -> ParseError {
        let (_, errors) = find_calls(text, &[]);
        errors.into_iter().next().expect("an error")
    }

    #[test]
    fn parses_names_and_typed_arguments() {
        let call = one("Xem {{ indicator(id=\"ty-le\", precision=2, chart=false) }} nhé");
        assert_eq!(call.name, "indicator");
        assert_eq!(
            call.arg("id").unwrap().value,
            ArgValue::Text("ty-le".into())
        );
        assert_eq!(call.arg("precision").unwrap().value, ArgValue::Number(2.0));
        assert_eq!(call.arg("chart").unwrap().value, ArgValue::Bool(false));
        assert_eq!(
            &"Xem {{ indicator(id=\"ty-le\", precision=2, chart=false) }} nhé"[call.span],
            "{{ indicator(id=\"ty-le\", precision=2, chart=false) }}"
        );
    }

    #[test]
    fn no_arguments_and_tight_spacing() {
        let call = one("{{indicator_table()}}");
        assert_eq!(call.name, "indicator_table");
        assert!(call.args.is_empty());
    }

    #[test]
    fn vietnamese_text_arguments() {
        let call = one("{{ indicator_table(group='xây dựng \\'Đảng\\'') }}");
        assert_eq!(
            call.arg("group").unwrap().value,
            ArgValue::Text("xây dựng 'Đảng'".into())
        );
    }

    #[test]
    fn malformed_calls_are_located() {
        let e = error("abc {{ indicator(id=) }}");
        assert!(
            e.message.en().starts_with("expected a value"),
            "{:?}",
            e.message
        );
        assert_eq!(e.span.start, "abc {{ indicator(id=".len());
        let e = error("{{ indicator(id=\"x\" }}");
        assert!(e.message.en().contains("`,` or `)`"), "{}", e.message.en());
        let e = error("{{ indicator(id=\"x\") ");
        assert!(e.message.en().contains("`}}`"), "{}", e.message.en());
        assert!(e.message.en().ends_with("the end of the document"));
        let e = error("{{ 12 }}");
        assert!(e.message.en().contains("shortcode name"));
        let e = error("{{ indicator(id=\"x) }}");
        assert_eq!(e.message.en(), "the text in quotes is not closed");
        let e = error("{{ indicator(id=\"a\", id=\"b\") }}");
        assert!(e.message.en().contains("twice"));
    }

    #[test]
    fn syntax_errors_are_said_in_vietnamese_with_an_example() {
        let e = error("{{ indicator(id=ty-le) }}");
        assert_eq!(
            e.message.vi(),
            "cần một giá trị (chữ trong dấu ngoặc kép, một số, true hoặc false) nhưng gặp `t`"
        );
        assert_eq!(e.hint.vi(), "đặt chữ trong dấu ngoặc kép, ví dụ: id=\"…\"");
        let e = error("{{ indicator(id=\"x\") ");
        assert_eq!(
            e.message.vi(),
            "cần dấu `}}` để đóng mã chèn nhưng gặp chỗ hết văn bản"
        );
        assert!(
            e.hint
                .vi()
                .contains("{{ indicator(id=\"truong-dat-chuan-quoc-gia\") }}"),
            "{}",
            e.hint.vi()
        );
        let e = error("{{ indicator(precision=2,5) }}");
        assert_eq!(e.message.vi(), "cần tên một tham số nhưng gặp `5`");
        assert_eq!(ArgValue::Number(2.0).type_name().vi(), "một số");
    }

    #[test]
    fn skipped_ranges_and_escapes_are_text() {
        let text = "`{{ x() }}` and \\{{ y() }}";
        let code_span = 0..11;
        let (calls, errors) = find_calls(text, std::slice::from_ref(&code_span));
        assert!(
            calls.is_empty() && errors.is_empty(),
            "{calls:?} {errors:?}"
        );
    }

    #[test]
    fn keeps_going_after_an_error() {
        let (calls, errors) = find_calls("{{ bad( }}\n{{ indicator_table() }}\n{{ x(y=) }}", &[]);
        assert_eq!(calls.len(), 1);
        assert_eq!(errors.len(), 2);
    }
}
