//! URL slugs for headings and scaffolds. Organisation slugs and indicator ids are written in
//! the files and never recomputed (a re-spelt name must not break a published URL).

/// `"Đảng bộ Sở GD&ĐT Lạng Sơn"` → `"dang-bo-so-gd-dt-lang-son"`: đ/Đ (and the look-alike
/// Ð U+00D0) become d, tones and hooks are dropped, NFD input gives the same result.
pub fn slugify(text: &str) -> String {
    slug::slugify(text)
}

/// A slug to suggest for `text`: its [`slugify`] (`fallback` when that is empty), with `-2`,
/// `-3`… added until `taken` says no one has it, so that following the advice passes the check
/// ("Đông Tâm" beside a folder `dong-tam` → `dong-tam-2`).
pub fn unused_slug(text: &str, fallback: &str, taken: impl Fn(&str) -> bool) -> String {
    let base = match slugify(text) {
        s if s.is_empty() => fallback.to_owned(),
        s => s,
    };
    if !taken(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|candidate| !taken(candidate))
        .expect("some number is free")
}

#[cfg(test)]
mod tests {
    use super::{slugify, unused_slug};

    #[test]
    fn a_suggested_slug_is_one_nobody_has() {
        let taken = ["dong-tam", "dong-tam-2"];
        assert_eq!(
            unused_slug("Đồng Tâm", "to-chuc", |s| taken.contains(&s)),
            "dong-tam-3"
        );
        assert_eq!(
            unused_slug("Đông Hà", "to-chuc", |s| taken.contains(&s)),
            "dong-ha"
        );
        assert_eq!(unused_slug("!!!", "to-chuc", |_| false), "to-chuc");
        assert_eq!(unused_slug("Dong-Tam", "to-chuc", |_| false), "dong-tam");
    }
    use crate::vi::to_nfd;

    #[test]
    fn d_with_stroke_becomes_d() {
        assert_eq!(
            slugify("Đảng bộ Sở GD&ĐT Lạng Sơn"),
            "dang-bo-so-gd-dt-lang-son"
        );
        assert_eq!(slugify("đảng viên"), "dang-vien");
    }

    #[test]
    fn eth_look_alike_becomes_d() {
        assert_eq!(
            slugify("Phòng Giáo dục và \u{00D0}ào tạo"),
            "phong-giao-duc-va-dao-tao"
        );
    }

    #[test]
    fn nfd_and_nfc_give_the_same_slug() {
        let nfc = "Huyện ủy An Lão";
        let nfd = to_nfd(nfc);
        assert_ne!(nfc, nfd);
        assert_eq!(slugify(&nfd), slugify(nfc));
        assert_eq!(slugify(nfc), "huyen-uy-an-lao");
    }

    #[test]
    fn dashes_and_spaces_collapse() {
        assert_eq!(slugify("Nhiệm kỳ 2020 – 2025"), "nhiem-ky-2020-2025");
        assert_eq!(
            slugify("III. Bài học kinh nghiệm"),
            "iii-bai-hoc-kinh-nghiem"
        );
    }
}
