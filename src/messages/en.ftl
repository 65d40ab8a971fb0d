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
cli-new-doc = Create a draft document in a term folder: a report, a resolution, an action programme, an article…, its front matter commented key by key
cli-arg-doc-type = The kind of document
cli-arg-doc-title = The document's title (default: the kind of document and the term)
cli-arg-doc-slug = The file's name, also the document's web address, without .md: lower-case letters without marks, digits and - (default: from the kind of document)
cli-value-doc-type = TYPE
cli-value-title = TITLE


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
io-refused-symbolic-link = it is a symbolic link, which is not followed
io-refused-special-file = it is not a regular file (a pipe, socket or device)
io-other = system error: { $detail }


## Source files: encoding, empty files (diagnostics/source.rs)
## [section: source]

source-cannot-read = cannot read file: { $why }
source-cannot-read-hint = check that the file exists and that you may read it
source-not-utf8 = file is not valid UTF-8 (byte { $byte } at offset { $offset })
source-not-utf8-hint = save the file as UTF-8 (Unicode, TCVN 6909:2001); old TCVN3/VNI encodings must be converted first
source-not-nfc = text is not in Unicode NFC (decomposed diacritics); it was normalised
source-not-nfc-hint = save the file in NFC (composed) form so search and sorting see the same letters
source-eth = { $count } × 'Ð' (U+00D0, Icelandic eth) replaced by 'Đ' (U+0110)
source-eth-hint = retype the letter as Đ; the look-alike breaks search and sorting
source-forbidden = an invisible control character ({ $code }) that no web page or feed can carry
source-forbidden-many = an invisible control character ({ $code }) that no web page or feed can carry ({ $count } such characters in this file)
source-forbidden-hint = delete it: it usually comes with text pasted from another program (retype the words around it if it cannot be seen); in TOML, remove the escape that writes it, such as \u0001
source-empty = file is empty
source-empty-hint = write the file's content, or delete the file



## TOML syntax and kinds of values (toml_input/)
## [section: toml]

toml-wrong-kind = this value must be { $wanted }, not { $found }
toml-out-of-range = { $found } cannot be used here: this value must be { $wanted }
toml-found-text = text in quotes
toml-found-list = a list
toml-found-group = a group of keys in braces
toml-found-true-false = { $value } (a yes-or-no value)
toml-found-date = a date
toml-found-whole-number = the whole number { $value }
toml-found-number = the number { $value }
toml-found-other = another kind of value
toml-wanted-whole-number-positive = a whole number (0 or more), without quotes
toml-wanted-whole-number = a whole number, without quotes
toml-wanted-number = a number (with a decimal point: 4.4), without quotes
toml-wanted-text = text in double quotes
toml-wanted-date = a date without quotes
toml-wanted-list = a list in square brackets
toml-wanted-true-false = true or false, without quotes
toml-wanted-group = a group of keys
toml-wanted-figure = a number, true/false, or a rating level in quotes
toml-wanted-word-of = one of the words { $words }, in double quotes
toml-wanted-word = a word in double quotes
toml-wanted-other = another kind of value ({ $what })
toml-hint-unquote = write it without quotes: { $value }
toml-hint-whole-number = write the number alone, without quotes or a decimal part, e.g. 2020
toml-hint-number-unquote = write it without quotes, with a decimal point: { $number } (the site shows { $written })
toml-hint-number = write the number without quotes and with a decimal point, not a comma, e.g. 58.6
toml-hint-quote = put it in double quotes: "{ $value }"
toml-hint-text = put the text in double quotes, e.g. "Đảng bộ xã …"
toml-hint-date-from = write it without quotes, as year-month-day: { $date }
toml-hint-date = write the date without quotes, as year-month-day: 2020-05-12
toml-hint-list = write a list in square brackets, e.g. ["a", "b"]
toml-hint-true-false = write true or false, in lower case and without quotes
toml-hint-group = write its keys under a heading [name] of their own, or on one line in braces: { $example }
toml-hint-figure = write a number (58.6), true or false, or a rating level in double quotes ("Tốt")
toml-hint-word-of = write one of them in double quotes, e.g. "{ $word }"
toml-hint-word = write the word in double quotes, e.g. "dang-bo"
toml-unknown-key = unknown key `{ $key }`
toml-valid-keys = valid keys here: { $keys }
toml-no-keys = no key may be written here
toml-confused-key = { $why }: write { $right } = …; valid keys here: { $keys }
toml-confused-qualifier = a target's bound ("từ … trở lên") is its comparator; qualifier is a result's
toml-confused-comparator = a result's bound ("trên 98%") is its qualifier; comparator is a target's
toml-confused-unit = a change says its unit with change_unit ("pp", "percent", "count")
toml-confused-date = the day a figure stands at is as_of = 2022-09-29
toml-confused-year = a target's deadline year ("đến năm 2025") is by
toml-missing-key = missing required key `{ $key }`
toml-missing-key-hint = add `{ $key } = …` to this part of the file
toml-unknown-value = unknown value "{ $value }"
toml-unknown-value-hint = use one of: { $values }
toml-wrong-count = this list has { $found ->
        [one] one item
       *[other] { $found } items
    }; it needs { $wanted }
