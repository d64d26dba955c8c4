"""What kind of question this is: general, or one about who said what.

Pure. Recognises, in ordinary phrasings:
- who_said_what  "Who said what about NATO?", "What was said about sanctions?"
- speaker_quotes "What did Psaki say (about diplomacy)?", "What do Smith and Peskov say
                 about NATO?", "Quotes from Peskov", "Psaki's comments on the talks",
                 "What did the talks cover, according to Psaki?"
- who_said       "Who said it was too early to tell …?"
- who_is         "Who is Julianne Smith?"
- follow_up      "and Peskov?", "what about Smith?", "what else did she say?"
Anything else is general. Names stay as typed; index.qa.who matches them to speakers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from ..quotes.lexicon import question_verbs


class IntentKind(StrEnum):
    """What a question asks; the value is the JSON answer's `intent`."""

    GENERAL = "general"
    WHO_SAID_WHAT = "who_said_what"
    SPEAKER_QUOTES = "speaker_quotes"
    WHO_SAID = "who_said"
    WHO_IS = "who_is"
    FOLLOW_UP = "follow_up"
    SMALL_TALK = "small_talk"  # "hello", "thanks", "who are you?": not about the news


SPEECH_VERBS = question_verbs()
_ABOUT = r"(?:about|on|regarding|concerning|of|re)"
_PRONOUN_NAMES = {"he", "she", "him", "her", "they", "them"}


@dataclass(frozen=True, slots=True)
class Intent:
    kind: IntentKind
    names: tuple[str, ...] = ()
    topic: str | None = None
    content: str | None = None


def _clean(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"[?.!\s]+$", "", text)


def _topic(text: str | None) -> str | None:
    if not text:
        return None
    text = re.sub(r"^(?:the\s+(?:topic|issue|subject|question)\s+of\s+)", "", text.strip(),
                  flags=re.I)
    return text.strip(" ,;:\"“”'") or None


def _names(text: str) -> tuple[str, ...]:
    parts = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s+or\s+", text.strip())
    out = []
    for p in parts:
        p = re.sub(r"^(?:the\s+)?", "", p.strip(" \"“”'"), flags=re.I)
        p = re.sub(r"(?:'s|’s)$", "", p)
        if p:
            out.append(p)
    return tuple(out)


_PATTERN_TEXTS: list[tuple[IntentKind, str]] = [
    (IntentKind.FOLLOW_UP,
     r"^(?:and|what about|how about|and what about|what of)\s+"
     r"(?P<names>[^?]+?)(?:\s+" + _ABOUT + r"\s+(?P<topic>.+))?$"),
    (IntentKind.FOLLOW_UP,
     r"^what\s+else\s+(?:did|does|has|have)\s+(?P<names>.+?)\s+"
     r"(?:" + SPEECH_VERBS + r")(?:\s+" + _ABOUT + r"\s+(?P<topic>.+))?$"),
    (IntentKind.WHO_SAID_WHAT,
     r"^who\s+(?:said|says|has said|is saying|was saying)\s+what"
     r"(?:\s+(?:" + _ABOUT + r"|in|at|during)\s+(?P<topic>.+))?$"),
    (IntentKind.WHO_SAID_WHAT,
     r"^what\s+(?:was|is|has been|have people|did people|do people|"
     r"are people|did anyone|does anyone|did they|do they|"
     r"did officials|do officials|did leaders)\s+"
     r"(?:said|saying|say)\s+" + _ABOUT + r"\s+(?P<topic>.+)$"),
    (IntentKind.WHO_SAID_WHAT,
     r"^who\s+(?:talked|spoke|commented|talks|speaks|comments|"
     r"has talked|has spoken|has commented)\s+(?:about|on)\s+"
     r"(?P<topic>.+)$"),
    (IntentKind.WHO_SAID_WHAT,
     r"^(?:what\s+(?:are|were)\s+(?:the\s+)?)?(?:reactions?|quotes|"
     r"comments|statements)\s+(?:to|on|about|regarding)\s+"
     r"(?P<topic>.+)$"),
    (IntentKind.WHO_IS,
     r"^(?:who\s+is|who's|who\s+was|who\s+are)\s+(?P<names>.+)$"),
    (IntentKind.SPEAKER_QUOTES,
     r"^what\s+(?:did|does|has|have|do|had)\s+(?P<names>.+?)\s+"
     r"(?:" + SPEECH_VERBS + r")(?:\s+" + _ABOUT +
     r"\s+(?P<topic>.+))?$"),
    (IntentKind.SPEAKER_QUOTES,
     r"^what\s+(?:was|is|were|are)\s+(?P<names>.+?)(?:'s|’s)\s+"
     r"(?:position|view|views|stance|take|comments?|statements?|"
     r"message|remarks|words)(?:\s+" + _ABOUT +
     r"\s+(?P<topic>.+))?$"),
    (IntentKind.SPEAKER_QUOTES,
     r"^(?:quotes?|statements?|comments?|remarks)\s+(?:from|by)\s+"
     r"(?P<names>.+?)(?:\s+" + _ABOUT + r"\s+(?P<topic>.+))?$"),
    (IntentKind.SPEAKER_QUOTES,
     r"^(?P<names>[^ ]+(?: [^ ]+){0,3}?)(?:'s|’s)\s+(?:comments|"
     r"quotes|statements|remarks|words|views)(?:\s+" + _ABOUT +
     r"\s+(?P<topic>.+))?$"),
    # "What did the talks include, according to Psaki?": what Psaki said about it
    (IntentKind.SPEAKER_QUOTES,
     r"^(?P<topic>.+?),?\s+according\s+to\s+(?P<names>[^,]+)$"),
    (IntentKind.SPEAKER_QUOTES,
     r"^according\s+to\s+(?P<names>[^,]+),\s*(?P<topic>.+)$"),
    (IntentKind.WHO_SAID,
     r"^who\s+(?:" + SPEECH_VERBS + r"|described|called|insisted|"
     r"suggested|promised|threatened|predicted|emphasized|emphasised|"
     r"accused|urged|vowed|rejected|denied)\s+(?:that\s+)?"
     r"(?P<content>.+)$"),
]
_PATTERNS = [(kind, re.compile(text, re.I)) for kind, text in _PATTERN_TEXTS]


