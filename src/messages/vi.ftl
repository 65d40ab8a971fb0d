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
cli-new-doc = Tạo dự thảo một văn bản (bản nháp) trong thư mục nhiệm kỳ: báo cáo, nghị quyết, chương trình hành động, bài viết…, phần đầu có chú thích từng trường
cli-arg-doc-type = Loại văn bản
cli-arg-doc-title = Tiêu đề văn bản (mặc định: tên loại văn bản và nhiệm kỳ)
cli-arg-doc-slug = Tên tệp, cũng là địa chỉ web của văn bản, không có đuôi .md: chữ thường không dấu, chữ số và dấu - (mặc định: theo loại văn bản)
cli-value-doc-type = LOẠI
cli-value-title = TIÊU_ĐỀ


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
io-refused-symbolic-link = đó là một liên kết (symbolic link), nhiemky không đi theo liên kết
io-refused-special-file = đó không phải là một tệp thường (mà là ống dẫn, socket hay thiết bị)
io-other = lỗi của hệ thống: { $detail }


## Tệp nguồn: mã hóa, tệp rỗng (diagnostics/source.rs)
## [section: source]

source-cannot-read = không đọc được tệp: { $why }
source-cannot-read-hint = kiểm tra xem tệp có ở đó không và bạn có quyền đọc tệp không
source-not-utf8 = tệp không được lưu theo bảng mã UTF-8 (byte { $byte } ở vị trí { $offset })
source-not-utf8-hint = lưu lại tệp theo bảng mã UTF-8 (Unicode, TCVN 6909:2001); tệp gõ bằng bảng mã cũ TCVN3 (ABC) hoặc VNI phải chuyển mã trước
source-not-nfc = chữ có dấu được gõ theo kiểu Unicode tổ hợp (dấu tách khỏi chữ); đã chuyển sang kiểu dựng sẵn
source-not-nfc-hint = lưu tệp theo kiểu Unicode dựng sẵn (NFC) để tìm kiếm và sắp xếp nhận đúng các chữ
source-eth = đã thay { $count } chữ 'Ð' (U+00D0, chữ eth của tiếng Iceland) bằng chữ 'Đ' (U+0110)
source-eth-hint = gõ lại chữ Đ: chữ trông giống nó làm sai việc tìm kiếm và sắp xếp
source-forbidden = có ký tự điều khiển không nhìn thấy ({ $code }), trang web không chứa được ký tự này
source-forbidden-many = có ký tự điều khiển không nhìn thấy ({ $code }), trang web không chứa được ký tự này (tệp có { $count } ký tự như vậy)
source-forbidden-hint = xóa ký tự đó: nó thường đi kèm chữ chép từ chương trình khác (nếu không thấy, hãy gõ lại các chữ quanh đó); trong tệp TOML, bỏ mã thoát viết ra nó, như \u0001
source-empty = tệp trống
source-empty-hint = viết nội dung cho tệp, hoặc xóa tệp



## Cú pháp TOML, kiểu giá trị (toml_input/)
## [section: toml]

toml-wrong-kind = giá trị này là { $found }, nhưng ở đây cần { $wanted }
toml-out-of-range = không dùng được { $found } ở đây: cần { $wanted }
toml-found-text = chữ trong dấu ngoặc kép
toml-found-list = một danh sách
toml-found-group = một nhóm trường trong dấu ngoặc nhọn
toml-found-true-false = { $value } (giá trị đúng/sai)
toml-found-date = một ngày
toml-found-whole-number = số nguyên { $value }
toml-found-number = số { $value }
toml-found-other = một loại giá trị khác
toml-wanted-whole-number-positive = một số nguyên (từ 0 trở lên), không có dấu ngoặc kép
toml-wanted-whole-number = một số nguyên, không có dấu ngoặc kép
toml-wanted-number = một số (dấu chấm thập phân: 4.4), không có dấu ngoặc kép
toml-wanted-text = chữ trong dấu ngoặc kép
toml-wanted-date = một ngày, không có dấu ngoặc kép: 2020-05-12
toml-wanted-list = một danh sách trong dấu ngoặc vuông [ ]
toml-wanted-true-false = true hoặc false, không có dấu ngoặc kép
toml-wanted-group = một nhóm trường
toml-wanted-figure = một số, true hoặc false, hoặc một mức xếp loại trong dấu ngoặc kép
toml-wanted-word-of = một trong các từ { $words }, trong dấu ngoặc kép
toml-wanted-word = một từ trong dấu ngoặc kép
toml-wanted-other = một loại giá trị khác ({ $what })
toml-hint-unquote = viết không có dấu ngoặc kép: { $value }
toml-hint-whole-number = viết số nguyên, không có dấu ngoặc kép và không có phần thập phân, ví dụ: 2020
toml-hint-number-unquote = viết không có dấu ngoặc kép, dùng dấu chấm thập phân: { $number } (trang web sẽ hiện { $written })
toml-hint-number = viết số không có dấu ngoặc kép, dùng dấu chấm thập phân chứ không dùng dấu phẩy, ví dụ: 58.6
toml-hint-quote = đặt trong dấu ngoặc kép: "{ $value }"
toml-hint-text = đặt chữ trong dấu ngoặc kép, ví dụ: "Đảng bộ xã …"
toml-hint-date-from = viết không có dấu ngoặc kép, theo thứ tự năm-tháng-ngày: { $date }
toml-hint-date = viết ngày không có dấu ngoặc kép, theo thứ tự năm-tháng-ngày: 2020-05-12
toml-hint-list = viết danh sách trong dấu ngoặc vuông, ví dụ: ["a", "b"]
toml-hint-true-false = viết true hoặc false, bằng chữ thường và không có dấu ngoặc kép
toml-hint-group = viết các trường của nó dưới một tiêu đề [tên] riêng, hoặc trên một dòng trong dấu ngoặc nhọn: { $example }
toml-hint-figure = viết một số (58.6), true hoặc false, hoặc một mức xếp loại trong dấu ngoặc kép ("Tốt")
toml-hint-word-of = viết một trong các từ đó trong dấu ngoặc kép, ví dụ: "{ $word }"
toml-hint-word = viết từ đó trong dấu ngoặc kép, ví dụ: "dang-bo"
toml-unknown-key = không có trường `{ $key }` ở đây
toml-valid-keys = các trường dùng được ở đây: { $keys }
toml-no-keys = ở đây không có trường nào
toml-confused-key = viết { $right } = … ({ $why }); các trường dùng được ở đây: { $keys }
toml-confused-qualifier = giới hạn của mục tiêu ("từ … trở lên") ghi bằng comparator; qualifier dành cho kết quả
toml-confused-comparator = giới hạn của kết quả ("trên 98%") ghi bằng qualifier; comparator dành cho mục tiêu
toml-confused-unit = đơn vị của mức tăng giảm ghi bằng change_unit ("pp", "percent", "count")
toml-confused-date = ngày của số liệu ghi bằng as_of = 2022-09-29
toml-confused-year = năm phải đạt mục tiêu ("đến năm 2025") ghi bằng by
toml-missing-key = thiếu trường bắt buộc `{ $key }`
toml-missing-key-hint = thêm `{ $key } = …` vào phần này
toml-unknown-value = không dùng được giá trị "{ $value }" ở đây
toml-unknown-value-hint = viết một trong các giá trị: { $values }
toml-wrong-count = danh sách này có { $found } mục, cần { $wanted } mục
toml-wrong-count-hint = kiểm tra số mục trong danh sách này
toml-other = giá trị này chưa đúng: { $detail }
toml-forbidden-escape = chữ này có một ký tự điều khiển không nhìn thấy ({ $code }), trang web không chứa được ký tự này
toml-syntax-decimal-comma = số { $written } viết bằng dấu phẩy thập phân
toml-syntax-decimal-comma-hint = viết { $number } (trang web sẽ hiện { $written })
toml-syntax-unclosed-text = chữ chưa được đóng bằng dấu { $quote }
toml-syntax-unclosed-text-hint = đóng chữ bằng đúng dấu ngoặc đã mở, trên cùng dòng, ví dụ: name = "Tỷ lệ …"
toml-syntax-backslash = dấu \ trong chữ trong dấu ngoặc kép phải viết hai lần
toml-syntax-backslash-hint = viết \\ thay cho \, hoặc đặt chữ trong dấu nháy đơn: 'C:\Tai lieu'
toml-syntax-missing-equals = thiếu dấu = và giá trị sau tên trường
toml-syntax-missing-equals-hint = viết tên trường, dấu = rồi giá trị, ví dụ: unit = "%"
toml-syntax-bad-key = tên trường chỉ gồm chữ cái không dấu a-z, chữ số, dấu - và _
toml-syntax-bad-key-hint = viết tên trường không dấu, không có khoảng trắng, ví dụ: name_full = "…"
toml-syntax-duplicate-key = trường `{ $key }` được viết hai lần
toml-syntax-duplicate-key-hint = xóa hoặc đổi tên một trong hai: mỗi trường chỉ viết một lần trong một phần của tệp
toml-syntax-duplicate-heading = tiêu đề { $heading } được viết hai lần
toml-syntax-duplicate-heading-hint = gộp các trường của hai phần vào một tiêu đề { $heading }
toml-syntax-unquoted-text = chữ phải đặt trong dấu ngoặc kép
toml-syntax-missing-value = thiếu giá trị sau dấu =
toml-syntax-missing-value-hint = viết giá trị sau dấu =, ví dụ: unit = "%"
toml-syntax-day-month-year = ngày viết theo thứ tự năm-tháng-ngày, không có dấu ngoặc kép
toml-syntax-not-true-false = `{ $value }` không phải là true hoặc false
toml-syntax-unclosed-heading = tiêu đề phần thiếu dấu ] đóng
toml-syntax-unclosed-list = danh sách thiếu dấu ] đóng
toml-syntax-unclosed-list-hint = đóng danh sách bằng dấu ], ví dụ: span = [2011, 2019]
toml-syntax-list-comma = thiếu dấu phẩy giữa hai mục của danh sách
toml-syntax-list-comma-hint = tách các mục bằng dấu phẩy, ví dụ: span = [2011, 2019]
toml-syntax-unclosed-braces = thiếu dấu { $close } đóng
toml-syntax-unclosed-braces-hint = đóng trên cùng dòng, ví dụ: { $example }
toml-syntax-after-value = sau giá trị còn có chữ khác trên cùng dòng
toml-syntax-after-value-hint = xóa phần thừa sau giá trị, hoặc đặt cả câu trong dấu ngoặc kép
toml-syntax-bad-date = `{ $value }` không phải là một ngày hợp lệ
toml-syntax-leading-zero = số không được bắt đầu bằng chữ số 0: { $value }
toml-syntax-bad-number = số này viết chưa đúng
toml-syntax-other = lỗi cách viết TOML: { $detail }
toml-syntax-other-hint = kiểm tra dòng này: trường = giá trị, chữ trong dấu ngoặc kép, tiêu đề [tên] và [[tên]]