toml-wrong-count-hint = check the number of items in this list
toml-other = { $detail }
toml-forbidden-escape = this text writes an invisible control character ({ $code }) that no web page or feed can carry
toml-syntax-decimal-comma = the number { $written } is written with a decimal comma
toml-syntax-decimal-comma-hint = write { $number } (the site shows it as { $written })
toml-syntax-unclosed-text = the text is not closed with { $quote }
toml-syntax-unclosed-text-hint = end the text with the quote it began with, on the same line: name = "Tỷ lệ …"
toml-syntax-backslash = a backslash \ in text in double quotes must be written twice
toml-syntax-backslash-hint = write \\ for \, or put the text in single quotes: 'C:\Tai lieu'
toml-syntax-missing-equals = a key without = and a value
toml-syntax-missing-equals-hint = write the key, = and the value, e.g. unit = "%"
toml-syntax-bad-key = a key has only letters a-z, digits, - and _
toml-syntax-bad-key-hint = write the key without accents or spaces, e.g. name_full = "…"
toml-syntax-duplicate-key = the key `{ $key }` is written twice
toml-syntax-duplicate-key-hint = delete or rename one of them: a key is written once in each part of the file
toml-syntax-duplicate-heading = the heading { $heading } is written twice
toml-syntax-duplicate-heading-hint = put the keys of both under one heading { $heading }
toml-syntax-unquoted-text = text must be in double quotes
toml-syntax-missing-value = no value after =
toml-syntax-missing-value-hint = write a value after =, e.g. unit = "%"
toml-syntax-day-month-year = a date is written year-month-day, without quotes
toml-syntax-not-true-false = `{ $value }` is not true or false
toml-syntax-unclosed-heading = the heading is not closed with ]
toml-syntax-unclosed-list = the list is not closed with ]
toml-syntax-unclosed-list-hint = end the list with ], e.g. span = [2011, 2019]
toml-syntax-list-comma = a comma is missing between two items of the list
toml-syntax-list-comma-hint = separate the items with commas, e.g. span = [2011, 2019]
toml-syntax-unclosed-braces = the braces are not closed with { $close }
toml-syntax-unclosed-braces-hint = close them on the same line, e.g. { $example }
toml-syntax-after-value = more is written after the value on this line
toml-syntax-after-value-hint = delete what follows the value, or put the whole text in double quotes
toml-syntax-bad-date = `{ $value }` is not a valid date
toml-syntax-leading-zero = a number does not start with 0: { $value }
toml-syntax-bad-number = this number is not written right
toml-syntax-other = TOML syntax: { $detail }
toml-syntax-other-hint = check this line: key = value, text in double quotes, headings [name] and [[name]]



## config.toml (config.rs)
## [section: config]

