"""How far a speaker's noun phrase reaches, as token ranges: its modifiers, the phrase
without clauses or appositions, its appositions, a name by its shape ("Volodymyr
Zelenskyy", "Bruce Turry" inside "Lehigh, Bruce Turry"), a body's name that runs on
through "of" ("the Bank of Canada") and how it is written ("Doug Ford's office"), a title
before a name the model took for a body ("Const. Jenifferjit Sidhu"). Pure: reads
`nlp.Parsed` records."""

from __future__ import annotations

import re

from ..ingest.split import TITLES
from ..text import fold
from .gender import PERSON_NOUNS, is_first_name, noun_shaped
from .lexicon import COUNTRIES, INSTITUTIONS, ORG_WORDS, PARTY_WORDS, ROLE_NOUNS, ROLE_WORDS
from .names import PARTICLES, split_role
from .nlp import Parsed, Tok
from .places import CAPITALS, is_region

# First words of two-word places ("New Brunswick", "Fort McMurray", "British Columbia")
_PLACE_LEAD = frozenset("""new north south east west northern southern eastern western central
northwest northeast southwest southeast rhode british nova prince san santa los las el fort
port saint st mount lake cape upper lower greater""".split())


def left_modifiers(p: Parsed, head: int) -> int:
    """Leftmost token of the noun phrase built by compounds/modifiers before `head`."""
    left = head
    changed = True
    while changed:
        changed = False
        for t in p.toks:
            if t.head in range(left, head + 1) and t.i < left and t.dep in (
                    "compound", "amod", "nmod", "nummod", "poss", "det", "punct", "case",
                    "prep", "pobj", "cc", "conj", "npadvmod", "quantmod", "advmod"):
                if t.dep in ("punct",) and t.text not in (".", "-"):
                    continue
                left = t.i
                changed = True
    return left


def phrase(p: Parsed, head: int, keep_right: bool) -> tuple[int, int]:
    """Token range [a, b] of the speaker phrase, without relative clauses or appositions."""
    a = left_modifiers(p, head)
    b = head
    if keep_right:
        for t in p.toks:
            if t.head == head and t.i > head and t.dep in ("prep", "cc", "conj"):
                sub = p.subtree(t.i)
                if t.dep == "prep" and len(sub) > 6:
                    continue
                if sub == [t.i]:  # its noun made a rival subject (`rival_subjects`)
                    sub = next((p.subtree(g.i) for g in p.toks if g.i > t.i and g.dep in (
                        "nsubj", "nsubjpass") and g.head == p.toks[head].head != head and
                        min(p.subtree(g.i)) == t.i + 1 and len(p.subtree(g.i)) <= 6), sub)
                b = max(b, sub[-1])
    single = p.toks[a].text.lower() in ("a", "an") and p.toks[head].tag in ("NNS", "NNPS")
    while a < head and p.toks[a].dep in ("det", "punct", "cc", "advmod"):
        a += 1
    if single and a < head - 1 and p.toks[a].tag == "NN":
        a += 1  # ", a move housing advocates say will …": "a move" sums up, they speak
    while b > head and p.toks[b].pos == "PUNCT":
        b -= 1
    return a, b


def name_shaped(p: Parsed, start: int, end: int) -> bool:
    """Two or three Titlecase words with nothing institutional in them: the small English
    model often labels unfamiliar names ("Volodymyr Zelenskyy") as organisations."""
    inner = [t for t in p.toks[start + 1:end - 1] if t.text in PARTICLES]  # "Jan de Vries"
    # "Jean-François Tremblay": a hyphen written tight joins two tokens into one word
    joined = [t for t in p.toks[start + 1:end - 1] if p.tight_hyphen(t.i)]
    glued = {p.toks[t.i + 1].i for t in joined}
    toks = [t for t in p.toks[start:end] if t not in inner and t not in joined]
    # (its second half may be a country: "Marie-France"); a role word inside is no name's
    # ("Sienna Senior Living" is a firm)
    # (nor a plural the tagger calls a body, with no first name: "The Toronto Raptors")
    return 2 <= len([t for t in toks if t.i not in glued]) <= 3 and all(
        (_name_like(t) or (t.i in glued and t.text.istitle())) and t.ent not in ("GPE", "NORP")
        for t in toks) and not any(t.text.lower() in ROLE_WORDS for t in toks[1:-1]) and not (
        toks[-1].tag == "NNPS" and toks[0].ent == "ORG" and not is_first_name(toks[0].text))


