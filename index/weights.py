"""Reading a fitted model's weights file (ranker.json, speaker_model.json,
substance.json): every way it can be unusable is one `WeightsUnusable` that names the
`make` target that refits it, so a damaged file is a one-line error, never a traceback."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

from .errors import WeightsUnusable

T = TypeVar("T")


def read_weights(path: Path, target: str, build: Callable[[dict[str, Any]], T],
                 fitted_for: Mapping[str, Sequence[str]]) -> T:
    """`build(data)` of the JSON at `path`, once each key of `fitted_for` lists exactly
    the features this code computes."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if any(tuple(data[k]) != tuple(v) for k, v in fitted_for.items()):
            raise WeightsUnusable(f"{path} was fitted for other features; run `{target}`")
        return build(data)
    except FileNotFoundError:
        raise WeightsUnusable(f"{path} is missing; reinstall whosaid or run `{target}`") \
            from None
    except (OSError, ValueError, KeyError, TypeError) as err:  # JSONDecodeError: ValueError
        raise WeightsUnusable(f"{path} is unreadable ({type(err).__name__}: {err}); "
                              f"run `{target}`") from None