config-missing = no { $file } in { $folder }
config-missing-hint = run nhiemky in a site folder (one with config.toml and content/), or pass --root DIR
config-base-url-invalid = base_url { $why }
config-base-url-hint = write the address the site is published at, e.g. base_url = "https://huyenuy.example.vn/bao-cao-nhiem-ky/"
config-url-relative = is not an absolute URL: it must start with http:// or https://
config-url-no-host = is not an absolute URL: the domain name is missing
config-url-bad-port = is not an absolute URL: the port number is not valid
config-url-bad-host = is not an absolute URL: the domain name is not valid
config-url-other = is not an absolute URL ({ $detail })
config-url-scheme = must start with http:// or https://, not { $scheme }://
config-url-query = must not contain ? or #
config-scale-too-short = scale `{ $key }` needs at least two levels
config-scale-too-short-hint = list the levels from lowest to highest: levels = ["Không hoàn thành nhiệm vụ", …]
config-output-dir-empty = output_dir is empty; using "public"



## Terms, school years, periods (model/)
## [section: model]

model-not-a-term = `{ $text }` is not a term; write it as YYYY-YYYY, e.g. "2020-2025"
model-term-length = term `{ $text }` lasts { $years ->
        [one] { $years } year
       *[other] { $years } years
    }; a congress term lasts { $length } (e.g. "{ $example }")
model-not-a-school-year = `{ $text }` is not a school year; write it as YYYY-YYYY, e.g. "2019-2020"
model-school-year-length = school year `{ $text }` must end one year after it starts ("{ $example }")
model-org-no-indicators = { $org } has no indicators yet; add them to a data.toml
model-org-indicators = indicators of { $org }: { $ids }



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

new-not-a-site = { $root } is not a site folder (no config.toml): run nhiemky in the site folder, or pass --root FOLDER
new-not-an-org-slug = `{ $org }` is not the web address of an organisation (a-z, 0-9 and -): write the name of its folder in content/
new-no-org = no organisation `{ $org }` (expected { $expected }); create it with `nhiemky new org { $org }`
new-line-break = `{ $key }` has a line break: write it on one line
new-control-character = `{ $key }` holds an invisible control character ({ $code }); write it again without it
new-cannot-create = cannot create the folder { $path }: { $why }
new-cannot-write = cannot write the file { $path }: { $why }
new-exists = { $path } already exists; nhiemky does not write over it
new-org-bad-slug = `{ $slug }` cannot be a web address: use a-z, 0-9 and - (e.g. `{ $suggested }`)
new-doc-unknown-type = no document type `{ $doc_type }`; the types are: { $types }
new-doc-bad-slug = `{ $slug }` cannot be a file name: use a-z, 0-9 and - (e.g. `{ $suggested }`)
new-doc-exists = { $path } already exists; give the new document another name, e.g. `{ $suggested }`



## Descriptions in the JSON Schemas for editors
## [section: schema]