## config.toml (config.rs)
## [section: config]

config-missing = không có tệp { $file } trong thư mục { $folder }
config-missing-hint = chạy nhiemky trong thư mục của trang web (thư mục có config.toml và content/), hoặc thêm --root <thư mục>
config-base-url-invalid = base_url { $why }
config-base-url-hint = viết địa chỉ web nơi trang web được đăng, ví dụ: base_url = "https://huyenuy.example.vn/bao-cao-nhiem-ky/"
config-url-relative = không phải là địa chỉ web đầy đủ: phải bắt đầu bằng http:// hoặc https://
config-url-no-host = không phải là địa chỉ web đầy đủ: thiếu tên miền
config-url-bad-port = không phải là địa chỉ web đầy đủ: số cổng không hợp lệ
config-url-bad-host = không phải là địa chỉ web đầy đủ: tên miền không hợp lệ
config-url-other = không phải là địa chỉ web đầy đủ ({ $detail })
config-url-scheme = phải bắt đầu bằng http:// hoặc https://, không phải { $scheme }://
config-url-query = không được có dấu ? hoặc #
config-scale-too-short = thang xếp loại `{ $key }` cần ít nhất hai mức
config-scale-too-short-hint = liệt kê các mức từ thấp đến cao: levels = ["Không hoàn thành nhiệm vụ", …]
config-output-dir-empty = output_dir để trống; dùng thư mục "public"



## Nhiệm kỳ, năm học, kỳ số liệu (model/)
## [section: model]

model-not-a-term = `{ $text }` không phải là một nhiệm kỳ: viết năm đầu và năm cuối, nối bằng dấu gạch ngang, ví dụ: "2020-2025"
model-term-length = nhiệm kỳ `{ $text }` kéo dài { $years } năm; một nhiệm kỳ đại hội kéo dài { $length } năm (ví dụ: "{ $example }")
model-not-a-school-year = `{ $text }` không phải là một năm học: viết năm đầu và năm cuối, nối bằng dấu gạch ngang, ví dụ: "2019-2020"
model-school-year-length = năm học `{ $text }` phải kết thúc một năm sau năm bắt đầu ("{ $example }")
model-org-no-indicators = thêm chỉ tiêu vào một tệp data.toml: { $org } chưa có chỉ tiêu nào
model-org-indicators = các chỉ tiêu của { $org }: { $ids }



## Dữ liệu chỉ tiêu: data.toml (load/data_file/)
## [section: data]