def _name_like(t: Tok) -> bool:
    """A Titlecase word of letters (hyphens and apostrophes aside) that names no
    institution or country."""
    return t.text[:1].isupper() and not t.text.isupper() and fold(t.text).replace(
        "-", "").replace("’", "").replace("'", "").isalpha() and \
        t.text.lower() not in ORG_WORDS and t.text.lower() not in COUNTRIES


def appositions(p: Parsed, head: int) -> list[Tok]:
    """Appositions of the phrase headed by `head`, also those the parser hung on the noun
    of its prepositional phrase ("his best friend at Lehigh, Bruce Turry")."""
    objs = [o.i for c in p.children(head) if c.dep == "prep" for o in p.children(c.i)
            if o.dep == "pobj"]
    # "A spokesperson for Joly, Jean-Sébastien Comeau, said": the parser made the name
    # the noun of the phrase and its owner a modifier of it
    merged = [p.toks[o] for o in objs if _merged_apposition(p, o)]
    # ("a spokesperson for the landlord, Greenpark Living": a noun for a person takes a
    # name of its own)
    objs = [o for o in objs if p.toks[o].lemma not in PERSON_NOUNS]
    # ("Fanshawe College, in London, Ont.,": the province places the town, names no one)
    return [c for h in (head, *objs) for c in p.children(h) if c.dep == "appos" and not (
        h != head and _region_after_town(p, h, c))] + merged


def _region_after_town(p: Parsed, town: int, c: Tok) -> bool:
    """A state or province set beside a town: abbreviated ("Ont.", "Okla."), or written out
    after a place the tagger knows (a surname "Washington" after a firm is a name)."""
    stop = "." in c.text or (c.i + 1 < len(p.toks) and p.toks[c.i + 1].text == "."
                             and p.toks[c.i + 1].start == c.end)
    return is_region(c.text) and (stop or p.toks[town].ent in ("GPE", "LOC"))


def joined_body(p: Parsed, head: int) -> tuple[int, int] | None:
    """ "the Landlord and Tenant Board", "the Food and Drug Administration": Titlecase
    words joined by "and" up to a word for a body are one body's name (not two speakers),
    as token range [a, b] without "the"."""
    last = max((c.i for c in p.children(head) if c.dep == "conj"), default=None)
    if last is None or p.toks[last].text.lower() not in ORG_WORDS:
        return None
    a = left_modifiers(p, head)
    a += p.toks[a].dep == "det"
    words = p.toks[a:last + 1]
    return (a, last) if all((t.text[:1].isupper() and not is_first_name(t.text)) or
                            t.text in ("and", "&", "of") for t in words) and a > 0 and \
        p.toks[a - 1].text.lower() == "the" else None


def _merged_apposition(p: Parsed, o: int) -> bool:
    a = name_start(p, o)
    return a > 1 and p.toks[a - 1].text == "," and p.toks[a - 1].head == o and \
        min(p.subtree(o)) < a - 1 and renaming_name(p, o) is not None


def name_start(p: Parsed, i: int) -> int:
    """First token of the name ending at token i: its compounds, across hyphens written
    tight ("Jean - Sébastien Comeau" as the tokenizer has it)."""
    a = i
    while a > 0:
        prev = p.toks[a - 1]
        if prev.dep in ("compound", "flat") and a <= prev.head <= i:
            a -= 1
        elif a > 1 and p.tight_hyphen(a - 1) and a - 1 <= p.toks[a - 2].head <= i:
            a -= 2
        else:
            break
    return a


def shaped_name(p: Parsed, i: int) -> tuple[int, int] | None:
    """A name the tagger merged into something else ("Lehigh, Bruce Turry" as one
    organisation): a first name and a surname, Titlecase, ending at token i."""
    a = name_start(p, i)
    if i > a and name_shaped(p, a, i + 1) and is_first_name(p.toks[a].text):
        return a, i
    return None


