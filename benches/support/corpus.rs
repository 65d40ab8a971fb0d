//! A synthetic corpus shaped like real term reports: N organisations × 2 terms, each term a
//! ~12 KB political report (headings, prose, shortcodes) and a data.toml of 10 indicators
//! joined across both terms. Deterministic: the same N gives the same bytes.

use std::fs;
use std::path::{Path, PathBuf};

pub const TERMS: [&str; 2] = ["2015-2020", "2020-2025"];

const SYLLABLES: [&str; 24] = [
    "Đảng",
    "bộ",
    "chi",
    "giáo",
    "dục",
    "đào",
    "tạo",
    "huyện",
    "tỉnh",
    "xã",
    "trường",
    "học",
    "nhiệm",
    "kỳ",
    "kết",
    "quả",
    "chỉ",
    "tiêu",
    "phát",
    "triển",
    "đảng",
    "viên",
    "lãnh",
    "đạo",
];
const PLACES: [&str; 12] = [
    "Văn Bàn",
    "An Lão",
    "Lạng Sơn",
    "Chư Pưh",
    "Ân Thi",
    "Bắc Hà",
    "Đồng Văn",
    "Ea Kar",
    "Gia Lâm",
    "Hòa Vang",
    "Ý Yên",
    "Ứng Hòa",
];

/// A small deterministic generator (no dependency, same numbers on every machine).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() as usize) % items.len()]
    }
}

