"""Name look-up at scale: `search` and `pairs-with` latency and what names resolve to.

    .venv/bin/python bench/bench_lookup.py --elements 1000000 | tee bench/results/bench_lookup.txt

Against the server `kb` is configured for (NEO4J_* or the local one; the graph is EMPTIED),
it writes (and empties afterwards), with kb's own writer, a graph of about --elements nodes + relationships whose
names are composed from general word lists (bench/data/lookup_name_parts.json): people
(surname + one or two given characters), districts, subdistricts and communities from
place-name characters and their suffixes, units, Party organisations, Traditional aliases,
and in every article the class nodes an extractor keeps (居民区, 临时党支部, …). Then it asks,
end to end through kb.store.queries (look-up included), `pairs-with` about communities and
`search` for entities, by names typed in ways users type them: exactly, in Traditional, with
a homophone typo (the commonest with a Pinyin IME), with another wrong character, in Pinyin,
a fragment, and names that are not there. It prints p50/p95/p99 per question and per way of
typing, and how often the look-up found the entity the name was made from.

Target (issue 10, item 4): `search` and `pairs-with` p95 < 50 ms.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import platform
import random
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import opencc
from pypinyin import lazy_pinyin
from pypinyin.pinyin_dict import pinyin_dict

from kb.config import connection_settings
from kb.errors import KbError
from kb.model import Article, Entity, Evidence, Extraction, Relation
from kb.store import lookup, queries, writer
from kb.store.session import connect

PARTS = json.loads((Path(__file__).parent / "data" / "lookup_name_parts.json").read_text(encoding="utf-8"))
ARTICLES_PER_FILE = 10
ELEMENTS_PER_ARTICLE = 27  # 10 nodes (9 entities, the article), 6 relations, 11 mentions
TO_TRADITIONAL = opencc.OpenCC("s2t")


def _homophones() -> dict[str, list[str]]:
    """Common characters (GB2312) by toneless reading: what a Pinyin IME offers for one syllable."""
    by_sound: dict[str, list[str]] = defaultdict(list)
    for code in pinyin_dict:
        ch = chr(code)
        try:
            ch.encode("gb2312")
        except UnicodeEncodeError:
            continue
        if "\u4e00" <= ch <= "\u9fa5":
            by_sound[lazy_pinyin(ch)[0]].append(ch)
    return {ch: [o for o in chars if o != ch] for chars in by_sound.values() for ch in chars}


class Names:
    """Names composed at random from the word lists; the same seed gives the same graph."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def pick(self, key: str) -> str:
        return self.rng.choice(PARTS[key])

    def chars(self, key: str, n: int) -> str:
        return "".join(self.rng.choice(PARTS[key]) for _ in range(n))

    def person(self) -> str:
        return self.pick("surnames") + self.chars("given", self.rng.choice((1, 2, 2)))

    def place(self) -> str:
        return self.chars("place", self.rng.choice((2, 2, 3)))