def renaming_name(p: Parsed, i: int, first: bool = False) -> tuple[int, int] | None:
    """ "The MP for Surrey Centre, Randeep Sarai, said": two or three Titlecase words set
    off by commas after a role are the holder's name, though the tagger, new to the name,
    called it a place. A place there is led by "New", "Fort", … or is a known country or
    capital ("the mayor of Surrey, British Columbia, said"). `first`: the name starts with a
    first name, and may end the sentence ("according to her granddaughter, Jenna Park.")."""
    a = name_start(p, i)
    after = p.toks[i + 1] if i + 1 < len(p.toks) else None
    closed = after is not None and after.text == ","
    if first:
        closed = is_first_name(p.toks[a].text) and (
            after is None or after.text in (",", ".", "!", "?") or after.pos == "SPACE")
    if a == 0 or p.toks[a - 1].text != "," or not closed:
        return None
    words = [t for t in p.toks[a:i + 1] if t.text != "-"]
    if not 2 <= len(words) - (i + 1 - a - len(words)) <= 3 or \
            words[0].text.lower() in _PLACE_LEAD:
        return None
    return (a, i) if all(t.pos == "PROPN" and _name_like(t) and t.text.lower() not in CAPITALS
                         and t.text.lower() not in ROLE_WORDS for t in words) else None


def holder_name(p: Parsed, i: int, noun: str) -> tuple[int, int] | None:
    """The name set off after a role or a noun for a person (`noun`), ending at token i."""
    if noun in ROLE_WORDS or noun in PERSON_NOUNS:
        return renaming_name(p, i, first=noun in PERSON_NOUNS)
    return None


def kin_name(p: Parsed, head: int, i: int) -> str | None:
    """ "Schilling's son, Grant, said": a son, daughter or brother named by a first name
    alone in apposition carries the family name of the named one whose kin they are."""
    name = p.toks[i]
    if p.toks[head].lemma.lower() not in _KIN or name.pos != "PROPN" or any(
            c.dep in ("compound", "flat") for c in p.children(i)) or not (
            is_first_name(name.text) or name.ent == "PERSON"):
        return None
    owner = next((c for c in p.children(head) if c.dep == "poss" and c.pos == "PROPN"), None)
    return f"{name.text} {owner.text}" if owner is not None and _name_like(owner) else None


_KIN = frozenset("son daughter brother".split())


def renamed_role(p: Parsed, i: int) -> int | None:
    """The role whose holder's name (`renaming_name`) ends at token i, or None."""
    head = p.toks[i].head
    if p.toks[i].dep != "appos" or renaming_name(p, i) is None:
        return None
    if p.toks[head].dep == "pobj":  # hung on the role's "of"/"for" phrase
        head = p.toks[p.toks[head].head].head
    return head if p.toks[head].text.lower() in ROLE_WORDS else None


def of_name(p: Parsed, head: int, b: int) -> int:
    """Where a name of the shape "Bank of Canada" ends, when no entity says so: past an
    "of" right after the head whose words are all capitalised; past a "for" or "on" too
    after a word for a body ("the Centre for Israel and Jewish Affairs", "the Council on
    Foreign Relations"), never into a date ("the Liberals on Tuesday")."""
    body = p.toks[head].text.lower() in ORG_WORDS | INSTITUTIONS
    preps = ("of", "for", "on") if body else ("of",)
    of = [c for c in p.children(head) if c.dep == "prep" and c.lemma in preps and c.i == b + 1]
    if not of:
        return b
    words = [p.toks[i] for i in p.subtree(of[0].i) if i != of[0].i]
    if words and all((t.pos == "PROPN" and t.ent not in ("DATE", "TIME")) or t.lemma in (
            "and", "the", "&", *preps) for t in words) and words[-1].pos == "PROPN":
        return max(t.i for t in words)
    return b


_NAME_WORD = re.compile(r"[A-Z][a-z]*(?:['’-][A-Z]?[a-z]+)*")


def name_word(t: Tok) -> bool:
    """A capitalised word that can be a first name: no title, party, body, country or noun
    for people ("Pollster", "Landlord")."""
    low = t.text.lower()
    return t.pos == "PROPN" and t.ent not in ("ORG", "GPE", "NORP") and \
        _NAME_WORD.fullmatch(t.text) is not None and not noun_shaped(t.text) and \
        not low.endswith(("er", "or", "ist", "ian")) and not any(
            low in words for words in (ROLE_WORDS, PARTY_WORDS, ORG_WORDS, COUNTRIES))


