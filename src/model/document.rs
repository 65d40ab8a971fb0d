//! Documents of a term (báo cáo chính trị, kiểm điểm, nghị quyết…): front matter as the model
//! holds it. The Markdown body is read again when the page is rendered, so a large corpus does
//! not sit in memory.

use crate::diagnostics::source::Origin;
use crate::model::term::Term;
use jiff::civil::Date;
use serde::Deserialize;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DocType {
    BaoCaoChinhTri,
    BaoCaoKiemDiem,
    NghiQuyet,
    ChuongTrinhHanhDong,
    DeAnNhanSu,
    SoKet,
    TongKet,
    BaoCao,
    BaiViet,
    Khac,
}

impl DocType {
    /// Whether it is a party document, headed by the Party's name (Hướng dẫn 36-HD/VPTW);
    /// articles and other papers are not.
    pub fn is_party_document(self) -> bool {
        !matches!(self, DocType::BaiViet | DocType::Khac)
    }

    pub fn code(self) -> &'static str {
        match self {
            DocType::BaoCaoChinhTri => "bao-cao-chinh-tri",
            DocType::BaoCaoKiemDiem => "bao-cao-kiem-diem",
            DocType::NghiQuyet => "nghi-quyet",
            DocType::ChuongTrinhHanhDong => "chuong-trinh-hanh-dong",
            DocType::DeAnNhanSu => "de-an-nhan-su",
            DocType::SoKet => "so-ket",
            DocType::TongKet => "tong-ket",
            DocType::BaoCao => "bao-cao",
            DocType::BaiViet => "bai-viet",
            DocType::Khac => "khac",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Draft,
    Review,
    Published,
    Archived,
}

impl Status {
    pub fn code(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Review => "review",
            Status::Published => "published",
            Status::Archived => "archived",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CongressKind {
    /// Đại hội đại biểu.
    DaiBieu,
    /// Đại hội toàn thể đảng viên.
    ToanTheDangVien,
}

impl CongressKind {
    pub fn code(self) -> &'static str {
        match self {
            CongressKind::DaiBieu => "dai-bieu",
            CongressKind::ToanTheDangVien => "toan-the-dang-vien",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Congress {
    /// Shown in Roman numerals: "lần thứ III".
    pub ordinal: Option<u32>,
    pub kind: Option<CongressKind>,
    pub date: Option<Date>,
    pub party_members: Option<u32>,
    pub superior: Option<String>,
    pub motto: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FrontMatter {
    pub title: String,
    pub reviewed_term: Option<Term>,
    pub doc_type: DocType,
    pub status: Status,
    pub date: Option<Date>,
    /// Số, ký hiệu: "25-BC/ĐU".
    pub number: Option<String>,
    /// Cơ quan ban hành; the organisation when not given.
    pub issuer: Option<String>,
    /// Địa danh: where it was issued.
    pub place: Option<String>,
    pub sources: Vec<String>,
    pub tags: Vec<String>,
    /// Old addresses (routes, `van-ban/bao-cao-2020.html`) that redirect to the document.
    pub aliases: Vec<(String, Origin)>,
    pub summary: Option<String>,
    pub highlight_indicators: Vec<(String, Origin)>,
    pub congress: Option<Congress>,
}

#[derive(Debug, Clone)]
pub struct Document {
    pub org: String,
    pub term: Term,
    /// The file stem: `bao-cao-chinh-tri.md` → `bao-cao-chinh-tri`.
    pub slug: String,
    pub path: PathBuf,
    /// Relative to the site root, for diagnostics.
    pub display: String,
    pub front: FrontMatter,
}

/// Where a document's date comes from, for feeds and listings by date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateRule {
    /// `date` in the front matter.
    Stated,
    /// No `date`: the date of the congress it was written for.
    Congress,
    /// Neither: 1 January of the term's last year, the year its closing congress is held.
    TermEnd,
}

impl Document {
    /// The document's date by the document date rule: `date`, else the congress date, else
    /// 1 January of the term's last year.
    pub fn dated(&self) -> (Date, DateRule) {
        if let Some(date) = self.front.date {
            return (date, DateRule::Stated);
        }
        if let Some(date) = self.front.congress.as_ref().and_then(|c| c.date) {
            return (date, DateRule::Congress);
        }
        let year = i16::try_from(self.term.end).unwrap_or(i16::MAX);
        (
            Date::new(year, 1, 1).unwrap_or(Date::MAX),
            DateRule::TermEnd,
        )
    }
}
