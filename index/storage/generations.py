"""The index directory: immutable generations, published by one atomic rename.

    DIR/CURRENT          names the live generation ("g-000007")
    DIR/g-000007/        manifest.json, meta.sqlite, passages.faiss, bm25/
    DIR/.building-*/     a build in progress (removed if a build died)
    DIR/.lock            held by the one process allowed to build

A build writes a whole new generation beside the live one and then replaces CURRENT with
`os.replace`, so a crash or Ctrl-C at any moment leaves the previous generation loadable.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import IndexMismatch, IndexMissing

FORMAT = "whosaid-index/6"  # 5: speakers scoped per article; 6: syndicated copies, text signatures
MANIFEST = "manifest.json"


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def current(root: str | Path) -> Path | None:
    """The live generation directory, or None if nothing was ever published."""
    root = Path(root)
    try:
        name = (root / "CURRENT").read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    gen = root / name
    return gen if gen.is_dir() and (gen / MANIFEST).exists() else None


def require(root: str | Path) -> Path:
    gen = current(root)
    if gen is None:
        raise IndexMissing(str(root))
    return gen


def read_manifest(gen: Path) -> dict[str, Any]:
    try:
        manifest: dict[str, Any] = json.loads((gen / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise IndexMismatch(
            f"{gen / MANIFEST} is unreadable ({err}); "
            "rebuild with `python -m index build --rebuild`"
        ) from None
    if manifest.get("format") != FORMAT:
        raise IndexMismatch(
            f"The index at {gen.parent} has format {manifest.get('format')!r}; this version "
            f"reads {FORMAT!r}. Rebuild it: `python -m index build --rebuild`."
        )
    return manifest


def write_json(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=2, sort_keys=True)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


@contextmanager
def build_lock(root: str | Path) -> Iterator[None]:
    """One builder per index directory; readers never take it."""
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    with open(root / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def start(root: str | Path) -> Path:
    """A fresh scratch directory for a build (call under `build_lock`)."""
    root = Path(root)
    for stale in root.glob(".building-*"):
        shutil.rmtree(stale, ignore_errors=True)  # a build that died; we hold the lock
    return Path(tempfile.mkdtemp(prefix=".building-", dir=root))


def _number(gen: Path) -> int:
    try:
        return int(gen.name.split("-", 1)[1])
    except (IndexError, ValueError):
        return 0


def publish(root: str | Path, scratch: Path, keep: int = 2) -> Path:
    """Make `scratch` the live generation; older ones beyond `keep` are deleted."""
    root = Path(root)
    gens = sorted(root.glob("g-*"), key=_number)
    number = (_number(gens[-1]) + 1) if gens else 1
    final = root / f"g-{number:06d}"
    for f in scratch.rglob("*"):
        if f.is_file():
            with open(f, "rb") as fh:
                os.fsync(fh.fileno())
    os.replace(scratch, final)
    pointer = root / "CURRENT.tmp"
    pointer.write_text(final.name + "\n", encoding="utf-8")
    with open(pointer, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(pointer, root / "CURRENT")
    _fsync_dir(root)
    for old in sorted(root.glob("g-*"), key=_number)[: -max(1, keep)]:
        shutil.rmtree(old, ignore_errors=True)
    return final
