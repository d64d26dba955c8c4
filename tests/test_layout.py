"""The package layout holds: subpackages import only layers below them, no module imports
itself back through others, every module imports, modules stay small, and the pure core
imports no heavy dependency (guide: one module per heavy dependency)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

# The architecture, bottom up: a unit may import its own modules and lower layers only.
KERNEL = {"index", "index.config", "index.errors", "index.types", "index.progress",
          "index.text", "index.weights"}  # one unit: its modules import each other and nothing else
LAYERS: dict[str, int] = {
    "kernel": 0,
    "index.ingest": 1, "index.embedding": 1, "index.storage": 1,
    "index.quotes": 2, "index.search": 2,
    "index.qa": 3,
    "index.engine": 4, "index.build": 4,
    "index.cli": 5, "index.__main__": 5, "index.news": 5,
    "index.evaluation": 6, "bot": 6,  # both measure or serve everything below; neither the other
}
SAME_LAYER_OK = {("index.engine", "index.build"),  # the engine's admin writes go through build
                 ("index.__main__", "index.cli"), ("index.cli", "index.news")}


def _modules() -> dict[str, Path]:
    out = {}
    for top in ("index", "bot"):
        for path in sorted((ROOT / top).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            out[".".join(parts)] = path
    return out


def _unit(module: str) -> str:
    if module in KERNEL:
        return "kernel"
    for size in (2, 1):
        name = ".".join(module.split(".")[:size])
        if name in LAYERS:
            return name
    raise AssertionError(f"{module} belongs to no layer: add it to LAYERS")


def _imports(module: str, path: Path, top_level_only: bool) -> set[str]:
    """Modules of index/bot that `module` imports (relative imports resolved)."""
    tree = ast.parse(path.read_text())
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    found: set[str] = set()
    known = _modules()
    for node in nodes:
        if isinstance(node, ast.ImportFrom):
            base = package[:len(package) - node.level + 1] if node.level else []
            target = ".".join([*base, *(node.module.split(".") if node.module else [])])
            for alias in node.names:
                candidate = f"{target}.{alias.name}"
                found.add(candidate if candidate in known else target)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return {m for m in found if m.split(".")[0] in ("index", "bot") and m in known}


def test_every_unit_imports_only_layers_below_it() -> None:
    wrong = []
    for module, path in _modules().items():
        me = _unit(module)
        for imported in _imports(module, path, top_level_only=False):
            them = _unit(imported)
            if them == me or LAYERS[them] < LAYERS[me] or (me, them) in SAME_LAYER_OK:
                continue
            wrong.append(f"{module} imports {imported}")
    assert not wrong, wrong


def test_no_import_cycles() -> None:
    graph = {m: _imports(m, p, top_level_only=True) for m, p in _modules().items()}
    state: dict[str, int] = {}  # 1 on the current path, 2 done

    def visit(m: str, path: list[str]) -> None:
        state[m] = 1
        for n in graph.get(m, ()):
            if state.get(n) == 1:
                raise AssertionError("import cycle: " + " → ".join([*path, m, n]))
            if n not in state:
                visit(n, [*path, m])
        state[m] = 2

    for m in graph:
        if m not in state:
            visit(m, [])


def test_every_module_imports_in_a_fresh_interpreter() -> None:
    # The peer runs in its own venv with txtai; it imports txtai only inside main().
    modules = sorted(m for m in _modules() if not m.endswith("__main__"))
    code = "import importlib, sys\nfor m in sys.argv[1:]:\n    importlib.import_module(m)\n"
    out = subprocess.run([sys.executable, "-c", code, *modules], cwd=ROOT,
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]


def test_modules_stay_small() -> None:
    big = {m: n for m, p in _modules().items() if (n := len(p.read_text().splitlines())) > 320}
    assert not big, big

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
    owners = {"sentence_transformers": {"torch_backend.py"}, "faiss": {"vectors.py"},
              "spacy": {"nlp.py"}, "bm25s": {"keyword.py"}, "trafilatura": {"html_text.py"}}
    for dep, homes in owners.items():
        users = {p.name for p in (ROOT / "index").rglob("*.py")
                 if f"import {dep}" in p.read_text() or f"from {dep}" in p.read_text()}
        assert users <= homes, (dep, users)
    assert not any("import telegram" in p.read_text() or "from telegram" in p.read_text()
                   for p in (ROOT / "index").rglob("*.py"))
