"""`python -m index …`: build, ask, remove, stats, quotes, speakers, chat, watch, feeds.

The command names, flags and JSON shapes here are a contract other tools rely on.
Errors print one line written for people (what happened, what to run) and exit 1;
usage errors exit 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from .config import Config, load_config
from .errors import WhosaidError


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m index",
                                description="whosaid: cited answers from news articles")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--index", metavar="DIR", help="index directory (default: from config)")
    common.add_argument("--config", metavar="FILE", help="config file (default: config.toml)")
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", parents=[common], help="index articles (incrementally)")
    b.add_argument("paths", nargs="*", metavar="PATH",
                   help="files or directories (default: seeds/)")
    b.add_argument("--rebuild", action="store_true",
                   help="re-embed every article already in the index, then add PATHs")
    b.add_argument("--no-quotes", action="store_true", help="skip quote extraction")
    b.add_argument("--quiet", action="store_true", help="no progress bar")

    a = sub.add_parser("ask", parents=[common], help="answer a question with cited sentences")
    a.add_argument("question", nargs="?", help="the question")
    a.add_argument("--json", action="store_true", help="print the answer as JSON")
    a.add_argument("--batch", metavar="FILE.jsonl",
                   help='questions as JSON lines {"id", "question"}; answers as JSON lines')

    r = sub.add_parser("remove", parents=[common], help="delete an article from the index")
    r.add_argument("article_id", nargs="+", metavar="ARTICLE_ID")

    sub.add_parser("stats", parents=[common], help="what the index holds")

    q = sub.add_parser("quotes", parents=[common], help="quotes and speakers of one article")
    q.add_argument("file", nargs="?", default="-", metavar="FILE|-")
    q.add_argument("--json", action="store_true", help="JSON lines (the default)")
    q.add_argument("--text", action="store_true", help="human-readable lines instead")

    sub.add_parser("speakers", parents=[common], help="speakers with quote counts and roles")

    sub.add_parser("chat", parents=[common], help="terminal chat over the index")

    w = sub.add_parser("watch", parents=[common], help="poll the configured news feeds into "
                                                         "the index")
    w.add_argument("--once", action="store_true",
                   help="poll every feed once, index what is new, print a summary, exit")

    sub.add_parser("feeds", parents=[common], help="each feed's status as JSON lines")
    return p


def _config(args: argparse.Namespace) -> Config:
    return load_config(args.config)


def _index_dir(args: argparse.Namespace, config: Config) -> str:
    return str(args.index or config.index.dir)


def cmd_build(args: argparse.Namespace) -> int:
    from .build import build_paths, configured_stages
    from .search.vectors import use_all_cores

    config = _config(args)
    paths = args.paths or ([] if args.rebuild else [config.index.seeds])
    stages = configured_stages(config, quotes=not args.no_quotes)
    use_all_cores()  # a build process: FAISS may take every core
    report = build_paths(paths, _index_dir(args, config), config, stages.embedder,
                         rebuild=args.rebuild, quotes=stages.quotes, quiet=args.quiet)
    for problem in report.problems:
        print(f"skipped {problem}", file=sys.stderr)
    print(report.summary())
    return 0


def _engine(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from .engine import Engine

    config = _config(args)
    return Engine(_index_dir(args, config), config)


def cmd_ask(args: argparse.Namespace) -> int:
    from .qa.render import to_json, to_text

    if bool(args.batch) == bool(args.question):
        print("ask needs a QUESTION or --batch FILE.jsonl (not both)", file=sys.stderr)
        return 2
    engine = _engine(args)
    if args.question:
        answer = engine.ask(args.question)
        if args.json:
            print(json.dumps(to_json(answer), ensure_ascii=False))
        else:
            print(to_text(answer))
        return 0
    stream = sys.stdin if args.batch == "-" else open(args.batch, encoding="utf-8")  # noqa: SIM115
    with stream:
        for n, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                ident, question = item.get("id"), item["question"]
                if not isinstance(question, str):
                    raise TypeError("question must be a string")
            except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as err:
                print(f"{args.batch}:{n}: skipped ({err})", file=sys.stderr)
                continue
            print(json.dumps(to_json(engine.ask(question), ident), ensure_ascii=False),
                  flush=True)
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    from .build import apply, configured_stages
    from .storage import generations
    from .storage.store import Store

    config = _config(args)
    index_dir = _index_dir(args, config)
    gen = generations.require(index_dir)
    store = Store(gen / "meta.sqlite")
    known = store.article_ids()
    store.close()
    missing = [a for a in args.article_id if a not in known]
    if missing:
        print(f"no article {', '.join(missing)} in {index_dir}; "
              "`python -m index stats` lists what is there", file=sys.stderr)
        return 1
    report = apply(index_dir, config, configured_stages(config, quotes=False).embedder,
                   remove=args.article_id, quiet=True)
    print(f"Removed {', '.join(report.removed)}. " + report.summary())
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from .engine import Engine

    config = _config(args)
    stats = Engine(_index_dir(args, config), config).stats()
    print(json.dumps(stats, indent=2, ensure_ascii=False))
    return 0


def cmd_quotes(args: argparse.Namespace) -> int:
    from .ingest.load import load_file, make_article, normalise, split_front_matter
    from .quotes.stage import extract_quotes
    from .types import Article

    config = _config(args)
    articles: list[Article] = []
    if args.file == "-":
        meta, body = split_front_matter(normalise(sys.stdin.read()))
        articles.append(make_article(meta, body, where="stdin", path=None,
                                     default_title="stdin"))
    else:
        for got in load_file(Path(args.file)):
            if isinstance(got, WhosaidError):
                raise got
            articles.append(got)
    for article, quotes in zip(articles, extract_quotes(articles, config.quotes), strict=True):
        for q in quotes:
            text = article.text[q.start:q.end]
            if args.text:
                who = q.speaker or "(unknown)"
                if q.speaker_kind == "description":
                    who = f"({q.speaker})"  # described, not named
                print(f"{q.start}-{q.end} {q.kind:12} {who}: {text}")
                continue
            print(json.dumps({"text": text, "start": q.start, "end": q.end, "kind": q.kind,
                              "cue": q.cue, "speaker": q.speaker,
                              "speaker_start": q.speaker_start, "speaker_end": q.speaker_end,
                              "speaker_kind": q.speaker_kind if q.speaker else None},
                             ensure_ascii=False))
    return 0


def cmd_speakers(args: argparse.Namespace) -> int:
    engine = _engine(args)
    for sp in engine.speakers():
        roles = "; ".join(dict.fromkeys(r for r, _ in sp.roles))
        kind = "" if sp.kind == "person" else f" ({sp.kind})"
        print(f"{sp.quotes:4}  {sp.name}{kind}" + (f" — {roles}" if roles else ""))
    return 0


def cmd_chat(args: argparse.Namespace) -> int:
    from .qa.chat import run_chat

    return run_chat(_engine(args))


def cmd_watch(args: argparse.Namespace) -> int:
    from .news.service import run_watch

    config = _config(args)
    return run_watch(config, _index_dir(args, config), once=args.once)


def cmd_feeds(args: argparse.Namespace) -> int:
    from .storage.state import State

    config = _config(args)
    state = State(_index_dir(args, config))
    known = {f.url: f for f in state.feeds()}
    urls = list(dict.fromkeys([*(f.url for f in config.feeds), *known]))
    for url in urls:
        f = known.get(url)
        print(json.dumps({"url": url, "last_success": f.last_success if f else None,
                          "last_error": f.last_error if f else None,
                          "articles": f.articles if f else 0}, ensure_ascii=False))
    state.close()
    return 0


COMMANDS = {
    "build": cmd_build, "ask": cmd_ask, "remove": cmd_remove, "stats": cmd_stats,
    "quotes": cmd_quotes, "speakers": cmd_speakers, "chat": cmd_chat,
    "watch": cmd_watch, "feeds": cmd_feeds,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except WhosaidError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted; the index is as it was before this command", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