def titled_person(words_as_written: str) -> tuple[str, str] | None:
    """ "Const. Jenifferjit Sidhu": an abbreviated title before two or three capitalised
    words is a person, though the model, new to the first name, read a body; (title,
    name), or None."""
    words = words_as_written.split()
    if 3 <= len(words) <= 4 and words[0].endswith(".") and words[0][:-1].lower() in TITLES \
            and all(_NAME_WORD.fullmatch(w) and not w.endswith(("'s", "’s")) for w in words[1:]):
        return words[0], " ".join(words[1:])
    return None


def org_name(phrase: str) -> str:
    words = phrase.split()
    # "the Tax Policy Center - half a percentage point …": a spaced dash ends the name
    words = words[:next((k for k, w in enumerate(words) if w in ("-", "–", "—", "--")),
                        len(words))]
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    owner = next((k for k, w in enumerate(words) if w.endswith(("'s", "’s"))), None)
    if owner is not None:
        # "Ontario Premier Doug Ford's office": the office is Doug Ford's, not the title's
        role, name = split_role(" ".join(words[:owner + 1]))
        if role and name:
            words = [*name.split()[:-1], words[owner], *words[owner + 1:]]
    return " ".join(words).strip(" ,")


def head_of_state(p: Parsed, head: int) -> bool:
    """ "head of state", "Head of the Ukrainian state", "head of government"."""
    words = [t.text.lower() for t in p.toks[head:head + 5]]
    return len(words) >= 3 and words[0] == "head" and words[1] == "of" and any(
        w in ("state", "government") for w in words[2:])


def personal_noun(t: Tok) -> bool:
    """A noun for a person: a role ("minister"), a title, a relative ("nephew")."""
    return t.text.lower() in ROLE_WORDS or t.lemma in ROLE_NOUNS or t.lemma in PERSON_NOUNS


def and_others(p: Parsed, head: int) -> bool:
    """ "Ward and other security experts said", "Jones and others say": the named one
    speaks, with people the article does not name."""
    conj = [c for c in p.children(head) if c.dep == "conj"]
    return p.toks[head].pos == "PROPN" and bool(conj) and all(
        c.text.lower() == "others" or (c.pos == "NOUN" and any(
            g.lemma.lower() == "other" for g in p.children(c.i))) for c in conj)


def common_nouns(p: Parsed, head: int) -> bool:
    """Every noun joined to `head` is a common one ("residents and business owners"), and
    no person is named among them."""
    return all(c.pos == "NOUN" for c in p.children(head) if c.dep == "conj") and not any(
        p.toks[i].ent == "PERSON" for i in p.subtree(head))


def in_own_phrase(p: Parsed, head: int, verb: int, start: int, end: int) -> bool:
    """Text in an aside between a speaker and its verb, with no verb of its own before it
    ("X, author of “Y,” said"; not "X, who called it “Y,” said"): not X's own words."""
    aside = [t for t in p.toks[head + 1:verb] if t.end <= start]
    return p.toks[head].end <= start and end <= p.toks[verb].start and bool(aside) and \
        aside[0].text == "," and not any(t.pos in ("VERB", "AUX") for t in aside)


def not_theirs(p: Parsed, head: int, verb: int, span: tuple[int, int], in_scope: bool) -> bool:
    """Whether the quote at `span` cannot be the words of `head`, subject of `verb`: it
    sits in their own phrase (see in_own_phrase), or they only asked a question ("Asked by
    Matt Lauer whether …, she said, “…”": the asker's words are the question alone; but
    "Sanders was asked by Maher, “…”" quotes Maher)."""
    t = p.toks[head]
    asked = p.toks[verb].lemma.lower() == "ask" and p.toks[verb].dep == "advcl" and \
        t.dep == "pobj" and p.toks[t.head].dep == "agent" and p.toks[t.head].head == verb
    return in_own_phrase(p, head, verb, *span) or (asked and not in_scope)
