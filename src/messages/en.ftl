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

load-alias-other-site = alias "{ $alias }" is an address on another site
load-alias-other-site-hint = an alias is an old address of this site: write its path, e.g. "/van-ban/bao-cao-2020.html" (relative to base_url)
load-alias-backslash = alias "{ $alias }" contains a backslash
load-alias-backslash-hint = web addresses use /, e.g. "/van-ban/bao-cao-2020.html"
load-alias-query = alias "{ $alias }" has a query or a fragment
load-alias-query-hint = a static site cannot answer ?… or #… addresses; write the path alone
load-alias-home = an alias cannot be the site's home page
load-alias-home-hint = write the old address relative to the site, e.g. "/van-ban/bao-cao-2020.html"
load-alias-dot-part = alias "{ $alias }" has an empty, `.` or `..` part
load-alias-dot-part-hint = an alias stays inside the site: no //, ./ or ../ in it
load-alias-character = alias "{ $alias }" contains `{ $character }`
load-alias-character-hint = write old addresses with a-z, A-Z, 0-9, -, ., _ and ~ (a Vietnamese letter or a space cannot be a file name on every host)
load-front-matter-missing = document does not start with front matter
load-front-matter-missing-hint = start the file with a line +++, the TOML front matter (title = "…", org = "…", …), then another +++ line
load-front-matter-yaml-hint = nhiemky reads TOML front matter between +++ lines, not YAML between --- lines
load-front-matter-not-closed = front matter is not closed
load-front-matter-not-closed-hint = add a line with only +++ after the last front-matter key
load-file-name-invalid = file name `{ $name }` cannot be a web address
load-document-name-hint = rename it with a-z, 0-9 and - only, e.g. `{ $example }`
load-document-org-not-folder = org "{ $org }" does not match the folder `{ $folder }`
load-document-org-not-folder-hint = a document belongs to the organisation folder it is in: set org = "{ $folder }" or move the file
load-document-term-not-folder = term "{ $term }" does not match the folder `{ $folder }`
load-document-term-not-folder-hint = a document belongs to the term folder it is in: set term = "{ $folder }" or move the file
load-document-reviewed-term-hint = reviewed_term is the term whose results the report assesses, e.g. "2015-2020"
load-document-title-empty = title is empty
load-document-title-empty-hint = write the document's full title, e.g. title = "Báo cáo chính trị …"
load-org-slug-invalid = slug "{ $slug }" may only use a-z, 0-9 and -
load-org-slug-is-folder-hint = the slug is the folder's name: slug = "{ $folder }"
load-org-slug-example-hint = e.g. slug = "{ $example }", with the folder renamed alike
load-org-slug-not-folder = slug "{ $slug }" does not match the folder name `{ $folder }`
load-org-slug-not-folder-hint = the folder is the URL: set slug = "{ $folder }", or rename the folder to `{ $slug }`
load-org-rename-folder-hint = the folder is the URL: rename the folder to `{ $slug }`
load-org-name-empty = name is empty
load-org-name-empty-hint = write the organisation's display name, e.g. name = "Đảng bộ Sở GD&ĐT Lạng Sơn"
load-old-slug-invalid = old slug "{ $slug }" may only use a-z, 0-9 and -
load-old-slug-invalid-hint = write the folder name exactly as it was, e.g. old_slugs = ["huyen-uy-an-lao"]
load-old-slug-is-slug = old slug "{ $slug }" is the organisation's slug
load-old-slug-is-slug-hint = old_slugs lists the folder names it had before; remove this one
load-old-slug-twice = old slug "{ $slug }" is listed twice
load-old-slug-twice-hint = remove one of the two
load-cannot-read-folder = cannot read folder: { $why }
load-cannot-read-folder-hint = check the folder's permissions
load-link-ignored = `{ $name }` is a symbolic link; links in content/ are not followed, so it is ignored
load-link-ignored-hint = copy the file or folder into content/ instead of linking to it
load-special-file-ignored = `{ $name }` is neither a file nor a folder (a pipe, socket or device); it is ignored
load-special-file-ignored-hint = remove it from content/: only documents, data and originals belong there
load-refused-symbolic-link = it is a symbolic link, which is not followed
load-refused-special-file = it is not a regular file (a pipe, socket or device)
load-originals-sub-folder = `{ $name }` is not published: files/ holds files only
load-originals-sub-folder-hint = put the originals directly in files/, without sub-folders
load-original-name-hint = rename it with a-z, 0-9, - and one . before the extension, e.g. `{ $example }`; give it a title in { $titles }
load-cannot-read-file = cannot read file: { $why }
load-original-unreadable-hint = check that you may read the file; an original is published as it is
load-original-title-not-text = the title of `{ $name }` must be text
load-original-title-not-text-hint = write "{ $name }" = "Báo cáo chính trị (bản ký, đóng dấu)"
load-original-title-no-file = no file `{ $name }` in this files/ folder
load-original-title-no-originals-hint = the folder holds no originals; add the file or remove this line
load-original-title-files-hint = files here: { $names }
load-original-title-empty = the title of `{ $name }` is empty
load-original-title-empty-hint = write the original's title, or remove the line to show its file name
load-theme-file-unreadable-hint = check that the file exists and that you may read it
load-theme-not-found = theme "{ $theme }" not found
load-theme-not-found-hint = expected the folder { $folder }; or set theme = "{ $default }" to use the built-in theme
load-theme-no-language = the theme has no interface strings for language "{ $language }"
load-theme-no-language-hint = add { $file } to the theme, or choose another language
load-no-content-folder = no { $folder } folder in { $root }
load-no-content-folder-hint = create content/<org>/_org.toml, or run `nhiemky new org <slug>`
load-not-in-org-folder = `{ $name }` is not in an organisation folder; it is ignored
load-not-in-org-folder-hint = documents go in content/<org>/<term>/, data in content/<org>/<term>/data.toml
load-not-a-term-folder = `{ $name }` is not a term folder
load-term-folder-exists-hint = the term has its folder `{ $term }` already: move these files into it
load-term-folder-rename-hint = rename the folder to `{ $term }` (YYYY-YYYY, no spaces)
load-file-outside-term-hint = documents go in a term folder: content/{ $org }/<YYYY-YYYY>/
load-ignored-in-term-folder = `{ $name }` is ignored
load-ignored-in-term-folder-hint = a term folder holds documents (*.md), data.toml and files/ (originals)
load-no-org-file = organisation folder `{ $folder }` has no { $file }
load-no-org-file-hint = create { $folder }/{ $file } with slug = "{ $folder }", name = "…", kind = "…" (or run `nhiemky new org { $folder }`)
load-date-not-in-calendar = not a calendar date
load-date-with-time = expected a date without a time
load-date-hint = write a date without quotes as YYYY-MM-DD, e.g. date = 2020-05-12