# Phần [[indicator]], [[indicator.obs]]… viết sai dạng
data-not-tables = `{ $key }` phải được viết thành các phần { $header } riêng
data-not-tables-hint = viết mỗi mục dưới một dòng { $header } của riêng nó
data-duplicate-indicator-id = mã chỉ tiêu id = "{ $id }" bị trùng
data-duplicate-indicator-id-hint = dòng { $line } đã dùng mã này; đổi id của chỉ tiêu này, hoặc gộp hai chỉ tiêu làm một
# Đầu tệp: schema_version, org, term
data-schema-version-unsupported = nhiemky không đọc được phiên bản schema_version = { $version }
data-schema-version-unsupported-hint = đặt schema_version = { $supported } (phiên bản nhiemky này chỉ đọc phiên bản ấy)
data-org-not-folder = org = "{ $written }" không khớp với thư mục `{ $folder }` chứa tệp
data-org-not-folder-hint = đặt org = "{ $folder }", hoặc chuyển tệp sang thư mục content/{ $written }/
data-term-not-folder = nhiệm kỳ term = "{ $written }" không khớp với thư mục `{ $folder }` chứa tệp
data-term-not-folder-hint = đặt term = "{ $folder }", hoặc chuyển tệp sang thư mục { $written }/
# Giá trị: value, num/den, range
data-range-not-two = range phải gồm hai số trong dấu ngoặc vuông: [số nhỏ, số lớn]
data-range-invalid = range phải là hai số, số nhỏ viết trước, và chỉ dùng cho chỉ tiêu tính bằng số (unit = "%", "count" hoặc "ratio")
data-fraction-wrong-unit = không dùng num/den được với chỉ tiêu có unit = "{ $unit }"
data-fraction-wrong-unit-hint = đặt unit = "ratio" cho số liệu dạng "67/85 trường", hoặc viết value = … nếu chỉ có một số
data-den-without-num = có den (mẫu số) nhưng thiếu num (tử số)
data-num-without-den = có num (tử số) nhưng thiếu den (mẫu số)
data-fraction-hint = viết cả hai, ví dụ với "67/85 trường": num = 67, den = 85
data-fraction-value-not-number = khi đã có num/den, value là tỷ lệ phần trăm văn bản ghi, phải là một số
data-fraction-value-not-number-hint = viết như sau (cho "67/85 trường, đạt 78,8%"): num = 67, den = 85, value = 78.8
data-what-count = số lượng
data-what-num = num (tử số, là số đếm được)
data-what-den = den (mẫu số, là số đếm được)
data-not-whole = { $what } phải là số nguyên, không thể là { $written }
data-not-whole-hint = viết số nguyên đếm được; nếu văn bản ghi số thập phân (2,80) thì số liệu là một tỷ lệ: đặt unit = "%" hoặc "ratio"
data-thousands-dot = { $what } phải là số nguyên, nhưng { $written } được đọc là số thập phân (trong data.toml dấu chấm là dấu thập phân): có phải ý là { $meant }?
data-thousands-dot-hint = viết { $meant }, không có dấu chấm hàng nghìn; cách viết của văn bản ("{ $written }") thì để trong as_stated
data-fraction-negative = num (tử số) không được là số âm và den (mẫu số) phải lớn hơn 0
data-fraction-negative-hint = sửa lại hai số: số đếm không thể âm, và tỷ lệ cần một tổng số lớn hơn 0 để chia, ví dụ: num = 67, den = 85
data-num-over-den = tử số { $num } lớn hơn mẫu số { $den }
data-num-over-den-allowed = không cần sửa nếu đúng: allow_over = true cho phép phần lớn hơn tổng
data-num-over-den-hint = kiểm tra lại hai số: phần không thể lớn hơn tổng; nếu là tỷ lệ so với kế hoạch (có thể vượt 100%), thêm allow_over = true vào chỉ tiêu
data-no-value = số liệu chưa có giá trị
data-no-value-hint = thêm value = 58.6, hoặc num = 67 và den = 85, hoặc range = [80, 90]
data-count-negative = số lượng không thể là số âm
data-count-negative-hint = viết số đã đếm được, ví dụ: value = 67
data-not-a-level = "{ $level }" không phải là một mức của thang xếp loại
data-not-a-level-hint = chọn một trong các mức (từ thấp đến cao): { $levels }
data-text-needs-number = chỉ tiêu có unit = "{ $unit }" cần một số, không phải chữ trong dấu ngoặc kép
data-text-needs-number-hint = viết số không có dấu ngoặc kép, dùng dấu chấm thập phân: value = 58.6 (trang web sẽ hiện 58,6); lời của văn bản thì để trong as_stated = "trên 98%"
data-bool-needs-yes-no = chỉ tiêu có unit = "bool" cần true (có, đã đạt) hoặc false (không, chưa đạt)
data-bool-needs-yes-no-hint = viết như sau: value = true, as_stated = "đã đạt chuẩn"
data-rating-needs-level = chỉ tiêu có unit = "rating" cần một mức của thang xếp loại, trong dấu ngoặc kép
data-rating-needs-level-hint = viết như sau: value = "Hoàn thành tốt nhiệm vụ"
data-yes-no-needs-number = chỉ tiêu có unit = "{ $unit }" cần một số, không phải true hoặc false
data-yes-no-needs-number-hint = đặt unit = "bool" cho chỉ tiêu chỉ có đạt hoặc chưa đạt (có hoặc không)
data-not-finite = đây không phải là một số thông thường
data-not-finite-hint = viết một số, ví dụ: value = 58.6
data-percent-outside = { $value }% nằm ngoài khoảng 0–100
data-percent-outside-hint = kiểm tra lại số: tỷ lệ nằm trong khoảng 0 đến 100; nếu là tỷ lệ so với kế hoạch (có thể vượt 100%), thêm allow_over = true vào chỉ tiêu
data-stated-share-differs = tỷ lệ văn bản ghi { $stated }% khác với { $num }/{ $den } = { $computed }%
data-stated-share-differs-hint = đối chiếu lại các số với văn bản; trang web hiện tỷ lệ như văn bản ghi
# Mức tăng giảm: [[indicator.change]]
data-change-time-twice = thời gian của mức tăng giảm chỉ được ghi theo một cách
data-change-time-twice-hint = chỉ giữ một trong các cách: { $from } và { $to }; span = [2011, 2019]; period_text = "…" (lời của văn bản); period = "không nêu"
data-change-period-text-empty = period_text đang để trống
data-change-period-text-empty-hint = chép lời văn bản nói về thời gian, ví dụ: period_text = "trong những năm qua"; nếu văn bản không nói thời gian, viết period = "không nêu"
data-change-period-unknown = period = "{ $written }" không phải là một cách ghi thời gian của mức tăng giảm
data-change-period-unknown-hint = viết period = "không nêu" nếu văn bản không nêu thời gian; nếu có nêu, viết { $from } và { $to }, span = [2011, 2019] hoặc period_text = "…"
data-change-no-time = mức tăng giảm chưa có thời gian
data-change-no-time-hint = thêm { $from } (và { $to }) hoặc span = [2011, 2019]; văn bản chỉ nói bằng lời: period_text = "trong nhiệm kỳ"; văn bản không nói thời gian: period = "không nêu"
# Chỉ tiêu: [[indicator]]
data-id-not-slug = mã chỉ tiêu id = "{ $id }" chỉ được dùng chữ thường không dấu a-z, chữ số 0-9 và dấu gạch ngang -
data-id-not-slug-hint = đặt id = "{ $example }" (mã chỉ tiêu là một phần của địa chỉ web)
data-name-empty = tên chỉ tiêu (name) đang để trống
data-name-empty-hint = viết tên chỉ tiêu như văn bản ghi, ví dụ: name = "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ"
data-own-parent = chỉ tiêu không thể là chỉ tiêu cha (parent) của chính nó
data-own-parent-hint = viết trong parent mã của chỉ tiêu lớn hơn mà chỉ tiêu này là một phần, hoặc bỏ parent
data-precision-too-large = precision là số chữ số sau dấu phẩy, chỉ từ 0 đến 6
data-precision-too-large-hint = viết precision = 1 để hiện 58,6%
data-unknown-scale = không có thang xếp loại "{ $scale }" trong config.toml
data-unknown-scale-hint = khai báo thang trong config.toml: [scales.{ $scale }] rồi levels = ["…", …], từ mức thấp đến mức cao
data-known-scales = chọn một thang có trong config.toml: { $names }
data-rating-needs-scale = chỉ tiêu xếp loại (unit = "rating") cần có thang xếp loại
data-rating-needs-scale-hint = thêm scale = "<tên>", với tên là một thang [scales.<tên>] trong config.toml
data-direction-required = chỉ tiêu có mục tiêu hoặc mức tăng giảm phải ghi direction (chiều nào là tốt)
data-direction-required-hint = thêm direction = "higher_better" (càng cao càng tốt), "lower_better" (càng thấp càng tốt) hoặc "neutral" (không tốt, không xấu)
data-no-target-but-target = no_target ghi nhiệm kỳ { $term } không đề ra mục tiêu, nhưng đã có mục tiêu của nhiệm kỳ { $term }
data-no-target-but-target-hint = giữ phần [[indicator.target]] nếu văn bản có đề ra mục tiêu; chỉ giữ no_target khi văn bản nói không đề ra
# Kết quả: [[indicator.obs]]
data-obs-no-period = số liệu chưa ghi kỳ (năm, năm học, nhiệm kỳ…)
data-obs-many-periods = số liệu ghi nhiều hơn một kỳ
data-obs-period-hint = ghi đúng một trong các cách: year = 2019 (năm), school_year = "2019-2020" (năm học), term = "2015-2020" (cả nhiệm kỳ), span = [2011, 2019] (nhiều năm, có thể thêm as_of), as_of = 2022-09-29 (tại một ngày), period_text = "…" (lời của văn bản)
data-each-year-without-term = each_year chỉ dùng cùng với term = "…"
data-each-year-without-term-hint = viết "hằng năm" trong một nhiệm kỳ như sau: term = "2015-2020" và each_year = true
data-approx-side-without-about = approx_side chỉ dùng cùng với qualifier = "~" (gần, khoảng)
data-approx-side-without-about-hint = bỏ approx_side, hoặc đặt qualifier = "~" nếu văn bản ghi "gần" hay "khoảng"
# Kỳ: năm, năm học, nhiệm kỳ
data-school-year-hint = viết school_year = "{ $example }"
data-term-hint = viết nhiệm kỳ là năm đầu và năm cuối, nối bằng dấu gạch ngang, ví dụ: "2020-2025"
data-year-out-of-range = năm { $year } nằm ngoài khoảng 1930–2100
data-year-out-of-range-hint = viết năm đủ bốn chữ số, ví dụ: year = 2019
data-span-invalid = span phải gồm hai năm trong dấu ngoặc vuông, năm đầu viết trước: [năm đầu, năm cuối]
data-period-not-one = ghi đúng một kỳ: year, school_year, term hoặc as_of
data-period-not-one-hint = viết như sau: { $from } hoặc { $to }
# Nguồn: [[source]], source, confidence
data-duplicate-source-id = mã nguồn id = "{ $id }" bị trùng
data-duplicate-source-id-hint = đặt cho mỗi phần [[source]] một id riêng
data-source-url-not-web = url = "{ $url }" của nguồn không phải là một địa chỉ web
data-source-url-not-web-hint = chép địa chỉ như khi mở trên trình duyệt, bắt đầu bằng https:// hoặc http://
data-source-date-and-unknown = một nguồn chỉ ghi date hoặc date_unknown = true, không ghi cả hai
data-source-date-and-unknown-hint = giữ date = … nếu nguồn có ghi ngày; chỉ viết date_unknown = true khi nguồn không ghi ngày
data-unknown-source = không có nguồn "{ $id }" trong tệp này
data-unknown-source-hint = thêm một phần [[source]] có id = "{ $id }" ở đầu tệp
data-known-sources = chọn một nguồn có trong tệp này: { $ids }
data-derived-needs-derivation = số liệu suy ra (confidence = "derived") phải ghi cách tính trong derivation
data-derived-needs-derivation-hint = ghi cách tính, ví dụ: derivation = "78,8 − 3,8 (vượt 3,8% mục tiêu)"
data-ambiguous-needs-notes = số liệu chưa rõ nghĩa (confidence = "ambiguous") phải có ghi chú trong notes
data-ambiguous-needs-notes-hint = ghi điều chưa rõ, ví dụ: notes = "không rõ là mục tiêu hay kết quả"
# Số và lời văn (as_stated) phải khớp nhau
data-value-not-stated = giá trị { $value } không phải là số ghi trong as_stated: "{ $text }" ghi { $numbers }
data-value-not-stated-hint = viết vào value đúng số văn bản ghi (as_stated giữ nguyên lời văn); nếu chính văn bản ghi một số khác, giữ cả hai và ghi lý do trong differs_from_stated = "…"
data-value-fraction = { $num }/{ $den }
data-value-range = { $low }–{ $high }
data-numbers-more = { $number }; { $more }
data-bound-mismatch = as_stated "{ $text }" có nghĩa là { $bound }, nhưng đang ghi { $key } = "{ $written }"
data-bound-mismatch-hint = đặt { $key } = "{ $symbol }" để biểu đồ và kết luận vượt, đạt, chưa đạt hiểu số liệu đúng như văn bản
data-bound-above = cao hơn số ấy (">", như "trên")
data-bound-at-least = bằng hoặc cao hơn số ấy (">=", như "từ … trở lên")
data-bound-below = thấp hơn số ấy ("<", như "dưới")
data-bound-at-most = bằng hoặc thấp hơn số ấy ("<=", như "không quá")
data-bound-about = xấp xỉ số ấy ("~", như "gần", "khoảng")
# Mục tiêu: [[indicator.target]]
data-deadline-outside-term = năm hoàn thành by = { $year } nằm ngoài nhiệm kỳ { $term }
data-deadline-outside-term-hint = kiểm tra lại năm trong "đến năm …" của văn bản
data-between-needs-range = comparator = "between" (trong khoảng) cần có range
data-range-needs-between = mục tiêu có range phải có comparator = "between"
data-between-hint = viết mục tiêu trong một khoảng (như "80-90%") bằng comparator = "between" và range = [80, 90]


