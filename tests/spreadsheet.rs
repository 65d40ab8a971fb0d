//! A term's CSV opened in a real spreadsheet: LibreOffice Calc (Debian's
//! `libreoffice-calc-nogui`) converts it to HTML, and the cells it made are read back. Vietnamese
//! text arrives exactly, numbers are numbers with their value, and text that looks like a
//! formula is shown as text, never run.

mod common;

use common::TestSite;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Every Vietnamese vowel with every tone, and đ/Đ.
const LETTERS: &str = "Đảng viên trường: à á ả ã ạ ă ằ ắ ẳ ẵ ặ â ầ ấ ẩ ẫ ậ đ è é ẻ ẽ ẹ ê ề ế ể ễ ệ \
                       ì í ỉ ĩ ị ò ó ỏ õ ọ ô ồ ố ổ ỗ ộ ơ ờ ớ ở ỡ ợ ù ú ủ ũ ụ ư ừ ứ ử ữ ự ỳ ý ỷ ỹ ỵ \
                       ĐẢNG VIÊN ƯỚC";

const HOSTILE_NAME: &str = r#"=HYPERLINK("http://x.vn","bấm")"#;

/// One soffice run is a few seconds; its first start makes a profile.
const SOFFICE_PATIENCE: Duration = Duration::from_secs(120);

/// LibreOffice's `soffice`, or the one named by `NHIEMKY_SOFFICE`.
fn soffice() -> PathBuf {
    let path = std::env::var_os("NHIEMKY_SOFFICE")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/soffice"));
    assert!(
        path.exists(),
        "the spreadsheet test needs LibreOffice at {}: install Debian's package \
         (apt-get install --no-install-recommends libreoffice-calc-nogui) or set NHIEMKY_SOFFICE",
        path.display()
    );
    path
}

/// The fixture with figures of every kind that trouble spreadsheets.
fn site() -> TestSite {
    let site = TestSite::fixture("valid-site");
    let data = site.read("content/dang-bo-thu/2020-2025/data.toml");
    let name = HOSTILE_NAME.replace('"', "\\\"");
    site.write(
        "content/dang-bo-thu/2020-2025/data.toml",
        format!(
            r#"{data}
[[indicator]]
id = "chu-viet"
name = "{LETTERS}"
unit = "%"
unit_label = "trường"

  [[indicator.obs]]
  year = 2019
  value = 1.234
  as_stated = "Đảng viên"

[[indicator]]
id = "cong-thuc"
name = "{name}"
unit = "count"
unit_label = "+1"

  [[indicator.obs]]
  year = 2018
  value = 7
  as_stated = "-1"
  differs_from_stated = "=2"

  [[indicator.obs]]
  year = 2019
  value = 8
  as_stated = "@SUM(A1:A2)"
"#
        ),
    );
    site.build().assert_ok();
    site
}

/// A cell as Calc made it: its text and, for a number, its value.
#[derive(Debug)]
struct Cell {
    text: String,
    value: Option<f64>,
}

/// Opens `csv` in Calc and returns its cells, row by row, from the HTML Calc writes.
///
/// The import options are those Calc's Text Import dialog chooses by itself when a user opens the
/// file: comma, double quotes, and UTF-8, which it reads from the byte-order mark. Without
/// options, a conversion from the command line reads every CSV as Windows-1252 whatever it
/// holds (LibreOffice's default for imports without a dialog), so it cannot stand in for a
/// user. Language English (USA); "Evaluate formulas" on, the worst case for injected formulas.
fn open_in_calc(csv: &Path, work: &Path) -> Vec<Vec<Cell>> {
    let profile = url::Url::from_directory_path(work.join("lo")).unwrap();
    let mut child = Command::new(soffice())
        .arg("--headless")
        .arg("--norestore")
        .arg(format!("-env:UserInstallation={profile}"))
        .arg("--infilter=CSV:44,34,76,1,,1033,false,false,false,false,false,-1,true")
        .args(["--convert-to", "html", "--outdir"])
        .arg(work)
        .arg(csv)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("soffice did not start");
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > SOFFICE_PATIENCE {
            child.kill().ok();
            child.wait().ok();
            panic!("soffice did not finish within {SOFFICE_PATIENCE:?}");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(status.success(), "soffice failed: {status}");
    let html = std::fs::read_to_string(csv.with_extension("html")).expect("Calc wrote no HTML");
    let page = scraper::Html::parse_document(&html);
    let tr = scraper::Selector::parse("table tr").unwrap();
    let td = scraper::Selector::parse("td").unwrap();
    page.select(&tr)
        .map(|row| {
            row.select(&td)
                .map(|cell| Cell {
                    text: cell.text().collect(),
                    value: cell.attr("sdval").map(|v| v.parse().unwrap()),
                })
                .collect()
        })
        .collect()
}

#[test]
fn a_terms_csv_opens_in_libreoffice_with_its_text_numbers_and_no_formula() {
    let site = site();
    let work = tempfile::tempdir().unwrap();
    let csv = work.path().join("chi-tieu.csv");
    std::fs::copy(site.path("public/dang-bo-thu/2015-2020/chi-tieu.csv"), &csv).unwrap();
    let rows = open_in_calc(&csv, work.path());

    // The header, in Vietnamese, from the first cell on (no byte-order mark left in it).
    let header: Vec<&str> = rows[0].iter().map(|c| c.text.as_str()).collect();
    assert_eq!(header[..3], ["Mã chỉ tiêu", "Tên chỉ tiêu", "Tổ chức"]);
    let row = |id: &str, period: &str| {
        rows.iter()
            .find(|r| r[0].text == id && r[5].text == period)
            .unwrap_or_else(|| panic!("no {id} row for {period}: {rows:#?}"))
    };

    let letters = row("chu-viet", "2019");
    assert_eq!(letters[1].text, LETTERS, "exactly, in NFC");
    assert_eq!(letters[2].text, "Đảng bộ Thử nghiệm");
    assert_eq!(letters[10].text, "trường");
    assert_eq!(letters[11].text, "Đảng viên");
    // A decimal is a number, not text, not thousands, not a date.
    assert_eq!(letters[6].value, Some(1.234), "{:?}", letters[6]);
    let share = row("ty-le-dang-vien", "2019");
    assert_eq!(share[6].value, Some(58.6), "{:?}", share[6]);
    // The term is text as written, not a subtraction or a date.
    assert_eq!(
        (share[3].text.as_str(), share[3].value),
        ("2015-2020", None)
    );

    // Formula-looking text stays text, shown with its guard, never evaluated.
    let first = row("cong-thuc", "2018");
    let second = row("cong-thuc", "2019");
    for (cell, shown) in [
        (&first[1], format!("'{HOSTILE_NAME}")),
        (&first[10], "'+1".to_owned()),
        (&first[11], "'-1".to_owned()),
        (&second[11], "'@SUM(A1:A2)".to_owned()),
    ] {
        assert_eq!((cell.text.as_str(), cell.value), (shown.as_str(), None));
    }
    assert_eq!(first[6].value, Some(7.0));
}
