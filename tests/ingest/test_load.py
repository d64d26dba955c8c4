"""Loading every supported format, and every kind of bad file, reported by name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.ingest.load import article_id, load_paths, split_front_matter
from tests.conftest import SEEDS


def write(p: Path, data: str | bytes) -> Path:
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        p.write_bytes(data)
    else:
        p.write_text(data, encoding="utf-8")
    return p


def test_seed_has_front_matter() -> None:
    (art,) = load_paths([SEEDS]).articles
    assert art.title and art.date == "2022-01-11" and art.source == "AP"
    assert art.text.startswith("MOSCOW — Moscow and Washington")
    assert art.id == article_id(art.text)


def test_front_matter_json_quoted_values() -> None:
    meta, body = split_front_matter('---\ntitle: "A: B"\nurl: https://x.org/a\n---\n\nBody.\n')
    assert meta == {"title": "A: B", "url": "https://x.org/a"}
    assert body == "Body.\n"


def test_text_markdown_and_given_id(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "---\nid: my-id\ntitle: T\n---\nHello there. Bye.\n")
    write(tmp_path / "b.md", "# Heading\n\nSome words here.\n")
    loaded = load_paths([tmp_path])
    assert not loaded.problems
    ids = {a.id for a in loaded.articles}
    assert "my-id" in ids and len(ids) == 2


def test_same_text_same_id_anywhere(tmp_path: Path) -> None:
    write(tmp_path / "x" / "a.txt", "Same story.\n")
    write(tmp_path / "y" / "b.txt", "Same story.\n")
    a, b = load_paths([tmp_path]).articles
    assert a.id == b.id


def test_crlf_and_bom_are_normalised(tmp_path: Path) -> None:
    write(tmp_path / "w.txt", "\ufeffLine one.\r\n\r\nLine two.\r\n".encode())
    (art,) = load_paths([tmp_path / "w.txt"]).articles
    assert art.text == "Line one.\n\nLine two.\n"


def test_html_main_text_extracted(tmp_path: Path) -> None:
    html = """<html><head><title>Peskov speaks</title>
    <meta property="og:site_name" content="Example News"></head><body>
    <nav><a href="/">Home</a> | <a href="/world">World</a></nav>
    <article><h1>Peskov speaks</h1>
    <p>Kremlin spokesman Dmitry Peskov described the Geneva talks as open and direct, and
    said Moscow wants quick results from the negotiations with Washington this week.</p>
    <p>He told reporters there was no significant reason for optimism after the meeting in
    Geneva, where the delegations spent more than seven hours discussing security.</p>
    </article><footer>Copyright 2022 Example News. All rights reserved.</footer></body></html>"""
    write(tmp_path / "p.html", html)
    loaded = load_paths([tmp_path / "p.html"])
    assert not loaded.problems
    (art,) = loaded.articles
    assert "Dmitry Peskov described the Geneva talks" in art.text
    assert "Home" not in art.text and "Copyright" not in art.text
    assert art.title == "Peskov speaks"


def test_jsonl_articles_and_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "title": "One", "date": "2022-01-01", "source": "X",
                    "url": "https://x.org/1", "text": "First article. It has words."}),
        "{not json",
        json.dumps({"id": "a2", "title": "No text"}),
        json.dumps({"title": "Two", "text": "Second article text."}),
        json.dumps({"id": "a3", "text": "   "}),
    ]
    write(tmp_path / "batch.jsonl", "\n".join(lines) + "\n")
    loaded = load_paths([tmp_path / "batch.jsonl"])
    assert [a.title for a in loaded.articles] == ["One", "Two"]
    assert loaded.articles[0].url == "https://x.org/1"
    where = sorted(p.where for p in loaded.problems)
    assert where == [f"{tmp_path}/batch.jsonl:2", f"{tmp_path}/batch.jsonl:3",
                     f"{tmp_path}/batch.jsonl:5"]
    assert "malformed JSON" in str(loaded.problems[0])


@pytest.mark.parametrize("name, data, why", [
    ("bin.txt", b"\x00\x01\x02PNG\x00" * 50, "binary"),
    ("latin.txt", "Caf\xe9 au lait, said Mr. Dupont.".encode("latin-1"), "not UTF-8"),
    ("empty.txt", b"", "empty"),
    ("blank.md", b"   \n\n  \n", "empty"),
    ("only-front.txt", b"---\ntitle: X\n---\n", "empty"),
    ("empty.jsonl", b"", "empty"),
    ("broken.html", b"<html><body><script>x()</script></body></html>", "no article text"),
])
def test_bad_files_are_reported_and_the_rest_loads(tmp_path: Path, name: str, data: bytes,
                                                   why: str) -> None:
    write(tmp_path / name, data)
    write(tmp_path / "good.txt", "A good article. It loads.\n")
    loaded = load_paths([tmp_path])
    assert [a.title for a in loaded.articles] == ["good"]
    (problem,) = loaded.problems
    assert name in problem.where and why in problem.why


def test_missing_path_and_unsupported_type(tmp_path: Path) -> None:
    write(tmp_path / "x.pdf", b"%PDF-1.4")
    loaded = load_paths([tmp_path / "nope.txt", tmp_path / "x.pdf"])
    assert not loaded.articles
    assert "no such file" in loaded.problems[0].why
    assert "unsupported file type .pdf" in loaded.problems[1].why


def test_directory_skips_readme_and_hidden(tmp_path: Path) -> None:
    write(tmp_path / "README.md", "About this folder.\n")
    write(tmp_path / ".hidden.txt", "Secret.\n")
    write(tmp_path / "story.txt", "The story.\n")
    assert [a.title for a in load_paths([tmp_path]).articles] == ["story"]


@pytest.mark.parametrize("first, title", [
    ("Port strike enters second week", "Port strike enters second week"),
    ("# Union rejects the latest offer", "Union rejects the latest offer"),
    ("Is the alliance ready?", "Is the alliance ready?"),
    ("'We're staying': Residents vow to rebuild", "'We're staying': Residents vow to rebuild"),
    ("VANCOUVER", "story"),  # a dateline on its own line
    ("By Jane Smith", "story"),  # a byline
    ("Dec. 7, 2026", "story"),
    ("“We will not back down,” the union said", "story"),  # a quotation lacking its stop
    ("Talks broke off on Monday.", "story"),  # the story's first sentence
])
def test_plain_text_headline_titles_the_article(tmp_path: Path, first: str, title: str) -> None:
    body = f"{first}\n\nTalks between the employers and the union broke off again.\n"
    (art,) = load_paths([write(tmp_path / "story.txt", body)]).articles
    assert art.title == title
    assert art.text == body  # the headline stays in the text: no offset moves