## Tổ chức, văn bản, bản gốc, thư mục (load/)
## [section: load]

load-alias-other-site = địa chỉ cũ "{ $alias }" là địa chỉ của một trang web khác
load-alias-other-site-hint = chỉ ghi đường dẫn của địa chỉ cũ trên chính trang web này, tính từ base_url, ví dụ: "/van-ban/bao-cao-2020.html"
load-alias-backslash = địa chỉ cũ "{ $alias }" có dấu gạch chéo ngược \
load-alias-backslash-hint = dùng dấu / trong địa chỉ web, ví dụ: "/van-ban/bao-cao-2020.html"
load-alias-query = địa chỉ cũ "{ $alias }" có phần bắt đầu bằng ? hoặc #
load-alias-query-hint = bỏ phần từ dấu ? hoặc # trở đi: trang web tĩnh không trả lời được những địa chỉ như vậy
load-alias-home = địa chỉ cũ không thể là trang chủ của trang web
load-alias-home-hint = viết địa chỉ cũ tính từ gốc trang web, ví dụ: "/van-ban/bao-cao-2020.html"
load-alias-dot-part = địa chỉ cũ "{ $alias }" có một đoạn trống, hoặc đoạn `.` hay `..`
load-alias-dot-part-hint = bỏ //, ./ và ../ khỏi địa chỉ: địa chỉ cũ phải nằm trong trang web
load-alias-character = địa chỉ cũ "{ $alias }" có ký tự `{ $character }`
load-alias-character-hint = chỉ dùng a-z, A-Z, 0-9, -, ., _ và ~ trong địa chỉ cũ (chữ có dấu và dấu cách không dùng được làm tên tệp trên mọi máy chủ)
load-front-matter-missing = văn bản không mở đầu bằng phần đầu văn bản giữa hai dòng +++
load-front-matter-missing-hint = mở đầu tệp bằng một dòng +++, tiếp theo là phần đầu văn bản (title = "…", org = "…", …), rồi thêm một dòng +++ nữa
load-front-matter-yaml-hint = đổi hai dòng --- thành hai dòng +++ và viết mỗi dòng theo dạng title = "…": nhiemky đọc phần đầu văn bản kiểu TOML, không đọc kiểu YAML (title: …)
load-front-matter-not-closed = phần đầu văn bản chưa có dòng +++ để khép lại
load-front-matter-not-closed-hint = thêm một dòng chỉ có +++ sau dòng cuối cùng của phần đầu văn bản
load-file-name-invalid = tên tệp `{ $name }` không dùng được làm địa chỉ web
load-document-name-hint = đổi tên tệp, chỉ dùng chữ thường không dấu a-z, chữ số 0-9 và dấu gạch ngang -, ví dụ: `{ $example }`
load-document-org-not-folder = org = "{ $org }" không trùng với thư mục `{ $folder }` chứa văn bản
load-document-org-not-folder-hint = đặt org = "{ $folder }", hoặc chuyển tệp vào thư mục của tổ chức kia: văn bản thuộc về tổ chức có thư mục chứa nó
load-document-term-not-folder = term = "{ $term }" không trùng với thư mục nhiệm kỳ `{ $folder }` chứa văn bản
load-document-term-not-folder-hint = đặt term = "{ $folder }", hoặc chuyển tệp vào thư mục { $term }: văn bản thuộc về nhiệm kỳ có thư mục chứa nó
load-document-reviewed-term-hint = ghi ở reviewed_term nhiệm kỳ mà báo cáo kiểm điểm kết quả, ví dụ: reviewed_term = "2015-2020"
load-document-title-empty = `title` (tiêu đề văn bản) đang để trống
load-document-title-empty-hint = viết đầy đủ tiêu đề văn bản, ví dụ: title = "Báo cáo chính trị …"
load-org-slug-invalid = slug "{ $slug }" chỉ được gồm chữ thường không dấu a-z, chữ số 0-9 và dấu gạch ngang -
load-org-slug-is-folder-hint = viết đúng tên thư mục của tổ chức: slug = "{ $folder }"
load-org-slug-example-hint = đặt một tên không dấu, ví dụ: slug = "{ $example }", rồi đổi tên thư mục giống như vậy
load-org-slug-not-folder = slug "{ $slug }" không trùng với tên thư mục `{ $folder }`
load-org-slug-not-folder-hint = đặt slug = "{ $folder }", hoặc đổi tên thư mục thành `{ $slug }`: tên thư mục là địa chỉ web của tổ chức
load-org-rename-folder-hint = đổi tên thư mục thành `{ $slug }`: tên thư mục là địa chỉ web của tổ chức
load-org-name-empty = `name` (tên tổ chức) đang để trống
load-org-name-empty-hint = viết tên tổ chức, ví dụ: name = "Đảng bộ Sở GD&ĐT Lạng Sơn"
load-old-slug-invalid = địa chỉ cũ "{ $slug }" trong old_slugs chỉ được gồm chữ thường không dấu a-z, chữ số 0-9 và dấu gạch ngang -
load-old-slug-invalid-hint = viết đúng tên thư mục cũ như trước đây, ví dụ: old_slugs = ["huyen-uy-an-lao"]
load-old-slug-is-slug = địa chỉ cũ "{ $slug }" chính là slug hiện nay của tổ chức
load-old-slug-is-slug-hint = xóa tên này: old_slugs chỉ ghi những tên thư mục tổ chức đã dùng trước đây
load-old-slug-twice = địa chỉ cũ "{ $slug }" được ghi hai lần
load-old-slug-twice-hint = xóa một trong hai
load-cannot-read-folder = không đọc được thư mục: { $why }
load-cannot-read-folder-hint = kiểm tra quyền truy cập thư mục (nhờ người quản trị máy nếu cần)
load-link-ignored = `{ $name }` là một liên kết (symbolic link), không phải tệp hay thư mục thật; nhiemky không đi theo liên kết trong content/ nên bỏ qua nó
load-link-ignored-hint = chép chính tệp hoặc thư mục vào content/ thay cho liên kết
load-special-file-ignored = `{ $name }` không phải là tệp cũng không phải là thư mục (mà là ống dẫn, socket hay thiết bị) nên bị bỏ qua
load-special-file-ignored-hint = xóa nó khỏi content/: trong đó chỉ để văn bản, số liệu và bản gốc
load-originals-sub-folder = thư mục `{ $name }` không được đăng: files/ chỉ chứa tệp
load-originals-sub-folder-hint = đặt các bản gốc ngay trong files/, không chia thư mục con
load-original-name-hint = đổi tên tệp, chỉ dùng a-z, 0-9, dấu - và một dấu . trước phần đuôi, ví dụ: `{ $example }`; tên đầy đủ của bản gốc thì ghi trong { $titles }
load-cannot-read-file = không đọc được tệp: { $why }
load-original-unreadable-hint = kiểm tra quyền đọc tệp; bản gốc được đăng đúng như tệp đang có
load-original-title-not-text = tiêu đề của `{ $name }` phải là chữ trong dấu ngoặc kép
load-original-title-not-text-hint = viết như sau: "{ $name }" = "Báo cáo chính trị (bản ký, đóng dấu)"
load-original-title-no-file = không có tệp `{ $name }` trong thư mục files/ này
load-original-title-no-originals-hint = thêm tệp vào thư mục, hoặc xóa dòng này: thư mục chưa có bản gốc nào
load-original-title-files-hint = các tệp trong thư mục: { $names }
load-original-title-empty = tiêu đề của `{ $name }` đang để trống
load-original-title-empty-hint = viết tiêu đề của bản gốc, hoặc xóa dòng này để trang web hiện tên tệp
load-theme-file-unreadable-hint = kiểm tra xem tệp có còn đó không và có quyền đọc tệp không
load-theme-not-found = không tìm thấy giao diện theme = "{ $theme }"
load-theme-not-found-hint = tạo thư mục { $folder }, hoặc đặt theme = "{ $default }" để dùng giao diện có sẵn
load-theme-no-language = giao diện chưa có tệp chữ hiển thị cho ngôn ngữ language = "{ $language }"
load-theme-no-language-hint = thêm tệp { $file } vào giao diện, hoặc chọn ngôn ngữ khác
load-no-content-folder = không có thư mục { $folder } trong { $root }
load-no-content-folder-hint = tạo thư mục cho tổ chức trong content/, có tệp _org.toml, hoặc chạy lệnh `nhiemky new org <tên-thư-mục>`, ví dụ: `nhiemky new org dang-bo-xa-an-hoa`
load-not-in-org-folder = `{ $name }` không nằm trong thư mục của một tổ chức nên bị bỏ qua
load-not-in-org-folder-hint = đặt văn bản vào content/<tổ chức>/<nhiệm kỳ>/, số liệu vào content/<tổ chức>/<nhiệm kỳ>/data.toml
load-not-a-term-folder = `{ $name }` không phải là thư mục nhiệm kỳ
load-term-folder-exists-hint = chuyển các tệp này vào thư mục `{ $term }` đã có của nhiệm kỳ
load-term-folder-rename-hint = đổi tên thư mục thành `{ $term }` (năm đầu-năm cuối, không có dấu cách)
load-file-outside-term-hint = đặt văn bản vào thư mục của nhiệm kỳ, ví dụ: content/{ $org }/2020-2025/
load-ignored-in-term-folder = `{ $name }` bị bỏ qua
load-ignored-in-term-folder-hint = thư mục nhiệm kỳ chỉ chứa văn bản (tệp .md), tệp data.toml và thư mục files/ (bản gốc)
load-no-org-file = thư mục tổ chức `{ $folder }` không có tệp { $file }
load-no-org-file-hint = tạo tệp { $folder }/{ $file } có slug = "{ $folder }", name = "…", kind = "…" (hoặc chạy `nhiemky new org { $folder }`)
load-date-not-in-calendar = ngày này không có trên lịch
load-date-with-time = chỉ ghi ngày, không ghi giờ
load-date-hint = viết ngày theo dạng năm-tháng-ngày, không có dấu ngoặc kép, ví dụ: date = 2020-05-12


