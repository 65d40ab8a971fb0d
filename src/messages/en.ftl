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

cli-about = Builds a website from the term reports of party organisations: documents in Markdown, indicator figures in data.toml
cli-build = Build the site into the output folder (public/ by default)
cli-check = Load, validate and render the whole site without writing anything; print every error and warning
cli-serve = Serve the site (drafts included) for previewing on this machine, reloading the browser on every save
cli-archive = Build the site and pack it with its sources into a BagIt bag (RFC 8493) for keeping
cli-archive-verify = Check a bag (folder or .zip): every SHA-256 checksum, Payload-Oxum, no file missing or added
cli-new = Create a new organisation, term or document from a template
cli-new-org = Create content/<slug>/_org.toml for a new organisation
cli-new-term = Create content/<org>/<term>/ with a draft political report and data.toml
cli-arg-lang = Language of the messages: vi (Vietnamese) or en (English); when left out, NHIEMKY_LANG, then the machine's language (LANG), then Vietnamese
cli-arg-root = The site folder (with config.toml and content/)
cli-arg-drafts = Include documents with status = "draft"
cli-arg-output = Output folder (overrides output_dir of config.toml)
cli-arg-base-url = Address the site is published at (overrides base_url of config.toml), e.g. https://huyenuy.example.vn/bao-cao-nhiem-ky/
cli-arg-minify = Minify HTML and CSS
cli-arg-build-force = Replace the output folder even if it holds files nhiemky did not write (they are deleted)
cli-arg-port = Port to listen on (the next free one is taken if it is in use; 0: any)
cli-arg-bind = Address to listen on; anything but 127.0.0.1 or ::1 shows the drafts to the network
cli-arg-open = Open the site in the default browser
cli-arg-allow-host = Also answer requests for this host name (repeatable); only this machine's names and addresses are answered otherwise, so that no web site can read the drafts
cli-arg-archive-org = Archive only this organisation (its slug, the name of its folder)
cli-arg-archive-term = Archive only this term of the organisation (YYYY-YYYY)
cli-arg-out = The bag's folder, or its .zip with --zip (default: luu-tru/<date> in the site folder)
cli-arg-zip = Write the bag as one .zip file
cli-arg-archive-force = Replace an earlier archive at --out
cli-arg-bag = The bag's folder or .zip
cli-arg-new-slug = The organisation's web address, also its folder's name: lower-case letters without marks, digits and -, e.g. chi-bo-phong-gd-dt
cli-arg-new-name = Display name, e.g. "Đảng bộ Sở GD&ĐT Lạng Sơn"
cli-arg-new-org = The organisation's slug (its folder in content/)
cli-arg-new-term = The term, e.g. 2025-2030
cli-value-lang = LANG
cli-value-folder = DIR
cli-value-url = URL
cli-value-port = PORT
cli-value-address = ADDR
cli-value-host = NAME
cli-value-org = ORG
cli-value-term = TERM
cli-value-path = PATH
cli-value-slug = SLUG
cli-value-name = NAME
cli-value-command = COMMAND
cli-usage-options = [OPTIONS]
cli-help = Print help
cli-version = Print version
cli-help-template = Usage: { $usage }
cli-heading-options = Options
cli-heading-arguments = Arguments
cli-heading-commands = Commands
cli-default = { " " }[default: { $value }]
cli-possible-values = { " " }[possible values: { $values }]
cli-did-you-mean = did you mean { $words }?
cli-unknown-argument = unexpected argument { $arg }
cli-unknown-command = unknown command { $command }
cli-valid-values = possible values: { $values }
cli-value-missing = a value is required after { $arg }
cli-invalid-value = invalid value { $value } for { $arg }
cli-missing-argument = missing: { $args }
cli-conflict = { $arg } cannot be used with { $other }
cli-wrong-number-of-values = { $arg } takes another number of values ({ $value })
cli-other = the command is not written right: { $detail }
cli-see-help = for how to write it: { $command } --help
cli-unknown-lang-variable = { $variable } = "{ $value }" is not a language nhiemky speaks; speaking Vietnamese
cli-unknown-lang-variable-hint = set { $variable }=vi (Vietnamese) or { $variable }=en (English)
cli-built = built { $pages } pages ({ $files } files) into { $output } in { $seconds } s{ $warnings ->
    [0] {""}
    [one] { " " }(1 warning)
   *[other] { " " }({ $warnings } warnings)
}
cli-built-unchanged = built { $pages } pages in { $seconds } s: nothing changed, nothing written to { $output }{ $warnings ->
    [0] {""}
    [one] { " " }(1 warning)
   *[other] { " " }({ $warnings } warnings)
}
cli-checked = checked { $pages } pages: no errors{ $warnings ->
    [0] {""}
    [one] { " " }(1 warning)
   *[other] { " " }({ $warnings } warnings)
}
cli-failed = failed: { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}; nothing was written{ $command ->
    [check] {""}
   *[other] { " " }(the output folder is as it was)
}
cli-created = created { $path }
cli-archived = archived { $files } files ({ $bytes } bytes) into { $bag }
cli-archive-recorded = recorded { $count } published addresses in { $file } (keep it with the sources: `nhiemky check` warns when one disappears)
cli-archive-failed = failed: { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}; nothing was written
cli-bag-valid = bag is valid: { $files } files, { $bytes } bytes ({ $path })
cli-bag-invalid = bag is not valid: { $count ->
    [one] 1 problem
   *[other] { $count } problems
} ({ $path })


## Progress (build, archive, serve)
## [section: progress]

progress-loading = Reading the content and checking the data
progress-rendering = Rendering the pages
progress-indexing = Building the search index
progress-writing = Writing files
progress-count = { $done }/{ $total }


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



## Descriptions in the JSON Schemas for editors
## [section: schema]
