"""The words attribution runs on, in one place: speech and thought verbs with their
inflected forms, role and title words, organisation and institution words, generic
sources, pronouns, countries. Pure data plus the small functions that expand it.

Rules elsewhere read these sets; nothing else in `index` keeps its own word list of
speech verbs or roles (textacy keeps its word lists in one `constants` module likewise).
"""

from __future__ import annotations

import re

# --- speech and thought ------------------------------------------------------------------

SPEECH = frozenset("""
say tell add warn stress note emphasize emphasise insist argue claim announce confirm deny
urge describe explain assert acknowledge declare promise pledge vow threaten predict suggest
reiterate underline underscore state express welcome condemn reaffirm affirm tweet write
reply respond answer caution complain recall report concede admit highlight observe remark
comment accuse praise criticize criticise mention indicate signal voice demand call propose
ask estimate believe think hope expect fear agree brief point make inform
""".split())
THOUGHT = frozenset("believe think hope expect fear agree estimate".split())  # need a clause
OBJECT_CUES = frozenset("""
voice reiterate express reaffirm affirm welcome condemn underscore underline highlight
stress emphasize emphasise announce demand propose praise criticize criticise urge note
""".split())
PREP_CUES = {"call": "for", "insist": "on", "comment": "on", "warn": "of", "point": "out",
             "inform": "about"}

# Verbs whose final consonant doubles before -ed/-ing ("admitted", "quipped").
_DOUBLING = frozenset("admit commit regret quip refer prefer confer omit submit plan".split())
# Past forms English does not build by rule.
_IRREGULAR = {"say": ("said",), "tell": ("told",), "write": ("wrote", "written"),
              "think": ("thought",), "make": ("made",), "speak": ("spoke", "spoken"),
              "hear": ("heard",), "mean": ("meant",)}


