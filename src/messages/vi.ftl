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

cli-about = Dựng trang web từ báo cáo nhiệm kỳ của các tổ chức đảng: văn bản viết bằng Markdown, số liệu chỉ tiêu trong data.toml
cli-build = Dựng trang web vào thư mục kết quả (mặc định public/)
cli-check = Đọc, kiểm tra và dựng thử cả trang web mà không ghi gì; in mọi lỗi và cảnh báo
cli-serve = Xem trước trang web (gồm cả bản nháp) trên máy này; trình duyệt tự tải lại mỗi khi lưu tệp
cli-archive = Dựng trang web và đóng gói cùng các tệp nguồn thành gói lưu trữ BagIt (RFC 8493) để lưu giữ lâu dài
cli-archive-verify = Kiểm tra một gói lưu trữ (thư mục hoặc tệp .zip): mọi mã kiểm tra SHA-256, Payload-Oxum, không thiếu, không thừa tệp
cli-new = Tạo tổ chức, nhiệm kỳ hoặc văn bản mới từ mẫu
cli-new-org = Tạo content/<địa chỉ>/_org.toml cho một tổ chức mới
cli-new-term = Tạo thư mục content/<tổ chức>/<nhiệm kỳ>/ với dự thảo báo cáo chính trị và data.toml
cli-arg-lang = Ngôn ngữ của các thông báo: vi (tiếng Việt) hoặc en (tiếng Anh); nếu không ghi thì theo biến NHIEMKY_LANG, rồi theo ngôn ngữ của máy (LANG), rồi tiếng Việt
cli-arg-root = Thư mục của trang web (có config.toml và content/)
cli-arg-drafts = Gồm cả các văn bản có status = "draft" (bản nháp)
cli-arg-output = Thư mục kết quả (thay cho output_dir trong config.toml)
cli-arg-base-url = Địa chỉ nơi trang web được đăng (thay cho base_url trong config.toml), ví dụ https://huyenuy.example.vn/bao-cao-nhiem-ky/
cli-arg-minify = Thu gọn HTML và CSS
cli-arg-build-force = Thay thư mục kết quả kể cả khi trong đó có tệp không do nhiemky ghi (các tệp ấy sẽ bị xóa)
cli-arg-port = Cổng để mở (nếu cổng đang bận thì lấy cổng trống kế tiếp; 0: cổng bất kỳ)
cli-arg-bind = Địa chỉ để mở; khác 127.0.0.1 hoặc ::1 thì các máy khác trong mạng cũng xem được bản nháp
cli-arg-open = Mở trang web trong trình duyệt mặc định
cli-arg-allow-host = Trả lời cả yêu cầu gửi tới tên máy này (ghi nhiều lần được); ngoài ra chỉ trả lời tên và địa chỉ của chính máy này, để không trang web nào khác đọc được bản nháp
cli-arg-archive-org = Chỉ lưu trữ tổ chức này (ghi địa chỉ web, tức tên thư mục, của tổ chức)
cli-arg-archive-term = Chỉ lưu trữ nhiệm kỳ này của tổ chức (YYYY-YYYY)
cli-arg-out = Thư mục của gói lưu trữ, hoặc tệp .zip khi có --zip (mặc định: luu-tru/<ngày> trong thư mục trang web)
cli-arg-zip = Ghi gói lưu trữ thành một tệp .zip
cli-arg-archive-force = Thay gói lưu trữ đã có ở --out
cli-arg-bag = Thư mục hoặc tệp .zip của gói lưu trữ
cli-arg-new-slug = Địa chỉ web của tổ chức, cũng là tên thư mục: chữ thường không dấu, chữ số và dấu -, ví dụ chi-bo-phong-gd-dt
cli-arg-new-name = Tên hiển thị, ví dụ "Đảng bộ Sở GD&ĐT Lạng Sơn"
cli-arg-new-org = Địa chỉ web (tên thư mục trong content/) của tổ chức
cli-arg-new-term = Nhiệm kỳ, ví dụ 2025-2030
cli-value-lang = NGÔN_NGỮ
cli-value-folder = THƯ_MỤC
cli-value-url = ĐỊA_CHỈ
cli-value-port = CỔNG
cli-value-address = ĐỊA_CHỈ_IP
cli-value-host = TÊN_MÁY
cli-value-org = TỔ_CHỨC
cli-value-term = NHIỆM_KỲ
cli-value-path = ĐƯỜNG_DẪN
cli-value-slug = ĐỊA_CHỈ
cli-value-name = TÊN
cli-value-command = LỆNH
cli-usage-options = [TÙY CHỌN]
cli-help = In hướng dẫn này
cli-version = In số phiên bản
cli-help-template = Cách dùng: { $usage }
cli-heading-options = Tùy chọn
cli-heading-arguments = Tham số
cli-heading-commands = Lệnh
cli-default = { " " }(mặc định: { $value })
cli-possible-values = { " " }(ghi một trong: { $values })
cli-did-you-mean = có phải ý bạn là { $words }?
cli-unknown-argument = không có tùy chọn hay tham số { $arg }
cli-unknown-command = không có lệnh { $command }
cli-valid-values = ghi một trong: { $values }
cli-value-missing = thiếu giá trị sau { $arg }
cli-invalid-value = giá trị { $value } không dùng được cho { $arg }
cli-missing-argument = còn thiếu: { $args }
cli-conflict = không dùng { $arg } cùng với { $other } được
cli-wrong-number-of-values = { $arg } nhận sai số lượng giá trị ({ $value })
cli-other = lệnh viết chưa đúng: { $detail }
cli-see-help = xem cách dùng: { $command } --help
cli-unknown-lang-variable = { $variable } = "{ $value }" không phải ngôn ngữ nhiemky biết; nhiemky nói tiếng Việt
cli-unknown-lang-variable-hint = đặt { $variable }=vi (tiếng Việt) hoặc { $variable }=en (tiếng Anh)
cli-built = đã dựng { $pages } trang ({ $files } tệp) vào { $output } trong { $seconds } giây{ $warnings ->
    [0] {""}
   *[other] { " " }({ $warnings } cảnh báo)
}
cli-built-unchanged = đã dựng { $pages } trang trong { $seconds } giây: không có gì thay đổi, không ghi tệp nào vào { $output }{ $warnings ->
    [0] {""}
   *[other] { " " }({ $warnings } cảnh báo)
}
cli-checked = đã kiểm tra { $pages } trang: không có lỗi{ $warnings ->
    [0] {""}
   *[other] { " " }({ $warnings } cảnh báo)
}
cli-failed = { $command ->
    [check] kiểm tra thấy { $errors } lỗi, { $warnings } cảnh báo
   *[other] không dựng được: { $errors } lỗi, { $warnings } cảnh báo; không ghi tệp nào (thư mục kết quả giữ nguyên như cũ)
}
cli-created = đã tạo { $path }
cli-archived = đã lưu trữ { $files } tệp ({ $bytes } byte) vào { $bag }
cli-archive-recorded = đã ghi { $count } địa chỉ đã đăng vào { $file } (giữ tệp này cùng các tệp nguồn: `nhiemky check` sẽ cảnh báo khi một địa chỉ biến mất)
cli-archive-failed = không lưu trữ được: { $errors } lỗi; không ghi gì
cli-bag-valid = gói lưu trữ hợp lệ: { $files } tệp, { $bytes } byte ({ $path })
cli-bag-invalid = gói lưu trữ không hợp lệ: { $count } chỗ sai ({ $path })


## Tiến độ (build, archive, serve)
## [section: progress]

progress-loading = Đang đọc nội dung và kiểm tra số liệu
progress-rendering = Đang dựng các trang
progress-indexing = Đang lập chỉ mục tìm kiếm
progress-writing = Đang ghi tệp
progress-count = { $done }/{ $total }


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



## Mô tả trong JSON Schema cho trình soạn thảo
## [section: schema]