# Talk about the conversation itself, matched on the whole message only, so that
# "Thanks! And who said what about NATO?" is still a question.
SMALL_TALK: dict[str, re.Pattern[str]] = {k: re.compile(p, re.I) for k, p in {
    "greeting": r"(?:hi|hello|hey|hiya|howdy|greetings|good\s+(?:morning|afternoon|evening|"
                r"day))(?:\s+(?:there|bot|everyone|all))?",
    "thanks": r"(?:(?:ok(?:ay)?|great|cool|perfect|nice)[,!]?\s+)?(?:thanks|thank\s+you|thx|"
              r"cheers|ta)(?:\s+(?:a\s+lot|so\s+much|very\s+much))?(?:[,!.]?\s*"
              r"(?:that'?s\s+all|bye))?",
    "bye": r"(?:bye|goodbye|good\s+night|see\s+you|cya)(?:\s+(?:now|later))?",
    "who": r"(?:who|what)\s+(?:are|r)\s+(?:you|u)|who\s+(?:made|built|created|wrote)\s+you|"
           r"are\s+you\s+(?:a\s+)?(?:bot|robot|human|real|ai|person)",
    "how": r"how\s+(?:are\s+you|is\s+it\s+going|do\s+you\s+do)(?:\s+today)?|what'?s\s+up",
    "time": r"what\s+time\s+is\s+it|what'?s\s+the\s+time",
}.items()}


def small_talk(question: str) -> str | None:
    """Which kind of small talk the whole message is, if it is."""
    q = _clean(question).rstrip(",!")
    return next((k for k, p in SMALL_TALK.items() if p.fullmatch(q)), None)


def parse(question: str) -> Intent:
    q = _clean(question)
    if small_talk(q):
        return Intent(IntentKind.SMALL_TALK)
    for kind, pattern in _PATTERNS:
        m = pattern.match(q)
        if not m:
            continue
        groups = m.groupdict()
        names = _names(groups["names"]) if groups.get("names") else ()
        topic = _topic(groups.get("topic"))
        if kind == IntentKind.WHO_IS and (len(names) != 1 or not _looks_like_name(names[0])):
            continue  # "Who is the president of France?" is a general question
        if kind == IntentKind.SPEAKER_QUOTES and not all(_looks_like_name(n) or n.lower() in
                                              _PRONOUN_NAMES for n in names):
            continue  # "What did the report say?" is not about a person
        if kind == IntentKind.FOLLOW_UP and not all(
                _looks_like_name(n) or n.lower() in _PRONOUN_NAMES for n in names):
            continue
        if kind == IntentKind.WHO_SAID and _what_shaped(groups["content"]):
            continue  # "who said what in Geneva": who said what, not a quotation
        return Intent(kind, names, topic, groups.get("content"))
    return Intent(IntentKind.GENERAL)


def _what_shaped(content: str) -> bool:
    """ "what in Geneva", "what at the summit" ask who said what; "what Pelosi is doing is
    making the response" quotes words that begin with "what"."""
    words = content.lower().split()
    return bool(words) and words[0] == "what" and (len(words) < 5 or words[1] in (
        "about on in at during regarding concerning of re to for with after before since "
        "this that these those today yesterday").split())


def _looks_like_name(text: str) -> bool:
    """A name as people type it: one to four words, at least one capitalised or a known
    lower-cased surname (checked later against the speakers)."""
    words = text.split()
    if not 1 <= len(words) <= 4:
        return False
    if words[0].lower() in ("the", "a", "an", "this", "that", "it", "they", "you", "we", "i",
                            "there", "people", "officials", "anyone", "everyone"):
        return False
    return any(w[:1].isupper() for w in words) or len(words) <= 2
