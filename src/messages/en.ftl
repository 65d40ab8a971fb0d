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

# [[indicator]], [[indicator.obs]]… not written as sections
data-not-tables = `{ $key }` must be written as { $header } sections
data-not-tables-hint = write each one under its own { $header } line
data-duplicate-indicator-id = duplicate indicator id "{ $id }"
data-duplicate-indicator-id-hint = line { $line } already defines it; give this indicator another id or merge the two
# The head of the file: schema_version, org, term
data-schema-version-unsupported = schema_version { $version } is not supported
data-schema-version-unsupported-hint = this version of nhiemky reads schema_version = { $supported }
data-org-not-folder = org "{ $written }" does not match the folder `{ $folder }`
data-org-not-folder-hint = set org = "{ $folder }", or move the file to content/{ $written }/
data-term-not-folder = term "{ $written }" does not match the folder `{ $folder }`
data-term-not-folder-hint = set term = "{ $folder }", or move the file to the folder { $written }/
# Values: value, num/den, range
data-range-not-two = range must be two numbers in square brackets: [low, high]
data-range-invalid = range must be two numbers, low first, on an indicator counted in numbers (unit = "%", "count" or "ratio")
data-fraction-wrong-unit = num/den do not apply to unit = "{ $unit }"
data-fraction-wrong-unit-hint = use unit = "ratio" for "67/85 trường", or value = … for a single number
data-den-without-num = den without num
data-num-without-den = num without den
data-fraction-hint = write both: num = 67, den = 85
data-fraction-value-not-number = with num/den, value is the stated percentage, a number
data-fraction-value-not-number-hint = e.g. num = 67, den = 85, value = 78.8
data-what-count = a count
data-what-num = num, a count of what is shared,
data-what-den = den, a count of the whole,
data-not-whole = { $what } is a whole number, not { $written }
data-not-whole-hint = write the whole number counted; if the document writes a decimal (2,80), the figure is a share or a rate: use unit = "%" or "ratio"
data-thousands-dot = { $what } is a whole number, and { $written } is not one: is its dot the Vietnamese thousands dot ({ $meant })?
data-thousands-dot-hint = numbers in data.toml take no thousands dot: write { $meant }; as_stated keeps the document's words ("{ $written }")
data-fraction-negative = num must be ≥ 0 and den > 0
data-fraction-negative-hint = counts cannot be negative and a share needs a whole to divide by, e.g. num = 67, den = 85
data-num-over-den = num { $num } is larger than den { $den }
data-num-over-den-allowed = allowed by allow_over = true
data-num-over-den-hint = a part cannot exceed its whole; set allow_over = true for shares of a plan that can pass 100%
data-no-value = no value
data-no-value-hint = add value = …, num/den, or range = [lo, hi]
data-count-negative = a count cannot be negative
data-count-negative-hint = write the number of units counted
data-not-a-level = "{ $level }" is not a level of the scale
data-not-a-level-hint = levels: { $levels }
data-text-needs-number = unit = "{ $unit }" needs a number, not text in quotes
data-text-needs-number-hint = write the number without quotes, with a decimal point (58.6); keep the printed words in as_stated = "trên 98%"
data-bool-needs-yes-no = unit = "bool" needs true or false
data-bool-needs-yes-no-hint = e.g. value = true, as_stated = "đã đạt chuẩn"
data-rating-needs-level = unit = "rating" needs a level of the scale in quotes
data-rating-needs-level-hint = e.g. value = "Hoàn thành tốt nhiệm vụ"
data-yes-no-needs-number = unit = "{ $unit }" needs a number, not true/false
data-yes-no-needs-number-hint = use unit = "bool" for yes/no indicators
data-not-finite = this is not an ordinary number
data-not-finite-hint = write an ordinary number, e.g. value = 58.6
data-percent-outside = { $value }% is outside 0–100
data-percent-outside-hint = a share is between 0 and 100; for a share of a plan that can pass 100% set allow_over = true on the indicator
data-stated-share-differs = stated { $stated }% differs from { $num }/{ $den } = { $computed }%
data-stated-share-differs-hint = check the numbers against the source; the stated value is shown
# Changes: [[indicator.change]]
data-change-time-twice = a change gives its time one way only
data-change-time-twice-hint = keep one of: { $from } and { $to }; span = [2011, 2019]; period_text = "…" (the document's words); period = "không nêu"
data-change-period-text-empty = period_text is empty
data-change-period-text-empty-hint = write the words the document uses for the time, e.g. period_text = "trong những năm qua"; when it names no time, write period = "không nêu"
data-change-period-unknown = period = "{ $written }" is not a way to give a change's time
data-change-period-unknown-hint = period = "không nêu" says the document names no time; otherwise write { $from } and { $to }, span = [2011, 2019] or period_text = "…"
data-change-no-time = a change needs its time
data-change-no-time-hint = add { $from } (and { $to }) or span = [2011, 2019]; the document's own words: period_text = "trong nhiệm kỳ"; no time given: period = "không nêu"
# Indicators: [[indicator]]
data-id-not-slug = indicator id "{ $id }" may only use a-z, 0-9 and -
data-id-not-slug-hint = ids are part of web addresses, e.g. id = "{ $example }"
data-name-empty = indicator name is empty
data-name-empty-hint = write the indicator's Vietnamese name, e.g. name = "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ"
data-own-parent = an indicator cannot be its own parent
data-own-parent-hint = name the indicator it is a part of, or remove parent
data-precision-too-large = precision must be 0 to 6 decimals
data-precision-too-large-hint = e.g. precision = 1 for 58,6%
data-unknown-scale = unknown scale "{ $scale }"
data-unknown-scale-hint = define it in config.toml: [scales.{ $scale }] levels = ["…", …], lowest first
data-known-scales = scales in config.toml: { $names }
data-rating-needs-scale = a rating indicator needs a scale
data-rating-needs-scale-hint = add scale = "<name>", the name of a [scales.<name>] section of config.toml
data-direction-required = direction is required when an indicator has targets or changes
data-direction-required-hint = add direction = "higher_better", "lower_better" or "neutral"
data-no-target-but-target = no_target names { $term }, but a target of { $term } is written
data-no-target-but-target-hint = keep the [[indicator.target]] if the document sets one; keep no_target only if it says none was set
# Results: [[indicator.obs]]
data-obs-no-period = observation has no period
data-obs-many-periods = observation has more than one period
data-obs-period-hint = give exactly one of: year = 2019, school_year = "2019-2020", term = "2015-2020", span = [2011, 2019] (with an optional as_of), as_of = 2022-09-29, period_text = "…"
data-each-year-without-term = each_year only goes with term = "…"
data-each-year-without-term-hint = "hằng năm" in a term: term = "2015-2020" and each_year = true
data-approx-side-without-about = approx_side only goes with qualifier = "~"
data-approx-side-without-about-hint = remove approx_side, or set qualifier = "~" for "gần"/"khoảng"
# Periods: years, school years, terms
data-school-year-hint = write school_year = "{ $example }"
data-term-hint = write a congress term as "YYYY-YYYY", e.g. "2020-2025"
data-year-out-of-range = year { $year } is out of range (1930–2100)
data-year-out-of-range-hint = write a four-digit year, e.g. year = 2019
data-span-invalid = span must be two years in square brackets: [from_year, to_year]
data-period-not-one = give exactly one period: year, school_year, term or as_of
data-period-not-one-hint = e.g. { $from } or { $to }
# Sources: [[source]], source, confidence
data-duplicate-source-id = duplicate source id "{ $id }"
data-duplicate-source-id-hint = give each [[source]] its own id
data-source-url-not-web = source url "{ $url }" is not a web address
data-source-url-not-web-hint = write the address as it opens in a browser, starting with https:// or http://
data-source-date-and-unknown = a source has a date or date_unknown = true, not both
data-source-date-and-unknown-hint = keep date = … when the source prints one; date_unknown = true says it prints none
data-unknown-source = unknown source "{ $id }"
data-unknown-source-hint = add a [[source]] with id = "{ $id }" at the top of the file
data-known-sources = sources in this file: { $ids }
data-derived-needs-derivation = a derived value needs its derivation
data-derived-needs-derivation-hint = say how it was computed, e.g. derivation = "78,8 − 3,8 (vượt 3,8% mục tiêu)"
data-ambiguous-needs-notes = an ambiguous value needs notes
data-ambiguous-needs-notes-hint = say what is unclear, e.g. notes = "could be the target or the result"
# A number and its words (as_stated) agree
data-value-not-stated = the value { $value } is not the number as_stated writes: "{ $text }" writes { $numbers }
data-value-not-stated-hint = write the number the document prints in value (as_stated keeps its words); if the document itself gives another number, keep both and say why in differs_from_stated = "…"
data-value-fraction = { $num }/{ $den }
data-value-range = { $low }–{ $high }
data-numbers-more = { $number }, { $more }
data-bound-mismatch = as_stated "{ $text }" says { $bound }, but { $key } is "{ $written }"
data-bound-mismatch-hint = write { $key } = "{ $symbol }", so that the chart and the verdict read the figure as the document does
data-bound-above = more than the number (">")
data-bound-at-least = at least the number (">=")
data-bound-below = less than the number ("<")
data-bound-at-most = at most the number ("<=")
data-bound-about = about the number ("~")
# Targets: [[indicator.target]]
data-deadline-outside-term = deadline { $year } is outside the term { $term }
data-deadline-outside-term-hint = check the year of "đến năm …"
data-between-needs-range = comparator "between" needs a range
data-range-needs-between = a range needs comparator = "between"
data-between-hint = a band target is written comparator = "between" with range = [80, 90]


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
