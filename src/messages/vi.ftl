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

markdown-shortcode-syntax = mã chèn viết sai: { $problem }
markdown-shortcode-usage = viết mã chèn như sau: { $example }; muốn hiện { $braces } như chữ thường thì viết { $literal }
markdown-shortcode-found-char = `{ $char }`
markdown-shortcode-found-end = chỗ hết văn bản
markdown-shortcode-expected-name = cần tên mã chèn sau { $open } nhưng gặp { $found }
markdown-shortcode-expected-paren = cần dấu `(` sau tên mã chèn nhưng gặp { $found }
markdown-shortcode-expected-arg-name = cần tên một tham số nhưng gặp { $found }
markdown-shortcode-expected-equals = cần dấu `=` sau `{ $arg }` nhưng gặp { $found }
markdown-shortcode-expected-comma = cần dấu `,` hoặc `)` sau một tham số nhưng gặp { $found }
markdown-shortcode-expected-close = cần dấu `{ $close }` để đóng mã chèn nhưng gặp { $found }
markdown-shortcode-expected-value = cần một giá trị (chữ trong dấu ngoặc kép, một số, true hoặc false) nhưng gặp { $found }
markdown-shortcode-expected-value-hint = đặt chữ trong dấu ngoặc kép, ví dụ: { $example }
markdown-shortcode-arg-twice = tham số `{ $arg }` được ghi hai lần
markdown-shortcode-arg-twice-hint = xóa bớt một `{ $arg }`: mỗi tham số chỉ ghi một lần
markdown-shortcode-unclosed-text = chữ trong dấu ngoặc kép chưa được đóng
markdown-shortcode-unclosed-text-hint = thêm dấu { $quote } ở cuối chữ, trên cùng một dòng, ví dụ: { $example }
markdown-shortcode-unknown-escape = dấu \ trong chữ chỉ được đứng trước dấu ngoặc kép, dấu nháy đơn hoặc một dấu \ khác
markdown-shortcode-unknown-escape-hint = viết \" cho dấu ngoặc kép nằm trong chữ và \\ cho chính dấu \, ví dụ: { $example }
markdown-shortcode-not-a-number = đây không phải là một số
markdown-shortcode-not-a-number-hint = viết số với dấu chấm thập phân, ví dụ: { $example }
markdown-value-text = chữ trong dấu ngoặc kép
markdown-value-number = một số
markdown-value-yes-no = true hoặc false
markdown-shortcode-misplaced = mã chèn `{ $name }` không đặt được ở chỗ này
markdown-shortcode-misplaced-hint = đặt mã chèn trong câu văn hoặc trên một dòng riêng, không đặt trong địa chỉ liên kết, trong hình ảnh hay trong thẻ HTML
markdown-shortcode-removed = mã chèn `{ $name }` đã bị xóa cùng phần HTML bao quanh nó (safe_html)
markdown-shortcode-removed-hint = đặt mã chèn ra ngoài phần HTML mà safe_html xóa (<script>, <style>, thuộc tính của thẻ)
markdown-too-deep = có hơn { $count } lớp lồng vào nhau ở chỗ này
markdown-too-deep-hint = bỏ bớt dấu `>` của trích dẫn, bớt thụt lề của danh sách, hoặc đóng các thẻ HTML còn mở (<div> thiếu </div>): một báo cáo chỉ cần vài lớp
markdown-private-use-character = phần HTML của văn bản có ký tự dành riêng U+E000 hoặc U+E001
markdown-private-use-character-hint = xóa các ký tự này (kể cả khi viết dạng &#xE000; hoặc &#57344;): nhiemky dùng chúng để đặt mã chèn vào trang


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
render-link-outside-site = liên kết `{ $address }` dẫn ra ngoài trang web
render-link-missing = liên kết `{ $address }` dẫn tới { $path }, trang web không có tệp này
render-link-hint = viết địa chỉ tính từ trang này (/{ $page }), ví dụ `../2015-2020/bao-cao-chinh-tri.html` cho một văn bản của nhiệm kỳ khác, `files/to-trinh.pdf` cho một bản gốc của nhiệm kỳ này, hoặc một địa chỉ đầy đủ bắt đầu bằng https://
render-template-error = mẫu trang có lỗi: { $detail }
render-template-error-hint = sửa mẫu trang; các giá trị mẫu trang nhận được liệt kê trong docs/themes.md
render-template-name-hint = kiểm tra tên các mẫu trang ghi sau extends và include
render-chart-failed = không vẽ được biểu đồ của chỉ tiêu "{ $id }": { $detail }
render-chart-failed-hint = báo lỗi này cho người phát triển nhiemky, gửi kèm tệp data.toml: đây là lỗi của nhiemky, không phải của số liệu
render-card-failed = không vẽ được ảnh xem trước của trang web: { $detail }
render-card-failed-hint = báo lỗi này cho người phát triển nhiemky, gửi kèm tệp config.toml: đây là lỗi của nhiemky
render-original-unreadable = không đọc được tệp: { $why }
render-original-unreadable-hint = kiểm tra xem tệp còn ở đó không và có quyền đọc không
render-chart-kind-impossible = không vẽ được chart = "{ $kind }" cho chỉ tiêu "{ $id }": { $why }
render-chart-trend-needs-points = cần từ hai giá trị trở lên, mỗi giá trị gắn với một thời điểm (năm, kỳ hoặc ngày)
render-chart-progress-needs-target = biểu đồ tiến độ so kết quả với mục tiêu (hoặc so một tỷ lệ với 100%), mà chỉ tiêu này không có mục tiêu bằng số; chart = "trend" vẽ kết quả theo thời gian
render-chart-progress-needs-term = cần một kết quả hoặc một mục tiêu của cả nhiệm kỳ (term = "2015-2020"); kết quả của từng năm thì vẽ bằng chart = "trend"
render-chart-breakdown-needs-parts = cần các chỉ tiêu thành phần có giá trị (chỉ tiêu có parent = "{ $id }")
render-chart-change-needs-change = cần một mức tăng giảm mà văn bản nêu (phần [[indicator.change]])
render-no-chart-norm = đây là một quy định phải giữ (kind = "norm"), không phải một số lượng
render-no-chart-not-numeric = số liệu là chữ hoặc true/false, không phải là số
render-no-chart-none = data.toml ghi chart = "none"
render-no-chart-single = chỉ có một số liệu, mà một số liệu thì không thành biểu đồ
render-no-chart-no-figures = không có số liệu nào để vẽ
render-search-failed = không lập được chỉ mục tìm kiếm: { $why }
render-search-failed-hint = báo lỗi này cho người phát triển nhiemky: đây là lỗi của nhiemky, không phải của trang web; muốn dựng trang web không có tìm kiếm thì ghi `enabled = false` trong phần [search] của config.toml
render-search-no-runtime = không khởi động được việc lập chỉ mục: { $why }
render-search-record-unreadable = không đọc lại được một bản ghi tìm kiếm đã lưu tạm: { $why }
render-search-no-current-folder = không đọc được thư mục hiện tại: { $why }
render-search-pagefind-failed = pagefind báo lỗi: { $detail }
render-search-pagefind-stopped = pagefind dừng đột ngột


## Dựng trang web, thư mục kết quả (build.rs, output/)
## [section: build]



## Lưu trữ BagIt (archive/)
## [section: archive]



## Máy chủ xem trước (serve/)
## [section: serve]



## Tạo tổ chức, nhiệm kỳ, văn bản mới (scaffold.rs)
## [section: new]



## Mô tả trong JSON Schema cho trình soạn thảo
## [section: schema]