## Kiểm tra chéo giữa các tệp (load/assemble.rs)
## [section: check]

check-highlight-unknown = chỉ tiêu nổi bật "{ $id }" (highlight_indicators) không có trong số liệu của { $org }
check-no-date-congress = văn bản chưa có `date`: nguồn tin RSS lấy ngày đại hội { $date } làm ngày của văn bản
check-no-date = văn bản chưa có `date` nên không được đưa vào nguồn tin RSS, và sơ đồ trang web (sitemap) không ghi ngày cho văn bản (không thể tự đặt ra một ngày)
check-no-date-hint = thêm vào phần đầu văn bản ngày ghi trên văn bản, ví dụ: date = 2020-05-12
check-parent-org-unknown = tổ chức cấp trên parent = "{ $parent }" không có trên trang web này
check-parent-org-unknown-hint = viết slug của một tổ chức có thư mục trong content/, hoặc để trống parent
check-indicator-unit-conflict = chỉ tiêu "{ $id }" có unit = "{ $new }" trong { $here } nhưng unit = "{ $old }" trong số liệu nhiệm kỳ { $first }
check-indicator-direction-conflict = chỉ tiêu "{ $id }" có direction = "{ $new }" trong { $here } nhưng direction = "{ $old }" trong số liệu nhiệm kỳ { $first }
check-indicator-scale-conflict = chỉ tiêu "{ $id }" { $new } trong { $here } nhưng { $old } trong số liệu nhiệm kỳ { $first }
check-scale-named = có scale = "{ $name }"
check-scale-none = không có scale
check-indicator-conflict-hint = dùng cùng unit, direction và scale ở mọi nhiệm kỳ, hoặc đặt mã (id) khác: mỗi mã chỉ tiêu dùng cho đúng một thước đo qua các nhiệm kỳ
check-target-conflict = mục tiêu nhiệm kỳ { $term } được ghi lại với giá trị khác ({ $here } ở đây, { $before } ở chỗ trước)
check-target-conflict-hint = chỉ ghi mục tiêu một lần, trong tệp data.toml đi kèm văn bản đã đề ra mục tiêu ấy
check-target-twice = mục tiêu nhiệm kỳ { $term } được ghi hai lần
check-target-twice-hint = chỉ giữ mục tiêu trong tệp data.toml đi kèm văn bản đã đề ra nó
check-parent-indicator-unknown = parent = "{ $parent }" của chỉ tiêu "{ $id }" không phải là một chỉ tiêu của { $org }
check-parent-indicator-unknown-hint = viết mã (id) của chỉ tiêu lớn hơn mà chỉ tiêu này là một phần
check-parent-cycle = chỉ tiêu "{ $id }" qua các dòng `parent` lại thành một phần của chính nó
check-parent-cycle-hint = xóa một dòng `parent` trong vòng lặp: một chỉ tiêu có thể là một phần của chỉ tiêu lớn hơn, nhưng không thể là một phần của chính nó
check-parts-exceed-total = các phần của "{ $id }" cộng lại được { $sum } trong { $period }, nhiều hơn tổng số { $total }
check-parts-exceed-total-hint = kiểm tra lại số liệu từng phần: tổng các phần có thể nhỏ hơn tổng số, nhưng không thể lớn hơn
check-verdict-disagrees = "{ $id }" nhiệm kỳ { $term }: báo cáo đánh giá là { $stated } ({ $wording }), còn theo số liệu là { $computed } ({ $result } so với mục tiêu { $target })
check-verdict-disagrees-hint = kiểm tra lại kết quả, mục tiêu và lời đánh giá trong báo cáo: trang web hiện cả hai đánh giá
check-verdict-exceeded = vượt
check-verdict-achieved = đạt
check-verdict-not-achieved = chưa đạt
check-verdict-undetermined = chưa xác định được
check-verdict-partly = đạt một phần
check-chart-impossible-hint = bỏ `chart` để nhiemky tự chọn biểu đồ, hoặc thêm các giá trị mà biểu đồ cần


