"""The pure core imports no heavy dependency (guide: one module per heavy dependency)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT

HEAVY = ("sentence_transformers", "torch", "faiss", "spacy", "telegram", "bm25s", "trafilatura")


@pytest.mark.parametrize("module", ["index.ingest.split", "index.qa.answer", "index.qa.render",
                                    "index.types", "index.ingest.clean", "index.qa.followup",
                                    "index.qa.intent", "index.quotes.names", "bot.render",
                                    "bot.chats", "bot.language"])
def test_pure_modules_import_nothing_heavy(module: str) -> None:
    code = (f"import sys, {module}; heavy = {HEAVY!r}; "
            "print(','.join(m for m in heavy if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == ""


def test_heavy_dependencies_each_have_one_home() -> None:
    owners = {"sentence_transformers": {"models.py"}, "faiss": {"vectors.py"},
              "spacy": {"nlp.py"}, "bm25s": {"keyword.py"}, "trafilatura": {"html_text.py"}}
    for dep, homes in owners.items():
        users = {p.name for p in (ROOT / "index").rglob("*.py")
                 if f"import {dep}" in p.read_text() or f"from {dep}" in p.read_text()}
        assert users <= homes, (dep, users)
    assert not any("import telegram" in p.read_text() or "from telegram" in p.read_text()
                   for p in (ROOT / "index").rglob("*.py"))