def synthetic(target_elements: int, seed: int = 7) -> tuple[Extraction, list[Entity]]:
    rng = random.Random(seed)
    names = Names(rng)
    x = Extraction()
    n_articles = max(1, target_elements // ELEMENTS_PER_ARTICLE)
    districts = [Entity(f"d{i}", "Region", names.place() + names.pick("district_suffixes"),
                        properties={"level": "district"}) for i in range(max(20, n_articles // 50))]  # fmt: skip
    streets = [Entity(f"s{i}", "Region", names.place() + names.pick("subdistrict_suffixes"),
                      properties={"level": "subdistrict"}) for i in range(max(100, n_articles // 5))]  # fmt: skip
    parent = {s.uid: rng.choice(districts) for s in streets}
    used: dict[str, Entity] = {}
    for a in range(n_articles):
        file = f"lookup/{a // ARTICLES_PER_FILE:06d}.txt"
        sha = hashlib.sha256(file.encode()).hexdigest()
        art = Article(f"{sha[:16]}-{a % ARTICLES_PER_FILE}", file, sha, f"{names.place()}{a}号报道", "2022-04-25",
                      "合成报", [], [], [], 0, 1000)  # fmt: skip
        x.articles.append(art)
        street = rng.choice(streets)
        district = parent[street.uid]
        coms = []
        for j in range(2):
            name = names.place() + names.pick("community_suffixes")
            coms.append(Entity(f"a{a}:c{j}", "Community", name, aliases=[TO_TRADITIONAL.convert(name),
                               street.name + name]))  # fmt: skip
        people = [Entity(f"a{a}:p{j}", "Person", n, aliases=[TO_TRADITIONAL.convert(n)])
                  for j, n in enumerate(names.person() for _ in range(3))]  # fmt: skip
        unit = Entity(f"a{a}:u", "Unit", district.name[:-1] + names.pick("unit_suffixes"))
        org = Entity(f"a{a}:o", "PartyOrg", coms[0].name + names.pick("partyorg_suffixes"))
        classes = [Entity(f"a{a}:k{label}", label, rng.choice(PARTS["class_words"][label]), generic=True)
                   for label in ("Community", "PartyOrg")]  # fmt: skip
        for e in [*coms, *people, unit, org, *classes, street, district]:
            e.articles.append(art.uid)
            e.mentions[art.uid] = 1
        x.entities.extend([*coms, *people, unit, org, *classes])
        used[street.uid], used[district.uid] = street, district

        def rel(t: str, s: Entity, o: Entity, i: int, art: Article = art, **props) -> None:
            ev = Evidence(art.uid, f"{s.name}{o.name}。", i * 40, i * 40 + 30)
            x.relations.append(Relation(t, s.uid, o.uid, "synthetic", ev, props))

        rel("LOCATED_IN", street, district, 0)
        rel("LOCATED_IN", coms[0], street, 1)
        rel("LOCATED_IN", org, coms[0], 2)
        rel("SINKS_TO", people[0], coms[0], 3, verb="下沉")
        rel("HOLDS_POST", people[1], org, 4, title="书记")
        rel("PAIRS_WITH", unit, coms[1], 5, verb="包联")
    x.entities.extend(used.values())
    return x, [e for e in x.entities if not e.generic]


# ------------------------------------------------------------------ ways of typing a name


def typed_forms(e: Entity, rng: random.Random, homophones: dict[str, list[str]], names: Names) -> dict[str, str]:
    """The name of `e` as a user might type it, by way of typing."""
    name = e.name
    i = rng.randrange(len(name))
    sounds = [k for k, ch in enumerate(name) if homophones.get(ch)]
    h = rng.choice(sounds) if sounds else i
    homophone = name[:h] + rng.choice(homophones.get(name[h], [name[h]])) + name[h + 1 :]
    other = name[:i] + rng.choice([c for c in PARTS["place"] + PARTS["given"] if c != name[i]]) + name[i + 1 :]
    stem = name[: max(2, len(name) - 2)] if e.label != "Person" else name
    return {
        "exact": name,
        "traditional": TO_TRADITIONAL.convert(name),
        "homophone typo": TO_TRADITIONAL.convert(homophone) if rng.random() < 0.5 else homophone,
        "other-character typo": other,
        "pinyin": " ".join(s.capitalize() for s in lazy_pinyin(stem)) if rng.random() < 0.5 else "".join(lazy_pinyin(stem)),
        "fragment": stem if e.label != "Person" else name[:2],
        "not there": names.place() + names.place() + names.pick("community_suffixes"),
    }


def outcome(question: str, text: str, target: Entity) -> tuple[float, str]:
    t0 = time.perf_counter()
    try:
        result = queries.run_query(DRIVER, question, text, database=DATABASE)
        if question == "search":
            uids = [r["uid"] for r in result.rows]
            what = "first" if uids[:1] == [target.uid] else "listed" if target.uid in uids else "missed"
        else:
            what = "found" if result.match.uids == (target.uid,) else "other"
    except lookup.AmbiguousName as exc:
        what = "ambiguous (listed)" if target.uid in [c.uid for c in exc.candidates] else "ambiguous"
    except lookup.UnknownName:
        what = "unknown"
    except queries.EmptyResult:
        what = "empty" if question == "search" else "found, empty"
    except KbError as exc:
        what = f"error: {exc}"
    return (time.perf_counter() - t0) * 1000, what


def percentiles(samples: list[float]) -> str:
    q = statistics.quantiles(samples, n=100, method="inclusive")
    return f"p50 {q[49]:6.1f} ms  p95 {q[94]:6.1f} ms  p99 {q[98]:6.1f} ms  (n={len(samples)})"


def main() -> None:
    global DRIVER, DATABASE
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--elements", type=int, default=100_000, help="graph size (nodes + relationships)")
    ap.add_argument("--queries", type=int, default=100, help="names per way of typing and question")
    args = ap.parse_args()

    settings = connection_settings()
    DRIVER, DATABASE = connect(settings), settings.database
    print(f"bench_lookup: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {settings.uri}, "
          f"Python {platform.python_version()}, {platform.machine()}")  # fmt: skip
    t0 = time.perf_counter()
    x, specific = synthetic(args.elements)
    print(f"synthesised {len(x.articles):,} articles, {len(x.entities):,} entities "
          f"({len(specific):,} specific, {len(set(e.name for e in specific)):,} distinct names) "
          f"in {time.perf_counter() - t0:.1f} s")  # fmt: skip
    sys.stdout.flush()
    writer.reset(DRIVER, database=DATABASE)
    summary = writer.write_extraction(DRIVER, x, database=DATABASE)
    elements = summary.graph_articles + sum(summary.nodes.values()) + sum(summary.relationships.values())
    print(f"written with kb's writer (look-up keys included): {elements:,} elements in {summary.seconds:.1f} s")
    sys.stdout.flush()

    rng = random.Random(11)
    names, homophones = Names(rng), _homophones()
    communities = [e for e in specific if e.label == "Community"]
    plans = {"pairs-with": rng.sample(communities, args.queries), "search": rng.sample(specific, args.queries)}
    for e in plans["search"][:20]:  # warm the page cache and the query plans
        outcome("search", e.name, e)
    for question, targets in plans.items():
        everything: list[float] = []
        print(f"\n== {question}")
        rows: dict[str, tuple[list[float], Counter]] = defaultdict(lambda: ([], Counter()))
        for e in targets:
            for way, text in typed_forms(e, rng, homophones, names).items():
                ms, what = outcome(question, text, e)
                rows[way][0].append(ms)
                rows[way][1][what] += 1
                everything.append(ms)
        for way, (samples, whats) in rows.items():
            print(f"{way:<21} {percentiles(samples)}  " + ", ".join(f"{k} {v}" for k, v in whats.most_common()))
        print(f"{'all':<21} {percentiles(everything)}")
    writer.reset(DRIVER, database=DATABASE)  # a graph this size is too big for the tests' clean-up
    DRIVER.close()


DRIVER = DATABASE = None

if __name__ == "__main__":
    main()
