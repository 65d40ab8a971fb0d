# nhiemky — những gì công cụ nói với người dùng, bằng tiếng Việt.
#
# Mỗi thông báo có một mã (id) và các giá trị { $ten }. en.ftl có đúng các mã ấy với đúng các
# giá trị ấy (tests/messages.rs kiểm tra). Số do chương trình viết theo kiểu Việt Nam (1.826;
# 4,4); tên trường và đoạn trích trong tệp (`unit`, "58.6") giữ nguyên như người viết đã viết.
# Thông báo viết thường ở đầu, không có dấu chấm ở cuối; gợi ý nói cách viết đúng, có ví dụ.
#
# Từ ngữ (dùng thống nhất; tiếng Anh trong ngoặc):
#   tệp (file), thư mục (folder), dòng (line), cột (column);
#   trường `unit` (key), phần [[indicator]] (table), giá trị (value);
#   chữ trong dấu ngoặc kép (text, string), một số (number), số nguyên (whole number),
#   dấu chấm thập phân (decimal point), ngày không có dấu ngoặc kép (date),
#   danh sách trong dấu ngoặc vuông [ ] (list, array), true hoặc false (yes/no);
#   chỉ tiêu (indicator), kết quả (result), mục tiêu (target), số liệu (figure),
#   nhiệm kỳ (term), năm học (school year), kỳ (period), tổ chức (organisation);
#   văn bản (document), bản nháp (draft), phần đầu văn bản, giữa hai dòng +++ (front matter);
#   bản gốc (original), mã chèn {{ … }} (shortcode), mẫu trang (template), giao diện (theme);
#   địa chỉ web (web address, slug, URL), địa chỉ cũ (alias, old slug);
#   trang (page), trang web (site), dựng (build), kiểm tra (check), lưu trữ (archive),
#   gói lưu trữ (bag), mã kiểm tra SHA-256 (checksum), biểu đồ (chart),
#   chỉ mục tìm kiếm (search index), thư mục kết quả (output folder).
# Không dùng tên kiểu của Rust, TOML hay serde (string, integer, float, f64, u32, datetime,
# table, array, struct, map, enum, bool). Chính tả: hóa, thủy, ủy (dấu đặt kiểu mới).


## Mức độ của một thông báo
## [section: levels]

level-error = lỗi
level-warning = cảnh báo
level-help = gợi ý
# Câu viết trong mã, chưa đưa vào danh mục (tạm thời).
untranslated = { $text }


## Câu dùng chung cho gợi ý
## [section: common]

hint-write-like = viết như sau: { $example }
hint-for-example = ví dụ: { $example }


## Dòng lệnh: --help, lỗi dòng lệnh, tóm tắt (main.rs)
## [section: cli]



## Tiến độ (build, archive, serve)
## [section: progress]



## Lỗi đọc, ghi tệp
## [section: io]

io-not-found = không tìm thấy tệp hoặc thư mục
io-permission-denied = không có quyền (tệp hoặc thư mục bị khóa, hoặc của người dùng khác)
io-already-exists = đã có tệp hoặc thư mục ở đó
io-storage-full = ổ đĩa đã đầy
io-is-a-folder = đó là một thư mục, không phải một tệp
io-not-a-folder = đó là một tệp, không phải một thư mục
io-read-only = ổ đĩa chỉ cho đọc, không cho ghi
io-folder-not-empty = thư mục không trống
io-invalid-name = tên tệp không hợp lệ trên máy này
io-crosses-devices = không thể chuyển giữa hai ổ đĩa khác nhau
io-other = lỗi của hệ thống: { $detail }


## Tệp nguồn: mã hóa, tệp rỗng (diagnostics/source.rs)
## [section: source]



## Cú pháp TOML, kiểu giá trị (toml_input/)
## [section: toml]



## config.toml (config.rs)
## [section: config]



## Nhiệm kỳ, năm học, kỳ số liệu (model/)
## [section: model]



## Dữ liệu chỉ tiêu: data.toml (load/data_file/)
## [section: data]



## Tổ chức, văn bản, bản gốc, thư mục (load/)
## [section: load]



## Kiểm tra chéo giữa các tệp (load/assemble.rs)
## [section: check]



## Địa chỉ web (routes.rs, output/)
## [section: routes]



## Markdown và mã chèn {{ … }} (markdown/)
## [section: markdown]



