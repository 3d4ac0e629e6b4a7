"""`make bench`: the pipeline's speed against raw spaCy, measured side by side.

For each corpus (BBC: 2,225 articles; Reuters-21578: 19,043 bodies, read from the SGML
here) and each process count:
1. the limit: `nlp.pipe` over the documents' texts with the same model and components
   (the model's own attribute ruler; then again with our indexed one, which the pipeline
   uses, and a token-by-token check on a sample that both annotate alike);
2. the full pipeline, files to a loaded DuckDB, through the code path of `make run`
   (`news-pipeline run` in a child process: Dagster, parse, spaCy, extract, validate, load),
   with the time of each stage (Dagster step stats) and the peak RSS of the process tree;
3. a rerun with nothing changed, then 10 new articles added and a rerun;
4. query latency of typical analyst queries on the loaded database.
Results go to benchmarks/results/bench-<date>.json and are printed as a table.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
# The example analyst queries of sql/queries/ (README "Tables").
QUERIES = {p.stem: p.read_text(encoding="utf-8") for p in sorted((ROOT / "sql" / "queries").glob("*.sql"))}


def corpus_dir() -> Path:
    return Path(os.environ.get("NEWS_CORPUS_DIR") or ROOT.parent / "shared" / "corpus")


def require(path: Path) -> Path:
    if not path.exists():
        sys.exit(f"make bench needs the bulk corpora: {path} is missing.\n"
                 "Put the shared corpus next to the repository (../shared/corpus) or set "
                 "NEWS_CORPUS_DIR.")  # fmt: skip
    return path


def write_bbc(target: Path) -> int:
    """Copy the BBC articles as they are (one .txt file each)."""
    source = require(corpus_dir() / "bbc-fulltext")
    n = 0
    for path in sorted(source.glob("*/*.txt")):
        out = target / path.parent.name / path.name
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, out)
        n += 1
    return n


_STORY = re.compile(r"<REUTERS[^>]*NEWID=\"(\d+)\"[^>]*>(.*?)</REUTERS>", re.S)
_FIELD = {name: re.compile(rf"<{name}>(.*?)</{name}>", re.S) for name in ("TITLE", "BODY")}


def write_reuters(target: Path) -> int:
    """Parse the SGML; every story with a body becomes one JSONL record (one file per
    SGML file, 1,000 stories each), which the pipeline reads like any seed."""
    source = require(corpus_dir() / "reuters21578")
    n = 0
    for sgm in sorted(source.glob("reut2-*.sgm")):
        raw = sgm.read_bytes().decode("latin-1")
        lines = []
        for new_id, story in _STORY.findall(raw):
            body = _FIELD["BODY"].search(story)
            if not body:
                continue
            title = _FIELD["TITLE"].search(story)
            text = html.unescape(re.sub(r"&#\d+;", "", body.group(1))).replace("\x03", "")
            text = re.sub(r"\s*Reuter\s*$", "", text.strip())
            record = {"id": new_id, "text": text,
                      "title": html.unescape(title.group(1)) if title else None,
                      "publisher": "Reuters"}  # fmt: skip
            lines.append(json.dumps(record))
            n += 1
        (target / f"{sgm.stem}.jsonl").write_text("\n".join(lines) + "\n")
    return n


class TreeMemory:
    """Peak resident memory of a process and all its descendants (sampled from /proc)."""

    def __init__(self, pid: int) -> None:
        self.pid, self.peak, self._stop = pid, 0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _tree_rss(self) -> int:
        """Walk /proc/<pid>/task/*/children from the root: cheap enough to sample often."""
        page = os.sysconf("SC_PAGE_SIZE")
        total, stack = 0, [self.pid]
        while stack:
            pid = stack.pop()
            try:
                total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * page
                for task in Path(f"/proc/{pid}/task").iterdir():
                    stack.extend(int(c) for c in (task / "children").read_text().split())
            except (OSError, ValueError):
                continue
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._tree_rss())
            time.sleep(0.25)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def run_pipeline(seeds: Path, db: Path, processes: int, home: Path) -> dict:
    """`news-pipeline run` in a child process; wall time, peak tree RSS, stage times."""
    env = {**os.environ, "DAGSTER_HOME": str(home)}
    command = [str(BIN / "news-pipeline"), "run", "--seeds", str(seeds), "--db", str(db),
               "--processes", str(processes)]  # fmt: skip
    started = time.perf_counter()
    proc = subprocess.Popen(command, cwd=home, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)  # fmt: skip
    with TreeMemory(proc.pid) as memory:
        out, err = proc.communicate()
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"pipeline failed: {err[-3000:]}")
    return {"seconds": round(seconds, 2), "peak_rss_mb": round(memory.peak / 2**20),
            "stages": stage_times(home), "summary": out.strip()}  # fmt: skip


def stage_times(home: Path) -> dict[str, float]:
    """Seconds per asset in the latest run of the instance in `home`."""
    import dagster as dg

    # dagster.yaml's storage paths are relative to the working directory of the run
    previous = Path.cwd()
    os.chdir(home)
    try:
        return _latest_run_stages(dg.DagsterInstance.from_config(str(home)))
    finally:
        os.chdir(previous)


def _latest_run_stages(instance) -> dict[str, float]:  # noqa: ANN001
    with instance:
        records = instance.get_run_records(limit=1)
        if not records:
            return {}
        stats = instance.get_run_step_stats(records[0].dagster_run.run_id)
        return {s.step_key: round((s.end_time or 0) - (s.start_time or 0), 2) for s in stats}


def raw_spacy(seeds: Path, processes: int, indexed_attribute_ruler: bool = False) -> dict:
    """The limit: parse the seeds as the pipeline does, then time `nlp.pipe` alone, with
    the model's own components plus our entity components (`indexed_attribute_ruler=True`:
    the spaCy pipeline as the pipeline runs it, with our faster attribute ruler)."""
    from pipeline.nlp.model import shared_nlp

    texts = seed_texts(seeds)
    nlp = shared_nlp(indexed_attribute_ruler=indexed_attribute_ruler)
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64, n_process=processes):
        pass
    seconds = time.perf_counter() - started
    words = sum(len(t.split()) for t in texts)
    return {"documents": len(texts), "words": words, "seconds": round(seconds, 2),
            "docs_per_s": round(len(texts) / seconds, 1),
            "words_per_s": round(words / seconds)}  # fmt: skip


def seed_texts(seeds: Path) -> list[str]:
    from pipeline.parse import list_seed_files, read_seed_file

    files, _ = list_seed_files(seeds)
    return [d.text for f in files for d in read_seed_file(f)[0]]


def attribute_ruler_agreement(seeds: Path, sample: int = 500) -> dict:
    """Tokens whose tag, POS, morphology, lemma or dependency differ between the model's
    attribute ruler and ours, on the first `sample` documents (expected: none)."""
    from pipeline.nlp.model import shared_nlp

    texts = seed_texts(seeds)[:sample]
    stock, ours = (shared_nlp(indexed_attribute_ruler=flag) for flag in (False, True))
    differ = tokens = 0

    def annotations(doc):  # noqa: ANN001, ANN202
        return [(t.tag, t.pos, t.morph.key, t.lemma, t.dep) for t in doc]

    for a, b in zip(stock.pipe(texts, batch_size=64), ours.pipe(texts, batch_size=64), strict=True):
        tokens += len(a)
        differ += sum(x != y for x, y in zip(annotations(a), annotations(b), strict=True))
    return {"documents": len(texts), "tokens": tokens, "differing_tokens": differ}


def add_articles(seeds: Path, n: int = 10) -> None:
    """n new articles (texts of existing ones with a new first sentence: not duplicates)."""
    folder = seeds / "added"
    folder.mkdir(exist_ok=True)
    for i in range(n):
        (folder / f"new-{i}.txt").write_text(
            f"Added story {i}\n\nThis is added story number {i}, filed on deadline. "
            "The minister said on Tuesday that the talks with the union would continue next "
            f"week, and officials in Ottawa said the budget would be presented in May ({i}).\n"
        )


def rejects_by_reason(db: Path) -> dict[str, int]:
    """What the run refused, by reason. A benchmark run that rejects documents with
    extraction errors measures a broken pipeline: `bench_corpus` stops on it."""
    import duckdb

    conn = duckdb.connect(str(db), read_only=True)
    try:
        return dict(conn.sql("SELECT reason, count(*) FROM rejects GROUP BY 1 ORDER BY 1").fetchall())
    finally:
        conn.close()


def query_latency(db: Path) -> dict[str, float]:
    import duckdb

    conn = duckdb.connect(str(db), read_only=True)
    out = {}
    try:
        for name, sql in QUERIES.items():
            started = time.perf_counter()
            conn.sql(sql).fetchall()
            out[name] = round((time.perf_counter() - started) * 1000, 1)
    finally:
        conn.close()
    return out


def bench_corpus(name: str, processes: int, workdir: Path, incremental: bool) -> dict:
    seeds = workdir / f"{name}-seeds"
    seeds.mkdir(parents=True, exist_ok=True)
    n = (write_bbc if name == "bbc" else write_reuters)(seeds)
    home = workdir / f"{name}-{processes}-home"
    home.mkdir()
    shutil.copy(ROOT / "dagster.yaml", home / "dagster.yaml")
    db = workdir / f"{name}-{processes}.duckdb"
    limit = raw_spacy(seeds, processes)
    ours = raw_spacy(seeds, processes, indexed_attribute_ruler=True)
    full = run_pipeline(seeds, db, processes, home)
    rejects = rejects_by_reason(db)
    if rejects.get("extraction_error"):
        raise RuntimeError(f"{name}: {rejects['extraction_error']} documents failed extraction; "
                           "fix the pipeline before timing it")  # fmt: skip
    result = {
        "corpus": name, "files_or_records": n, "processes": processes, "raw_spacy": limit,
        "spacy_with_indexed_attribute_ruler": ours,
        "ratio_pipeline_to_spacy_with_indexed_ruler": round(ours["seconds"] / full["seconds"], 3),
        "pipeline": full, "docs_per_s": round(limit["documents"] / full["seconds"], 1),
        "words_per_s": round(limit["words"] / full["seconds"]),
        "ratio_pipeline_to_raw": round(limit["seconds"] / full["seconds"], 3),
        "duckdb_mb": round(db.stat().st_size / 2**20, 1),
        "rejects_by_reason": rejects,
        "query_ms": query_latency(db),
    }  # fmt: skip
    if processes == 1:
        result["attribute_ruler_agreement"] = attribute_ruler_agreement(seeds)
    if incremental:
        result["rerun_unchanged"] = run_pipeline(seeds, db, processes, home)
        add_articles(seeds)
        result["rerun_10_added"] = run_pipeline(seeds, db, processes, home)
    shutil.rmtree(seeds)
    return result


def startup_seconds(workdir: Path) -> float:
    """Process start-up: `news-pipeline run` over an empty seeds folder."""
    empty = workdir / "empty-seeds"
    empty.mkdir()
    home = workdir / "empty-home"
    home.mkdir()
    shutil.copy(ROOT / "dagster.yaml", home / "dagster.yaml")
    return run_pipeline(empty, workdir / "empty.duckdb", 1, home)["seconds"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", choices=["bbc", "reuters", "both"], default="both")
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--out", default=None)
    args = parser.parse_args(argv)
    corpora = ["bbc", "reuters"] if args.corpus == "both" else [args.corpus]
    for name in corpora:
        require(corpus_dir() / ("bbc-fulltext" if name == "bbc" else "reuters21578"))
    report = {"date": time.strftime("%Y-%m-%d"), "cores": os.cpu_count(),
              "command": " ".join(["python -m benchmarks.throughput", *(argv or sys.argv[1:])]),
              "runs": []}  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="news-bench-") as tmp:
        workdir = Path(tmp)
        report["startup_seconds"] = startup_seconds(workdir)
        for name in corpora:
            for processes in args.processes:
                run = bench_corpus(name, processes, workdir, incremental=processes == max(args.processes))
                report["runs"].append(run)
                print(json.dumps({k: v for k, v in run.items() if k != "pipeline"}, indent=1))
                print("  stages:", run["pipeline"]["stages"])
    out = Path(args.out or ROOT / "benchmarks" / "results" / f"bench-{report['date']}.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2))
    print(table(report))
    print(f"written: {out}")
    return 0


def table(report: dict) -> str:
    lines = [f"{report['date']}, {report['cores']} cores, start-up {report['startup_seconds']} s",
             "| corpus | processes | docs | raw spaCy docs/s | spaCy, indexed ruler docs/s "
             "| pipeline docs/s | pipeline words/s | pipeline/raw | peak RSS MB | DuckDB MB "
             "| rerun unchanged s | +10 articles s |",
             "|" + "---|" * 12]  # fmt: skip
    for r in report["runs"]:
        lines.append(
            f"| {r['corpus']} | {r['processes']} | {r['raw_spacy']['documents']} | "
            f"{r['raw_spacy']['docs_per_s']} | "
            f"{r.get('spacy_with_indexed_attribute_ruler', {}).get('docs_per_s', '–')} | "
            f"{r['docs_per_s']} | {r['words_per_s']} | "
            f"{r['ratio_pipeline_to_raw']} | {r['pipeline']['peak_rss_mb']} | {r['duckdb_mb']} | "
            f"{r.get('rerun_unchanged', {}).get('seconds', '–')} | "
            f"{r.get('rerun_10_added', {}).get('seconds', '–')} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
