"""Who a speaker mention stands for, with the whole article in view: a person (full name),
an organisation, or a description ("U.S. officials"), or no one we can name. Pure.

- Pronouns (`pronouns.pronoun_reading`): "he"/"she", the antecedent `entities.People`
  finds; "it"/"they", the nearest earlier subject of the same number in this sentence or
  the one before ("The ministry rejected the plan. It said …"), when that subject is an
  organisation or group (an inanimate one — "The report … It said" — names no speaker),
  else the organisation or group that spoke just before; a statement's "I": its author.
- "One source said …. The other said": the other one, described.
- A proper noun: a person or an organisation on the article's evidence
  (`People.proper_kind`); a name with an institution in it ("Acme Mining") is an
  organisation whatever the NER model says.
- "the president", "the Kentucky Republican": the person the article gave that role or
  apposition, when exactly one fits; "a Democratic senator" is someone new, never a name.
- Otherwise a noun phrase headed by a people or group noun is a description.
"""

from __future__ import annotations

import re
from collections import Counter

from .entities import People
from .gather import Spoke
from .gender import PERSON_NOUNS, is_surname
from .headlines import written_lower
from .lexicon import (
    DOCUMENTS,
    GROUP_NOUNS,
    INSTITUTIONS,
    ORG_WORDS,
    PARTY_WORDS,
    ROLE_HEADS,
    ROLE_NOUNS,
)
from .mentions import Mention
from .names import glued, is_role
from .offices import owner_named
from .places import CAPITALS
from .pronouns import pronoun_reading
from .registry import other_party
from .subjects import BUSINESS, Referent, Subjects

_INDEFINITE = re.compile(r"(?i)\b(?:an?|some|several|many|few|two|three|four|five|one|"
                         r"another|other|most|all)\s+$")

# What "the company" or "the agency" continues: the organisation just before, when its name
# says nothing of its kind ("Health Canada … The department said"); a union or a group is
# another body, never the firm just named.
_FIRMS = BUSINESS | frozenset("""bank network agency department ministry authority regulator
commission board union association charity organization organisation society club league
team force group school university college hospital""".split())
_AGE = re.compile(r"\b\d+[- ]years?[- ]old\b(?!['’-])")  # "the 29-year-old (sprinter)"
# A party's member ("the Utah Republican"); not "the Independent" (a paper), "the Liberal"
_MEMBERS = frozenset(("republican", "democrat", "libertarian", "tory"))
_SPEAKING_HEADS = GROUP_NOUNS | ROLE_HEADS | INSTITUTIONS | PARTY_WORDS | set(PERSON_NOUNS)


def referent(m: Mention, k: int, head: str, text: str, people: People,
             previous: Spoke | None, author: str | None,
             subjects: Subjects | None = None) -> Referent:
    """(name or description, kind) for mention `m` in sentence k, headed by lemma `head`."""
    found = _referent(m, k, head, text, people, previous, author, subjects)
    if found[1] in ("organisation", "description") and found[0]:  # "Ford's campaign"
        owned = owner_named(found[0], k, m.start, people, previous)
        if owned:
            return people.reg.org(owned), "organisation"
    if found[1] == "organisation" and found[0] and _last(found[0]) in PARTY_WORDS and \
            " " in found[0] and (found[0].split()[0].lower() in _DEGREES
                                 or written_lower(found[0].split()[0], text)):
        return found[0], "description"  # "many Republicans": some of a party, described
    return found