## Địa chỉ web (routes.rs, output/)
## [section: routes]

routes-alias = địa chỉ cũ "/{ $route }"
routes-old-slug = địa chỉ cũ "{ $slug }" trong old_slugs (trang chuyển hướng /{ $redirect })
routes-taken-by-page = { $what } là địa chỉ của một trang đang có trên trang web ({ $path })
routes-in-own-folder = { $what } nằm trong { $folder }, thư mục chứa tệp riêng của trang web
routes-folder-over-file = { $what } sẽ tạo một thư mục đúng chỗ của tệp { $file }
routes-taken-by-folder = { $what } trùng với một thư mục của trang web
routes-org-folder-reserved = thư mục của tổ chức `{ $slug }` trùng với một thư mục chứa tệp riêng của trang web ({ $folder })
routes-org-folder-reserved-hint = đổi tên thư mục và slug, ví dụ thành `{ $example }`; các thư mục { $folders } chứa kiểu trình bày, mã lệnh, phông chữ và chỉ mục tìm kiếm của trang web
routes-alias-twice = { $what } cũng là địa chỉ cũ của { $first }
routes-alias-twice-hint = xóa một trong hai: một địa chỉ cũ chỉ dẫn tới được một trang
routes-alias-hint = xóa địa chỉ này, hoặc ghi đúng địa chỉ cũ mà văn bản đã có: địa chỉ cũ phải là địa chỉ không còn trang nào dùng
routes-old-slug-hint = xóa tên này khỏi old_slugs: địa chỉ cũ phải là tên thư mục không còn trang nào của trang web dùng
routes-published-gone = { $address } đã được đăng nhưng trang web không còn địa chỉ này
routes-published-removed = nếu đã cố ý bỏ, lần chạy `nhiemky archive` tới sẽ ghi lại trang web như hiện nay
routes-published-old-slug-hint = `{ $folder }` là địa chỉ cũ (old_slugs) của { $org }: các trang của tổ chức được chuyển hướng, nhưng biểu đồ, tệp tải về, bản gốc và nguồn tin RSS thì không; { $removed }
routes-published-org-gone-hint = nếu tổ chức trong `{ $folder }/` đã đổi tên, thêm old_slugs = ["{ $folder }"] vào tệp _org.toml của tổ chức; nếu văn bản đã chuyển chỗ, thêm aliases = ["/{ $route }"] vào phần đầu của văn bản thay thế nó; { $removed }
routes-published-file-gone-hint = không chuyển hướng được tệp .{ $extension } (aliases và old_slugs chỉ tạo các trang HTML chuyển hướng): đặt lại tệp ở địa chỉ này nếu vẫn cần; { $removed }
routes-published-page-gone-hint = nếu trang đã chuyển chỗ, thêm aliases = ["/{ $route }"] vào phần đầu của văn bản thay thế nó; { $removed }


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

