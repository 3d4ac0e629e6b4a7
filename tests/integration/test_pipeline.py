"""The whole graph on real files with the real model, into a temporary DuckDB."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import SEED_FILE
from tests.helpers import materialize, query, snapshot

pytestmark = pytest.mark.integration

ENGLISH = (
    "The minister said on Tuesday that the talks with the union would continue next "
    "week. He added that both sides were close to an agreement on wages."
)


def test_seed_document_row(seeds_dir: Path, tmp_path: Path):
    db = tmp_path / "news.duckdb"
    result = materialize(seeds_dir, db)
    assert result.success
    rows = query(db, "SELECT doc_id, title, publisher, text, language, n_words FROM documents")
    assert len(rows) == 1
    doc_id, title, publisher, text, language, n_words = rows[0]
    assert doc_id == SEED_FILE.name
    assert title == "Lukashenko’s working visit to Kazakhstan over"
    assert publisher == "BelTA"
    assert "Writer by" not in text and language == "en" and n_words > 500
    assert query(db, "SELECT count(*) FROM sentences")[0][0] >= 25
    assert (
        query(db, "SELECT count(*) FROM mentions WHERE entity_id = 'person:aleksandr-lukashenko'")[0][0] >= 10
    )


def test_every_stored_span_matches_the_text(seeds_dir: Path, tmp_path: Path):
    db = tmp_path / "news.duckdb"
    materialize(seeds_dir, db)
    bad = query(
        db,
        """
        SELECT m.doc_id, m.mention_idx FROM mentions m JOIN documents d USING (doc_id)
        WHERE substr(d.text, m.start_char + 1, m.end_char - m.start_char) <> m.text""",
    )
    assert bad == []
    assert query(db, "SELECT count(*) FROM mentions")[0][0] > 30
    # sentences and paragraphs: trimmed, inside the text
    rows = query(
        db,
        """
        SELECT substr(d.text, s.start_char + 1, s.end_char - s.start_char)
        FROM sentences s JOIN documents d USING (doc_id)""",
    )
    assert all(r[0] == r[0].strip() and r[0] for r in rows)


def test_materializations_report_row_counts_and_checks_pass(seeds_dir: Path, tmp_path: Path):
    result = materialize(seeds_dir, tmp_path / "news.duckdb")
    for event in result.get_asset_materialization_events():
        metadata = event.materialization.metadata
        assert "dagster/row_count" in metadata, event.asset_key
    checks = {e.check_name: e.passed
              for e in result.get_asset_check_evaluations()}  # fmt: skip
    assert checks == {
        "tables_match_schemas": True,
        "provenance_holds": True,
        "references_resolve": True,
        "rejects_reported": True,
    }


def test_rerun_over_unchanged_seeds_changes_nothing(seeds_dir: Path, tmp_path: Path):
    db = tmp_path / "news.duckdb"
    (seeds_dir / "empty.txt").write_text("")
    materialize(seeds_dir, db)
    before = snapshot(db)
    materialize(seeds_dir, db)
    assert snapshot(db) == before
    assert before["documents"] and before["rejects"]


def test_changed_file_replaces_its_rows_and_deleted_file_loses_them(seeds_dir: Path, tmp_path: Path):
    db = tmp_path / "news.duckdb"
    story = seeds_dir / "story.txt"
    story.write_text(f"First title\n{ENGLISH}\n")
    materialize(seeds_dir, db)
    story.write_text(f"Second title\n{ENGLISH} Angela Merkel agreed.\n")
    materialize(seeds_dir, db)
    assert query(db, "SELECT title FROM documents WHERE doc_id = 'story.txt'") == [("Second title",)]
    assert query(db, "SELECT count(*) FROM mentions WHERE doc_id = 'story.txt' "
                     "AND entity_id = 'person:angela-merkel'")[0][0] == 1  # fmt: skip
    story.unlink()
    materialize(seeds_dir, db)
    for table in ("documents", "sentences", "mentions", "paragraphs"):
        assert query(db, f"SELECT count(*) FROM {table} WHERE doc_id = 'story.txt'")[0][0] == 0
    assert query(db, "SELECT count(*) FROM entities WHERE entity_id = 'person:angela-merkel'") == [(0,)]


def test_bad_files_are_rejected_and_good_ones_still_load(seeds_dir: Path, tmp_path: Path):
    db = tmp_path / "news.duckdb"
    (seeds_dir / "empty.txt").write_bytes(b"")
    (seeds_dir / "blank.txt").write_text("   \n\n  ")
    (seeds_dir / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    (seeds_dir / "copy of seed.txt").write_bytes(SEED_FILE.read_bytes())
    (seeds_dir / "ok ünïcode 'quoted'.txt").write_text(f"A title\n{ENGLISH}\n")
    result = materialize(seeds_dir, db)
    assert result.success
    rejects = dict(query(db, "SELECT source_path, reason FROM rejects"))
    assert rejects == {"empty.txt": "empty", "blank.txt": "empty", "image.png": "binary",
                       "copy of seed.txt": "duplicate"}  # fmt: skip
    docs = {r[0] for r in query(db, "SELECT doc_id FROM documents")}
    assert docs == {SEED_FILE.name, "ok ünïcode 'quoted'.txt"}


def test_symlink_outside_the_seeds_folder_is_not_followed(seeds_dir: Path, tmp_path: Path):
    outside = tmp_path / "secret.txt"
    outside.write_text(f"Secret\n{ENGLISH}\n")
    (seeds_dir / "link.txt").symlink_to(outside)
    db = tmp_path / "news.duckdb"
    materialize(seeds_dir, db)
    assert query(db, "SELECT reason FROM rejects WHERE source_path = 'link.txt'") == [("outside_seeds",)]
    assert query(db, "SELECT count(*) FROM documents WHERE doc_id = 'link.txt'") == [(0,)]


def test_copied_seed_folder_matches_repository_seed(tmp_path: Path):
    target = tmp_path / "s"
    shutil.copytree(SEED_FILE.parent, target)
    assert (target / SEED_FILE.name).read_bytes() == SEED_FILE.read_bytes()


def test_seed_quotes_in_v_quotes(seeds_dir: Path, tmp_path: Path):
    db = tmp_path / "news.duckdb"
    materialize(seeds_dir, db)
    rows = query(db, "SELECT kind, speaker, cue FROM v_quotes WHERE kind = 'direct' ORDER BY quote_idx")
    assert rows == [("direct", "Aleksandr Lukashenko", c)
                    for c in ("stated", "assured", "said", "noted")]  # fmt: skip
    assert query(db, "SELECT count(*) FROM quotes WHERE kind = 'title'") == [(1,)]
    assert query(db, "SELECT count(*) FROM v_quotes WHERE kind = 'indirect' "
                     "AND speaker = 'Aleksandr Lukashenko'")[0][0] >= 4  # fmt: skip
    bad = query(
        db,
        """
        SELECT q.quote_idx FROM quotes q JOIN documents d USING (doc_id)
        WHERE substr(d.text, q.start_char + 1, q.end_char - q.start_char) <> q.text
           OR substr(d.text, q.cue_start + 1, q.cue_end - q.cue_start) <> q.cue
           OR substr(d.text, q.speaker_start + 1, q.speaker_end - q.speaker_start) <> q.speaker_text""",
    )
    assert bad == []


def test_surname_links_across_documents_only_when_unambiguous(tmp_path: Path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    db = tmp_path / "news.duckdb"
    (seeds / "a.txt").write_text(f"Visit\nAngela Merkel met the press in Berlin. {ENGLISH}\n")
    (seeds / "b.txt").write_text(f"Talks\nOn Tuesday Merkel said that the plan would work. {ENGLISH}\n")
    materialize(seeds, db)
    sql = ("SELECT entity_id, document_entity_id FROM v_mentions "
           "WHERE doc_id = 'b.txt' AND text = 'Merkel'")  # fmt: skip
    assert query(db, sql) == [("person:angela-merkel", "person:merkel")]
    names = [r[0] for r in query(db, "SELECT canonical_name FROM v_entities")]
    assert "Merkel" not in names and "Angela Merkel" in names
    (seeds / "c.txt").write_text(f"Other\nPaul Merkel opened a bakery in Bonn. {ENGLISH}\n")
    materialize(seeds, db)
    assert query(db, sql) == [("person:merkel", "person:merkel")]


def test_an_entity_in_several_documents_of_one_run(tmp_path: Path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for i in range(3):
        (seeds / f"{i}.txt").write_text(
            f"Story {i}\nAngela Merkel, the chancellor of Germany, spoke in Berlin ({i}). {ENGLISH}\n"
        )
    db = tmp_path / "news.duckdb"
    assert materialize(seeds, db).success
    assert query(db, "SELECT n_docs, country_code FROM v_entities "
                     "WHERE entity_id = 'person:angela-merkel'") == [(3, "DE")]  # fmt: skip


def test_seed_events_in_views(seeds_dir: Path, tmp_path: Path):
    db = tmp_path / "news.duckdb"
    materialize(seeds_dir, db)
    rows = query(db, "SELECT actor, target FROM v_events WHERE trigger = 'held negotiations' "
                     "ORDER BY target")  # fmt: skip
    assert rows == [("Aleksandr Lukashenko", t) for t in (
        "President of China", "President of Türkiye", "Prime Minister of Pakistan",
        "Secretary General of United Nations")]  # fmt: skip
    dyads = query(db, "SELECT actor_country, target_country, event_type FROM v_event_dyads")
    assert ("BY", "KZ", "CONSULT") in dyads
    assert ("BY", "RU", "CONSULT") in dyads and ("RU", "BY", "CONSULT") in dyads  # reciprocal
    talks = query(db, "SELECT actor, target FROM v_events WHERE trigger = 'discussed' ORDER BY actor")
    assert talks == [("Aleksandr Lukashenko", "Vladimir Putin"), ("Vladimir Putin", "Aleksandr Lukashenko")]


def test_rejects_check_warns_with_the_reasons(seeds_dir: Path, tmp_path: Path):
    import dagster as dg

    (seeds_dir / "empty.txt").write_text("")
    result = materialize(seeds_dir, tmp_path / "news.duckdb")
    assert result.success  # a warning does not fail the run
    check = next(e for e in result.get_asset_check_evaluations() if e.check_name == "rejects_reported")
    assert check.passed is False and check.severity == dg.AssetCheckSeverity.WARN
    assert check.metadata["by_reason"].value == {"empty": 1}


def test_example_queries_run_on_the_seed(seeds_dir: Path, tmp_path: Path):
    from benchmarks.throughput import QUERIES

    db = tmp_path / "news.duckdb"
    materialize(seeds_dir, db)
    results = {name: query(db, sql) for name, sql in QUERIES.items()}
    assert len(results) >= 8 and all(rows for rows in results.values()), results
    assert results["top_speakers"][0][:2] == ("Aleksandr Lukashenko", 8)
    assert {r[3] for r in results["quotes_of_a_person"]} >= {"stated", "assured"}
    assert ("BY", "KZ", "CONSULT") in {r[:3] for r in results["country_dyads"]}
    n_events = query(db, "SELECT count(*) FROM events")[0][0]
    assert len(results["events_with_evidence"]) == n_events  # one 'first' row each on the seed
