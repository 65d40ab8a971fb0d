#!/usr/bin/env python3
"""The fuzzing corpus is kept in git as one file, fuzz/corpus.tar.gz (one entry per input,
<target>/<name>; a gzipped tar is half the size of a zip of such small files), not as 20,000
files; tests/fuzz_corpus.rs reads it as it is. Fuzzers want a folder: `unpack` writes
fuzz/corpus/<target>/ (ignored by git) from the archive, `pack` writes the archive back from
that folder, byte-identical for the same inputs (sorted, no dates or owners), so that only a
changed corpus changes the file.

    python3 fuzz/corpus.py unpack
    ... cargo fuzz run / cmin on fuzz/corpus/<target> ...
    python3 fuzz/corpus.py pack
"""

import gzip
import io
import pathlib
import sys
import tarfile

FUZZ = pathlib.Path(__file__).resolve().parent
ARCHIVE = FUZZ / "corpus.tar.gz"
FOLDER = FUZZ / "corpus"


def pack() -> None:
    inputs = sorted(p for p in FOLDER.glob("*/*") if p.is_file())
    if not inputs:
        sys.exit(f"no inputs under {FOLDER}")
    with open(ARCHIVE, "wb") as file, gzip.GzipFile(
        filename="", mode="wb", fileobj=file, compresslevel=9, mtime=0
    ) as zipped, tarfile.open(fileobj=zipped, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for path in inputs:
            data = path.read_bytes()
            entry = tarfile.TarInfo(path.relative_to(FOLDER).as_posix())
            entry.size, entry.mode = len(data), 0o644
            tar.addfile(entry, io.BytesIO(data))
    print(f"{ARCHIVE}: {len(inputs)} inputs")


def unpack() -> None:
    with tarfile.open(ARCHIVE, "r:gz") as tar:
        entries = tar.getmembers()
        for entry in entries:
            target, name = entry.name.split("/")
            if not entry.isfile() or name.startswith(".") or target.startswith("."):
                sys.exit(f"unexpected entry {entry.name!r}")
            folder = FOLDER / target
            folder.mkdir(parents=True, exist_ok=True)
            (folder / name).write_bytes(tar.extractfile(entry).read())
    print(f"{FOLDER}: {len(entries)} inputs")


if __name__ == "__main__":
    commands = {"pack": pack, "unpack": unpack}
    if len(sys.argv) != 2 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    commands[sys.argv[1]]()
