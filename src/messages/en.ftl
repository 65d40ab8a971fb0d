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

build-base-url-invalid = --base-url { $why }
build-base-url-invalid-hint = pass an absolute address, e.g. { $example }
build-output-refused = refusing to write the site to { $folder }: { $why }
build-output-refused-hint = choose an output folder of its own (each build replaces it as a whole), e.g. { $example }
build-output-is-a-file = { $path } exists and is not a folder
build-output-holds-site = { $path } holds the site itself
build-output-in-sources = { $path } is inside the site's { $folder }/ folder
build-output-is-site-file = { $path } is the site's { $file }
build-output-unlisted = refusing to replace { $folder }: it was not written by nhiemky (it holds { $names } …)
build-output-unlisted-hint = choose a new or empty folder for --output; or, to delete everything in this one and write the site there, add --force
build-output-added = refusing to replace { $folder }: files were added to it after the last build: { $names }
build-output-added-hint = move those files out of the output folder (the build replaces it as a whole); or, to delete them, add --force
build-output-written-twice = two outputs of the build were written at { $path }
build-output-written-twice-hint = please report this to nhiemky's developers: one would have replaced the other, so nothing was published
build-search-spill-failed = cannot keep the search records in a temporary file: { $why }
build-search-spill-failed-hint = free some space in the system's temporary folder (the search records wait there until the index is built), or point TMPDIR at a folder with room
build-cannot-write = cannot write { $path }: { $why }
build-cannot-write-hint = check free disk space and the permissions of the output folder
build-cannot-read-static = cannot read the theme's file { $path }: { $why }
build-cannot-read-static-hint = check that the files of the theme's static/ folder (or the site's) can be read
build-cannot-prepare = cannot prepare the output folder { $folder }: { $why }
build-cannot-publish = cannot put the new site in place of { $folder }: { $why }
build-cannot-publish-hint = close any program using files of that folder, check free disk space and build again; the previous site is left as it was


## BagIt archives (archive/)
## [section: archive]

archive-epoch-invalid = { $name }="{ $value }" is not a number of seconds since 1970
archive-epoch-invalid-hint = set it to a whole number, e.g. { $example }, or unset it
archive-cannot-read-source = cannot read file: { $why }
archive-cannot-read-source-hint = check that you may read it: the archive keeps every source of the site
archive-refused = refusing to write the archive to { $path }: { $why }
archive-refused-sources-hint = choose a place outside the site's sources, e.g. --out luu-tru/2025 or a folder outside the site
archive-target-exists = it already exists
archive-target-exists-hint = pass --force to replace the earlier archive, or choose another --out
archive-target-is-folder = it is a folder, and --zip writes a file
archive-target-is-file = it is a file, and a bag is a folder
archive-target-is-file-hint = choose another --out, or pass --zip to replace a zipped archive
archive-target-not-zip = it is not a .zip, and --force only replaces an earlier archive
archive-target-not-bag = it is not a bag (no bagit.txt), and --force only replaces an earlier archive
archive-choose-zip-hint = choose another --out, ending in .zip, e.g. --out luu-tru/2025.zip
archive-choose-other-hint = choose another --out, e.g. --out luu-tru/2025
archive-cannot-write = cannot write { $path }: { $why }
archive-cannot-write-hint = check free disk space and the permissions of the folder; nothing of the archive was left behind
archive-unknown-org = --org { $slug }: no organisation with that folder (content/{ $slug })
archive-unknown-org-hint = organisations of the site: { $slugs }
archive-term-invalid = --term { $why }
archive-unknown-term = --term { $term }: { $slug } has no such term
archive-choose-term-hint = terms of { $slug }: { $terms }
archive-not-a-bag = not a bag: it has no { $file }
archive-not-a-bag-hint = check the path: a BagIt bag holds bagit.txt, bag-info.txt and manifest-sha256.txt beside data/
archive-tag-not-text = { $file } is not UTF-8 text
archive-tag-changed-hint = compare with another copy of the bag: its tag files were changed
archive-no-version = { $file } does not declare a BagIt version
archive-no-version-hint = check its first line: it must be `BagIt-Version: 1.0`
archive-extra-file = extra file, not in the manifest: { $path }
archive-extra-file-hint = remove it (it was added to the bag after the bag was made), or make the bag again
archive-manifest-bad-line = { $file }: line { $line } is not `checksum path`
archive-manifest-changed-hint = compare with another copy of the bag: the manifest was changed
archive-missing-file = missing file: { $path }
archive-missing-file-hint = restore it from another copy: the file is listed in the manifest but not in the bag
archive-changed-file = changed file: { $path }
archive-changed-file-hint = restore it from another copy: its SHA-256 is { $actual }, the manifest says { $expected }
archive-cannot-read = cannot read { $path }: { $why }
archive-cannot-read-file-hint = check the file's permissions
archive-cannot-read-bag-hint = check the path and its permissions
archive-oxum-mismatch = Payload-Oxum is { $value } (bytes.files), but the payload now holds { $bytes ->
        [one] 1 byte
       *[other] { $bytes } bytes
    } in { $files ->
        [one] 1 file
       *[other] { $files } files
    }
