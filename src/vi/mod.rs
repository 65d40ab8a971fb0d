//! Vietnamese conventions, used alike by HTML, SVG and data output:
//! numbers (58,6%), dates (12/05/2020), slugs (đ→d), collation, text normalisation, folding
//! for search, characters no page can carry.

mod collation;
mod date;
mod fold;
mod forbidden;
mod number;
mod roman;
mod size;
mod slug;
mod stated;
mod text;

pub use collation::Collation;
pub use date::{format_date_long, format_date_short};
pub use fold::fold;
pub use forbidden::{Forbidden, blank_forbidden, find_forbidden};
pub use number::{format_exact, format_number, format_share};
pub use roman::to_roman;
pub use size::format_size;
pub use slug::{slugify, unused_slug};
pub use stated::{NumberRole, StatedNumber, stated_numbers};
pub use text::{TextRepair, capitalize, clean_utf8, normalize_text, to_nfd};