def inflections(lemma: str) -> tuple[str, ...]:
    """The lemma and its -s, past and -ing forms: "deny" → deny, denies, denied, denying."""
    if lemma.endswith(("s", "x", "z", "ch", "sh")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if lemma in _DOUBLING:
        past, ing = lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"
    elif lemma.endswith("e"):
        past, ing = lemma + "d", (lemma + "ing" if lemma.endswith("ee") else lemma[:-1] + "ing")
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        past, ing = lemma[:-1] + "ied", lemma + "ing"
    else:
        past, ing = lemma + "ed", lemma + "ing"
    pasts = _IRREGULAR.get(lemma, (past,))
    return (lemma, third, *pasts, ing)


def _alternation(words: list[str]) -> str:
    return "|".join(sorted({re.escape(w) for w in words}, key=lambda w: (-len(w), w)))


# Multi-word cues the single-verb forms miss (the verb alone is too common to parse for).
_PHRASES = (r"call(?:s|ed|ing)?\s+(?:for|on)", r"ma(?:de|ke|kes|king)\s+clear",
            r"point(?:s|ed|ing)?\s+out", r"according\s+to")
_PHRASE_ONLY = frozenset({"call", "make", "point"})  # their bare forms alone are no cue
# Lemmas whose bare form is mostly a noun ("the United States", "a report"): not a cue.
_NOUN_FIRST = frozenset({"state", "report"})

CUE_WORDS = re.compile(
    r"\b(?:" + _alternation([f for lemma in SPEECH - _PHRASE_ONLY for f in inflections(lemma)
                             if not (lemma in _NOUN_FIRST and f in (lemma, lemma + "s"))])
    + "|" + "|".join(_PHRASES) + r")\b", re.IGNORECASE)
"""A sentence worth parsing for attribution contains one of these."""


def question_verbs() -> str:
    """Regex alternation of the verb forms people use when asking who said what."""
    asked = "say tell think claim argue announce warn mean state stress note comment write " \
            "tweet declare".split()
    return _alternation([f for lemma in asked for f in inflections(lemma)])


# --- people: roles, titles, names --------------------------------------------------------

ROLE_WORDS = frozenset("""
president vice prime minister ministers secretary general foreign deputy ambassador envoy
spokesman spokeswoman spokesperson chancellor federal aide adviser advisor press senior
official state defense defence national security chief staff head mr mr. ms ms. mrs mrs. dr
dr. king queen prince pope chairman chairwoman chair director leader mayor governor senator
representative sen sen. rep rep. gov gov. gen gen. lt lt. col col. adm adm. admiral
commander the of to for and u.s. u.s us uk u.k. un u.n. eu nato white house kremlin madam
first lady crown attorney justice speaker majority minority whip house senate congressman
congresswoman lawmaker sir lord baroness supreme allied high commissioner coordinator
special spokes representative interior affairs economy finance trade energy press
""".split())

TITLE_GENDER = {
    "mr": "m", "mr.": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m",
    "spokesman": "m", "chairman": "m", "congressman": "m",
    "ms": "f", "ms.": "f", "mrs": "f", "mrs.": "f", "madam": "f", "queen": "f",
    "princess": "f", "spokeswoman": "f", "chairwoman": "f", "congresswoman": "f",
    "baroness": "f", "lady": "f",
}

# Role nouns that can stand for a person already named ("the spokesman said").
ROLE_NOUNS = {
    "spokesman": "spokes", "spokeswoman": "spokes", "spokesperson": "spokes",
    "ambassador": "envoy", "envoy": "envoy", "diplomat": "envoy",
    "president": "president", "minister": "minister", "secretary": "secretary",
    "chancellor": "chancellor", "aide": "aide", "adviser": "aide", "advisor": "aide",
    "leader": "leader", "senator": "senator", "governor": "governor", "mayor": "mayor",
    "general": "general", "commander": "general", "negotiator": "negotiator",
}

NICKNAMES = {
    "joe": "joseph", "bill": "william", "bob": "robert", "jim": "james", "mike": "michael",
    "tony": "anthony", "dick": "richard", "tom": "thomas", "dan": "daniel", "alex":
    "alexander", "dmitri": "dmitry", "dmitriy": "dmitry", "yuri": "yury", "sergey": "sergei",
    "vlad": "vladimir", "ron": "ronald", "liz": "elizabeth", "kate": "katherine",
}

COUNTRIES = {
    "ukrainian": "ukraine", "ukraine": "ukraine", "russian": "russia", "russia": "russia",
    "american": "us", "u.s.": "us", "us": "us", "america": "us", "french": "france",
    "france": "france", "german": "germany", "germany": "germany", "finnish": "finland",
    "finland": "finland", "swedish": "sweden", "sweden": "sweden", "british": "uk",
    "uk": "uk", "britain": "uk", "chinese": "china", "china": "china", "nato": "nato",
    "kremlin": "russia", "polish": "poland", "poland": "poland",
}


ROLE_HEADS = frozenset("""
president minister secretary spokesman spokeswoman spokesperson ambassador envoy chancellor
aide adviser advisor general commander leader chief head director official senator governor
mayor representative chairman chairwoman chair negotiator diplomat lawmaker deputy press
king queen prince pope analyst professor expert correspondent reporter coordinator
commissioner member officer premier ruler monarch speaker judge justice attorney candidate
""".split())

ROLE_SUBJECT = re.compile(
    r"\b[Tt]he\s+(?:[A-Z][\w.]*\s+)*(?i:envoy|ambassador|spokes(?:man|woman|person)|"
    r"president|minister|secretary|chancellor|aide|adviser|advisor|diplomat|negotiator|"
    r"head of state)\b")
"""A role as the subject of a sentence ("the envoy …"), worth parsing for attribution."""

# --- mentions: pronouns, organisations, generic sources ---------------------------------

PRONOUNS = {"he": "m", "him": "m", "she": "f", "her": "f"}
ORG_PRONOUNS = {"it", "they"}
INSTITUTIONS = frozenset("""
military government ministry army administration embassy alliance council department office
kremlin pentagon house command forces navy agency commission committee parliament cabinet
presidency delegation spokesperson service services union bloc coalition
""".split())
GENERIC = frozenset("""
official officials analyst analysts expert experts observer observers diplomat diplomats
people source sources critic critics someone somebody witness witnesses resident residents
reporter reporters journalist journalists leader leaders
""".split())

ORG_WORDS = frozenset("""
alliance council ministry department party committee union organization organisation office
commission bank fund agency group company corporation inc ltd llc university institute
foundation association forces army navy federation republic states kingdom house senate
congress parliament government court times post news press club center centre network
service services authority board bureau administration embassy treaty nations command
""".split())
