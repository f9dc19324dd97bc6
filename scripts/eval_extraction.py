"""Extraction quality against the hand-written gold standards, by register rules.

    python scripts/eval_extraction.py [--misses] [--open-lockbox] [--json FILE]
    python scripts/eval_extraction.py --pages DIR [DIR ...] [--misses]

Three groups are scored apart (micro-averaged over their facts: names, event dates, links
within two hops; see `ump_kg.extract.evaluation`):
- corpus: the 20 pages of `graph/sources/` from `../shared/corpus/` with gold in
  `tests/gold/corpus/`, used while rules are written;
- lockbox: the 8 corpus pages named in `tests/gold/corpus/LOCKBOX`, drawn before any rule was
  tuned; their misses are printed only with `--open-lockbox`;
- own: the seed and the pages written with the first rules (`tests/pages/`): they prove little,
  the rules were written while reading them.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import rdflib

from ump_kg.extract.document import read_source
from ump_kg.extract.emit import emit
from ump_kg.extract.evaluation import Score, score
from ump_kg.extract.pipeline import extract, knowledge
from ump_kg.rdf.convert import rdflib_graph
from ump_kg.vocab import UMP

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"


@dataclass(frozen=True)
class Page:
    group: str
    source: Path
    gold: Path


def lockbox() -> set[str]:
    lines = (GOLD / "corpus" / "LOCKBOX").read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def pages() -> list[Page]:
    box = lockbox()
    found = []
    for gold in sorted((GOLD / "corpus").glob("*.ttl")):
        group = "lockbox" if gold.stem in box else "corpus"
        found.append(Page(group, ROOT / "graph" / "sources" / f"{gold.stem}.md", gold))
    found.append(
        Page(
            "own",
            ROOT / "graph" / "sources" / "krakow-2020-04-23-zespol-ump.md",
            GOLD / "krakow-2020-04-23-zespol-ump.ttl",
        )
    )
    for page in sorted((ROOT / "tests" / "pages").glob("*.md")):
        found.append(Page("own", page, GOLD / f"{page.stem}.ttl"))
    return found


def pages_in(directories: list[Path]) -> list[Page]:
    found = []
    for directory in directories:
        for gold in sorted(directory.glob("*.ttl")):
            page = gold.with_suffix(".md")
            if page.exists():
                found.append(Page(directory.name, page, gold))
    return found


def reference() -> rdflib.Graph:
    return knowledge().graph


def extracted(path: Path) -> rdflib.Graph:
    return rdflib_graph(emit(extract(read_source(path), knowledge())))


def evaluate(page: Page, ref: rdflib.Graph) -> Score:
    gold = rdflib.Graph().parse(page.gold, format="turtle")
    return score(extracted(page.source), gold, ref, UMP)


def totals(scores: list[Score]) -> tuple[float, float, int, int]:
    gold = sum(s.gold.count() for s in scores)
    found = sum(s.found.count() for s in scores)
    recall = sum(s.true_in_gold for s in scores) / gold if gold else 1.0
    precision = sum(s.true_in_found for s in scores) / found if found else 1.0
    return recall, precision, gold, found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", action="store_true", help="list missing and spurious facts")
    parser.add_argument("--open-lockbox", action="store_true", help="also list lockbox misses")
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument(
        "--pages", type=Path, nargs="+", help="score DIR/NAME.md against DIR/NAME.ttl instead"
    )
    parser.add_argument("--quiet", action="store_true", help="print the groups' totals only")
    args = parser.parse_args()
    chosen = pages_in(args.pages) if args.pages else pages()
    if not chosen:
        print(
            "no page NAME.md with a gold NAME.ttl beside it in " + ", ".join(map(str, args.pages))
        )
        return 2
    groups = list(dict.fromkeys(page.group for page in chosen))
    if not args.pages:
        groups = ["lockbox", "corpus", "own"]
    ref = reference()
    by_group: dict[str, list[Score]] = {}
    per_page = {}
    for page in chosen:
        result = evaluate(page, ref)
        by_group.setdefault(page.group, []).append(result)
        per_page[page.source.stem] = {
            "group": page.group,
            "recall": round(result.recall, 4),
            "precision": round(result.precision, 4),
        }
        show = args.misses and (page.group != "lockbox" or args.open_lockbox)
        if args.quiet:
            continue
        print(
            f"{page.group:8} {page.source.stem:55} recall {result.recall:6.1%}  "
            f"precision {result.precision:6.1%}"
        )
        if show:
            for line in result.missing:
                print(f"           missing  {line}")
            for line in result.spurious:
                print(f"           spurious {line}")
    summary = {}
    for group in groups:
        recall, precision, gold, found = totals(by_group.get(group, []))
        summary[group] = {
            "recall": round(recall, 4),
            "precision": round(precision, 4),
            "gold_facts": gold,
            "extracted_facts": found,
            "pages": len(by_group.get(group, [])),
        }
        print(
            f"{group:8} pages {len(by_group.get(group, [])):3}  recall {recall:6.1%}  "
            f"precision {precision:6.1%}  (gold {gold}, extracted {found})"
        )
    if args.json:
        args.json.write_text(
            json.dumps({"groups": summary, "pages": per_page}, indent=2, ensure_ascii=False) + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