build-base-url-invalid = địa chỉ `--base-url { $url }` không dùng được: { $why }
build-base-url-invalid-hint = viết địa chỉ đầy đủ, bắt đầu bằng https://, ví dụ: { $example }
build-output-refused = nhiemky không ghi trang web vào { $folder }: { $why }
build-output-refused-hint = chọn một thư mục kết quả riêng (mỗi lần dựng, cả thư mục được thay mới), ví dụ: { $example }
build-output-is-a-file = { $path } là một tệp, không phải thư mục
build-output-holds-site = { $path } chứa chính trang web (các tệp nguồn)
build-output-in-sources = { $path } nằm trong thư mục { $folder }/ của trang web
build-output-is-site-file = { $path } là tệp { $file } của trang web
build-output-unlisted = nhiemky không xóa thư mục { $folder } để ghi trang web vào đó: thư mục này không do nhiemky tạo ra (trong đó có { $names } …)
build-output-unlisted-hint = chọn một thư mục mới hoặc trống cho --output; hoặc, nếu chắc chắn muốn xóa mọi thứ trong thư mục này rồi ghi trang web vào đó, thêm --force
build-output-added = nhiemky không xóa thư mục { $folder } để ghi trang web mới: có tệp được thêm vào sau lần dựng trước: { $names }
build-output-added-hint = chuyển các tệp đó ra khỏi thư mục kết quả (mỗi lần dựng, cả thư mục được thay mới); hoặc, nếu muốn xóa chúng, thêm --force
build-output-written-twice = hai trang của lần dựng này cùng được ghi vào { $path }
build-output-written-twice-hint = báo lỗi này cho người phát triển nhiemky: trang sau sẽ đè mất trang trước, nên chưa có gì được xuất bản
build-search-spill-failed = không lưu tạm được dữ liệu cho chỉ mục tìm kiếm: { $why }
build-search-spill-failed-hint = giải phóng chỗ trống trong thư mục tạm của hệ thống (dữ liệu tìm kiếm nằm ở đó cho đến khi dựng xong chỉ mục), hoặc đặt biến TMPDIR chỉ tới một thư mục còn chỗ trống
build-cannot-write = không ghi được { $path }: { $why }
build-cannot-write-hint = kiểm tra ổ đĩa còn chỗ trống và quyền ghi vào thư mục kết quả
build-cannot-read-static = không đọc được tệp { $path } của giao diện: { $why }
build-cannot-read-static-hint = kiểm tra quyền đọc tệp trong thư mục static/ của giao diện (hoặc của trang web)
build-cannot-prepare = không chuẩn bị được thư mục kết quả { $folder }: { $why }
build-cannot-publish = không thay được thư mục kết quả { $folder } bằng bản mới: { $why }
build-cannot-publish-hint = đóng các chương trình đang mở tệp trong thư mục đó, kiểm tra ổ đĩa còn chỗ trống rồi dựng lại; trang web cũ vẫn giữ nguyên


## Lưu trữ BagIt (archive/)
## [section: archive]

