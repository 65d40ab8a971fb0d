//! URL slugs for headings and scaffolds. Organisation slugs and indicator ids are written in
//! the files and never recomputed (a re-spelt name must not break a published URL).

/// `"Đảng bộ Sở GD&ĐT Lạng Sơn"` → `"dang-bo-so-gd-dt-lang-son"`: đ/Đ (and the look-alike
/// Ð U+00D0) become d, tones and hooks are dropped, NFD input gives the same result.
pub fn slugify(text: &str) -> String {
    slug::slugify(text)
}

#[cfg(test)]
mod tests {
    use super::slugify;
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
