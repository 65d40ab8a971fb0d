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
load-refused-symbolic-link = đó là một liên kết (symbolic link), nhiemky không đi theo liên kết
load-refused-special-file = đó không phải là một tệp thường (mà là ống dẫn, socket hay thiết bị)
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