def _referent(m: Mention, k: int, head: str, text: str, people: People,
              previous: Spoke | None, author: str | None,
              subjects: Subjects | None) -> Referent:
    phrase = text[m.start:m.end]
    if m.kind == "pronoun":
        return pronoun_reading(m, k, people, previous, subjects)[0]
    if m.kind == "unknown" and phrase.lower() in ("i", "we"):
        return (author, "person") if author else (None, None)
    reg = people.reg
    definite = phrase.lower().startswith("the ") or text[max(0, m.start - 4):m.start].lower() \
        == "the "
    name = m.name if m.kind in ("person", "org", "unknown") else None
    if name and glued(name):
        return None, None
    # ("their union", "its parent company": a body its members' or its own)
    owned = phrase.lower().startswith(("their ", "its "))
    if m.kind in ("generic", "unknown", "org") and (definite or owned) and \
            phrase.split()[-1].islower():
        org = people.org_named(phrase.split()[-1], m.start)  # "the association"
        if org is not None:
            return reg.org(org), "organisation"
        firm = subjects.firm(k, m.start, phrase) if subjects and _last(phrase) in _FIRMS \
            else None
        # "The bank says" with none named; "the union" the tagger called a name
        if firm is not None or (_last(phrase) in _FIRMS and (
                m.kind == "org" or not people.org_before(m.start))):
            return firm or (_description(text, m), "description")
    if name and name[:1].isupper() and ((name.lower() in GROUP_NOUNS and " " not in name and
                                         not _surname_of_someone(people, name, m.start)) or (
            m.kind == "org" and people.capitalised_by_place(name, m.start))):
        # "Police say …", "Officials said", "Teachers' union warns": a common noun
        # capitalised by its place at the head of a sentence or a caption, not a name
        return _description(text, m), "description"
    if name is None and phrase[:1].isupper() and len(phrase.split()) == 1 and \
            phrase.lower() not in GROUP_NOUNS and (
            reg.find(phrase) or people.full_name(phrase, m.start)):
        name = phrase  # a surname the tagger took for a common noun: "Reyna said"
    if name is None and m.kind == "unknown" and _looks_proper(phrase, text, m.start):
        name = phrase  # a name the tagger took for a common noun: "… but Pew notes"
    if name and any(w.lower().strip(",.") in ORG_WORDS for w in name.split()):
        return reg.org(name), "organisation"  # "Acme Mining", whatever the NER says
    if m.kind == "org" and definite and name:
        holder = reg.by_description(name)  # "the Kentucky Republican"
        if holder is None and _last(phrase) in _MEMBERS:
            # one member of a party is a person, never a body: unless the article gave
            # the description, the person just written about ("House Speaker Paul Ryan
            # says … The Wisconsin Republican says"), if no word of theirs names another
            # party
            holder = people.latest_subject(k, m.start)
            if holder is None or other_party(holder, _last(phrase)):
                return _description(text, m), "description"
        if holder is not None:
            return holder.name, "person"
    if name and name.lower() in CAPITALS and not people.full_name(name, m.start):
        return reg.org(name), "organisation"  # "Moscow denies": its government
    # ("said photographer Jesse Winter": a lower-case role for a person before the name)
    if name and (m.kind == "person" or (not definite and (phrase[:1].isupper() or (
            _for_person(m.role) and name[:1].isupper() and phrase.endswith(name))))):
        kind = "person" if m.kind == "person" and not people.common_noun(name, m.start) \
            and not people.firm_like(name) \
            else people.proper_kind(name, m.start, bool(m.role and is_role(m.role)))
        if kind == "person":
            person = people.person(name, m.start, m.role, m.gender,
                                   previous.person if previous else None, trusted=True)
            if person is not None:
                return person.name, "person"
        if kind == "organisation" or m.kind == "org":
            return reg.org(name), "organisation"
    if m.kind == "org" and name:  # (not "teachers' unions": no name, a kind of body)
        return (reg.org(name), "organisation") if not name.islower() else (
            _description(text, m), "description")
    if m.kind == "unknown" and definite and name and _titled(name) and \
            name.lower() not in GROUP_NOUNS:
        # "The Ontario Chamber of Commerce said": a name that takes "the" is a body's,
        # not a person's, whatever the tagger made of it
        return reg.org(name), "organisation"
    again = _again(subjects, people, k, m.start, phrase) if definite else None
    if again is not None:
        return again  # "A senior official said …. “…,” the official said": that one
    if m.kind == "role" and m.role:
        holder = reg.by_role(m.role, people.last_seen) if definite else None
        return (holder.name, "person") if holder else (_description(text, m), "description")
    if m.kind in ("generic", "unknown") and definite and (_AGE.search(phrase) or _of_origin(
            phrase, head, people)):
        # "the 29-year-old said", "said the Danish netminder": the person the story was
        # just about, if it was one
        latest = people.latest_subject(k, m.start)
        return (latest.name, "person") if latest else (_description(text, m), "description")
    if m.kind in ("generic", "unknown") and definite and head in _ISSUED:
        return _issuer(text, subjects, people, k, m.start, head)
    if m.kind in ("generic", "unknown") and (head in _SPEAKING_HEADS or _people_noun(
            head, text[m.start:m.end])):
        holder = None
        if definite:  # "a Democratic senator" is someone new; "the senator" is not
            holder = reg.by_role(phrase, people.last_seen) if head in ROLE_NOUNS else None
            holder = holder or reg.by_description(phrase)
            if holder is None and head in ROLE_HEADS and head == _last(phrase) and not \
                    re.search(r"['’]s\b", phrase) and not text.startswith(" of ", m.end):
                # "the candidate": the story's subject; not "the victim's mother", "the head of …"
                holder = people.salient(k, m.start)
        return (holder.name, "person") if holder else (_description(text, m), "description")
    if head == "other" and definite:  # "One source said …. The other said": the other one
        ones = [re.sub(r"(?<!s)s$", "", w) for w in re.findall(
            r"\b[Oo]ne\s+(?:of\s+the\s+)?([a-z]+)", text[max(0, m.start - 400):m.start])]
        if ones and ones[-1] in _SPEAKING_HEADS:  # "one source", not "one day"
            return "other " + ones[-1], "description"
    return None, None