## Dựng trang, mẫu trang, biểu đồ, tìm kiếm (render/, search/)
## [section: render]

render-shortcode-table-not-inline = mã chèn `indicator_table` phải đứng riêng một đoạn
render-shortcode-table-not-inline-hint = để một dòng trống trước và sau { $example }
render-shortcode-unknown-view = không có kiểu bảng view = "{ $view }"
render-shortcode-unknown-view-hint = viết view="results" (chỉ tiêu, kết quả và đánh giá) hoặc view="targets" (chỉ tiêu đề ra)
render-shortcode-unknown = không có mã chèn `{ $name }`
render-shortcode-unknown-hint = các mã chèn có thể dùng: { $known }
render-shortcode-no-original = không có bản gốc "{ $name }" trong thư mục { $folder }
render-shortcode-no-original-hint = hãy chép tệp vào thư mục files/ của nhiệm kỳ
render-shortcode-originals-of-term = các bản gốc của nhiệm kỳ này: { $names }
render-shortcode-no-indicator = không có chỉ tiêu "{ $id }" trong dữ liệu của { $org }
render-shortcode-unknown-chart-kind = không có loại biểu đồ kind = "{ $kind }"
render-shortcode-unknown-chart-kind-hint = viết kind="trend" (theo thời gian), "progress" (so với chỉ tiêu), "breakdown" (cơ cấu) hoặc "change" (mức tăng giảm)
render-shortcode-chart-kind-impossible-hint = chọn loại biểu đồ khác, hoặc bỏ kind để nhiemky tự chọn
render-shortcode-no-chart = chỉ tiêu "{ $id }" không có biểu đồ: { $why }
render-shortcode-no-chart-hint = dùng { $example } để ghi giá trị như văn bản đã viết
render-shortcode-unknown-arg = mã chèn `{ $name }` không có tham số `{ $arg }`
render-shortcode-takes-no-args = mã chèn này không có tham số nào
render-shortcode-args = các tham số của nó: { $names }
render-shortcode-arg-not-text = tham số `{ $arg }` phải là chữ trong dấu ngoặc kép, không phải { $found }
render-shortcode-missing-arg = mã chèn `{ $name }` thiếu tham số `{ $arg }`
render-template-failed-at = { $message } (tại { $at })


## Dựng trang web, thư mục kết quả (build.rs, output/)
## [section: build]



## Lưu trữ BagIt (archive/)
## [section: archive]



## Máy chủ xem trước (serve/)
## [section: serve]



## Tạo tổ chức, nhiệm kỳ, văn bản mới (scaffold.rs)
## [section: new]

new-not-a-site = { $root } không phải thư mục trang web (không có config.toml): chạy lệnh trong thư mục trang web, hoặc thêm --root THƯ_MỤC
new-not-an-org-slug = `{ $org }` không phải địa chỉ web của một tổ chức (a-z, 0-9 và dấu -): viết tên thư mục của tổ chức trong content/
new-no-org = không có tổ chức `{ $org }` (không thấy { $expected }): tạo tổ chức bằng lệnh `nhiemky new org { $org }`
new-line-break = `{ $key }` có dấu xuống dòng: viết trên một dòng
new-control-character = `{ $key }` có ký tự điều khiển không nhìn thấy ({ $code }): viết lại mà không có ký tự ấy
new-cannot-create = không tạo được thư mục { $path }: { $why }
new-cannot-write = không ghi được tệp { $path }: { $why }
new-exists = { $path } đã có; nhiemky không ghi đè lên
new-org-bad-slug = `{ $slug }` không dùng được làm địa chỉ web: chỉ dùng a-z, 0-9 và dấu - (ví dụ `{ $suggested }`)
new-doc-unknown-type = không có loại văn bản `{ $doc_type }`; các loại văn bản: { $types }
new-doc-bad-slug = `{ $slug }` không dùng được làm tên tệp: chỉ dùng a-z, 0-9 và dấu - (ví dụ `{ $suggested }`)
new-doc-exists = đã có tệp { $path }; đặt tên khác cho văn bản mới, ví dụ `{ $suggested }`



## Mô tả trong JSON Schema cho trình soạn thảo
## [section: schema]

