//! Vietnamese alphabetical order (a ă â b c d đ e ê …). Byte order puts "Đảng" after "Z"
//! and ASCII folding puts it among the "D"s; only the ICU `vi` tailoring gets it right.

use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed};
use icu_locale_core::locale;
use std::cmp::Ordering;

/// A Vietnamese collator. Cheap to share by reference; build one per build.
pub struct Collation {
    collator: CollatorBorrowed<'static>,
}

impl Collation {
    pub fn vietnamese() -> Self {
        let collator = Collator::try_new(locale!("vi").into(), CollatorOptions::default())
            .expect("the ICU data for `vi` collation is compiled into the binary");
        Collation { collator }
    }

    pub fn compare(&self, a: &str, b: &str) -> Ordering {
        self.collator.compare(a, b)
    }
}

impl Default for Collation {
    fn default() -> Self {
        Self::vietnamese()
    }
}

#[cfg(test)]
mod tests {
    use super::Collation;

    #[test]
    fn vietnamese_alphabet_order() {
        let collation = Collation::vietnamese();
        let mut names = vec![
            "Văn Bàn",
            "Đảng bộ Sở GD&ĐT Lạng Sơn",
            "Dân vận",
            "Duy trì",
            "Ân",
            "Ăn",
            "An Lão",
            "Bình Định",
            "Bắc Giang",
            "Zô",
            "Em",
        ];
        names.sort_by(|a, b| collation.compare(a, b));
        assert_eq!(
            names,
            [
                "An Lão",
                "Ăn",
                "Ân",
                "Bắc Giang",
                "Bình Định",
                "Dân vận",
                "Duy trì",
                "Đảng bộ Sở GD&ĐT Lạng Sơn",
                "Em",
                "Văn Bàn",
                "Zô",
            ]
        );
    }
}
