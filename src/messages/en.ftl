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

markdown-shortcode-syntax = shortcode: { $problem }
markdown-shortcode-usage = write a shortcode like { $example }; write { $literal } to show { $braces } as text
markdown-shortcode-found-char = `{ $char }`
markdown-shortcode-found-end = the end of the document
markdown-shortcode-expected-name = expected a shortcode name after { $open }, found { $found }
markdown-shortcode-expected-paren = expected `(` after the shortcode name, found { $found }
markdown-shortcode-expected-arg-name = expected an argument name, found { $found }
markdown-shortcode-expected-equals = expected `=` after `{ $arg }`, found { $found }
markdown-shortcode-expected-comma = expected `,` or `)` after an argument, found { $found }
markdown-shortcode-expected-close = expected `{ $close }` to close the shortcode, found { $found }
markdown-shortcode-expected-value = expected a value ("text", a number, true or false), found { $found }
markdown-shortcode-expected-value-hint = put text in double quotes: { $example }
markdown-shortcode-arg-twice = argument `{ $arg }` is given twice
markdown-shortcode-arg-twice-hint = give each argument once: remove one `{ $arg }`
markdown-shortcode-unclosed-text = the text in quotes is not closed
markdown-shortcode-unclosed-text-hint = close the text with { $quote } on the same line, e.g. { $example }
markdown-shortcode-unknown-escape = a backslash \ in text may only stand before a quote or another backslash
markdown-shortcode-unknown-escape-hint = write \" for a quote inside the text and \\ for a backslash, e.g. { $example }
markdown-shortcode-not-a-number = not a number
markdown-shortcode-not-a-number-hint = write numbers with a decimal point: { $example }
markdown-value-text = text
markdown-value-number = a number
markdown-value-yes-no = true/false
markdown-shortcode-misplaced = shortcode `{ $name }` cannot be used here
markdown-shortcode-misplaced-hint = use shortcodes in running text or on a line of their own, not inside links' addresses, images or HTML tags
markdown-shortcode-removed = shortcode `{ $name }` was removed with the HTML around it (safe_html)
markdown-shortcode-removed-hint = put the shortcode outside raw HTML that safe_html removes (<script>, <style>, attributes)
markdown-too-deep = more than { $count } elements are nested inside each other here
markdown-too-deep-hint = a report needs a few levels at most: remove the extra `>` of quotations, the extra indentation of lists, or the HTML tags left open (<div> without </div>)
markdown-private-use-character = the document's HTML writes the private-use character U+E000 or U+E001
markdown-private-use-character-hint = nhiemky keeps these characters for placing shortcodes: remove them (also when written as &#xE000; or &#57344;)


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
render-link-outside-site = link `{ $address }` leads out of the site
render-link-missing = link `{ $address }` leads to { $path }, which the site does not have
render-link-hint = links are relative to this page, /{ $page }: write e.g. `../2015-2020/bao-cao-chinh-tri.html` for a document of another term, `files/to-trinh.pdf` for an original of this term, or a full https:// address
render-template-error = template: { $detail }
render-template-error-hint = fix the template; variables the templates receive are listed in docs/themes.md
render-template-name-hint = check the template names used in extends and include
render-chart-failed = cannot draw the chart of "{ $id }": { $detail }
render-chart-failed-hint = this is a fault in nhiemky, not in the data; please report it with the data file
render-card-failed = cannot draw the site's preview picture: { $detail }
render-card-failed-hint = this is a fault in nhiemky; please report it with config.toml
render-original-unreadable = cannot read file: { $why }
render-original-unreadable-hint = check that the file is still there and that you may read it
render-chart-kind-impossible = chart = "{ $kind }" cannot be drawn for "{ $id }": { $why }
render-chart-trend-needs-points = it needs two or more values placed in time
render-chart-progress-needs-target = a progress bar measures a result against its target (or a share against 100%), and this indicator has no numeric target; chart = "trend" draws its results over time
render-chart-progress-needs-term = it needs a result or a target of a whole term (term = "2015-2020"); results of single years are drawn by chart = "trend"
render-chart-breakdown-needs-parts = it needs parts (indicators with parent = "{ $id }") with values
render-chart-change-needs-change = it needs a change the document states ([[indicator.change]])
render-no-chart-norm = it is a rule kept (kind = "norm"), not a quantity
render-no-chart-not-numeric = its figures are words or yes/no, not numbers
render-no-chart-none = its data.toml says chart = "none"
render-no-chart-single = it has a single figure, and one figure alone is no chart
render-no-chart-no-figures = it has no figures to draw
render-search-failed = cannot build the search index: { $why }
render-search-failed-hint = this is a fault of nhiemky, not of the site; `[search] enabled = false` in config.toml builds the site without search
render-search-no-runtime = the indexing could not start: { $why }
render-search-record-unreadable = a search record cannot be read back: { $why }
render-search-no-current-folder = the current folder cannot be read: { $why }
render-search-pagefind-failed = pagefind failed: { $detail }
render-search-pagefind-stopped = pagefind stopped unexpectedly


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