## Checks across files (load/assemble.rs)
## [section: check]

check-highlight-unknown = highlighted indicator "{ $id }" is not in the data of { $org }
check-no-date-congress = no `date`: the feeds date this document { $date }, the date of its congress
check-no-date = no `date`: the document is left out of the feeds and the sitemap gives it no date (a date would have to be invented)
check-no-date-hint = add the date printed on the document to its front matter: date = 2020-05-12
check-parent-org-unknown = parent organisation "{ $parent }" is not on this site
check-parent-org-unknown-hint = write the slug of an organisation under content/, or leave parent empty
check-indicator-unit-conflict = indicator "{ $id }" is defined with unit { $new } in { $here } but { $old } in { $first }
check-indicator-direction-conflict = indicator "{ $id }" is defined with direction { $new } in { $here } but { $old } in { $first }
check-indicator-scale-conflict = indicator "{ $id }" is defined with { $new } in { $here } but { $old } in { $first }
check-scale-named = scale "{ $name }"
check-scale-none = no scale
check-indicator-conflict-hint = an id names one measure across terms; use the same unit, direction and scale, or another id
check-target-conflict = target for { $term } is stated again with another value ({ $here } here, { $before } before)
check-target-conflict-hint = a target is written once, in the data file of the document that adopted it
check-target-twice = target for { $term } is stated twice
check-target-twice-hint = keep it only in the data file of the document that adopted it
check-parent-indicator-unknown = parent "{ $parent }" of "{ $id }" is not an indicator of { $org }
check-parent-indicator-unknown-hint = write the id of the indicator this one is a part of
check-parent-cycle = indicator "{ $id }" is a part of itself through `parent`
check-parent-cycle-hint = remove one `parent` from the loop: an indicator can be a part of a larger one, never of itself
check-parts-exceed-total = the parts of "{ $id }" add up to { $sum } for { $period }, more than its total { $total }
check-parts-exceed-total-hint = check the breakdown: parts can be fewer than the whole, never more
check-verdict-disagrees = "{ $id }" { $term }: the report says { $stated } ({ $wording }), the figures give { $computed } ({ $result } against target { $target })
check-verdict-disagrees-hint = both are shown on the site; check the result, the target and the report's wording
check-verdict-exceeded = exceeded
check-verdict-achieved = achieved
check-verdict-not-achieved = not achieved
check-verdict-undetermined = undetermined
check-verdict-partly = partly achieved
check-chart-impossible-hint = remove `chart` to let nhiemky choose, or add the values the chart needs


## Web addresses (routes.rs, output/)
## [section: routes]

routes-alias = alias "/{ $route }"
routes-old-slug = old slug "{ $slug }" (its redirect /{ $redirect })
routes-taken-by-page = { $what } is the address of a page of the site ({ $path })
routes-in-own-folder = { $what } lies in { $folder }, a folder of the site's own files
routes-folder-over-file = { $what } would put a folder where the file { $file } is
routes-taken-by-folder = { $what } is a folder of the site
routes-org-folder-reserved = the organisation's folder `{ $slug }` is a folder of the site's own files ({ $folder })
routes-org-folder-reserved-hint = rename the folder and its slug, e.g. to `{ $example }`; { $folders } hold the site's styles, scripts, fonts and search index
routes-alias-twice = { $what } is also an alias of { $first }
routes-alias-twice-hint = one old address can lead to one page only; remove one of the two
routes-alias-hint = an alias is an old address no page uses any more; remove it, or choose the old address it really had
routes-old-slug-hint = an old slug is a folder name no page of the site uses any more; remove it from old_slugs
routes-published-gone = { $address } was published but the site no longer has it
routes-published-removed = if it was removed on purpose, the next `nhiemky archive` records the site as it is
routes-published-old-slug-hint = `{ $folder }` is an old slug of { $org }: its pages are forwarded, but charts, downloads, originals and feeds are not; { $removed }
routes-published-org-gone-hint = if the organisation in `{ $folder }/` was renamed, add old_slugs = ["{ $folder }"] to its _org.toml; if a document moved, add aliases = ["/{ $route }"] to the front matter of the one that replaces it; { $removed }
routes-published-file-gone-hint = a .{ $extension } file cannot be forwarded (aliases and old_slugs make HTML pages that redirect): put it back at this address if it is still wanted; { $removed }
routes-published-page-gone-hint = if its page moved, add aliases = ["/{ $route }"] to the front matter of the document that replaces it; { $removed }


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



## Descriptions in the JSON Schemas for editors
## [section: schema]