_ISSUED = frozenset("statement release letter email e-mail memo tweet post ruling decision "
                    "report".split())


def _issuer(text: str, subjects: Subjects | None, people: People, k: int, pos: int,
            head: str) -> Referent:
    """ "X issued a statement. “…,” the statement read": the subject of this or the two
    sentences before, when "a statement" or "his ruling" comes with it ("In a statement, X
    said", "In his ruling, Judge X wrote"); "the letter" a story reports on is nobody's it
    knows."""
    met: list[tuple[int, Referent]] = [(s.pos, (s.person.name, "person"))
                                       for s in people.seen if s.main and k - 2 <= s.k <= k]
    met += [(s.start, s.referent) for s in (subjects.seen if subjects else [])
            if k - 2 <= s.k <= k and s.referent[1] in ("person", "organisation")]
    met = [x for x in met if x[0] < pos]
    if not met:
        return None, None
    at, who = max(met, key=lambda x: x[0])
    doc = rf"\b(?:a|an|his|her|its|their)\s+(?:[\w-]+\s+)?{re.escape(head)}\b"
    issued = re.search(doc, text[at:pos].lower()) or re.search(
        rf"\bin\s+{doc}", text[max(0, at - 60):at].lower())
    return who if issued else (None, None)


_THINGS = frozenset("comment argument element event paper number banner headquarter".split())


def _for_person(role: str | None) -> bool:
    """ "photographer", "farmer", not "national" ("a national Gallup Poll")."""
    last = ((role or "").lower().split() or [""])[-1]
    return is_role(role or "") or last in PERSON_NOUNS or last.endswith(("er", "or", "ist", "ess"))


def _people_noun(head: str, phrase: str) -> bool:
    """ "Millennials say", "renters said", "Conservationists argue": a plural noun shaped
    like one for people (a doer's ending) speaks as a description."""
    return head not in DOCUMENTS and head not in _THINGS and head.endswith(
        ("er", "or", "ist", "ian", "ee", "ant", "ent")) and re.search(
        rf"\b{re.escape(head)}s\b", phrase, re.IGNORECASE) is not None