/// The benchmark's site: `NHIEMKY_BENCH_CORPUS` if set (generated there when empty, and kept),
/// else a new one in `work`; `NHIEMKY_BENCH_ORGS` organisations (5,000 = 10,000 term pages).
/// Returns the site's folder and its number of organisations.
pub fn prepare(work: &Path) -> (PathBuf, usize) {
    let orgs: usize = std::env::var("NHIEMKY_BENCH_ORGS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(5000);
    let site = match std::env::var_os("NHIEMKY_BENCH_CORPUS") {
        Some(dir) => PathBuf::from(dir),
        None => work.join("site"),
    };
    let orgs = ensure(&site, orgs);
    (site, orgs)
}

/// Generates `orgs` organisations into `site` unless its content/ is already there; returns
/// the number of organisations it holds.
pub fn ensure(site: &Path, orgs: usize) -> usize {
    if !site.join("content").is_dir() {
        generate(site, orgs);
    }
    let orgs = fs::read_dir(site.join("content")).unwrap().count();
    println!(
        "corpus: {orgs} organisations, {} term pages, {:.1} MB of content",
        orgs * TERMS.len(),
        content_bytes(&site.join("content")) as f64 / 1e6
    );
    orgs
}

fn content_bytes(path: &Path) -> u64 {
    walkdir::WalkDir::new(path)
        .into_iter()
        .filter_map(Result::ok)
        .filter_map(|e| e.metadata().ok())
        .filter(|m| m.is_file())
        .map(|m| m.len())
        .sum()
}

/// Writes the site's config.toml, with charts drawn or turned off.
pub fn write_config(root: &Path, charts: bool) {
    fs::write(
        root.join("config.toml"),
        format!(
            "title = \"Kho báo cáo nhiệm kỳ\"\nbase_url = \"https://kho.example.vn/\"\n\n[charts]\nenabled = {charts}\n"
        ),
    )
    .unwrap();
}

/// Writes config.toml and content/ for `orgs` organisations into `root`.
pub fn generate(root: &Path, orgs: usize) {
    fs::create_dir_all(root.join("content")).unwrap();
    write_config(root, true);
    let mut rng = Lcg(42);
    for n in 0..orgs {
        let slug = format!("dang-bo-{n:05}");
        let place = PLACES[n % PLACES.len()];
        let dir = root.join("content").join(&slug);
        fs::create_dir_all(&dir).unwrap();
        fs::write(
            dir.join("_org.toml"),
            format!("slug = \"{slug}\"\nname = \"Đảng bộ {place} số {n}\"\nkind = \"dang-bo\"\nprovince = \"{place}\"\n"),
        )
        .unwrap();
        for (t, term) in TERMS.iter().enumerate() {
            let term_dir = dir.join(term);
            fs::create_dir_all(&term_dir).unwrap();
            fs::write(
                term_dir.join("bao-cao-chinh-tri.md"),
                report(&slug, place, term, &mut rng),
            )
            .unwrap();
            fs::write(term_dir.join("data.toml"), data(&slug, term, t, &mut rng)).unwrap();
        }
    }
}

fn sentence(rng: &mut Lcg) -> String {
    let words = 12 + rng.next() % 14;
    let mut s: String = (0..words)
        .map(|_| rng.pick(&SYLLABLES))
        .collect::<Vec<_>>()
        .join(" ");
    s.push_str(". ");
    s
}

fn report(slug: &str, place: &str, term: &str, rng: &mut Lcg) -> String {
    let (start, end) = term.split_once('-').unwrap();
    let previous = format!("{}-{}", start.parse::<i32>().unwrap() - 5, start);
    let mut text = format!(
        "+++\ntitle = \"Báo cáo chính trị Đại hội Đảng bộ {place}, nhiệm kỳ {start} - {end}\"\norg = \"{slug}\"\nterm = \"{term}\"\nreviewed_term = \"{previous}\"\ndoc_type = \"bao-cao-chinh-tri\"\nstatus = \"published\"\ndate = {start}-05-12\n\n[summary]\ntext = \"Đánh giá kết quả nhiệm kỳ {previous} và đề ra chỉ tiêu nhiệm kỳ {term}.\"\n+++\n\n"
    );
    let sections = [
        "## Phần thứ nhất. Kết quả thực hiện Nghị quyết",
        "### I. Kết quả thực hiện các chỉ tiêu chủ yếu",
        "### II. Công tác xây dựng Đảng",
        "### III. Hạn chế và nguyên nhân",
        "### IV. Bài học kinh nghiệm",
        "## Phần thứ hai. Phương hướng, mục tiêu, nhiệm vụ",
        "### I. Mục tiêu cụ thể",
        "### II. Nhiệm vụ và giải pháp",
    ];
    for (i, heading) in sections.iter().enumerate() {
        text.push_str(heading);
        text.push_str("\n\n");
        for _ in 0..3 {
            for _ in 0..5 {
                text.push_str(&sentence(rng));
            }
            text.push_str("\n\n");
        }
        match i {
            1 => text.push_str(&format!("{{{{ indicator_table(term=\"{term}\") }}}}\n\n")),
            2 => text.push_str("Tỷ lệ đạt {{ indicator(id=\"chi-tieu-1\") }} trong nhiệm kỳ.\n\n"),
            6 => text.push_str(&format!(
                "{{{{ indicator_table(term=\"{term}\", view=\"targets\") }}}}\n\n"
            )),
            _ => {}
        }
    }
    text
}

fn data(slug: &str, term: &str, term_index: usize, rng: &mut Lcg) -> String {
    let (start, end) = term.split_once('-').unwrap();
    let mut text = format!("schema_version = 1\norg = \"{slug}\"\nterm = \"{term}\"\n");
    for i in 1..=10 {
        let value = 40.0 + (rng.next() % 600) as f64 / 10.0;
        let target = 50.0 + (rng.next() % 450) as f64 / 10.0;
        let (unit, obs, goal) = match i % 3 {
            0 => (
                "unit = \"count\"\nunit_label = \"trường\"",
                format!("value = {}", (value * 3.0).round()),
                format!("value = {}", (target * 3.0).round()),
            ),
            1 => (
                "unit = \"ratio\"\nunit_label = \"chi bộ\"",
                format!("num = {}\nden = 120", (value * 1.2).round().min(120.0)),
                format!("value = {target}"),
            ),
            _ => (
                "unit = \"%\"",
                format!("value = {value}\nqualifier = \">\""),
                format!("value = {target}"),
            ),
        };
        text.push_str(&format!(
            "\n[[indicator]]\nid = \"chi-tieu-{i}\"\nname = \"Chỉ tiêu {i}: {} {} {}\"\n{unit}\ndirection = \"higher_better\"\ngroup = \"xay-dung-dang\"\n\n  [[indicator.obs]]\n  year = {end}\n  {obs}\n\n  [[indicator.target]]\n  term = \"{term}\"\n  by = {end}\n  comparator = \">=\"\n  {goal}\n",
            rng.pick(&SYLLABLES),
            rng.pick(&SYLLABLES),
            rng.pick(&SYLLABLES),
            obs = obs.replace('\n', "\n  "),
        ));
        if term_index == 0 {
            text.push_str(&format!(
                "\n  [[indicator.obs]]\n  year = {start}\n  role = \"baseline\"\n  value = {}\n",
                (value / 2.0).round()
            ));
        }
    }
    text
}