schema-data = The indicators of a term (data.toml): sources [[source]] and indicators [[indicator]], each with its results, targets, changes and assessments
schema-data-schema_version = The version of this file's layout; now 1. e.g. schema_version = 1
schema-data-org = The organisation's web address (slug), the same as its folder. e.g. org = "dang-bo-so-gd-dt-lang-son"
schema-data-term = The congress term, the same as its folder. e.g. term = "2020-2025"
schema-data-source = A source of figures (a document, a report, an article); indicators and figures name it by its id. e.g. a line [[source]], then id = "s1" and title = "…"
schema-data-source-id = The source's id, for figures to name with source = "…". e.g. id = "s1"
schema-data-source-title = The source's title. e.g. title = "Đảng bộ Sở GD&ĐT Lạng Sơn: Dấu ấn một nhiệm kỳ"
schema-data-source-date = The source's date: year-month-day, without quotes. e.g. date = 2020-05-20
schema-data-source-date_unknown = true when the source prints no date (the site says "không ghi ngày"). e.g. date_unknown = true
schema-data-source-kind = The kind of source, in your words: van-kien, bao-cao, bao-chi, khac. e.g. kind = "bao-chi"
schema-data-source-file = The source's file. e.g. file = "bao-cao-chinh-tri.pdf"
schema-data-source-url = The source's web address. e.g. url = "https://baolangson.vn/dau-an-mot-nhiem-ky"
schema-data-source-author = The source's author. e.g. author = "Nguyễn Văn An"
schema-data-indicator = An indicator, under a line [[indicator]], with its results [[indicator.obs]] and targets [[indicator.target]]. e.g. id = "ty-le-dang-vien-htt" and name = "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ"
schema-data-indicator-id = The indicator's id: a-z, 0-9 and -; the same id in another term's file is the same indicator. e.g. id = "ty-le-dang-vien-hoan-thanh-tot-nhiem-vu"
schema-data-indicator-name = The indicator's name, as the document writes it. e.g. name = "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên"
schema-data-indicator-name_en = An English name, if wanted. e.g. name_en = "Party members rated good or better"
schema-data-indicator-group = The report section the indicator belongs to: xay-dung-dang, chinh-tri-tu-tuong, to-chuc-dang-vien, kiem-tra-giam-sat, dan-van, nhiem-vu-chinh-tri, chat-luong, doi-ngu, co-so-vat-chat… e.g. group = "xay-dung-dang"
schema-data-indicator-unit = How values are read: "%" (a percentage), "count" (a number of things), "ratio" (a part of a whole, like 67/85), "bool" (yes or no), "rating" (a level of a rating scale). e.g. unit = "%"
schema-data-indicator-unit_label = The counting word printed after the number. e.g. unit_label = "trường"
schema-data-indicator-per = A rate per year, quarter or month: "year", "quarter", "month". e.g. per = "month" (once a month)
schema-data-indicator-precision = Decimals printed, 0 to 6 (by default 1 for % and ratio, 0 otherwise). e.g. precision = 1 (prints 58,6%)
schema-data-indicator-direction = Which way is better: "higher_better", "lower_better", "neutral"; needed when there are targets or changes. e.g. direction = "higher_better"
schema-data-indicator-scope = What is measured, when not the organisation itself. e.g. scope = "tỉnh Lạng Sơn"
schema-data-indicator-parent = The id of the indicator this one is a part of (a breakdown). e.g. parent = "so-dang-vien"
schema-data-indicator-scale = The name of a rating scale of config.toml, with unit = "rating". e.g. scale = "xep-loai-to-chuc-dang"
schema-data-indicator-kind = "measure" (a quantity, the default) or "norm" (a rule kept, like a monthly meeting: never charted). e.g. kind = "norm"
schema-data-indicator-chart = The chart drawn: "auto" (nhiemky chooses, the default), "trend" (over time), "progress" (against the target), "breakdown" (its parts), "change" (its changes), "none". e.g. chart = "trend"
schema-data-indicator-source = The id of the [[source]] its figures come from unless they say otherwise. e.g. source = "s1"
schema-data-indicator-notes = A note, printed as a footnote. e.g. notes = "Số liệu đến tháng 6 năm 2020"
schema-data-indicator-allow_over = true when a share may pass 100% (a share of a plan). e.g. allow_over = true
schema-data-indicator-no_target = The terms for which the document says no target was set (tables print "Không đề ra"). e.g. no_target = ["2015-2020"]
schema-data-indicator-obs = A result the document states, under a line [[indicator.obs]]: exactly one period (year, school_year, term, span, as_of or period_text) and a value. e.g. year = 2019 and value = 98
schema-data-indicator-obs-year = The year of the result. e.g. year = 2019
schema-data-indicator-obs-school_year = A school year, ending one year after it starts. e.g. school_year = "2019-2020"
schema-data-indicator-obs-term = The whole term; add each_year = true when the document says "hằng năm". e.g. term = "2015-2020"
schema-data-indicator-obs-span = From one year to another ("từ năm 2020 đến nay"). e.g. span = [2020, 2022]
schema-data-indicator-obs-as_of = A figure on a day ("hiện có"): year-month-day, without quotes. e.g. as_of = 2022-09-29
schema-data-indicator-obs-period_text = The document's words for the time, when no year can be written. e.g. period_text = "đến nay"
schema-data-indicator-obs-each_year = true when the result held every year of the term ("hằng năm", "luôn đạt"). e.g. each_year = true
schema-data-indicator-obs-value = The value: a number with a decimal point, true or false with unit = "bool", or a level in quotes with unit = "rating". e.g. value = 58.6
schema-data-indicator-obs-num = The part (numerator), with den. e.g. num = 67
schema-data-indicator-obs-den = The whole (denominator), with num. e.g. den = 85
schema-data-indicator-obs-range = A range of values, low first. e.g. range = [80, 90]
schema-data-indicator-obs-qualifier = How the value relates to the true one: "=" (exactly, the default), ">" (trên), ">=" (từ … trở lên), "<" (dưới), "<=" (không quá), "~" (gần, khoảng). e.g. qualifier = ">"
schema-data-indicator-obs-approx_side = With qualifier = "~": "below" (gần, just under), "above" (just over), "either" (khoảng, the default). e.g. approx_side = "below"
schema-data-indicator-obs-role = "result" (the default) or "baseline" (a starting value to compare with, never judged against a target). e.g. role = "baseline"
schema-data-indicator-obs-breakdown = The name of a part, when the document gives several parts for the same period. e.g. breakdown = "Mầm non"
schema-data-indicator-obs-as_stated = The words as the document prints them; the site shows them, and nhiemky checks that they agree with the value. e.g. as_stated = "trên 98%"
schema-data-indicator-obs-confidence = How sure the figure is: "reported" (the document states it, the default), "derived" (computed by whoever entered it, with derivation), "ambiguous" (unclear what it measures, with notes). e.g. confidence = "derived"
schema-data-indicator-obs-derivation = How a derived value was computed. e.g. derivation = "23 - 6 = 17"
schema-data-indicator-obs-source = The id of the [[source]] of this value. e.g. source = "s1"
schema-data-indicator-obs-notes = A note on this value. e.g. notes = "Không tính các trường ngoài công lập"
schema-data-indicator-obs-differs_from_stated = Why the value is not the number in as_stated, when the document itself gives both. e.g. differs_from_stated = "Phần tổng hợp ghi 13 giải; danh sách liệt kê 31 giải"
schema-data-indicator-target = A target set for a term, under a line [[indicator.target]], written in the file of the document that adopted it. e.g. term = "2020-2025", comparator = ">=" and value = 95
schema-data-indicator-target-term = The term the target belongs to (required). e.g. term = "2020-2025"
schema-data-indicator-target-by = The year it is due ("đến năm 2025"). e.g. by = 2025
schema-data-indicator-target-each_year = true for a yearly target ("hằng năm"). e.g. each_year = true
schema-data-indicator-target-kind = "level" (reach a level, the default), "increment" (add, like "xây dựng thêm 06 trường"), "change" (rise or fall, like "giảm 4,4%"). e.g. kind = "increment"
schema-data-indicator-target-comparator = How results are compared: ">=" (từ … trở lên), ">" (trên), "=" (exactly), "<=" (không quá), "<" (dưới), "between" (with range); when left out, read from direction. e.g. comparator = ">="
schema-data-indicator-target-comparator_basis = "explicit" (the words say it: "từ … trở lên", "trên", "ít nhất") or "implicit" (a plain "đạt X%"). e.g. comparator_basis = "implicit"
schema-data-indicator-target-value = The target: a number with a decimal point, true or false, or a level in quotes; with unit = "ratio", the percentage. e.g. value = 95
schema-data-indicator-target-num = The count of the target, with unit = "ratio". e.g. num = 23
schema-data-indicator-target-range = The target's range, low first, with comparator = "between". e.g. range = [80, 90]
schema-data-indicator-target-adopted_by = The document that set the target. e.g. adopted_by = "Nghị quyết Đại hội Đảng bộ lần thứ XV"
schema-data-indicator-target-as_stated = { schema-data-indicator-obs-as_stated }
schema-data-indicator-target-confidence = { schema-data-indicator-obs-confidence }
schema-data-indicator-target-derivation = { schema-data-indicator-obs-derivation }
schema-data-indicator-target-source = { schema-data-indicator-obs-source }
schema-data-indicator-target-notes = { schema-data-indicator-obs-notes }
schema-data-indicator-target-differs_from_stated = { schema-data-indicator-obs-differs_from_stated }
schema-data-indicator-change = A change the document states ("tăng 3,8%"), under a line [[indicator.change]]. e.g. span = [2011, 2019], value = 20.9 and change_unit = "percent"
schema-data-indicator-change-from = The period it goes from: a year, school year, term or date, in braces. e.g. from = { "{" } year = 2011 { "}" }
schema-data-indicator-change-from-year = A year. e.g. from = { "{" } year = 2011 { "}" }
schema-data-indicator-change-from-school_year = A school year. e.g. from = { "{" } school_year = "2019-2020" { "}" }
schema-data-indicator-change-from-term = A congress term. e.g. from = { "{" } term = "2015-2020" { "}" }
schema-data-indicator-change-from-as_of = A date: year-month-day, without quotes. e.g. from = { "{" } as_of = 2019-09-05 { "}" }
schema-data-indicator-change-to = The period it goes to: a year, school year, term or date, in braces. e.g. to = { "{" } year = 2011 { "}" }
schema-data-indicator-change-to-year = A year. e.g. to = { "{" } year = 2011 { "}" }
schema-data-indicator-change-to-school_year = A school year. e.g. to = { "{" } school_year = "2019-2020" { "}" }
schema-data-indicator-change-to-term = A congress term. e.g. to = { "{" } term = "2015-2020" { "}" }
schema-data-indicator-change-to-as_of = A date: year-month-day, without quotes. e.g. to = { "{" } as_of = 2019-09-05 { "}" }
schema-data-indicator-change-span = From one year to another. e.g. span = [2011, 2019]
schema-data-indicator-change-period_text = The document's words for the time. e.g. period_text = "sau gần 10 năm"
schema-data-indicator-change-period = "không nêu" when the document names no time. e.g. period = "không nêu"
schema-data-indicator-change-value = The rise (positive) or fall (negative), with a decimal point. e.g. value = -4.4 (giảm 4,4%)
schema-data-indicator-change-change_unit = Its unit: "pp" (percentage points), "percent" (relative), "count", "unclear" (the words do not say: printed as stated only). e.g. change_unit = "pp"
schema-data-indicator-change-as_stated = { schema-data-indicator-obs-as_stated }
schema-data-indicator-change-confidence = { schema-data-indicator-obs-confidence }
schema-data-indicator-change-derivation = { schema-data-indicator-obs-derivation }
schema-data-indicator-change-source = { schema-data-indicator-obs-source }
schema-data-indicator-change-notes = { schema-data-indicator-obs-notes }
schema-data-indicator-change-differs_from_stated = { schema-data-indicator-obs-differs_from_stated }
schema-data-indicator-assessment = The document's own verdict on a term's target ("vượt 3,8%"), under a line [[indicator.assessment]]. e.g. term = "2015-2020" and verdict = "exceeded"
schema-data-indicator-assessment-term = The term of the target assessed. e.g. term = "2015-2020"
schema-data-indicator-assessment-verdict = "exceeded" (vượt), "achieved" (đạt), "not_achieved" (chưa đạt), "partly" (đạt một phần). e.g. verdict = "exceeded"
schema-data-indicator-assessment-delta = How far above or below the target the document says, with a decimal point. e.g. delta = 3.8
schema-data-indicator-assessment-delta_unit = The unit of delta, as change_unit: "pp", "percent", "count", "unclear". e.g. delta_unit = "pp"
schema-data-indicator-assessment-as_stated = { schema-data-indicator-obs-as_stated }
schema-data-indicator-assessment-confidence = { schema-data-indicator-obs-confidence }
schema-data-indicator-assessment-derivation = { schema-data-indicator-obs-derivation }
schema-data-indicator-assessment-source = { schema-data-indicator-obs-source }
schema-data-indicator-assessment-notes = { schema-data-indicator-obs-notes }
schema-data-indicator-assessment-differs_from_stated = { schema-data-indicator-obs-differs_from_stated }
schema-org = An organisation whose documents the site publishes (_org.toml)
schema-org-slug = The organisation's web address, the same as its folder: a-z, 0-9 and -; never changed once published. e.g. slug = "dang-bo-so-gd-dt-lang-son"
schema-org-name = The name shown. e.g. name = "Đảng bộ Sở GD&ĐT Lạng Sơn"
schema-org-name_full = The full name. e.g. name_full = "Đảng bộ Sở Giáo dục và Đào tạo tỉnh Lạng Sơn"
schema-org-aliases = Other spellings of the name, for search (not old addresses). e.g. aliases = ["Đảng bộ Sở GDĐT Lạng Sơn"]
schema-org-old_slugs = Folder names it was published under before; their pages forward to the new ones. e.g. old_slugs = ["huyen-uy-an-lao-cu"]
schema-org-kind = The kind of organisation: "dang-bo", "chi-bo", "huyen-uy", "tinh-uy", "dang-uy", "phong", "so", "khac". e.g. kind = "chi-bo"
schema-org-province = The province at the time of the documents. e.g. province = "Lạng Sơn"
schema-org-parent = The web address of the superior organisation, if it is on the site. e.g. parent = "huyen-uy-an-lao"
schema-org-description = A short introduction on the organisation's page. e.g. description = "Đảng bộ trực thuộc Đảng bộ Khối các cơ quan tỉnh"
schema-config = The site's settings (config.toml)
schema-config-title = The site's title (required). e.g. title = "Báo cáo nhiệm kỳ — Ngành Giáo dục"
schema-config-description = One sentence about the site. e.g. description = "Văn kiện, chỉ tiêu và kết quả qua các nhiệm kỳ"
schema-config-base_url = The web address the site is published at (required), perhaps with a sub-folder. e.g. base_url = "https://huyenuy.example.vn/bao-cao-nhiem-ky/"
schema-config-language = The language of the pages' interface: "vi" (the default) or "en". e.g. language = "vi"
schema-config-theme = The theme: a folder of themes/ (by default "default"). e.g. theme = "default"
schema-config-output_dir = The output folder, replaced by each build (by default "public"). e.g. output_dir = "public"
schema-config-locale = How terms and small counts are written. e.g. a line [locale], then pad_small_counts = true
schema-config-locale-term_display = How terms are printed: { "{start}" } and { "{end}" } are its years. e.g. term_display = "{ "{start}" } - { "{end}" }"
schema-config-locale-pad_small_counts = true prints small counts with a leading zero, as administrative documents do ("07 đảng viên"). e.g. pad_small_counts = true
schema-config-scales = Rating scales, each in a part [scales.name]. e.g. a line [scales.xep-loai-to-chuc-dang]
schema-config-scales-entry = A rating scale; you choose its name, and an indicator uses it with scale = "name". e.g. a line [scales.xep-loai-dang-vien]
schema-config-scales-entry-levels = Its levels, lowest first (two or more). e.g. levels = ["Không hoàn thành nhiệm vụ", "Hoàn thành nhiệm vụ", "Hoàn thành tốt nhiệm vụ"]
schema-config-charts = Charts of the indicators. e.g. a line [charts], then enabled = false
schema-config-charts-enabled = false draws no chart (by default true). e.g. enabled = false
schema-config-search = Search on the site. e.g. a line [search], then enabled = false
schema-config-search-enabled = false leaves out the search page and box (by default true). e.g. enabled = false
schema-config-safe_html = true cleans the HTML written in documents (no script, style…), for a site with content from many hands; by default false. e.g. safe_html = true
schema-files = The titles of the originals in files/ (_files.toml): one line per file, file name = title
schema-files-entry = The title of the original with this file name. e.g. "bao-cao-chinh-tri-ban-ky.pdf" = "Báo cáo chính trị (bản ký, đóng dấu)"
