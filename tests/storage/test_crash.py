"""A build killed mid-way (SIGKILL, or Ctrl-C) leaves the previous index loadable."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from index.build import build_paths
from index.config import Config
from index.engine import Engine
from index.storage import generations
from tests.conftest import ROOT, SEEDS
from tests.support.fakes import HashEmbedder

# A child process that builds with a slow fake embedder, so the kill lands mid-embedding.
# It answers Ctrl-C as a terminal would even when started by a runner that ignores SIGINT
# (a background job inherits that, and Python then installs no KeyboardInterrupt).
CHILD = textwrap.dedent("""
    import signal
    import sys
    signal.signal(signal.SIGINT, signal.default_int_handler)
    sys.path.insert(0, {root!r})
    from index.build import build_paths
    from index.config import parse_config
    from tests.support.fakes import HashEmbedder
    cfg = parse_config({{"index": {{"dir": {index!r}}}, "quotes": {{"enabled": False}}}})
    build_paths([{src!r}], {index!r}, cfg, lambda: HashEmbedder(delay=0.05), quiet=True)
""")


def _wait_for_scratch(index: Path, proc: subprocess.Popen, timeout: float = 30) -> None:  # type: ignore[type-arg]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        scratch = list(index.glob(".building-*"))
        if scratch and (scratch[0] / "meta.sqlite").exists():
            time.sleep(0.3)  # well inside embedding (hundreds of texts × 50 ms)
            return
        if proc.poll() is not None:
            raise AssertionError(f"the build ended before it could be killed: {proc.returncode}")
        time.sleep(0.02)
    raise AssertionError("the build never started")


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["SIGKILL", "Ctrl-C"])
def test_killed_build_keeps_previous_index(tmp_path: Path, config: Config, sig: int) -> None:
    fake = HashEmbedder()
    build_paths([SEEDS], config.index.dir, config, lambda: fake, quiet=True)
    index = Path(config.index.dir)
    before = generations.require(index)
    counts = Engine(index, config, fake).stats()["counts"]

    more = tmp_path / "more"
    more.mkdir()
    for n in range(40):
        (more / f"{n}.txt").write_text(f"Story {n} begins here. It goes on about talks {n}. "
                                       f"Officials said number {n} mattered.\n")
    code = CHILD.format(root=str(ROOT), index=str(index), src=str(more))
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT)
    _wait_for_scratch(index, proc)
    os.kill(proc.pid, sig)
    proc.wait(timeout=30)
    assert proc.returncode != 0

    assert generations.require(index) == before, "CURRENT still names the old generation"
    engine = Engine(index, config, fake)
    assert engine.stats()["counts"] == counts
    assert engine.ask("How many troops has Russia massed near Ukraine?") is not None

    # The next build cleans up the dead build's scratch directory and succeeds.
    report = build_paths([more], index, config, lambda: fake, quiet=True)
    assert report.counts["articles"] == counts["articles"] + 40
    assert not list(index.glob(".building-*"))