archive-epoch-invalid = biến { $name }="{ $value }" không phải là số giây tính từ năm 1970
archive-epoch-invalid-hint = đặt biến này là một số nguyên, ví dụ: { $example }, hoặc bỏ biến này đi
archive-cannot-read-source = không đọc được tệp nguồn: { $why }
archive-cannot-read-source-hint = kiểm tra quyền đọc tệp: gói lưu trữ giữ mọi tệp nguồn của trang web
archive-refused = không ghi gói lưu trữ vào { $path }: { $why }
archive-refused-sources-hint = chọn một chỗ nằm ngoài các tệp nguồn, ví dụ: --out luu-tru/2025, hoặc một thư mục ngoài trang web
archive-target-exists = ở đó đã có tệp hoặc thư mục
archive-target-exists-hint = thêm --force để thay gói lưu trữ cũ, hoặc chọn chỗ khác bằng --out
archive-target-is-folder = đó là một thư mục, còn --zip ghi ra một tệp
archive-target-is-file = đó là một tệp, còn gói lưu trữ là một thư mục
archive-target-is-file-hint = chọn chỗ khác bằng --out, hoặc thêm --zip để thay một gói lưu trữ nén .zip
archive-target-not-zip = đó không phải tệp .zip, mà --force chỉ thay một gói lưu trữ cũ
archive-target-not-bag = đó không phải gói lưu trữ (không có bagit.txt), mà --force chỉ thay một gói lưu trữ cũ
archive-choose-zip-hint = chọn chỗ khác bằng --out, tên kết thúc bằng .zip, ví dụ: --out luu-tru/2025.zip
archive-choose-other-hint = chọn chỗ khác bằng --out, ví dụ: --out luu-tru/2025
archive-cannot-write = không ghi được { $path }: { $why }
archive-cannot-write-hint = kiểm tra ổ đĩa còn chỗ trống và quyền ghi vào thư mục; không phần nào của gói lưu trữ bị bỏ lại
archive-unknown-org = --org { $slug }: trang web không có tổ chức nào ở thư mục content/{ $slug }
archive-unknown-org-hint = chọn một trong các tổ chức: { $slugs }
archive-term-invalid = --term: { $why }
archive-unknown-term = --term { $term }: { $slug } không có nhiệm kỳ này
archive-choose-term-hint = chọn một nhiệm kỳ của { $slug }: { $terms }
archive-not-a-bag = đây không phải gói lưu trữ: thiếu tệp { $file }
archive-not-a-bag-hint = kiểm tra đường dẫn: một gói lưu trữ BagIt có các tệp bagit.txt, bag-info.txt và manifest-sha256.txt bên cạnh thư mục data/
archive-tag-not-text = tệp { $file } không phải chữ viết theo mã UTF-8
archive-tag-changed-hint = so sánh với một bản sao khác của gói lưu trữ: các tệp mô tả của gói đã bị sửa
archive-no-version = tệp { $file } không ghi phiên bản BagIt
archive-no-version-hint = kiểm tra dòng đầu tiên của tệp: phải là `BagIt-Version: 1.0`
archive-extra-file = tệp thừa, không có trong danh sách mã kiểm tra: { $path }
archive-extra-file-hint = xóa tệp này (nó được thêm vào sau khi tạo gói lưu trữ), hoặc tạo lại gói lưu trữ
archive-manifest-bad-line = { $file }: dòng { $line } không có dạng `mã-kiểm-tra đường-dẫn`
archive-manifest-changed-hint = so sánh với một bản sao khác của gói lưu trữ: danh sách mã kiểm tra đã bị sửa
archive-missing-file = thiếu tệp: { $path }
archive-missing-file-hint = chép lại tệp này từ một bản sao khác: tệp có trong danh sách mã kiểm tra nhưng không có trong gói lưu trữ
archive-changed-file = tệp bị thay đổi: { $path }
archive-changed-file-hint = chép lại tệp này từ một bản sao khác: mã kiểm tra SHA-256 của nó là { $actual }, danh sách mã kiểm tra ghi { $expected }
archive-cannot-read = không đọc được { $path }: { $why }
archive-cannot-read-file-hint = kiểm tra quyền đọc tệp
archive-cannot-read-bag-hint = kiểm tra đường dẫn và quyền đọc
archive-oxum-mismatch = Payload-Oxum ghi { $value } (số byte.số tệp), nhưng phần dữ liệu của gói hiện có { $bytes } byte trong { $files } tệp
archive-oxum-mismatch-hint = kiểm tra thư mục data/: có tệp đã bị thêm, xóa hoặc đổi kích thước
archive-not-folder-or-zip = { $path } không phải thư mục, cũng không phải tệp .zip: { $why }
archive-not-folder-or-zip-hint = chọn thư mục của một gói lưu trữ, hoặc tệp .zip do `nhiemky archive --zip` tạo ra
archive-zip-not-one-bag = { $path } không chứa đúng một thư mục gói lưu trữ
archive-zip-not-one-bag-hint = kiểm tra tệp .zip: một gói lưu trữ nén có đúng một thư mục ngoài cùng, trong đó có bagit.txt
archive-zip-unsafe-path = { $path } chứa một tệp có đường dẫn đi ra ngoài gói: { $name }
archive-zip-unsafe-path-hint = đừng giải nén tệp này; so sánh với một bản sao khác của gói lưu trữ


## Máy chủ xem trước (serve/)
## [section: serve]

serve-root-unusable = không dùng được { $path }: { $why }
serve-root-not-a-folder = { $path } không phải là một thư mục: hãy chỉ thư mục của trang web bằng --root, ví dụ: --root bao-cao-nhiem-ky
serve-open-to-network = bản xem trước đang mở trên { $address }: các máy khác trong mạng đọc được bản nháp
serve-cannot-read-address = không đọc được địa chỉ của máy chủ xem trước: { $why }
serve-serving-at = bản xem trước ở địa chỉ { $url } (bấm Ctrl-C để dừng)
serve-cannot-open-browser = không mở được trình duyệt: { $why }
serve-cannot-open-browser-hint = tự mở địa chỉ { $url } trong trình duyệt
serve-cannot-start = không khởi động được máy chủ xem trước: { $why }
serve-stopped-by-error = máy chủ xem trước đã dừng vì lỗi: { $why }
serve-stopped = đã dừng
serve-port-taken = cổng { $port } đang bận; dùng cổng { $other }
serve-cannot-listen = không mở được cổng { $address }: { $why }
serve-ports-taken = cổng { $port } và { $count } cổng sau nó đều đang bận; chọn cổng khác bằng --port, ví dụ: --port 8080
serve-loaded = đã nạp trang web ({ $orgs } tổ chức) trong { $ms } ms
serve-reloaded = đã nạp lại { $folders } trong { $ms } ms
serve-reloaded-theme = đã nạp lại giao diện trong { $ms } ms
serve-reloaded-theme-and = đã nạp lại giao diện, { $folders } trong { $ms } ms
serve-summary-with-errors = { $summary }: { $count } lỗi (hiện trên mọi trang cho đến khi được sửa)
serve-no-content-folder = không có thư mục { $folder } trong { $root }
serve-no-content-folder-hint = tạo tệp content/<tên-thư-mục>/_org.toml, hoặc chạy `nhiemky new org <tên-thư-mục>`
serve-watch-failed = lỗi khi theo dõi tệp: { $why }
serve-cannot-watch-files = không theo dõi được các tệp: { $why }
serve-cannot-watch = không theo dõi được thư mục { $folder }: { $why }
serve-cannot-watch-hint = khởi động lại nhiemky serve để thử lại: thay đổi trong thư mục này chưa tự hiện trên bản xem trước
serve-watch-limit = hệ thống đã hết giới hạn số thư mục được theo dõi
serve-cannot-accept = không nhận được một kết nối ({ $why }); đang thử lại
serve-not-a-site-path = đường dẫn này không thuộc trang web
serve-overlay-title = Bản xem trước có lỗi ({ $count })
serve-overlay-note = Trang đang hiển thị bản đúng gần nhất. Sửa tệp và lưu lại: thông báo này tự biến mất.
serve-error-page-title = Bản xem trước có lỗi
serve-host-refused = Địa chỉ này không được phép
serve-host-refused-note = Bản xem trước chỉ trả lời các địa chỉ của chính máy này (localhost, 127.0.0.1), để không trang web nào khác đọc được bản nháp. Hãy mở bằng địa chỉ mà lệnh nhiemky serve in ra; nếu cần mở bằng một tên khác, chạy lại lệnh với --allow-host và tên đó.


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