archive-oxum-mismatch-hint = check data/: files were added, removed or changed in size
archive-not-folder-or-zip = { $path } is neither a folder nor a zip: { $why }
archive-not-folder-or-zip-hint = pass a bag's folder or the .zip written by `nhiemky archive --zip`
archive-zip-not-one-bag = { $path } does not hold one bag folder
archive-zip-not-one-bag-hint = check the zip: a zipped bag holds a single top folder with bagit.txt in it
archive-zip-unsafe-path = { $path } holds a file whose path leads out of the bag: { $name }
archive-zip-unsafe-path-hint = do not unpack it; compare with another copy of the bag


## The preview server (serve/)
## [section: serve]

serve-root-unusable = cannot use { $path }: { $why }
serve-root-not-a-folder = { $path } is not a folder; pass the site folder with --root
serve-open-to-network = serving on { $address } — other computers on the network can read the drafts
serve-cannot-read-address = cannot read the server's address: { $why }
serve-serving-at = serving at { $url } (Ctrl-C to stop)
serve-cannot-open-browser = cannot open a browser: { $why }
serve-cannot-open-browser-hint = open { $url } in a browser yourself
serve-cannot-start = cannot start the server: { $why }
serve-stopped-by-error = the server stopped: { $why }
serve-stopped = stopped
serve-port-taken = port { $port } is in use; serving on port { $other } instead
serve-cannot-listen = cannot listen on { $address }: { $why }
serve-ports-taken = port { $port } and the { $count } after it are in use; choose another with --port, e.g. --port 8080
serve-loaded = loaded the site ({ $orgs ->
        [one] 1 organisation
       *[other] { $orgs } organisations
    }) in { $ms } ms
serve-reloaded = reloaded { $folders } in { $ms } ms
serve-reloaded-theme = reloaded theme in { $ms } ms
serve-reloaded-theme-and = reloaded theme, { $folders } in { $ms } ms
serve-summary-with-errors = { $summary }: { $count ->
        [one] 1 error
       *[other] { $count } errors
    } (shown on every page until fixed)
serve-no-content-folder = no { $folder } folder in { $root }
serve-no-content-folder-hint = create content/<org>/_org.toml, or run `nhiemky new org <slug>`
serve-watch-failed = watching files: { $why }
serve-cannot-watch-files = cannot watch files: { $why }
serve-cannot-watch = cannot watch { $folder }: { $why }
serve-cannot-watch-hint = restart nhiemky serve to try again: saves in this folder do not reach the preview yet
serve-watch-limit = the system's limit of watched folders is reached
serve-cannot-accept = cannot accept a connection ({ $why }); trying again
serve-not-a-site-path = not a path of this site
serve-overlay-title = The preview has errors ({ $count })
serve-overlay-note = The page shows the last good version. Fix the file and save: this message goes away by itself.
serve-error-page-title = The preview has errors
serve-host-refused = This address is not allowed
serve-host-refused-note = The preview answers only this machine's own addresses (localhost, 127.0.0.1), so that no other web site can read the drafts. Open the address nhiemky serve printed; to open it by another name, run it again with --allow-host and that name.


## New organisations, terms, documents (scaffold.rs)
## [section: new]



## Descriptions in the JSON Schemas for editors
## [section: schema]
