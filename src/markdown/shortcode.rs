//! Shortcodes in Markdown: `{{ name(key="text", n=3, flag=true) }}`. Parsed by hand so that
//! every malformed call is an error at its exact column, never text that slips into the page.

use std::ops::Range;

#[derive(Debug, Clone, PartialEq)]
pub enum ArgValue {
    Text(String),
    Number(f64),
    Bool(bool),
}

impl ArgValue {
    pub fn type_name(&self) -> &'static str {
        match self {
            ArgValue::Text(_) => "text",
            ArgValue::Number(_) => "number",
            ArgValue::Bool(_) => "true/false",
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
    pub message: String,
    pub hint: String,
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

const USAGE: &str = "write a shortcode as {{ name(key=\"value\") }}, e.g. {{ indicator(id=\"truong-dat-chuan-quoc-gia\") }}; write \\{{ for literal braces";

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.text[self.pos..].chars().next()
    }

    fn skip_space(&mut self) {
        while let Some(c) = self.peek().filter(|c| c.is_whitespace()) {
            self.pos += c.len_utf8();
        }
    }

    fn error<T>(
        &self,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) -> Result<T, ParseError> {
        let end = self.peek().map_or(self.pos, |c| self.pos + c.len_utf8());
        Err(ParseError {
            message: message.into(),
            hint: hint.into(),
            span: self.pos..end,
        })
    }

    fn describe_here(&self) -> String {
        match self.peek() {
            Some(c) => format!("`{c}`"),
            None => "the end of the document".into(),
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

    fn expect(&mut self, token: &str, what: &str) -> Result<(), ParseError> {
        self.skip_space();
        if self.text[self.pos..].starts_with(token) {
            self.pos += token.len();
            Ok(())
        } else {
            let found = self.describe_here();
            self.error(format!("expected {what}, found {found}"), USAGE)
        }
    }

    fn call(&mut self, start: usize) -> Result<Call, ParseError> {
        self.skip_space();
        let Some(name_span) = self.ident() else {
            let found = self.describe_here();
            return self.error(
                format!("expected a shortcode name after {{{{, found {found}"),
                USAGE,
            );
        };
        self.expect("(", "`(` after the shortcode name")?;
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
                return self.error(format!("expected an argument name, found {found}"), USAGE);
            };
            let arg_name = self.text[arg_name].to_owned();
            self.expect("=", &format!("`=` after `{arg_name}`"))?;
            self.skip_space();
            let value = self.literal(&arg_name)?;
            if args.iter().any(|a| a.name == arg_name) {
                return Err(ParseError {
                    message: format!("argument `{arg_name}` is given twice"),
                    hint: "give each argument once".into(),
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
                        format!("expected `,` or `)` after an argument, found {found}"),
                        USAGE,
                    );
                }
            }
        }
        self.expect("}}", "`}}` to close the shortcode")?;
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
                            return self
                                .error("unclosed string", format!("close the text with {quote}"));
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
                                        "unknown escape in text",
                                        "only \\\", \\' and \\\\ are escapes",
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
                        self.error("not a number", "write numbers with a dot: 58.6")
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
                    format!("expected a value (\"text\", a number, true or false), found {found}"),
                    format!("put text in double quotes: {arg_name}=\"…\""),
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
        assert!(e.message.starts_with("expected a value"), "{}", e.message);
        assert_eq!(e.span.start, "abc {{ indicator(id=".len());
        let e = error("{{ indicator(id=\"x\" }}");
        assert!(e.message.contains("`,` or `)`"), "{}", e.message);
        let e = error("{{ indicator(id=\"x\") ");
        assert!(e.message.contains("`}}`"));
        let e = error("{{ 12 }}");
        assert!(e.message.contains("shortcode name"));
        let e = error("{{ indicator(id=\"x) }}");
        assert_eq!(e.message, "unclosed string");
        let e = error("{{ indicator(id=\"a\", id=\"b\") }}");
        assert!(e.message.contains("twice"));
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
