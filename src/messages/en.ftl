# nhiemky — what the tool says to the person running it, in English.
#
# Each message has an id and values { $name }. vi.ftl has the same ids with the same values
# (tests/messages.rs checks). Numbers are written by the code the English way (1,826; 4.4); key
# names and snippets of the file (`unit`, "58.6") stay as the drafter wrote them.
# Messages start in lower case with no final full stop; a hint says how to write it right.


## How serious a message is
## [section: levels]

level-error = error
level-warning = warning
level-help = help
# A sentence still written in code (transitional).
untranslated = { $text }


## Phrases hints share
## [section: common]

hint-write-like = write it like this: { $example }
hint-for-example = e.g. { $example }


## The command line: --help, its errors, summaries (main.rs)
## [section: cli]



## Progress (build, archive, serve)
## [section: progress]



## Reading and writing files
## [section: io]

io-not-found = no such file or folder
io-permission-denied = permission denied (the file or folder is locked, or another user's)
io-already-exists = a file or folder is already there
io-storage-full = the disk is full
io-is-a-folder = it is a folder, not a file
io-not-a-folder = it is a file, not a folder
io-read-only = the disk is read-only
io-folder-not-empty = the folder is not empty
io-invalid-name = the file name is not valid on this machine
io-crosses-devices = cannot move between two different disks
io-other = system error: { $detail }


## Source files: encoding, empty files (diagnostics/source.rs)
## [section: source]



## TOML syntax and kinds of values (toml_input/)
## [section: toml]



## config.toml (config.rs)
## [section: config]



## Terms, school years, periods (model/)
## [section: model]



## Indicator data: data.toml (load/data_file/)
## [section: data]



## Organisations, documents, originals, folders (load/)
## [section: load]



## Checks across files (load/assemble.rs)
## [section: check]



## Web addresses (routes.rs, output/)
## [section: routes]



## Markdown and shortcodes {{ … }} (markdown/)
## [section: markdown]



## Rendering, templates, charts, search (render/, search/)
## [section: render]

render-shortcode-table-not-inline = indicator_table must stand on a line of its own
render-shortcode-table-not-inline-hint = put a blank line before and after { $example }
render-shortcode-unknown-view = view "{ $view }" is not known
render-shortcode-unknown-view-hint = use view="results" (targets, results and verdicts) or view="targets"
render-shortcode-unknown = unknown shortcode `{ $name }`
render-shortcode-unknown-hint = shortcodes: { $known }
render-shortcode-no-original = no original "{ $name }" in { $folder }
render-shortcode-no-original-hint = put the file in the term's files/ folder
render-shortcode-originals-of-term = originals of this term: { $names }
render-shortcode-no-indicator = no indicator "{ $id }" in the data of { $org }
render-shortcode-unknown-chart-kind = chart kind "{ $kind }" is not known
render-shortcode-unknown-chart-kind-hint = kind="trend" (over time), "progress" (against the target), "breakdown" (parts of a whole) or "change" (rises and falls)
render-shortcode-chart-kind-impossible-hint = choose another kind, or leave kind out
render-shortcode-no-chart = "{ $id }" has no chart: { $why }
render-shortcode-no-chart-hint = use { $example } to show its value as stated
render-shortcode-unknown-arg = `{ $name }` takes no argument `{ $arg }`
render-shortcode-takes-no-args = it takes no arguments
render-shortcode-args = arguments: { $names }
render-shortcode-arg-not-text = argument `{ $arg }` must be text, not { $found }
render-shortcode-missing-arg = `{ $name }` needs the argument `{ $arg }`
render-template-failed-at = { $message } (at { $at })


## Building, the output folder (build.rs, output/)
## [section: build]



## BagIt archives (archive/)
## [section: archive]



## The preview server (serve/)
## [section: serve]



## New organisations, terms, documents (scaffold.rs)
## [section: new]

new-not-a-site = { $root } is not a site folder (no config.toml): run nhiemky in the site folder, or pass --root FOLDER
new-not-an-org-slug = `{ $org }` is not the web address of an organisation (a-z, 0-9 and -): write the name of its folder in content/
new-no-org = no organisation `{ $org }` (expected { $expected }); create it with `nhiemky new org { $org }`
new-line-break = `{ $key }` has a line break: write it on one line
new-control-character = `{ $key }` holds an invisible control character ({ $code }); write it again without it
new-cannot-create = cannot create the folder { $path }: { $why }
new-cannot-write = cannot write the file { $path }: { $why }
new-exists = { $path } already exists; nhiemky does not write over it
new-org-bad-slug = `{ $slug }` cannot be a web address: use a-z, 0-9 and - (e.g. `{ $suggested }`)
new-doc-unknown-type = no document type `{ $doc_type }`; the types are: { $types }
new-doc-bad-slug = `{ $slug }` cannot be a file name: use a-z, 0-9 and - (e.g. `{ $suggested }`)
new-doc-exists = { $path } already exists; give the new document another name, e.g. `{ $suggested }`



## Descriptions in the JSON Schemas for editors
## [section: schema]

schema-data = The indicators of a term (data.toml): sources [[source]] and indicators [[indicator]], each with its results, targets, changes and assessments
schema-data-schema_version = The version of this file's layout; now 1. e.g. schema_version = 1
schema-data-org = The organisation's web address (slug), the same as its folder. e.g. org = "dang-bo-so-gd-dt-lang-son"
schema-data-term = The congress term, the same as its folder. e.g. term = "2020-2025"
schema-data-source = A source of figures (a document, a report, an article); indicators and figures name it by its id. e.g. a line [[source]], then id = "s1" and title = "…"
schema-data-source-id = The source's id, for figures to name with source = "…". e.g. id = "s1"
schema-data-source-title = The source's title. e.g. title = "Đảng bộ Sở GD&ĐT Lạng Sơn: Dấu ấn một nhiệm kỳ"
schema-data-source-date = The source's date: year-month-day, without quotes. e.g. date = 2020-05-20
schema-data-source-date_unknown = true when the source prints no date (the site says "không ghi ngày"). e.g. date_unknown = true
schema-data-source-kind = The kind of source, in your words: van-kien, bao-cao, bao-chi, khac. e.g. kind = "bao-chi"
schema-data-source-file = The source's file. e.g. file = "bao-cao-chinh-tri.pdf"
schema-data-source-url = The source's web address. e.g. url = "https://baolangson.vn/dau-an-mot-nhiem-ky"
schema-data-source-author = The source's author. e.g. author = "Nguyễn Văn An"
schema-data-indicator = An indicator, under a line [[indicator]], with its results [[indicator.obs]] and targets [[indicator.target]]. e.g. id = "ty-le-dang-vien-htt" and name = "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ"
schema-data-indicator-id = The indicator's id: a-z, 0-9 and -; the same id in another term's file is the same indicator. e.g. id = "ty-le-dang-vien-hoan-thanh-tot-nhiem-vu"
schema-data-indicator-name = The indicator's name, as the document writes it. e.g. name = "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên"
schema-data-indicator-name_en = An English name, if wanted. e.g. name_en = "Party members rated good or better"
schema-data-indicator-group = The report section the indicator belongs to: xay-dung-dang, chinh-tri-tu-tuong, to-chuc-dang-vien, kiem-tra-giam-sat, dan-van, nhiem-vu-chinh-tri, chat-luong, doi-ngu, co-so-vat-chat… e.g. group = "xay-dung-dang"
schema-data-indicator-unit = How values are read: "%" (a percentage), "count" (a number of things), "ratio" (a part of a whole, like 67/85), "bool" (yes or no), "rating" (a level of a rating scale). e.g. unit = "%"
schema-data-indicator-unit_label = The counting word printed after the number. e.g. unit_label = "trường"
schema-data-indicator-per = A rate per year, quarter or month: "year", "quarter", "month". e.g. per = "month" (once a month)
schema-data-indicator-precision = Decimals printed, 0 to 6 (by default 1 for % and ratio, 0 otherwise). e.g. precision = 1 (prints 58,6%)
schema-data-indicator-direction = Which way is better: "higher_better", "lower_better", "neutral"; needed when there are targets or changes. e.g. direction = "higher_better"
schema-data-indicator-scope = What is measured, when not the organisation itself. e.g. scope = "tỉnh Lạng Sơn"
schema-data-indicator-parent = The id of the indicator this one is a part of (a breakdown). e.g. parent = "so-dang-vien"
schema-data-indicator-scale = The name of a rating scale of config.toml, with unit = "rating". e.g. scale = "xep-loai-to-chuc-dang"
schema-data-indicator-kind = "measure" (a quantity, the default) or "norm" (a rule kept, like a monthly meeting: never charted). e.g. kind = "norm"
schema-data-indicator-chart = The chart drawn: "auto" (nhiemky chooses, the default), "trend" (over time), "progress" (against the target), "breakdown" (its parts), "change" (its changes), "none". e.g. chart = "trend"
schema-data-indicator-source = The id of the [[source]] its figures come from unless they say otherwise. e.g. source = "s1"
schema-data-indicator-notes = A note, printed as a footnote. e.g. notes = "Số liệu đến tháng 6 năm 2020"
schema-data-indicator-allow_over = true when a share may pass 100% (a share of a plan). e.g. allow_over = true
schema-data-indicator-no_target = The terms for which the document says no target was set (tables print "Không đề ra"). e.g. no_target = ["2015-2020"]
schema-data-indicator-obs = A result the document states, under a line [[indicator.obs]]: exactly one period (year, school_year, term, span, as_of or period_text) and a value. e.g. year = 2019 and value = 98
schema-data-indicator-obs-year = The year of the result. e.g. year = 2019
schema-data-indicator-obs-school_year = A school year, ending one year after it starts. e.g. school_year = "2019-2020"
schema-data-indicator-obs-term = The whole term; add each_year = true when the document says "hằng năm". e.g. term = "2015-2020"
schema-data-indicator-obs-span = From one year to another ("từ năm 2020 đến nay"). e.g. span = [2020, 2022]
schema-data-indicator-obs-as_of = A figure on a day ("hiện có"): year-month-day, without quotes. e.g. as_of = 2022-09-29
schema-data-indicator-obs-period_text = The document's words for the time, when no year can be written. e.g. period_text = "đến nay"
schema-data-indicator-obs-each_year = true when the result held every year of the term ("hằng năm", "luôn đạt"). e.g. each_year = true
schema-data-indicator-obs-value = The value: a number with a decimal point, true or false with unit = "bool", or a level in quotes with unit = "rating". e.g. value = 58.6
schema-data-indicator-obs-num = The part (numerator), with den. e.g. num = 67
schema-data-indicator-obs-den = The whole (denominator), with num. e.g. den = 85
schema-data-indicator-obs-range = A range of values, low first. e.g. range = [80, 90]
schema-data-indicator-obs-qualifier = How the value relates to the true one: "=" (exactly, the default), ">" (trên), ">=" (từ … trở lên), "<" (dưới), "<=" (không quá), "~" (gần, khoảng). e.g. qualifier = ">"
schema-data-indicator-obs-approx_side = With qualifier = "~": "below" (gần, just under), "above" (just over), "either" (khoảng, the default). e.g. approx_side = "below"
schema-data-indicator-obs-role = "result" (the default) or "baseline" (a starting value to compare with, never judged against a target). e.g. role = "baseline"
schema-data-indicator-obs-breakdown = The name of a part, when the document gives several parts for the same period. e.g. breakdown = "Mầm non"
schema-data-indicator-obs-as_stated = The words as the document prints them; the site shows them, and nhiemky checks that they agree with the value. e.g. as_stated = "trên 98%"
schema-data-indicator-obs-confidence = How sure the figure is: "reported" (the document states it, the default), "derived" (computed by whoever entered it, with derivation), "ambiguous" (unclear what it measures, with notes). e.g. confidence = "derived"
schema-data-indicator-obs-derivation = How a derived value was computed. e.g. derivation = "23 - 6 = 17"
schema-data-indicator-obs-source = The id of the [[source]] of this value. e.g. source = "s1"
schema-data-indicator-obs-notes = A note on this value. e.g. notes = "Không tính các trường ngoài công lập"
schema-data-indicator-obs-differs_from_stated = Why the value is not the number in as_stated, when the document itself gives both. e.g. differs_from_stated = "Phần tổng hợp ghi 13 giải; danh sách liệt kê 31 giải"
schema-data-indicator-target = A target set for a term, under a line [[indicator.target]], written in the file of the document that adopted it. e.g. term = "2020-2025", comparator = ">=" and value = 95
schema-data-indicator-target-term = The term the target belongs to (required). e.g. term = "2020-2025"
schema-data-indicator-target-by = The year it is due ("đến năm 2025"). e.g. by = 2025
schema-data-indicator-target-each_year = true for a yearly target ("hằng năm"). e.g. each_year = true
schema-data-indicator-target-kind = "level" (reach a level, the default), "increment" (add, like "xây dựng thêm 06 trường"), "change" (rise or fall, like "giảm 4,4%"). e.g. kind = "increment"
schema-data-indicator-target-comparator = How results are compared: ">=" (từ … trở lên), ">" (trên), "=" (exactly), "<=" (không quá), "<" (dưới), "between" (with range); when left out, read from direction. e.g. comparator = ">="
schema-data-indicator-target-comparator_basis = "explicit" (the words say it: "từ … trở lên", "trên", "ít nhất") or "implicit" (a plain "đạt X%"). e.g. comparator_basis = "implicit"
schema-data-indicator-target-value = The target: a number with a decimal point, true or false, or a level in quotes; with unit = "ratio", the percentage. e.g. value = 95
schema-data-indicator-target-num = The count of the target, with unit = "ratio". e.g. num = 23
schema-data-indicator-target-range = The target's range, low first, with comparator = "between". e.g. range = [80, 90]
schema-data-indicator-target-adopted_by = The document that set the target. e.g. adopted_by = "Nghị quyết Đại hội Đảng bộ lần thứ XV"
schema-data-indicator-target-as_stated = { schema-data-indicator-obs-as_stated }
schema-data-indicator-target-confidence = { schema-data-indicator-obs-confidence }
schema-data-indicator-target-derivation = { schema-data-indicator-obs-derivation }
schema-data-indicator-target-source = { schema-data-indicator-obs-source }
schema-data-indicator-target-notes = { schema-data-indicator-obs-notes }
schema-data-indicator-target-differs_from_stated = { schema-data-indicator-obs-differs_from_stated }
schema-data-indicator-change = A change the document states ("tăng 3,8%"), under a line [[indicator.change]]. e.g. span = [2011, 2019], value = 20.9 and change_unit = "percent"
schema-data-indicator-change-from = The period it goes from: a year, school year, term or date, in braces. e.g. from = { "{" } year = 2011 { "}" }
schema-data-indicator-change-from-year = A year. e.g. from = { "{" } year = 2011 { "}" }
schema-data-indicator-change-from-school_year = A school year. e.g. from = { "{" } school_year = "2019-2020" { "}" }
schema-data-indicator-change-from-term = A congress term. e.g. from = { "{" } term = "2015-2020" { "}" }
schema-data-indicator-change-from-as_of = A date: year-month-day, without quotes. e.g. from = { "{" } as_of = 2019-09-05 { "}" }
schema-data-indicator-change-to = The period it goes to: a year, school year, term or date, in braces. e.g. to = { "{" } year = 2011 { "}" }
schema-data-indicator-change-to-year = A year. e.g. to = { "{" } year = 2011 { "}" }
schema-data-indicator-change-to-school_year = A school year. e.g. to = { "{" } school_year = "2019-2020" { "}" }
schema-data-indicator-change-to-term = A congress term. e.g. to = { "{" } term = "2015-2020" { "}" }
schema-data-indicator-change-to-as_of = A date: year-month-day, without quotes. e.g. to = { "{" } as_of = 2019-09-05 { "}" }
schema-data-indicator-change-span = From one year to another. e.g. span = [2011, 2019]
schema-data-indicator-change-period_text = The document's words for the time. e.g. period_text = "sau gần 10 năm"
schema-data-indicator-change-period = "không nêu" when the document names no time. e.g. period = "không nêu"
schema-data-indicator-change-value = The rise (positive) or fall (negative), with a decimal point. e.g. value = -4.4 (giảm 4,4%)
schema-data-indicator-change-change_unit = Its unit: "pp" (percentage points), "percent" (relative), "count", "unclear" (the words do not say: printed as stated only). e.g. change_unit = "pp"
schema-data-indicator-change-as_stated = { schema-data-indicator-obs-as_stated }
schema-data-indicator-change-confidence = { schema-data-indicator-obs-confidence }
schema-data-indicator-change-derivation = { schema-data-indicator-obs-derivation }
schema-data-indicator-change-source = { schema-data-indicator-obs-source }
schema-data-indicator-change-notes = { schema-data-indicator-obs-notes }
schema-data-indicator-change-differs_from_stated = { schema-data-indicator-obs-differs_from_stated }
schema-data-indicator-assessment = The document's own verdict on a term's target ("vượt 3,8%"), under a line [[indicator.assessment]]. e.g. term = "2015-2020" and verdict = "exceeded"
schema-data-indicator-assessment-term = The term of the target assessed. e.g. term = "2015-2020"
schema-data-indicator-assessment-verdict = "exceeded" (vượt), "achieved" (đạt), "not_achieved" (chưa đạt), "partly" (đạt một phần). e.g. verdict = "exceeded"
schema-data-indicator-assessment-delta = How far above or below the target the document says, with a decimal point. e.g. delta = 3.8
schema-data-indicator-assessment-delta_unit = The unit of delta, as change_unit: "pp", "percent", "count", "unclear". e.g. delta_unit = "pp"
schema-data-indicator-assessment-as_stated = { schema-data-indicator-obs-as_stated }
schema-data-indicator-assessment-confidence = { schema-data-indicator-obs-confidence }
schema-data-indicator-assessment-derivation = { schema-data-indicator-obs-derivation }
schema-data-indicator-assessment-source = { schema-data-indicator-obs-source }
schema-data-indicator-assessment-notes = { schema-data-indicator-obs-notes }
schema-data-indicator-assessment-differs_from_stated = { schema-data-indicator-obs-differs_from_stated }
schema-org = An organisation whose documents the site publishes (_org.toml)
schema-org-slug = The organisation's web address, the same as its folder: a-z, 0-9 and -; never changed once published. e.g. slug = "dang-bo-so-gd-dt-lang-son"
schema-org-name = The name shown. e.g. name = "Đảng bộ Sở GD&ĐT Lạng Sơn"
schema-org-name_full = The full name. e.g. name_full = "Đảng bộ Sở Giáo dục và Đào tạo tỉnh Lạng Sơn"
schema-org-aliases = Other spellings of the name, for search (not old addresses). e.g. aliases = ["Đảng bộ Sở GDĐT Lạng Sơn"]
schema-org-old_slugs = Folder names it was published under before; their pages forward to the new ones. e.g. old_slugs = ["huyen-uy-an-lao-cu"]
schema-org-kind = The kind of organisation: "dang-bo", "chi-bo", "huyen-uy", "tinh-uy", "dang-uy", "phong", "so", "khac". e.g. kind = "chi-bo"
schema-org-province = The province at the time of the documents. e.g. province = "Lạng Sơn"
schema-org-parent = The web address of the superior organisation, if it is on the site. e.g. parent = "huyen-uy-an-lao"
schema-org-description = A short introduction on the organisation's page. e.g. description = "Đảng bộ trực thuộc Đảng bộ Khối các cơ quan tỉnh"
schema-config = The site's settings (config.toml)
schema-config-title = The site's title (required). e.g. title = "Báo cáo nhiệm kỳ — Ngành Giáo dục"
schema-config-description = One sentence about the site. e.g. description = "Văn kiện, chỉ tiêu và kết quả qua các nhiệm kỳ"
schema-config-base_url = The web address the site is published at (required), perhaps with a sub-folder. e.g. base_url = "https://huyenuy.example.vn/bao-cao-nhiem-ky/"
schema-config-language = The language of the pages' interface: "vi" (the default) or "en". e.g. language = "vi"
schema-config-theme = The theme: a folder of themes/ (by default "default"). e.g. theme = "default"
schema-config-output_dir = The output folder, replaced by each build (by default "public"). e.g. output_dir = "public"
schema-config-locale = How terms and small counts are written. e.g. a line [locale], then pad_small_counts = true
schema-config-locale-term_display = How terms are printed: { "{start}" } and { "{end}" } are its years. e.g. term_display = "{ "{start}" } - { "{end}" }"
schema-config-locale-pad_small_counts = true prints small counts with a leading zero, as administrative documents do ("07 đảng viên"). e.g. pad_small_counts = true
schema-config-scales = Rating scales, each in a part [scales.name]. e.g. a line [scales.xep-loai-to-chuc-dang]
schema-config-scales-entry = A rating scale; you choose its name, and an indicator uses it with scale = "name". e.g. a line [scales.xep-loai-dang-vien]
schema-config-scales-entry-levels = Its levels, lowest first (two or more). e.g. levels = ["Không hoàn thành nhiệm vụ", "Hoàn thành nhiệm vụ", "Hoàn thành tốt nhiệm vụ"]
schema-config-charts = Charts of the indicators. e.g. a line [charts], then enabled = false
schema-config-charts-enabled = false draws no chart (by default true). e.g. enabled = false
schema-config-search = Search on the site. e.g. a line [search], then enabled = false
schema-config-search-enabled = false leaves out the search page and box (by default true). e.g. enabled = false
schema-config-safe_html = true cleans the HTML written in documents (no script, style…), for a site with content from many hands; by default false. e.g. safe_html = true
schema-files = The titles of the originals in files/ (_files.toml): one line per file, file name = title
schema-files-entry = The title of the original with this file name. e.g. "bao-cao-chinh-tri-ban-ky.pdf" = "Báo cáo chính trị (bản ký, đóng dấu)"