def _again(subjects: Subjects | None, people: People, k: int, pos: int,
           phrase: str) -> Referent | None:
    """The description "the official" takes up: "a senior official" (or "the campaign":
    "Sanders's campaign") as the subject of this or the three sentences before, with no one
    named since; never one another name sets apart ("the Trump campaign" is not "the
    Sanders campaign")."""
    head = _last(phrase)
    names = {w for w in phrase.split() if w[:1].isupper() and w.lower() != "the"}
    for s in reversed(subjects.seen if subjects else []):
        if s.start < pos and s.k >= k - 3 and s.referent[1] in ("description", "organisation") and \
                not s.plural and _last(s.referent[0] or "") == head and \
                names <= set((s.referent[0] or "").split()):
            return s.referent if not any(s.start < x.pos < pos for x in people.seen) else None
    return None


_NAME_JOINERS = frozenset("of and for the on in & de du la".split())


def _titled(name: str) -> bool:
    words = name.split()
    return bool(words) and words[0][:1].isupper() and all(
        w[:1].isupper() or w.lower() in _NAME_JOINERS for w in words)


def _of_origin(phrase: str, head: str, people: People) -> bool:
    """ "the Danish netminder", "the Calgary-born singer": where one person comes from (not
    their party), with a position ("centre") or unknown noun; no office, group or body."""
    words = phrase.split()[:-1]
    known = head in _SPEAKING_HEADS and (head not in ROLE_HEADS or head in ROLE_NOUNS or any(
        w.lower() in PARTY_WORDS or w.lower().startswith("democrat") for w in words))
    return not _last(phrase).endswith("s") and head not in DOCUMENTS and not known and any(
        people.labels.get(w.split("-")[0], Counter())["NORP"] or w.endswith("-born") for w in words)


def _surname_of_someone(people: People, word: str, pos: int) -> bool:
    """ "Judge said" after "Aaron Judge" in the story: a common noun that is the family
    name of someone the article has named in full."""
    full = people.full_name(word, pos)
    return full is not None and people.reg.find(full) is not None


# "Many Republicans", "Senior Democrats": some of a party, not one of its bodies
_DEGREES = frozenset("many most more some several few other senior leading top".split())


def _last(phrase: str) -> str:
    """The last word, lower case: "the Democratic candidate" → "candidate" (a plural
    "candidates" is not its lemma, so it never reads as one person)."""
    return (phrase.lower().split() or [""])[-1].strip(",.")


def _looks_proper(phrase: str, text: str, start: int) -> bool:
    """Capitalised words that are no common noun of the story: never written in lower
    case, none of them a group, role or document word, and capitalised where a common
    noun would not be (mid-sentence, or "Wealth-X" anywhere)."""
    words = phrase.split()
    if not 0 < len(words) <= 3 or not all(w[:1].isupper() for w in words) or any(
            w.lower() in _SPEAKING_HEADS or w.lower() in DOCUMENTS for w in words) or \
            written_lower(phrase, text):
        return False
    before = text[:start].rstrip()
    initial = not before or before[-1] in ".!?:\"“”'‘’\n—"
    # At the head of a sentence only a common family name ("Reyes said …") or a word
    # capitalised inside ("Wealth-X") says so.
    return not initial or any(re.search(r".[A-Z0-9]", w) for w in words) or (
        len(words) == 1 and is_surname(words[0]))


_DATELINE = re.compile(r"^[A-Z][A-Z.,' ]{2,}(?:\([^)]*\))?\s*[—–-]+\s*")


def _description(text: str, m: Mention) -> str:
    """The phrase as the article says it, with "a"/"some" kept and "the" dropped:
    "a neighbour", "some experts", "U.S. officials"."""
    phrase = _DATELINE.sub("", text[m.start:m.end])  # "VANCOUVER — B.C.'s top doctor"
    phrase = re.sub(r"^(?:[Tt]he)\s+", "", phrase).strip(" ,")
    before = _INDEFINITE.search(text, max(0, m.start - 12), m.start)
    if before and before.end() == m.start:
        phrase = before.group().strip() + " " + phrase
    return phrase
