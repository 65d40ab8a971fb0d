//! `nhiemky serve` as a drafter uses it: pages over HTTP, a reload after each save with the new
//! content, deleted documents gone, mistakes shown on every page and gone once fixed.

mod common;

use common::TestSite;
use common::server::Server;

const DOC: &str = "content/dang-bo-thu/2020-2025/bao-cao.md";
const DOC_PAGE: &str = "/dang-bo-thu/2020-2025/bao-cao.html";
const DATA: &str = "content/dang-bo-thu/2020-2025/data.toml";
const INDICATOR_PAGE: &str = "/dang-bo-thu/chi-tieu/ty-le-dang-vien.html";

fn overlay(page: &str) -> bool {
    page.contains("id=\"nhiemky-loi\"")
}

#[test]
fn pages_are_served_with_the_reload_script_and_never_cached() {
    let site = TestSite::fixture("valid-site");
    let server = Server::start(&site);
    let (status, home) = server.get("/");
    assert_eq!(status, 200);
    assert!(home.contains("Đảng bộ Thử nghiệm"));
    assert!(home.contains("new EventSource(\"/__nhiemky/events\")"));
    assert!(!overlay(&home));
    assert_eq!(
        server.header("/", "cache-control").as_deref(),
        Some("no-store")
    );
    let (status, page) = server.get(DOC_PAGE);
    assert_eq!(status, 200);
    assert!(page.contains("Báo cáo chính trị nhiệm kỳ 2020 - 2025"));
    let (status, _) = server.get("/dang-bo-thu/chi-tieu/ty-le-dang-vien.svg");
    assert_eq!(status, 200);
    assert_eq!(
        server.header("/css/site.css", "content-type").as_deref(),
        Some("text/css; charset=utf-8")
    );
    // Served from memory: the drafter's public/ is not touched.
    assert!(!site.path("public").exists());
    // And `build` never writes the preview's script.
    drop(server);
    site.build().assert_ok();
    for page in ["public/index.html", &format!("public{DOC_PAGE}")] {
        assert!(!site.read(page).contains("__nhiemky"), "{page}");
    }
}

#[test]
fn a_saved_document_reloads_the_page_with_its_new_text() {
    let site = TestSite::fixture("valid-site");
    let server = Server::start(&site);
    assert!(!server.get(DOC_PAGE).1.contains("Đoạn mới"));
    let events = server.events();
    site.edit(
        DOC,
        "## Phần thứ nhất",
        "## Phần thứ nhất\n\nĐoạn mới viết thêm.",
    );
    events.reload();
    assert!(server.get(DOC_PAGE).1.contains("Đoạn mới viết thêm."));
}

#[test]
fn new_data_reaches_every_page_that_shows_it() {
    let site = TestSite::fixture("valid-site");
    let server = Server::start(&site);
    // Kept pages, to be sure they are not served stale.
    for path in [
        "/",
        "/dang-bo-thu/",
        "/dang-bo-thu/2015-2020/",
        INDICATOR_PAGE,
        DOC_PAGE,
    ] {
        assert_eq!(server.get(path).0, 200, "{path}");
    }
    let png = "/dang-bo-thu/chi-tieu/ty-le-dang-vien.png";
    let old_png = server.bytes(png);
    let events = server.events();
    site.edit(DATA, "value = 58.6", "value = 61.2");
    events.reload();
    assert_ne!(server.bytes(png), old_png, "the PNG chart is stale");
    for path in [
        INDICATOR_PAGE,
        DOC_PAGE,
        "/dang-bo-thu/chi-tieu/ty-le-dang-vien.svg",
    ] {
        let page = server.get(path).1;
        assert!(page.contains("61,2"), "{path} is stale");
        assert!(!page.contains("58,6"), "{path} is stale");
    }
    assert!(
        server.log().contains("reloaded content/dang-bo-thu in"),
        "{}",
        server.log()
    );
}

#[test]
fn a_deleted_document_is_gone_at_once() {
    let site = TestSite::fixture("valid-site");
    let server = Server::start(&site);
    assert_eq!(server.get(DOC_PAGE).0, 200);
    let events = server.events();
    std::fs::remove_file(site.path(DOC)).unwrap();
    events.reload();
    let (status, page) = server.get(DOC_PAGE);
    assert_eq!(status, 404);
    assert!(page.contains("Không tìm thấy trang"));
    assert!(
        !server
            .get("/dang-bo-thu/2020-2025/")
            .1
            .contains("bao-cao.html")
    );
}

#[test]
fn old_addresses_anywhere_in_the_site_are_served_as_redirects() {
    let site = TestSite::fixture("valid-site");
    site.edit(
        DOC,
        "status = ",
        "aliases = [\"/van-ban/bao-cao-2020.html\", \"/bao-cao-cu.html\", \"/dang-bo-thu/cu/\"]\nstatus = ",
    );
    let server = Server::start(&site);
    for (old, up) in [
        ("/van-ban/bao-cao-2020.html", "../"),
        ("/bao-cao-cu.html", ""),
        ("/dang-bo-thu/cu/", "../../"),
    ] {
        let (status, page) = server.get(old);
        assert_eq!(status, 200, "{old}");
        let refresh = format!("content=\"0; url={up}{}\"", &DOC_PAGE[1..]);
        assert!(page.contains(&refresh), "{old}: {page}");
    }
    assert_eq!(server.get("/van-ban/khac.html").0, 404);
}

