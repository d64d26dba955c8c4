"""`python -m bot` as a real process against the emulator: /start, reply, SIGTERM, exit 0."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.support.botapi import BotAPI

pytestmark = pytest.mark.model


async def test_python_m_bot_serves_and_stops_cleanly(seeds_index: Path) -> None:
    api = BotAPI(token="987654:SECRET-do-not-log")
    await api.start()
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": api.token,
           "TELEGRAM_API_BASE_URL": api.base_url, "TELEGRAM_API_FILE_URL": api.file_url,
           "NO_PROXY": "127.0.0.1,localhost", "HF_HUB_OFFLINE": "1"}
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "--index", str(seeds_index), cwd=ROOT, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    try:
        await api.wait_for("setMyCommands", timeout=120)
        await api.text(5, "/start")
        (reply,) = await api.wait_for("sendMessage", timeout=60)
        assert "news article" in reply["text"]
        proc.send_signal(signal.SIGTERM)
        output, _ = await asyncio.wait_for(proc.communicate(), timeout=60)
    finally:
        if proc.returncode is None:
            proc.kill()
        await api.stop()
    assert proc.returncode == 0, output.decode()
    log = output.decode()
    assert "serving 1 articles" in log
    assert api.token not in log and "SECRET" not in log, "the token never reaches the logs"


async def test_without_token_it_says_how_to_get_one(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "--index", str(tmp_path), cwd=ROOT, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    _, err = await asyncio.wait_for(proc.communicate(), timeout=60)
    assert proc.returncode == 1 and b"BotFather" in err
