//! A message to the person running nhiemky, kept as its catalogue id and its arguments until it
//! is printed: the library decides *what* to say, the caller decides in which language.

use std::cmp::Ordering;

/// One message of the catalogue (`src/messages/<lang>.ftl`) with the values it names.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Message {
    pub(super) id: &'static str,
    pub(super) args: Vec<(&'static str, Arg)>,
}

/// A value put into a message. Numbers are formatted by the language (vi `1.826`, `4,4`; en
/// `1,826`, `4.4`); text — key names, what the file says, paths — is shown as it is; a message
/// inside a message is said in the same language as the one around it.
#[derive(Debug, Clone)]
pub enum Arg {
    Text(String),
    Number(f64),
    Message(Box<Message>),
}

impl Message {
    /// Use [`msg!`](crate::msg): it names the arguments, and the catalogue test reads it.
    pub fn new(id: &'static str) -> Message {
        Message {
            id,
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        self.args.push((name, value.into()));
        self
    }

    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The message in English, for tests written against its words.
    #[cfg(test)]
    pub fn en(&self) -> String {
        super::Catalogue::new(super::Lang::En).text(self)
    }

    /// The message in Vietnamese, for tests written against its words.
    #[cfg(test)]
    pub fn vi(&self) -> String {
        super::Catalogue::new(super::Lang::Vi).text(self)
    }
}

impl PartialEq for Arg {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Arg {}

impl PartialOrd for Arg {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// A total order (numbers by `total_cmp`) so that diagnostics sort and deduplicate.
impl Ord for Arg {
    fn cmp(&self, other: &Self) -> Ordering {
        let rank = |a: &Arg| match a {
            Arg::Text(_) => 0,
            Arg::Number(_) => 1,
            Arg::Message(_) => 2,
        };
        match (self, other) {
            (Arg::Text(a), Arg::Text(b)) => a.cmp(b),
            (Arg::Number(a), Arg::Number(b)) => a.total_cmp(b),
            (Arg::Message(a), Arg::Message(b)) => a.cmp(b),
            _ => rank(self).cmp(&rank(other)),
        }
    }
}

impl From<Message> for Arg {
    fn from(message: Message) -> Arg {
        Arg::Message(Box::new(message))
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Arg {
        Arg::Text(text.clone())
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_owned())
    }
}

impl From<&std::path::Path> for Arg {
    fn from(path: &std::path::Path) -> Arg {
        Arg::Text(path.display().to_string())
    }
}

impl From<&std::path::PathBuf> for Arg {
    fn from(path: &std::path::PathBuf) -> Arg {
        Arg::Text(path.display().to_string())
    }
}

impl From<f64> for Arg {
    fn from(number: f64) -> Arg {
        Arg::Number(number)
    }
}

/// Counts and sizes. Years, line numbers and ports are no quantities: pass them as text
/// (`year.to_string()`), or they would be grouped like one ("2.020").
macro_rules! count_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(n as f64)
            }
        }
    )*};
}
count_args!(usize, u64, u32, i64);
