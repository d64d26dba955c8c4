"""Words for keyword search: lower-cased, accents folded, stop words dropped, stemmed.

Numbers keep their digits whole ("14,000" and "14000" are the same token) so that a
question about a figure finds it. The Snowball stemmer (PyStemmer) is imported here only.
"""

from __future__ import annotations

import re
from functools import lru_cache

import Stemmer

from ..text import fold

STOP_WORDS = frozenset("""
a about above after again against all am an and any are aren't as at be because been before
being below between both but by can can't cannot could couldn't did didn't do does doesn't
doing don't down during each few for from further had hadn't has hasn't have haven't having
he he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm
i've if in into is isn't it it's its itself let's me more most mustn't my myself no nor not
of off on once only or other ought our ours ourselves out over own same shan't she she'd
she'll she's should shouldn't so some such than that that's the their theirs them themselves
then there there's these they they'd they'll they're they've this those through to too under
until up very was wasn't we we'd we'll we're we've were weren't what what's when when's
where where's which while who who's whom why why's with won't would wouldn't you you'd
you'll you're you've your yours yourself yourselves s t also will said says say did does
many much
""".split())

# Words of asking, not of the thing asked about: "Tell me about NATO" is about NATO.
QUESTION_WORDS = frozenset("""
tell know explain please anything something info information article articles mention
mentioned show give find
""".split())

# Irregular verb forms Snowball leaves apart: "spoke" must find "speak".
_IRREGULAR = {f: base for base, forms in (
    ("speak", "spoke spoken"), ("tell", "told"), ("say", "said"), ("meet", "met"),
    ("take", "took taken"), ("go", "went gone"), ("come", "came"), ("make", "made"),
    ("give", "gave given"), ("hold", "held"), ("lead", "led"), ("leave", "left"),
    ("send", "sent"), ("bring", "brought"), ("think", "thought"), ("buy", "bought"),
    ("fight", "fought"), ("seek", "sought"), ("teach", "taught"), ("catch", "caught"),
    ("win", "won"), ("lose", "lost"), ("write", "wrote written"), ("drive", "drove driven"),
    ("rise", "rose risen"), ("fall", "fell fallen"), ("begin", "began begun"),
    ("break", "broke broken"), ("choose", "chose chosen"), ("draw", "drew drawn"),
    ("fly", "flew flown"), ("grow", "grew grown"), ("know", "knew known"),
    ("see", "saw seen"), ("show", "shown"), ("sing", "sang sung"), ("sit", "sat"),
    ("stand", "stood"), ("steal", "stole stolen"), ("strike", "struck"),
    ("swear", "swore sworn"), ("throw", "threw thrown"), ("wear", "wore worn"),
    ("freeze", "froze frozen"), ("shake", "shook shaken"), ("forget", "forgot forgotten"),
    ("get", "got gotten"), ("find", "found"), ("feel", "felt"), ("keep", "kept"),
    ("build", "built"), ("spend", "spent"), ("pay", "paid"), ("lay", "laid"),
    ("sell", "sold"), ("hear", "heard"), ("mean", "meant"), ("run", "ran"),
    ("flee", "fled"), ("shoot", "shot"), ("hide", "hid hidden"), ("bear", "bore borne"),
    ("tear", "tore torn"), ("wake", "woke woken"), ("undertake", "undertook undertaken"),
    ("withdraw", "withdrew withdrawn"), ("overthrow", "overthrew overthrown"),
    ("understand", "understood"), ("forbid", "forbade forbidden"), ("arise", "arose arisen"),
) for f in forms.split()}

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)*")
_stemmer = Stemmer.Stemmer("english")


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    return str(_stemmer.stemWord(_IRREGULAR.get(word, word)))


def words(text: str) -> list[str]:
    """Folded surface words, stop words included (for phrase matching)."""
    out = []
    for raw in _TOKEN.findall(fold(text)):
        if raw[0].isdigit():
            out.append(raw.replace(",", "").rstrip("."))
        else:
            w = raw.replace("’", "'")
            if w.endswith("'s"):
                w = w[:-2]
            out.append(w)
    return out


def tokens(text: str) -> list[str]:
    """Stemmed content words, the unit of BM25 and of term-overlap features."""
    return [w if w[0].isdigit() else _stem(w) for w in words(text) if w not in STOP_WORDS]


def query_tokens(text: str) -> list[str]:
    """`tokens` of a question, without the words of asking."""
    return [w if w[0].isdigit() else _stem(w) for w in words(text)
            if w not in STOP_WORDS and w not in QUESTION_WORDS]


def stems(ws: list[str]) -> list[str]:
    """Stem already-split words, keeping stop words (for bigram matching)."""
    return [w if w[0].isdigit() else _stem(w) for w in ws]


def encode(text: str) -> str:
    """A sentence's stems as one string, stop words marked with "~": stored at build time
    so queries and keyword-index rebuilds never tokenise text again."""
    raw = words(text)
    return " ".join(("~" + s) if w in STOP_WORDS else s for s, w in zip(stems(raw), raw,
                                                                          strict=True))


def content(code: str) -> list[str]:
    """The content stems of an encoded sentence, in order (the BM25 tokens)."""
    return [t for t in code.split() if t[0] != "~"]


_NAME = re.compile(r"(?<=\s)[A-Z][\w’'.-]*")


def names(question: str) -> list[tuple[str, str]]:
    """(word, stem) of the capitalised words after a question's first word ("Argentina"
    in "What is the inflation rate in Argentina?"): what the question is about by name."""
    out = []
    for m in _NAME.finditer(" " + question.strip()):
        if m.start() == 1:
            continue  # the question's first word is capitalised anyway
        for w in words(m.group()):
            if w not in STOP_WORDS and w not in QUESTION_WORDS and not w[0].isdigit():
                out.append((m.group().strip(".,;:!?’'"), _stem(w)))
    return out