schema-data = Số liệu chỉ tiêu của một nhiệm kỳ (data.toml): các nguồn [[source]] và các chỉ tiêu [[indicator]], mỗi chỉ tiêu với kết quả, mục tiêu, mức tăng giảm và đánh giá
schema-data-schema_version = Phiên bản cách viết tệp này; hiện nay là 1. Ví dụ: schema_version = 1
schema-data-org = Địa chỉ web (slug) của tổ chức, trùng tên thư mục. Ví dụ: org = "dang-bo-so-gd-dt-lang-son"
schema-data-term = Nhiệm kỳ, trùng tên thư mục. Ví dụ: term = "2020-2025"
schema-data-source = Một nguồn số liệu (văn kiện, báo cáo, bài báo); chỉ tiêu và số liệu ghi nguồn bằng mã của nó. Ví dụ: dòng [[source]], rồi id = "s1" và title = "…"
schema-data-source-id = Mã của nguồn, để số liệu ghi source = "…". Ví dụ: id = "s1"
schema-data-source-title = Tên của nguồn. Ví dụ: title = "Đảng bộ Sở GD&ĐT Lạng Sơn: Dấu ấn một nhiệm kỳ"
schema-data-source-date = Ngày của nguồn: năm-tháng-ngày, không có dấu ngoặc kép. Ví dụ: date = 2020-05-20
schema-data-source-date_unknown = true khi nguồn không ghi ngày (trang web in "không ghi ngày"). Ví dụ: date_unknown = true
schema-data-source-kind = Loại nguồn, tùy chọn: van-kien, bao-cao, bao-chi, khac. Ví dụ: kind = "bao-chi"
schema-data-source-file = Tệp của nguồn. Ví dụ: file = "bao-cao-chinh-tri.pdf"
schema-data-source-url = Địa chỉ web của nguồn. Ví dụ: url = "https://baolangson.vn/dau-an-mot-nhiem-ky"
schema-data-source-author = Tác giả của nguồn. Ví dụ: author = "Nguyễn Văn An"
schema-data-indicator = Một chỉ tiêu, dưới dòng [[indicator]], với các kết quả [[indicator.obs]] và mục tiêu [[indicator.target]] của nó. Ví dụ: id = "ty-le-dang-vien-htt" và name = "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ"
schema-data-indicator-id = Mã chỉ tiêu: a-z, 0-9 và dấu -; cùng mã trong tệp của nhiệm kỳ khác là cùng chỉ tiêu. Ví dụ: id = "ty-le-dang-vien-hoan-thanh-tot-nhiem-vu"
schema-data-indicator-name = Tên chỉ tiêu, như văn bản viết. Ví dụ: name = "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên"
schema-data-indicator-name_en = Tên tiếng Anh, nếu muốn. Ví dụ: name_en = "Party members rated good or better"
schema-data-indicator-group = Nhóm chỉ tiêu theo phần của báo cáo: xay-dung-dang, chinh-tri-tu-tuong, to-chuc-dang-vien, kiem-tra-giam-sat, dan-van, nhiem-vu-chinh-tri, chat-luong, doi-ngu, co-so-vat-chat… Ví dụ: group = "xay-dung-dang"
schema-data-indicator-unit = Cách đọc giá trị: "%" (tỷ lệ phần trăm), "count" (số lượng), "ratio" (số trên tổng số, như 67/85), "bool" (có hoặc không), "rating" (mức xếp loại). Ví dụ: unit = "%"
schema-data-indicator-unit_label = Danh từ đếm đi sau số. Ví dụ: unit_label = "trường"
schema-data-indicator-per = Số lần trong mỗi năm, quý hoặc tháng: "year", "quarter", "month". Ví dụ: per = "month" (1 lần mỗi tháng)
schema-data-indicator-precision = Số chữ số thập phân khi in, từ 0 đến 6 (mặc định 1 cho % và ratio, 0 cho loại khác). Ví dụ: precision = 1 (in 58,6%)
schema-data-indicator-direction = Chiều tốt của chỉ tiêu: "higher_better" (cao hơn là tốt), "lower_better" (thấp hơn là tốt), "neutral"; cần khi có mục tiêu hoặc mức tăng giảm. Ví dụ: direction = "higher_better"
schema-data-indicator-scope = Phạm vi đo, khi không phải chính tổ chức. Ví dụ: scope = "tỉnh Lạng Sơn"
schema-data-indicator-parent = Mã của chỉ tiêu mà chỉ tiêu này là một phần (cơ cấu). Ví dụ: parent = "so-dang-vien"
schema-data-indicator-scale = Tên thang xếp loại trong config.toml, khi unit = "rating". Ví dụ: scale = "xep-loai-to-chuc-dang"
schema-data-indicator-kind = "measure" (một đại lượng, mặc định) hoặc "norm" (một nền nếp giữ đều, như sinh hoạt mỗi tháng một lần: không vẽ biểu đồ). Ví dụ: kind = "norm"
schema-data-indicator-chart = Loại biểu đồ: "auto" (nhiemky tự chọn, mặc định), "trend" (theo thời gian), "progress" (so với chỉ tiêu), "breakdown" (cơ cấu), "change" (mức tăng giảm), "none" (không vẽ). Ví dụ: chart = "trend"
schema-data-indicator-source = Mã nguồn [[source]] mặc định cho các số liệu của chỉ tiêu. Ví dụ: source = "s1"
schema-data-indicator-notes = Ghi chú, in ở chân trang. Ví dụ: notes = "Số liệu đến tháng 6 năm 2020"
schema-data-indicator-allow_over = true khi tỷ lệ có thể vượt 100% (như tỷ lệ so với kế hoạch). Ví dụ: allow_over = true
schema-data-indicator-no_target = Các nhiệm kỳ mà văn bản nói không đề ra chỉ tiêu này (bảng in "Không đề ra"). Ví dụ: no_target = ["2015-2020"]
schema-data-indicator-obs = Một kết quả văn bản nêu, dưới dòng [[indicator.obs]]: đúng một kỳ (year, school_year, term, span, as_of hoặc period_text) và một giá trị. Ví dụ: year = 2019 và value = 98
schema-data-indicator-obs-year = Năm của kết quả. Ví dụ: year = 2019
schema-data-indicator-obs-school_year = Năm học; năm sau hơn năm trước 1. Ví dụ: school_year = "2019-2020"
schema-data-indicator-obs-term = Cả nhiệm kỳ; thêm each_year = true khi văn bản nói "hằng năm". Ví dụ: term = "2015-2020"
schema-data-indicator-obs-span = Từ năm đến năm ("từ năm 2020 đến nay"). Ví dụ: span = [2020, 2022]
schema-data-indicator-obs-as_of = Số liệu tại một ngày ("hiện có"): năm-tháng-ngày, không có dấu ngoặc kép. Ví dụ: as_of = 2022-09-29
schema-data-indicator-obs-period_text = Lời văn bản về thời gian, khi không ghi được năm. Ví dụ: period_text = "đến nay"
schema-data-indicator-obs-each_year = true khi kết quả đạt hằng năm trong nhiệm kỳ ("hằng năm", "luôn đạt"). Ví dụ: each_year = true
schema-data-indicator-obs-value = Giá trị: một số viết với dấu chấm thập phân, true hoặc false khi unit = "bool", hoặc một mức xếp loại trong dấu ngoặc kép khi unit = "rating". Ví dụ: value = 58.6
schema-data-indicator-obs-num = Số phần (tử số), đi với den. Ví dụ: num = 67
schema-data-indicator-obs-den = Tổng số (mẫu số), đi với num. Ví dụ: den = 85
schema-data-indicator-obs-range = Khoảng giá trị, thấp trước, cao sau. Ví dụ: range = [80, 90]
schema-data-indicator-obs-qualifier = Quan hệ với số thật: "=" (đúng bằng, mặc định), ">" (trên), ">=" (từ … trở lên), "<" (dưới), "<=" (không quá), "~" (gần, khoảng). Ví dụ: qualifier = ">"
schema-data-indicator-obs-approx_side = Với qualifier = "~": "below" (gần, thấp hơn một chút), "above" (cao hơn một chút), "either" (khoảng, mặc định). Ví dụ: approx_side = "below"
schema-data-indicator-obs-role = "result" (kết quả, mặc định) hoặc "baseline" (số liệu gốc để so sánh, không đánh giá theo chỉ tiêu). Ví dụ: role = "baseline"
schema-data-indicator-obs-breakdown = Tên một phần, khi văn bản nêu nhiều phần cho cùng kỳ. Ví dụ: breakdown = "Mầm non"
schema-data-indicator-obs-as_stated = Chữ như văn bản đã viết; trang web in chữ này, và nhiemky kiểm tra nó khớp với giá trị. Ví dụ: as_stated = "trên 98%"
schema-data-indicator-obs-confidence = Độ chắc chắn: "reported" (văn bản nêu, mặc định), "derived" (người nhập tự tính, cần derivation), "ambiguous" (chưa rõ đo gì, cần notes). Ví dụ: confidence = "derived"
schema-data-indicator-obs-derivation = Cách tính một giá trị tự suy ra. Ví dụ: derivation = "23 - 6 = 17"
schema-data-indicator-obs-source = Mã nguồn [[source]] của giá trị này. Ví dụ: source = "s1"
schema-data-indicator-obs-notes = Ghi chú cho giá trị này. Ví dụ: notes = "Không tính các trường ngoài công lập"
schema-data-indicator-obs-differs_from_stated = Vì sao giá trị khác con số trong as_stated, khi chính văn bản ghi khác nhau. Ví dụ: differs_from_stated = "Phần tổng hợp ghi 13 giải; danh sách liệt kê 31 giải"
schema-data-indicator-target = Một chỉ tiêu đề ra cho một nhiệm kỳ, dưới dòng [[indicator.target]], viết trong tệp của văn bản đã thông qua nó. Ví dụ: term = "2020-2025", comparator = ">=" và value = 95
schema-data-indicator-target-term = Nhiệm kỳ của chỉ tiêu (bắt buộc). Ví dụ: term = "2020-2025"
schema-data-indicator-target-by = Năm phải đạt ("đến năm 2025"). Ví dụ: by = 2025
schema-data-indicator-target-each_year = true khi là chỉ tiêu hằng năm. Ví dụ: each_year = true
schema-data-indicator-target-kind = "level" (đạt một mức, mặc định), "increment" (thêm, như "xây dựng thêm 06 trường"), "change" (tăng hoặc giảm, như "giảm 4,4%"). Ví dụ: kind = "increment"
schema-data-indicator-target-comparator = Cách so: ">=" (từ … trở lên), ">" (trên), "=" (bằng), "<=" (không quá), "<" (dưới), "between" (trong khoảng, đi với range); khi bỏ trống thì đọc theo direction. Ví dụ: comparator = ">="
schema-data-indicator-target-comparator_basis = "explicit" (văn bản nói rõ: "từ … trở lên", "trên", "ít nhất") hoặc "implicit" (chỉ ghi "đạt X%"). Ví dụ: comparator_basis = "implicit"
schema-data-indicator-target-value = Mức chỉ tiêu: một số viết với dấu chấm thập phân, true hoặc false, hoặc một mức xếp loại trong dấu ngoặc kép; với unit = "ratio" là tỷ lệ phần trăm. Ví dụ: value = 95
schema-data-indicator-target-num = Số lượng của chỉ tiêu, khi unit = "ratio". Ví dụ: num = 23
schema-data-indicator-target-range = Khoảng của chỉ tiêu, thấp trước, cao sau, với comparator = "between". Ví dụ: range = [80, 90]
schema-data-indicator-target-adopted_by = Văn bản đã đề ra chỉ tiêu. Ví dụ: adopted_by = "Nghị quyết Đại hội Đảng bộ lần thứ XV"
schema-data-indicator-target-as_stated = { schema-data-indicator-obs-as_stated }
schema-data-indicator-target-confidence = { schema-data-indicator-obs-confidence }
schema-data-indicator-target-derivation = { schema-data-indicator-obs-derivation }
schema-data-indicator-target-source = { schema-data-indicator-obs-source }
schema-data-indicator-target-notes = { schema-data-indicator-obs-notes }
schema-data-indicator-target-differs_from_stated = { schema-data-indicator-obs-differs_from_stated }
schema-data-indicator-change = Một mức tăng giảm văn bản nêu ("tăng 3,8%"), dưới dòng [[indicator.change]]. Ví dụ: span = [2011, 2019], value = 20.9 và change_unit = "percent"
schema-data-indicator-change-from = Kỳ bắt đầu: một năm, năm học, nhiệm kỳ hoặc ngày, viết trong ngoặc nhọn. Ví dụ: from = { "{" } year = 2011 { "}" }
schema-data-indicator-change-from-year = Năm. Ví dụ: from = { "{" } year = 2011 { "}" }
schema-data-indicator-change-from-school_year = Năm học. Ví dụ: from = { "{" } school_year = "2019-2020" { "}" }
schema-data-indicator-change-from-term = Nhiệm kỳ. Ví dụ: from = { "{" } term = "2015-2020" { "}" }
schema-data-indicator-change-from-as_of = Một ngày: năm-tháng-ngày, không có dấu ngoặc kép. Ví dụ: from = { "{" } as_of = 2019-09-05 { "}" }
schema-data-indicator-change-to = Kỳ kết thúc: một năm, năm học, nhiệm kỳ hoặc ngày, viết trong ngoặc nhọn. Ví dụ: to = { "{" } year = 2011 { "}" }
schema-data-indicator-change-to-year = Năm. Ví dụ: to = { "{" } year = 2011 { "}" }
schema-data-indicator-change-to-school_year = Năm học. Ví dụ: to = { "{" } school_year = "2019-2020" { "}" }
schema-data-indicator-change-to-term = Nhiệm kỳ. Ví dụ: to = { "{" } term = "2015-2020" { "}" }
schema-data-indicator-change-to-as_of = Một ngày: năm-tháng-ngày, không có dấu ngoặc kép. Ví dụ: to = { "{" } as_of = 2019-09-05 { "}" }
schema-data-indicator-change-span = Từ năm đến năm. Ví dụ: span = [2011, 2019]
schema-data-indicator-change-period_text = Lời văn bản về thời gian. Ví dụ: period_text = "sau gần 10 năm"
schema-data-indicator-change-period = "không nêu" khi văn bản không nói thời gian. Ví dụ: period = "không nêu"
schema-data-indicator-change-value = Mức tăng (số dương) hoặc giảm (số âm), viết với dấu chấm thập phân. Ví dụ: value = -4.4 (giảm 4,4%)
schema-data-indicator-change-change_unit = Đơn vị: "pp" (điểm phần trăm), "percent" (phần trăm so với trước), "count" (số lượng), "unclear" (văn bản không rõ: chỉ in như văn bản). Ví dụ: change_unit = "pp"
schema-data-indicator-change-as_stated = { schema-data-indicator-obs-as_stated }
schema-data-indicator-change-confidence = { schema-data-indicator-obs-confidence }
schema-data-indicator-change-derivation = { schema-data-indicator-obs-derivation }
schema-data-indicator-change-source = { schema-data-indicator-obs-source }
schema-data-indicator-change-notes = { schema-data-indicator-obs-notes }
schema-data-indicator-change-differs_from_stated = { schema-data-indicator-obs-differs_from_stated }
schema-data-indicator-assessment = Đánh giá của chính văn bản về chỉ tiêu của một nhiệm kỳ ("vượt 3,8%"), dưới dòng [[indicator.assessment]]. Ví dụ: term = "2015-2020" và verdict = "exceeded"
schema-data-indicator-assessment-term = Nhiệm kỳ của chỉ tiêu được đánh giá. Ví dụ: term = "2015-2020"
schema-data-indicator-assessment-verdict = "exceeded" (vượt), "achieved" (đạt), "not_achieved" (chưa đạt), "partly" (đạt một phần). Ví dụ: verdict = "exceeded"
schema-data-indicator-assessment-delta = Mức vượt hoặc thiếu văn bản nêu, viết với dấu chấm thập phân. Ví dụ: delta = 3.8
schema-data-indicator-assessment-delta_unit = Đơn vị của delta, như change_unit: "pp", "percent", "count", "unclear". Ví dụ: delta_unit = "pp"
schema-data-indicator-assessment-as_stated = { schema-data-indicator-obs-as_stated }
schema-data-indicator-assessment-confidence = { schema-data-indicator-obs-confidence }
schema-data-indicator-assessment-derivation = { schema-data-indicator-obs-derivation }
schema-data-indicator-assessment-source = { schema-data-indicator-obs-source }
schema-data-indicator-assessment-notes = { schema-data-indicator-obs-notes }
schema-data-indicator-assessment-differs_from_stated = { schema-data-indicator-obs-differs_from_stated }
schema-org = Một tổ chức có văn bản trên trang web (_org.toml)
schema-org-slug = Địa chỉ web của tổ chức, trùng tên thư mục: a-z, 0-9 và dấu -; không đổi sau khi đã công bố. Ví dụ: slug = "dang-bo-so-gd-dt-lang-son"
schema-org-name = Tên hiển thị. Ví dụ: name = "Đảng bộ Sở GD&ĐT Lạng Sơn"
schema-org-name_full = Tên đầy đủ. Ví dụ: name_full = "Đảng bộ Sở Giáo dục và Đào tạo tỉnh Lạng Sơn"
schema-org-aliases = Cách viết khác của tên, để tìm kiếm (không phải địa chỉ cũ). Ví dụ: aliases = ["Đảng bộ Sở GDĐT Lạng Sơn"]
schema-org-old_slugs = Tên thư mục cũ của tổ chức; trang ở địa chỉ cũ chuyển sang địa chỉ mới. Ví dụ: old_slugs = ["huyen-uy-an-lao-cu"]
schema-org-kind = Loại tổ chức: "dang-bo", "chi-bo", "huyen-uy", "tinh-uy", "dang-uy", "phong", "so", "khac". Ví dụ: kind = "chi-bo"
schema-org-province = Tỉnh vào thời điểm của các văn bản. Ví dụ: province = "Lạng Sơn"
schema-org-parent = Địa chỉ web của tổ chức cấp trên, nếu có trên trang. Ví dụ: parent = "huyen-uy-an-lao"
schema-org-description = Vài dòng giới thiệu trên trang của tổ chức. Ví dụ: description = "Đảng bộ trực thuộc Đảng bộ Khối các cơ quan tỉnh"
schema-config = Cấu hình của trang web (config.toml)
schema-config-title = Tên trang web (bắt buộc). Ví dụ: title = "Báo cáo nhiệm kỳ — Ngành Giáo dục"
schema-config-description = Một câu giới thiệu trang web. Ví dụ: description = "Văn kiện, chỉ tiêu và kết quả qua các nhiệm kỳ"
schema-config-base_url = Địa chỉ web nơi trang được công bố (bắt buộc), có thể có thư mục con. Ví dụ: base_url = "https://huyenuy.example.vn/bao-cao-nhiem-ky/"
schema-config-language = Ngôn ngữ giao diện: "vi" (mặc định) hoặc "en". Ví dụ: language = "vi"
schema-config-theme = Giao diện: tên thư mục trong themes/ (mặc định "default"). Ví dụ: theme = "default"
schema-config-output_dir = Thư mục kết quả, được dựng lại mỗi lần (mặc định "public"). Ví dụ: output_dir = "public"
schema-config-locale = Cách viết nhiệm kỳ và số nhỏ. Ví dụ: dòng [locale], rồi pad_small_counts = true
schema-config-locale-term_display = Cách in nhiệm kỳ: { "{start}" } và { "{end}" } là năm đầu và năm cuối. Ví dụ: term_display = "{ "{start}" } - { "{end}" }"
schema-config-locale-pad_small_counts = true để in số nhỏ có số 0 đứng trước, theo kiểu văn bản hành chính ("07 đảng viên"). Ví dụ: pad_small_counts = true
schema-config-scales = Các thang xếp loại, mỗi thang một phần [scales.tên-thang]. Ví dụ: dòng [scales.xep-loai-to-chuc-dang]
schema-config-scales-entry = Một thang xếp loại; tên do bạn đặt, chỉ tiêu dùng nó với scale = "tên-thang". Ví dụ: dòng [scales.xep-loai-dang-vien]
schema-config-scales-entry-levels = Các mức, từ thấp đến cao (ít nhất hai). Ví dụ: levels = ["Không hoàn thành nhiệm vụ", "Hoàn thành nhiệm vụ", "Hoàn thành tốt nhiệm vụ"]
schema-config-charts = Biểu đồ các chỉ tiêu. Ví dụ: dòng [charts], rồi enabled = false
schema-config-charts-enabled = false để không vẽ biểu đồ nào (mặc định true). Ví dụ: enabled = false
schema-config-search = Tìm kiếm trên trang web. Ví dụ: dòng [search], rồi enabled = false
schema-config-search-enabled = false để không có trang tìm kiếm và ô tìm kiếm (mặc định true). Ví dụ: enabled = false
schema-config-safe_html = true để làm sạch HTML viết trong văn bản (bỏ script, style…), khi trang nhận bài của nhiều người; mặc định false. Ví dụ: safe_html = true
schema-files = Tên gọi các bản gốc trong thư mục files/ (_files.toml): mỗi dòng một tệp, tên tệp = tên gọi
schema-files-entry = Tên gọi của bản gốc có tên tệp này. Ví dụ: "bao-cao-chinh-tri-ban-ky.pdf" = "Báo cáo chính trị (bản ký, đóng dấu)"