#[test]
fn pages_under_an_old_slug_are_served_as_redirects() {
    let site = TestSite::fixture("valid-site");
    site.edit(
        "content/dang-bo-thu/_org.toml",
        "kind = ",
        "old_slugs = [\"dang-bo-cu\"]\nkind = ",
    );
    let server = Server::start(&site);
    for (old, new) in [
        ("/dang-bo-cu/", "../dang-bo-thu/index.html"),
        (
            "/dang-bo-cu/2020-2025/bao-cao.html",
            "../../dang-bo-thu/2020-2025/bao-cao.html",
        ),
        (
            "/dang-bo-cu/chi-tieu/ty-le-dang-vien.html",
            "../../dang-bo-thu/chi-tieu/ty-le-dang-vien.html",
        ),
    ] {
        let (status, page) = server.get(old);
        assert_eq!(status, 200, "{old}");
        assert!(
            page.contains(&format!("content=\"0; url={new}\"")),
            "{old}: {page}"
        );
    }
    assert_eq!(
        server.get("/dang-bo-cu/chi-tieu/ty-le-dang-vien.svg").0,
        404
    );
}

#[test]
fn a_renamed_document_moves_to_its_new_address() {
    let site = TestSite::fixture("valid-site");
    let server = Server::start(&site);
    assert_eq!(server.get(DOC_PAGE).0, 200);
    let events = server.events();
    std::fs::rename(
        site.path(DOC),
        site.path("content/dang-bo-thu/2020-2025/bao-cao-dai-hoi.md"),
    )
    .unwrap();
    events.reload();
    assert_eq!(server.get(DOC_PAGE).0, 404);
    assert_eq!(
        server.get("/dang-bo-thu/2020-2025/bao-cao-dai-hoi.html").0,
        200
    );
    let term = server.get("/dang-bo-thu/2020-2025/").1;
    assert!(term.contains("bao-cao-dai-hoi.html") && !term.contains("bao-cao.html"));
}

#[test]
fn a_deleted_organisation_folder_leaves_the_site() {
    let site = TestSite::fixture("valid-site");
    let server = Server::start(&site);
    assert!(server.get("/").1.contains("Đảng bộ Thử nghiệm"));
    assert_eq!(server.get(INDICATOR_PAGE).0, 200);
    let events = server.events();
    std::fs::remove_dir_all(site.path("content/dang-bo-thu")).unwrap();
    events.reload();
    assert!(!server.get("/").1.contains("Đảng bộ Thử nghiệm"));
    for path in ["/dang-bo-thu/", INDICATOR_PAGE, DOC_PAGE] {
        assert_eq!(server.get(path).0, 404, "{path}");
    }
}

#[test]
fn a_broken_data_file_shows_its_place_on_every_page_until_fixed() {
    let site = TestSite::fixture("valid-site");
    let server = Server::start(&site);
    let events = server.events();
    site.edit(DATA, "comparator = \">=\"", "comparater = \">=\"");
    events.reload();
    for path in ["/", INDICATOR_PAGE, "/khong-co.html"] {
        let page = server.get(path).1;
        assert!(overlay(&page), "{path} has no overlay");
        assert!(page.contains("unknown key `comparater`"), "{path}");
        assert!(page.contains(&format!("{DATA}:17:3")), "{path}");
    }
    // The last good version stays in service meanwhile.
    assert!(server.get(INDICATOR_PAGE).1.contains("58,6"));
    site.edit(DATA, "comparater = \">=\"", "comparator = \">=\"");
    events.reload();
    assert!(!overlay(&server.get(INDICATOR_PAGE).1));
    assert!(!overlay(&server.get("/").1));
}

#[test]
fn data_broken_from_the_start_is_not_shown_as_missing() {
    let site = TestSite::fixture("valid-site");
    site.edit(DATA, "value = 58.6", "value = 58,6");
    let server = Server::start(&site);
    let page = server.get("/dang-bo-thu/2020-2025/").1;
    assert!(overlay(&page));
    assert!(
        page.contains("write 58.6 (the site shows it as 58,6)"),
        "{page}"
    );
    assert!(page.contains("Số liệu chỉ tiêu chưa đọc được"), "{page}");
    assert!(!page.contains("Chưa có số liệu chỉ tiêu"), "{page}");
}

