"""Gender of English-language first names, for pronoun agreement ("she said" is not the
man named just before).

The lexicon (`data/first_names.tsv`, about 54,000 names) is derived from the name data of
nomquamgender 0.1.4 (MIT licence, Ian Van Buskirk; see `data/first_names.LICENSE`), which
pools name-gender counts from many public sources. We keep a name when at least two
sources and 50 people carry it and its share of women is at most 0.1 (M) or at least 0.9
(F): the package's own default threshold. Names in between (Jean, Kim, Taylor) have no
gender here. Rebuild with

    python -m pipeline.nlp.first_names path/to/nomquamgender-0.1.4-py3-none-any.whl

(the wheel from PyPI: `pip download --no-deps nomquamgender==0.1.4`). Nothing is read from
the network at run time.
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
import zipfile
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "first_names.tsv"
THRESHOLD = 0.1
MIN_SOURCES = 2
MIN_PEOPLE = 50


@cache
def _lexicon() -> dict[str, str]:
    out = {}
    for line in DATA.read_text(encoding="utf-8").splitlines():
        name, _, gender = line.partition("\t")
        out[name] = gender
    return out


def name_gender(first_name: str) -> str | None:
    """'F', 'M' or None (unknown or used for both). Accents are folded when the accented
    form is unknown: the lexicon keeps plain letters only ("Hélène" is read as "Helene")."""
    key = first_name.lower().strip(".")
    gender = _lexicon().get(key)
    if gender is None and "-" in key:  # "Jean-Yves", "Marie-Claude": the first part tells
        gender = _lexicon().get(key.split("-")[0])
    if gender is None and not key.isascii():
        folded = "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))
        gender = _lexicon().get(folded)
    return gender


def build(wheel: Path, out: Path = DATA) -> int:
    with zipfile.ZipFile(wheel) as archive:
        data = json.loads(archive.read("nomquamgender/name_data.json"))
    rows = {}
    for name, (sources, people, share_women, *_rest) in data.items():
        if not re.fullmatch(r"[a-z][a-z'\-]*[a-z]", name) or sources < MIN_SOURCES or people < MIN_PEOPLE:
            continue
        if share_women <= THRESHOLD:
            rows[name] = "M"
        elif share_women >= 1 - THRESHOLD:
            rows[name] = "F"
    out.write_text("".join(f"{n}\t{g}\n" for n, g in sorted(rows.items())), encoding="utf-8")
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Rebuild the first-name gender lexicon.")
    parser.add_argument("wheel", type=Path)
    args = parser.parse_args(argv)
    print(f"{build(args.wheel)} names written to {DATA}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
