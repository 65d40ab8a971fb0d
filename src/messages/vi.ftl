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



## Mô tả trong JSON Schema cho trình soạn thảo
## [section: schema]