#[test]
fn a_template_change_shows_on_the_pages_that_use_it() {
    let site = TestSite::fixture("valid-site");
    site.write(
        "templates/partials/verdict.html",
        common::builtin_template("partials/verdict.html"),
    );
    let server = Server::start(&site);
    assert!(
        !server
            .get("/dang-bo-thu/2015-2020/")
            .1
            .contains("ĐÃ SỬA MẪU")
    );
    let events = server.events();
    let template = site.read("templates/partials/verdict.html");
    site.write(
        "templates/partials/verdict.html",
        format!("<i>ĐÃ SỬA MẪU</i>{template}"),
    );
    events.reload();
    assert!(
        server
            .get("/dang-bo-thu/2015-2020/")
            .1
            .contains("ĐÃ SỬA MẪU")
    );
    // A broken template keeps the last good theme and says where it broke.
    site.write("templates/partials/verdict.html", "{% if %}");
    events.reload();
    let page = server.get("/dang-bo-thu/2015-2020/").1;
    assert!(overlay(&page));
    assert!(page.contains("templates/partials/verdict.html"), "{page}");
    assert!(page.contains("ĐÃ SỬA MẪU"));
}

#[test]
fn a_new_organisation_appears_and_drafts_carry_a_banner() {
    let site = TestSite::fixture("valid-site");
    let server = Server::start(&site);
    // Kept lists of the whole site, which must not be served stale.
    assert!(!server.get("/atom.xml").1.contains("chi-bo-moi"));
    assert!(!server.get("/sitemap.xml").1.contains("chi-bo-moi"));
    let events = server.events();
    site.write(
        "content/chi-bo-moi/_org.toml",
        "slug = \"chi-bo-moi\"\nname = \"Chi bộ Mới\"\nkind = \"chi-bo\"\n",
    );
    site.write(
        "content/chi-bo-moi/2025-2030/du-thao.md",
        "+++\ntitle = \"Dự thảo báo cáo chính trị\"\norg = \"chi-bo-moi\"\nterm = \"2025-2030\"\ndoc_type = \"bao-cao-chinh-tri\"\nstatus = \"draft\"\ndate = 2025-06-01\n+++\n\nNội dung dự thảo.\n",
    );
    events.reload();
    let mut home = server.get("/").1;
    // The two files may arrive as two saves.
    if !home.contains("du-thao") && !home.contains("Chi bộ Mới") {
        events.reload();
        home = server.get("/").1;
    }
    assert!(home.contains("Chi bộ Mới"), "{home}");
    let (status, draft) = server.get("/chi-bo-moi/2025-2030/du-thao.html");
    assert_eq!(status, 200, "{}", server.log());
    assert!(draft.contains("class=\"draft-banner\""));
    assert!(draft.contains("Bản nháp"));
    let feed = server.get("/atom.xml").1;
    assert!(
        feed.contains("/chi-bo-moi/2025-2030/du-thao.html"),
        "{feed}"
    );
    assert!(
        feed.contains(&server.url),
        "the preview's feed uses the preview's address"
    );
    assert!(server.get("/sitemap.xml").1.contains("/chi-bo-moi/"));
}

#[test]
fn a_site_that_does_not_load_still_gets_a_server_showing_why() {
    let site = TestSite::fixture("valid-site");
    site.write("config.toml", "title = \"Thiếu địa chỉ\"\n");
    let server = Server::start(&site);
    let (status, page) = server.get("/");
    assert_eq!(status, 503);
    assert!(overlay(&page));
    assert!(page.contains("config.toml"), "{page}");
    let events = server.events();
    site.write(
        "config.toml",
        "title = \"Trang thử nghiệm\"\nbase_url = \"https://thu.example.vn/\"\n",
    );
    events.reload();
    let (status, page) = server.get("/");
    assert_eq!(status, 200);
    assert!(!overlay(&page) && page.contains("Đảng bộ Thử nghiệm"));
}

#[test]
fn paths_outside_the_site_are_refused() {
    let site = TestSite::fixture("valid-site");
    site.write("bi-mat.txt", "không được đọc");
    let server = Server::start(&site);
    for path in [
        "/../bi-mat.txt",
        "/%2e%2e/bi-mat.txt",
        "/dang-bo-thu/%2E%2E/%2E%2E/bi-mat.txt",
        "/..%5cbi-mat.txt",
    ] {
        let (status, body) = server.get(path);
        assert!(status == 400 || status == 404, "{path}: {status}");
        assert!(!body.contains("không được đọc"), "{path}");
    }
    assert_eq!(server.get("/config.toml").0, 404);
    assert_eq!(
        server.header("/dang-bo-thu", "location").as_deref(),
        Some("/dang-bo-thu/")
    );
}

#[test]
fn ctrl_c_stops_the_server_cleanly() {
    let site = TestSite::fixture("valid-site");
    let server = Server::start(&site);
    let _listening_page = server.events();
    let status = server.interrupt();
    assert!(status.success(), "{status}");
}

#[test]
fn a_busy_port_is_said_out_loud_and_the_next_one_used() {
    let site = TestSite::fixture("valid-site");
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port();
    let mut child = common::nhiemky()
        .args(["serve", "--port", &port.to_string(), "--root"])
        .arg(site.dir.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1500));
    child.kill().unwrap();
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stderr.contains(&format!("port {port} is in use; serving on port")),
        "{stderr}"
    );
    assert!(stdout.contains("serving at http://127.0.0.1:"), "{stdout}");
    assert!(!stdout.contains(&format!(":{port}/")));
}
