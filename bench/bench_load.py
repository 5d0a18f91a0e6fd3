"""Load throughput and question latency on a synthetic corpus.

    .venv/bin/python bench/bench_load.py --reset [--sizes 100000 1000000] [--naive-sample 300]
    # results: bench/results/bench_load.txt (the script prints; tee it there)

For each size (graph elements = nodes + relationships) it builds a synthetic Extraction
shaped like the seeds (articles with communities, sites, people, units, branches, teams,
mechanisms, shared regions, relations with evidence, counted facts) and, against the
server `kb` is configured for (NEO4J_* or the local one; the graph is EMPTIED):

1. loads it with kb's writer (batched UNWIND, one managed transaction per file): elements/s;
2. loads a sample of the same articles with a naive loader, one auto-commit statement per
   fact, into an empty graph: elements/s, extrapolated to the whole corpus (running it on
   10^6 elements would take hours; the sample size is printed);
3. asks `pairs-with` for random communities and `search` for random name fragments on the
   loaded graph: p50/p95 latency, end to end through kb.store.queries (look-up included),
   and the pairs-with Cypher alone.

Targets (issue 5): batched >= 10x naive; pairs-with p95 < 50 ms at 10^6 elements.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import platform
import random
import statistics
import sys
import time
from dataclasses import dataclass

from kb import cypher
from kb.config import connection_settings
from kb.model import Article, Entity, Evidence, Extraction, Relation, Stat
from kb.store import queries, session, writer
from kb.store.session import connect

ARTICLES_PER_FILE = 10  # a scraped page often holds several reports
POOL = "东南西北中山水江河湖海林松竹梅兰桃李杏花园城新华民安康宁和平春阳光明德仁义礼智信金银泰福寿祥云龙凤"
N_REGIONS = 2000


def _word(i: int, length: int = 3) -> str:
    """A deterministic Chinese-looking word for number i (distinct for distinct i < len(POOL)**length)."""
    out = []
    for _ in range(length):
        i, r = divmod(i, len(POOL))
        out.append(POOL[r])
    return "".join(out)


@dataclass
class Corpus:
    extraction: Extraction
    elements: int  # nodes + relationships the graph will hold
    communities: list[str]


def synthetic(target_elements: int, seed: int = 1) -> Corpus:
    """About `target_elements` graph elements, ~40 per article."""
    rng = random.Random(seed)
    x = Extraction()
    regions = [
        Entity(f"r{i}", "Region", _word(i, 2) + ("区" if i % 3 else "县"), generic=False, properties={"level": "district"})
        for i in range(N_REGIONS)
    ]
    x.entities.extend(regions)
    used_regions: set[str] = set()
    communities: list[str] = []
    nodes = rels = 0
    a = 0
    while nodes + rels < target_elements:
        file = f"synthetic/{a // ARTICLES_PER_FILE:06d}.txt"
        sha = hashlib.sha256(file.encode()).hexdigest()
        art = Article(f"{sha[:16]}-{a % ARTICLES_PER_FILE}", file, sha, f"报道{a}", "2022-04-25", "合成报",
                      ["记者"], [], [], 0, 1000)  # fmt: skip
        x.articles.append(art)
        k = a * 20  # a block of numbers for this article's names
        com = Entity(f"a{a}:c", "Community", _word(k) + "小区", properties={"kind": "小区"})
        site = Entity(f"a{a}:s", "Site", _word(k + 1) + "核酸采样点", aliases=[_word(k + 2) + "方舱"])
        unit = Entity(f"a{a}:u", "Unit", _word(k + 3) + "局")
        branch = Entity(f"a{a}:b", "PartyOrg", com.name + "临时党支部", properties={"temporary": True})
        team = Entity(f"a{a}:t", "Team", _word(k + 4) + "党员突击队")
        mech = Entity(f"a{a}:m", "Mechanism", _word(k + 5) + "制")
        people = [Entity(f"a{a}:p{j}", "Person", _word(k + 6 + j, 2) + _word(a + j, 1)) for j in range(4)]
        local = [com, site, unit, branch, team, mech, *people]
        region, sub = rng.sample(regions, 2)
        for e in [*local, region, sub]:
            e.articles.append(art.uid)
            e.mentions[art.uid] = 1
        x.entities.extend(local)
        used_regions.update((region.uid, sub.uid))
        communities.append(com.name)

        def rel(t: str, s: Entity, o: Entity, i: int, art: Article = art, **props) -> None:
            ev = Evidence(art.uid, f"{s.name}{t}{o.name}。", i * 40, i * 40 + 30)
            x.relations.append(Relation(t, s.uid, o.uid, "synthetic", ev, props))

        rel("LOCATED_IN", sub, region, 0)
        rel("LOCATED_IN", com, sub, 1)
        rel("LOCATED_IN", branch, com, 2)
        rel("PAIRS_WITH", unit, com, 3, verb="包联")
        rel("SINKS_TO", people[0], com, 4, verb="下沉", date="3月31日")
        rel("HOLDS_POST", people[1], branch, 5, title="书记")
        rel("HOLDS_POST", people[2], site, 6, title="点长")
        rel("SINKS_TO", team, site, 7, verb="进驻")
        rel("ESTABLISHED", sub, team, 8, verb="组建")
        rel("ADOPTS", region, mech, 9, verb="实行")
        rel("HOLDS_POST", people[3], unit, 10, title="副局长")
        for j, scope in enumerate((region, sub)):
            ev = Evidence(art.uid, f"{scope.name}{j + 100}名党员下沉。", 500 + j * 40, 530 + j * 40)
            x.stats.append(Stat(f"{art.uid}:st{j}", scope.uid, float(j + 100), False, "名", "党员", "SINKS_TO",
                                "synthetic", ev))  # fmt: skip
        nodes += len(local) + 1 + 2  # entities, article, stats
        rels += 11 + 12 + 2 + 2  # relations, MENTIONED_IN, HAS_STAT, FROM
        a += 1
    x.entities = [e for e in x.entities if e.label != "Region" or e.uid in used_regions]
    nodes += len(used_regions)
    return Corpus(x, nodes + rels, communities)


def subset(corpus: Corpus, n_articles: int) -> Corpus:
    """The first n articles and what they mention."""
    arts = corpus.extraction.articles[:n_articles]
    keep = {a.uid for a in arts}
    ents = [e for e in corpus.extraction.entities if keep & set(e.articles)]
    rels = [r for r in corpus.extraction.relations if r.evidence.article in keep]
    stats = [s for s in corpus.extraction.stats if s.evidence.article in keep]
    mentions = sum(len(keep & set(e.articles)) for e in ents)
    elements = len(ents) + len(arts) + len(stats) * 3 + len(rels) + mentions
    return Corpus(Extraction(arts, ents, rels, stats), elements, corpus.communities[:n_articles])


# ------------------------------------------------------------------ the naive loader

NAIVE_ENTITY = """MERGE (n:Entity {uid: $uid}) SET n:$($label), n.name = $name, n.aliases = $aliases,
n.generic = $generic"""
NAIVE_ARTICLE = "MERGE (a:Article {uid: $uid}) SET a.title = $title, a.file = $file, a.sha256 = $sha256"
NAIVE_MENTION = """MATCH (e:Entity {uid: $entity}), (a:Article {uid: $article})
MERGE (e)-[m:MENTIONED_IN]->(a) SET m.count = $count"""
NAIVE_RELATION = """MATCH (s:Entity {uid: $source}), (t:Entity {uid: $target})
MERGE (s)-[r:$($type) {article: $article, start: $start}]->(t) SET r.evidence = $evidence, r.end = $end"""
NAIVE_STAT = """MATCH (a:Article {uid: $article}) MERGE (s:Stat {uid: $uid}) SET s.value = $value, s.noun = $noun
MERGE (s)-[:FROM]->(a) WITH s MATCH (e:Entity {uid: $scope}) MERGE (e)-[:HAS_STAT]->(s)"""


def naive_load(driver, x: Extraction, database: str | None) -> None:
    """One auto-commit statement per fact: what a first attempt at a loader looks like."""
    articles = {a.uid for a in x.articles}
    with session.session(driver, database, write=True) as s:
        for a in x.articles:
            s.run(NAIVE_ARTICLE, uid=a.uid, title=a.title, file=a.file, sha256=a.sha256).consume()
        for e in x.entities:
            s.run(NAIVE_ENTITY, uid=e.uid, label=e.label, name=e.name, aliases=e.aliases, generic=e.generic).consume()
            for art, count in e.mentions.items():
                if art not in articles:
                    continue
                s.run(NAIVE_MENTION, entity=e.uid, article=art, count=count).consume()
        for r in x.relations:
            s.run(NAIVE_RELATION, source=r.source, target=r.target, type=r.type, article=r.evidence.article,
                  start=r.evidence.start, end=r.evidence.end, evidence=r.evidence.text).consume()  # fmt: skip
        for st in x.stats:
            s.run(NAIVE_STAT, article=st.evidence.article, uid=st.uid, value=st.value, noun=st.noun,
                  scope=st.scope).consume()  # fmt: skip


# ------------------------------------------------------------------ measuring


def percentiles(samples_ms: list[float]) -> str:
    q = statistics.quantiles(samples_ms, n=100, method="inclusive")
    return f"p50 {q[49]:6.1f} ms   p95 {q[94]:6.1f} ms   (n={len(samples_ms)})"


def graph_elements(driver, database) -> int:
    c = writer.graph_counts(driver, database=database)
    return c["Article"] + c["Stat"] + sum(c["labels"].values()) + sum(c["types"].values())


def bench_size(driver, database, size: int, naive_articles: int, n_queries: int) -> None:
    t0 = time.perf_counter()
    corpus = synthetic(size)
    print(f"\n== {size:,} elements: {len(corpus.extraction.articles):,} articles in "
          f"{len(corpus.extraction.articles) // ARTICLES_PER_FILE:,} files "
          f"(synthesised in {time.perf_counter() - t0:.1f} s)")  # fmt: skip
    sys.stdout.flush()

    # naive first, on a sample, into an empty graph
    writer.reset(driver, database=database)
    writer.ensure_schema(driver, database=database)
    sample = subset(corpus, naive_articles)
    t0 = time.perf_counter()
    naive_load(driver, sample.extraction, database)
    naive_s = time.perf_counter() - t0
    naive_rate = graph_elements(driver, database) / naive_s
    print(f"naive loader (1 statement per fact), sample of {naive_articles} articles = "
          f"{graph_elements(driver, database):,} elements: {naive_s:.1f} s, {naive_rate:,.0f} elements/s; "
          f"extrapolated to {corpus.elements:,} elements: {corpus.elements / naive_rate / 60:.1f} min")  # fmt: skip

    # the batched writer on the whole corpus
    writer.reset(driver, database=database)
    t0 = time.perf_counter()
    writer.write_extraction(driver, corpus.extraction, database=database)
    batched_s = time.perf_counter() - t0
    stored = graph_elements(driver, database)
    batched_rate = stored / batched_s
    print(f"kb writer (UNWIND batches, 1 transaction per file): {stored:,} elements in {batched_s:.1f} s, "
          f"{batched_rate:,.0f} elements/s  ->  {batched_rate / naive_rate:.1f}x the naive loader")  # fmt: skip
    sys.stdout.flush()

    # questions on the loaded graph
    rng = random.Random(2)
    names = rng.sample(corpus.communities, min(n_queries, len(corpus.communities)))
    for name in names[:20]:  # warm up the query plans and the page cache
        queries.run_query(driver, "pairs-with", name, database=database)
    full, cypher_only, search = [], [], []
    statement = cypher.statement("queries/pairs-with")
    for name in names:
        t0 = time.perf_counter()
        result = queries.run_query(driver, "pairs-with", name, database=database)
        full.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        session.read_statement(driver, statement, {"uids": list(result.match.uids)}, database)
        cypher_only.append((time.perf_counter() - t0) * 1000)
    for name in names:
        fragment = name[1:3]  # two characters from inside a name: the full-text index at work
        t0 = time.perf_counter()
        with contextlib.suppress(queries.EmptyResult):
            queries.run_query(driver, "search", fragment, database=database)
        search.append((time.perf_counter() - t0) * 1000)
    print(f"pairs-with, end to end (look-up + question): {percentiles(full)}")
    print(f"pairs-with, the Cypher alone:                {percentiles(cypher_only)}")
    print(f"search (2-character fragment):               {percentiles(search)}")
    sys.stdout.flush()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--naive-sample", type=int, default=300, help="articles loaded by the naive loader")
    parser.add_argument("--queries", type=int, default=300, help="questions asked per kind")
    parser.add_argument("--reset", action="store_true", help="required: the benchmark empties the graph")
    args = parser.parse_args()
    settings = connection_settings()
    if not args.reset:
        sys.exit("bench_load empties the graph at " + settings.uri + ": pass --reset to agree")
    driver = connect(settings)
    with driver:
        info = driver.get_server_info()
        print(f"bench_load: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, Neo4j {info.agent} at "
              f"{settings.uri}, Python {platform.python_version()}, {platform.machine()}, "
              f"writer batch {writer.BATCH} rows, {ARTICLES_PER_FILE} articles per file")  # fmt: skip
        for size in args.sizes:
            bench_size(driver, settings.database, size, args.naive_sample, args.queries)
        writer.reset(driver, database=settings.database)


if __name__ == "__main__":
    main()
