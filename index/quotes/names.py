"""People's names: titles and roles split off, variants recognised, loose matching.

Pure. "U.S. Ambassador Julianne Smith" is the person "Julianne Smith" with the role
"U.S. Ambassador"; "SECRETARY GENERAL STOLTENBERG" is "Stoltenberg", Secretary General;
"Joseph R. Biden, Jr." and "Joe Biden" are one person; a question's "Zelensky" finds
"Zelenskyy". Nothing here guesses a name that the text does not give.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from .gender import is_first_name, is_surname
from .lexicon import COUNTRIES, NICKNAMES, ROLE_HEADS, ROLE_NOUNS, ROLE_WORDS, TITLE_GENDER

_SUFFIX = re.compile(r",?\s+(?:Jr\.?|Sr\.?|II|III|IV)$")
_HONORIFIC = re.compile(r"^(?:Mr|Ms|Mrs|Dr|Sir|Madam|Mme)\.?\s+")
_INITIAL = re.compile(r"^[A-Z]\.$")
# Lower-case words inside surnames: "Eileen de Villa", "Ursula von der Leyen".
PARTICLES = frozenset("de du da di del della des van von der den ter la le bin ibn al el dos das"
                      .split())


def name_words(words: list[str]) -> bool:
    """Every word capitalised, or a particle before a capitalised word ("de Villa")."""
    return bool(words) and words[-1][:1].isupper() and all(
        w[:1].isupper() or (w in PARTICLES and k + 1 < len(words))
        for k, w in enumerate(words))


# Words that open a headline or a clause, never a name: "Why Obama's pick might fail"
# must not make a person called "Why Obama".
_NOT_NAME = re.compile(r"^(?:(?:Why|How|What|When|Where|Who|Whom|Whose|Which|The|And|But|As|If|"
                       r"While|Though|Although|Because|Since|After|Before|Unlike|Like|With|"
                       r"For|From|About|Than|Neither|Either|Both|Not|Even|Only|Also|Maybe|"
                       r"Perhaps|Still|Yet|So|Then|Now|Indeed|Instead|Meanwhile|However|"
                       r"Later|Earlier|Today|Yesterday|Thus|Yes|Oh|"
                       # an inverted cue heading a line: "Stated Olsen:", "Added Lee:"
                       r"Said|Says|Stated|Added|Wrote|Explained|Noted)\s+)+(?=[A-Z])")


def glued(text: str) -> bool:
    """ "BassettFlagShareLikeReplyPaige": a page's buttons glued to a name; no name has
    three capitals after its first letter ("McDonald", "Post-ABC" and "PeÃ±a" are fine)."""
    return any(sum("A" <= ch <= "Z" for ch in w[1:]) >= 3 and not w.isupper()
               for w in re.findall(r"[A-Za-z]+", text))


def clean_name(name: str) -> str:
    """Strip honorifics, suffixes and possessives: "Joseph R. Biden, Jr." → "Joseph R. Biden"."""
    name = re.sub(r"\s+", " ", name).strip(" ,.;:—–-")
    name = _NOT_NAME.sub("", name)
    name = re.sub(r"['’]s$", "", name)
    name = re.sub(r"^.*?['’]s\s+(?=[A-Z])", "", name)  # "Commentary’s Noah Rothman"
    name = _SUFFIX.sub("", name)
    name = _HONORIFIC.sub("", name)
    return name.strip()


@lru_cache(maxsize=1 << 16)
def parts(name: str) -> tuple[str, ...]:
    return tuple(p for p in clean_name(name).split() if not _INITIAL.match(p))


def surname(name: str) -> str:
    ps = parts(name)
    return ps[-1] if ps else ""


def first_name(name: str) -> str | None:
    ps = parts(name)
    return ps[0] if len(ps) > 1 else None


def _first_key(first: str) -> str:
    f = fold(first)
    return NICKNAMES.get(f, f)


def same_person(a: str, b: str) -> bool:
    """Same surname, and first names that agree where both are given; a family name of
    two words ("Peña Nieto", "Wasserman Schultz") is the person whose full name ends so."""
    if not surname(a) or fold(surname(a)) != fold(surname(b)):
        return False
    short, long = sorted((fold(clean_name(a)).split(), fold(clean_name(b)).split()), key=len)
    if 2 <= len(short) < len(long) and long[-len(short):] == short and (
            not is_first_name(short[0]) or short[0] in PARTICLES):  # "Van Rijn", "De Grasse"
        return True
    fa, fb = first_name(a), first_name(b)
    return fa is None or fb is None or _first_key(fa) == _first_key(fb)


def titlecase(label: str) -> str:
    """ "SECRETARY GENERAL STOLTENBERG" → "Secretary General Stoltenberg" (keeps U.S.)."""
    out = []
    for w in label.split():
        if re.fullmatch(r"(?:[A-Z]\.){2,}", w):
            out.append(w)
        elif w.lower() in ("of", "to", "the", "and", "for") and out:
            out.append(w.lower())
        else:
            out.append(w[:1] + w[1:].lower())
    return " ".join(out)


def split_role(text: str) -> tuple[str, str]:
    """(role, name) of "Aide to the President Yury Ushakov" → ("Aide to the President",
    "Yury Ushakov"); a words-only role gives an empty name ("The President")."""
    words = text.split()
    k = len(words)
    while k > 0:
        w = words[k - 1]
        lw = w.lower().strip(",")
        after_connector = k >= 2 and words[k - 2].lower() in ("of", "to", "the", "for")
        particle = w in PARTICLES and k < len(words) and k >= 2 and (
            words[k - 2][:1].isupper() or words[k - 2] in PARTICLES)
        # "Pete King", "Billie Jean King", "Gerald Cardinal": a role word after a first
        # name is a surname when people carry it
        surname = k == len(words) >= 2 and is_first_name(words[k - 2]) and is_surname(w, True)
        if (lw in ROLE_WORDS and not surname) or (not w[:1].isupper() and not particle) \
                or after_connector:
            break
        k -= 1
    return " ".join(words[:k]).strip(), clean_name(" ".join(words[k:]))


def gender_from_words(words: list[str]) -> str | None:
    for w in words:
        g = TITLE_GENDER.get(w.lower())
        if g:
            return g
    return None




def is_role(text: str) -> bool:
    """ "U.S. Ambassador", "Kremlin spokesman" are roles; "Volodymyr" or "Ukraine" is not."""
    return any(w in ROLE_HEADS or w in ROLE_NOUNS for w in re.findall(r"[a-z]+", text.lower()))


# Words that make a role another one: "the president" is not the vice-president, "the
# minister" is not the prime minister, "the general" is not the attorney general.
_OTHER_ROLE = frozenset("prime vice deputy assistant associate lieutenant attorney surgeon "
                        "solicitor inspector auditor secretary".split())


def role_class(role: str) -> set[str]:
    words = re.findall(r"[a-z]+", role.lower())
    low = " ".join(words)
    out = {f"{words[k - 1]} {ROLE_NOUNS[w]}" if k and words[k - 1] in _OTHER_ROLE
           else ROLE_NOUNS[w] for k, w in enumerate(words) if w in ROLE_NOUNS}
    if "head of state" in low or "head of government" in low:
        out.add("president")
    return out


def role_country(role: str) -> set[str]:
    low = role.lower().replace("united states", "us")
    return {COUNTRIES[w] for w in re.findall(r"[a-z.]+", low) if w in COUNTRIES}


def edit_distance(a: str, b: str, cap: int = 3) -> int:
    if abs(len(a) - len(b)) > cap:
        return cap + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > cap:  # every path is already over the cap
            return cap + 1
        prev = cur
    return prev[-1]


@lru_cache(maxsize=1 << 16)
def _normal(name: str) -> str:
    # Cached: a typed name is scored against every speaker and alias in the index.
    return fold(clean_name(name))


@lru_cache(maxsize=1024)
def _typed(query: str) -> str:
    """The name in what a user typed: "President Biden" → "Biden"."""
    _, name = split_role(query.strip())
    return name or query


def name_key(name: str) -> str:
    """The folded last word of a name, which every match in `name_score` compares."""
    words = _normal(name).split()
    return words[-1] if words else ""


def surname_close(query: str, key: str) -> bool:
    """Whether a name whose `name_key` is `key` can score above zero for `query`."""
    words = _normal(_typed(query)).split()
    if not words:
        return False
    tok = words[-1]
    if tok == key or (len(tok) >= 4 and len(key) >= 4
                      and (key.startswith(tok) or tok.startswith(key))):
        return True
    return len(tok) >= 5 and edit_distance(tok, key, 2) <= 2


def name_score(query: str, name: str) -> float:
    """How well a name typed by a user matches a speaker's name: 0 (no) to 1 (exact)."""
    query = _typed(query)
    q = _normal(query)
    n = _normal(name)
    if not q or not n:
        return 0.0
    if q == n:
        return 1.0
    q_parts, n_parts = q.split(), n.split()
    n_sur = n_parts[-1]
    if len(q_parts) == 1:
        tok = q_parts[0]
        if tok == n_sur:
            return 0.9
        if len(tok) >= 4 and len(n_sur) >= 4 and (n_sur.startswith(tok) or tok.startswith(n_sur)):
            return 0.8
        limit = 1 if len(tok) < 8 else 2
        if len(tok) >= 5 and edit_distance(tok, n_sur, limit) <= limit:
            return 0.75
        if len(n_parts) == 1 and tok in n_parts:
            return 0.7
        return 0.0
    if len(n_parts) == 1:
        # "Boris Johnson" against a speaker (or alias) known only as "Johnson": which
        # Johnson the articles quote is unknown, and unknown is not guessed.
        return 0.7 if q_parts[-1] == n_sur else 0.0
    if same_person(query, name):
        return 0.95
    q_sur = q_parts[-1]
    if (len(q_sur) >= 5 and edit_distance(q_sur, n_sur, 2) <= 2
            and _first_key(q_parts[0]) == _first_key(n_parts[0])):
        return 0.85
    return 0.0
