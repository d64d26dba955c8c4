"""What a speaker token stands for: a named person, a pronoun, a role, an organisation.

Pure. Given a parsed sentence and the head token of a speaker, returns a `Mention`: its
span in the article, its kind, and the name or role it carries. Deciding *who* a pronoun
or role refers to needs the article and is done in index.quotes.resolve.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..ingest.split import TITLES
from .gender import is_first_name
from .issuers import document_issuer
from .lexicon import (
    GENERIC,
    HONORIFICS,
    INDEFINITE,
    INSTITUTIONS,
    ORG_PRONOUNS,
    ORG_WORDS,
    PARTY_WORDS,
    PRONOUNS,
    ROLE_HEADS,
    ROLE_NOUNS,
    ROLE_WORDS,
)
from .names import clean_name, gender_from_words
from .nlp import Parsed
from .phrases import (
    and_others,
    appositions,
    common_nouns,
    head_of_state,
    holder_name,
    joined_body,
    kin_name,
    name_shaped,
    name_word,
    of_name,
    org_name,
    personal_noun,
    phrase,
    shaped_name,
    titled_person,
)
from .untagged import hyphened_first, initials_first, unknown_first

_LEADS = ROLE_HEADS | TITLES  # words that may lead a name the tagger read into a body


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    kind: str  # person | pronoun | role | org | generic | unknown
    name: str | None = None  # person or organisation name as written
    role: str | None = None  # role words around a person's name, or the role of a nominal
    gender: str | None = None


def _person_entity(p: Parsed, a: int, b: int, head: int | None = None) -> tuple[int, int] | None:
    """The person named in tokens a..b; not one in a possessive ("Carter's spokesman"), and
    when `head` is given, the one that holds it: "Clinton advisers" names no one, and
    "Clinton campaign manager Robby Mook" names Mook."""
    for e in p.ents:
        if head is not None and not e.start <= head < e.end:
            continue
        # "CFO Jean-Marc Belanger", "NDP health critic Ann Roy" read as one body: a title
        # or role leads a name
        lead = e.start if e.label != "ORG" else 1 + max(
            (t.i for t in p.toks[e.start:e.end - 2] if t.pos in ("NOUN", "PROPN") and (
                t.text.islower() or t.text.lower().strip(".") in _LEADS)), default=e.start - 1)
        if e.label == "ORG" and head is not None and head < lead:
            continue
        if e.start <= b and e.end - 1 >= a and (
                e.label == "PERSON" or (e.label == "ORG" and name_shaped(p, lead, e.end))):
            after = e.end < len(p.toks) and p.toks[e.end].tag == "POS"
            if after or p.toks[e.end - 1].dep == "poss" or p.toks[e.end - 1].text.endswith(
                    ("'s", "’s")):
                continue
            start = e.start if e.label == "PERSON" else lead
            while start > 0 and p.toks[start - 1].pos == "PROPN" and \
                    p.toks[start - 1].dep == "compound" and \
                    e.start <= p.toks[start - 1].head < e.end and \
                    is_first_name(p.toks[start - 1].text):
                start -= 1  # "Billie Jean King" tagged "Jean King": the first name too
            return hyphened_first(p, start), e.end - 1
    return None


def _text(text: str, p: Parsed, a: int, b: int) -> str:
    """Article text of tokens a..b (inclusive), as written."""
    return text[p.toks[a].start:p.toks[b].end] if a <= b else ""


def mention_at(p: Parsed, head: int, known: set[str], text: str) -> Mention:
    """Classify the speaker phrase headed by token `head`; `known` holds surnames seen."""
    tok = p.toks[head]
    low = tok.text.lower()
    if low in PRONOUNS:
        return Mention(tok.start, tok.end, "pronoun", gender=PRONOUNS[low])
    if low in ORG_PRONOUNS:
        return Mention(tok.start, tok.end, "pronoun", name=low)
    if low in ("i", "we", "you"):
        return Mention(tok.start, tok.end, "unknown")
    coordinated = any(c.dep == "conj" for c in p.children(head)) and not and_others(p, head)
    if coordinated and (body := joined_body(p, head)) is not None:  # "the Landlord and
        return Mention(p.toks[body[0]].start, p.toks[body[1]].end, "org",  # Tenant Board"
                       name=org_name(_text(text, p, *body)))
    issuer = document_issuer(p, head)
    if issuer is not None:
        return mention_at(p, issuer, known, text)
    if (second := _second_role(p, head)) is not None:
        return mention_at(p, second, known, text)
    if (tok.pos == "NOUN" or low in ROLE_NOUNS or tok.ent != "PERSON") and not coordinated:
        # "Carter's press secretary, Peter Cook, told …", "the district Chairman Chuck
        # Wills said": the apposition names the speaker.
        for c in appositions(p, head):
            firm = c.text.lower().strip(".") in ORG_WORDS
            if c.pos == "PROPN" and (low in _BODIES or (c.head == head and (
                    (c.ent == "ORG" and not personal_noun(tok)) or firm))) \
                    and not shaped_name(p, c.i):
                # "The union, Unifor, said", "The home's operator, Sienna Senior Living,":
                # the body the apposition names (the span keeps "The": no person's name),
                # also after a noun a person could be ("The owner, Westpoint Properties,")
                oa, ob = phrase(p, c.i, keep_right=False)
                return Mention(p.toks[min(p.subtree(head))].start, p.toks[ob].end, "org",
                               name=org_name(_text(text, p, oa, ob)))
            kin = kin_name(p, head, c.i)  # "Schilling's son, Grant,": Grant Schilling
            ent = ((c.i, c.i) if kin else None) or _person_entity(p, c.i, c.i) or shaped_name(
                p, c.i) or holder_name(p, c.i, low)
            if ent is not None:
                ra, rb = phrase(p, head, keep_right=False)
                ra += p.toks[ra].dep == "det"
                return Mention(p.toks[ent[0]].start, p.toks[ent[1]].end, "person",
                               name=kin or clean_name(_text(text, p, *ent)),
                               role=_text(text, p, ra, rb).strip(" ,") or None,
                               gender=gender_from_words([tok.text]))
    part = partitive(p, head)
    if part is not None:
        # "one of the victims", "some of the protesters": the group's member(s), described,
        # unless an apposition named them (above)
        a, b = phrase(p, part, keep_right=True)
        return Mention(tok.start, p.toks[b].end, "generic",
                       gender=gender_from_words([p.toks[part].text]))
    named = tok.ent == "PERSON" and tok.pos == "PROPN" and low not in PARTY_WORDS
    # "an angry Hollande retaliated": a known person, described in passing
    named = named or (tok.pos == "PROPN" and tok.ent not in ("NORP", "GPE") and low not in
                      PARTY_WORDS and low not in ORG_WORDS and any(
                          c.dep == "amod" and c.i < head for c in p.children(head)))
    if not named and any(c.dep in ("det", "nummod") and c.text.lower() in INDEFINITE
                         and c.i < head for c in p.children(head)):
        # "one New Hampshire Democrat", "another commenter": someone new, never a name
        a, b = phrase(p, head, keep_right=True)
        return Mention(p.toks[a].start, p.toks[b].end, "generic",
                       gender=gender_from_words([tok.text]))
    a, b = phrase(p, head, keep_right=tok.pos == "NOUN" or coordinated)
    start, end = p.toks[a].start, p.toks[b].end
    ent = _person_entity(p, a, b, head) if not coordinated else None
    if ent is None and tok.text in known and tok.text[:1].isupper() and not coordinated:
        ent = (head, head)  # a surname seen before, whatever tag the model gave it
    if ent is not None:
        ea, eb = ent
        before = p.toks[ea - 1]
        if a < ea == eb and ((before.dep == "compound" and name_word(before))
                             or unknown_first(before, text) or initials_first(before)):
            ea -= 1  # a first name the model did not know: "Ivanka Trump" is no role "Ivanka"
        while ea < eb - 1 and p.toks[ea].text.lower().strip(".") in ROLE_WORDS:
            ea += 1  # "NDP MPP Jill Andrew" tagged "MPP Jill Andrew": the title is a role
        name = clean_name(_text(text, p, ea, eb))
        ra = a
        while ra < ea and p.toks[ra].dep == "det":
            ra += 1
        role: str | None = _text(text, p, ra, ea - 1).strip(" ,")
        if not role or role.lower().rstrip(".") in HONORIFICS:  # "Dr Ann Li, co-chair of …"
            role = _appos_role(p, eb, text) or role
        # the words around the name, not the name's own ("Billie Jean King" is no king)
        around = [t.text for t in p.toks[a:b + 1] if not ea <= t.i <= eb]
        return Mention(p.toks[ea].start, p.toks[eb].end, "person", name=name, role=role,
                       gender=gender_from_words(around))
    head_lemma = tok.lemma.lower()
    the = any(t.text.lower() == "the" for t in p.toks[max(0, a - 1):a + 1]) or any(
        c.dep == "det" and c.lemma == "the" for c in p.children(head))
    if not coordinated and (head_lemma in ROLE_NOUNS or head_of_state(p, head)) \
            and tok.tag in ("NN", "NNP") and the:
        # a role standing for a person: "the President", "The Toronto-St. Paul's MPP"
        ra = a + (1 if p.toks[a].dep == "det" else 0)
        b2 = max([b, *[i for c in p.children(head) if c.dep == "prep" for i in p.subtree(c.i)]])
        role = _text(text, p, ra, b2)
        return Mention(start, p.toks[b2].end, "role", role=role,
                       gender=gender_from_words([tok.text]))
    if tok.pos == "NOUN" and not coordinated:
        if head_lemma in ROLE_NOUNS and tok.tag in ("NN", "NNP"):
            ra = a + (1 if p.toks[a].dep == "det" else 0)
            role = _text(text, p, ra, b)
            return Mention(start, end, "role", role=role, gender=gender_from_words([tok.text]))
        if head_lemma in GENERIC or (tok.tag in ("NNS", "NNPS") and head_lemma not in INSTITUTIONS):
            return Mention(start, end, "generic")
        if head_lemma in INSTITUTIONS:
            return Mention(start, end, "org", name=org_name(text[start:end]))
        return Mention(start, end, "unknown")
    if coordinated and tok.pos == "NOUN" and common_nouns(p, head):
        return Mention(start, end, "generic")  # "residents and business owners say"
    if tok.pos == "PROPN" or coordinated or tok.ent in ("ORG", "GPE", "NORP"):
        if tok.ent == "PERSON":
            role = None
            if coordinated:  # "Smith and Lee said": the first named speaks (with the other)
                e = next((e for e in p.ents if e.start <= head < e.end), None)
                if e is not None:
                    start, end = p.toks[e.start].start, p.toks[e.end - 1].end
                    # "Mayor Ann Holt and …": her own title is hers still
                    lead = [c.i for c in p.children(head) if c.dep == "compound"
                            and c.i < e.start]
                    role = _text(text, p, min(lead), e.start - 1).strip(" ,") if lead else None
            return Mention(start, end, "person", name=clean_name(text[start:end]), role=role)
        if coordinated and tok.pos == "PROPN" and (tok.text in known or any(
                c.dep == "conj" and (c.ent == "PERSON" or c.text in known)
                for c in p.children(head))):
            # "Shah and Reid both said": people named before, the first speaks
            ha, hb = phrase(p, head, keep_right=False)
            return Mention(p.toks[ha].start, p.toks[hb].end, "person",
                           name=clean_name(_text(text, p, ha, hb)))
        owner = [t.i for t in p.toks[a:head] if t.tag == "POS" or t.text in ("’s", "'s")]
        if owner and not coordinated and (tok.ent not in ("ORG", "GPE", "NORP") or (
                is_first_name(p.toks[owner[-1] + 1].text)
                and name_shaped(p, owner[-1] + 1, head + 1))):
            # "The Washington Post’s Ishaan Tharoor", "Commentary’s Noah Rothman": the
            # outlet is the possessor, the speaker is who follows it
            a = owner[-1] + 1
            start = p.toks[a].start
            if tok.ent:
                return Mention(start, end, "person", name=clean_name(text[start:end]))
        whole = _entity_of(p, head)
        if whole is not None and not coordinated and whole[1] > b:
            # "the Organization for Economic Cooperation and Development": the name
            # goes on past the head's phrase
            end = p.toks[whole[1]].end
        elif (whole is None or whole[1] == b) and not coordinated and any(
                c.dep == "det" and c.text.lower() == "the" for c in p.children(head)):
            end = p.toks[of_name(p, head, b)].end  # "the Ontario Chamber of Commerce"
        name = org_name(text[start:end])
        role = _appos_role(p, head, text)
        titled = None if coordinated else titled_person(text[start:end])
        if titled is not None:
            return Mention(start, end, "person", name=titled[1], role=titled[0])
        if tok.ent or coordinated or tok.text.isupper():
            return Mention(start, end, "org", name=name, role=role)
        # Proper nouns the model cannot place ("Farinloye says", "Ishaan Tharoor noted"):
        # the article's evidence decides later whether it is a person
        # (index.quotes.entities). A party or title before them is no part of the name
        # ("Oversight ranking Democrat Ann Lee").
        first = head
        while first > a and p.toks[first - 1].pos == "PROPN" and p.toks[first - 1].ent != \
                "NORP" and p.toks[first - 1].text.lower() not in PARTY_WORDS | ROLE_WORDS:
            first -= 1
        first = max(a, hyphened_first(p, first))
        if first > a and name_shaped(p, first, head + 1):
            role = role or _text(text, p, a, first - 1)
            name = org_name(text[p.toks[first].start:end])
        return Mention(start, end, "unknown", name=name, role=role)
    return Mention(start, end, "unknown")


def partitive(p: Parsed, head: int) -> int | None:
    """The noun of "one of the victims" (headed by "one"), if `head` opens such a phrase."""
    tok = p.toks[head]
    if tok.pos not in ("NUM", "PRON", "ADJ", "DET") or tok.text.lower() not in INDEFINITE | {
            "most", "all", "both"}:
        return None
    for c in p.children(head):
        if c.dep == "prep" and c.lemma == "of":
            obj = [g.i for g in p.children(c.i) if g.dep == "pobj" and g.pos == "NOUN"]
            return obj[0] if obj else None
    return None


def _entity_of(p: Parsed, head: int) -> tuple[int, int] | None:
    """Token range [a, b] of the organisation or place entity holding `head`."""
    for e in p.ents:
        if e.start <= head < e.end and e.label in ("ORG", "GPE", "NORP", "FAC"):
            return e.start, e.end - 1
    return None


def _appos_role(p: Parsed, head: int, text: str) -> str | None:
    """ "Dmitry Peskov, the Kremlin spokesman, said": the apposition is a role too; "co-
    chair of …" though the parser made "co", "-" and "chair" three appositions."""
    kids = [c.i for c in p.children(head) if c.dep == "appos"]
    for n, i in enumerate(kids):
        j = n
        while j + 1 < len(kids) and kids[j + 1] == kids[j] + 1 and "-" in (
                p.toks[kids[j]].text, p.toks[kids[j + 1]].text):
            j += 1
        first, last = p.subtree(i)[0], p.subtree(kids[j])[-1]
        sa = first + (1 if p.toks[first].dep == "det" else 0)
        appos = _text(text, p, sa, last).strip(" ,")
        if last - first < 8 + 2 * (j - n) and appos and not _person_entity(p, first, last):
            return appos
    return None


_BODIES = frozenset("company firm corporation business group organization organisation network "
                    "newspaper bank charity retailer airline union association agency ministry "
                    "department council commission committee government".split())


def _second_role(p: Parsed, head: int) -> int | None:
    """ "GOP presidential contender and former neurosurgeon Ben Carson said": one person
    with two roles (no "the" before the first, which would make two people) is the name."""
    kids = p.children(head)
    names = [c for c in kids if c.dep == "conj" and c.pos == "PROPN" and c.ent == "PERSON"]
    if p.toks[head].tag != "NN" or p.toks[head].ent or len(names) != 1 or any(
            c.dep in ("det", "poss") for c in kids) or not any(
            c.dep == "cc" and c.lemma == "and" for c in kids):
        return None
    return names[0].i if p.toks[min(p.subtree(names[0].i))].pos in ("ADJ", "NOUN") else None
