"""The subjects an article has met, sentence by sentence, for what "it", "they", "the
company" and an unnamed "she" continue. Pure."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..text import fold
from .gender import described_gender
from .lexicon import COUNTRIES, INSTITUTIONS, ORG_WORDS

Referent = tuple[str | None, str | None]

# Kinds of body a description continues besides its own: a union is often named as an
# association or federation ("the Ontario Nurses' Association … the union said"), a police
# force as a service
_ALSO = {"union": frozenset("association federation guild brotherhood alliance syndicat "
                            "confederation centrale".split()),
         # "the group" is an advocacy body just named, never a company or a ministry
         "group": frozenset("""association federation alliance coalition council society
                            foundation institute network committee""".split()),
         "force": frozenset(("service", "police")),
         "school": frozenset("university college academy institute polytechnic".split())}
# What a business is called besides its name ("Metro Inc. … the grocer", "Rogers Communications
# … the telecom giant"): any firm's, whatever word its name ends with. Not "the miner" or
# "the producer": people as often as firms
BUSINESS = frozenset("""company firm corporation business retailer grocer carrier airline
lender automaker manufacturer supplier provider distributor brewer giant chain insurer utility
broadcaster operator""".split())
_CORPORATE = frozenset("inc corp co ltd llc plc company corporation limited holdings".split())
# Words that say what kind of body a name is ("Acme Corp." is a company, no union)
_KINDS = ORG_WORDS | INSTITUTIONS | {"corp", "co"}
# Bodies that are no company ("the Canadian Bankers Association … the company said")
_NOT_FIRMS = frozenset("association federation guild brotherhood society foundation institute "
                       "university party league".split())


def names_kind(name: str, head: str) -> bool:
    """Whether a body's own name says it is what "the union" or "the group" calls it:
    the word itself or one it goes by ("the union": "… Nurses' Association")."""
    words = {w.strip(",.'’") for w in fold(name).split()}
    return head in words or bool(words & _ALSO.get(head, frozenset()))


@dataclass(frozen=True, slots=True)
class Subject:
    k: int  # sentence
    start: int
    referent: Referent  # (None, None) for a thing: "the report", "the talks"
    plural: bool


@dataclass(slots=True)
class Subjects:
    """The non-person subjects met so far, for "it" and "they" to come (subjects are
    what these pronouns most often continue)."""

    seen: list[Subject] = field(default_factory=list)
    # bodies heading what a trailing attribution reports ("The Canucks have signed Jones,
    # the club said"): "the club" may continue them, a pronoun never ("…, they said")
    reported: list[Subject] = field(default_factory=list)

    def note(self, s: Subject, reported: bool = False) -> None:
        (self.reported if reported else self.seen).append(s)

    def firm(self, k: int, pos: int, phrase: str) -> Referent | None:
        """The organisation "the company" continues: the latest one that was a subject in
        this or the three sentences before, unless its name gives another kind ("Acme
        Mining" is no department; "Fraser Health" is "the health authority"); else the
        one business the story had as a subject further back ("Shopwise Inc. said …" in
        the lead, "the company said" six sentences on)."""
        described = [w.strip(",.") for w in phrase.lower().split()]
        head = described[-1]

        def fits(s: Subject, far: bool = False) -> bool:
            words = [w.strip(",.") for w in (s.referent[0] or "").lower().split()]
            kind = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
            if far:  # further back only a firm by its name: "Acme Inc.", "Verizon"
                return kind in _CORPORATE or len(words) == 1
            # "the company" may continue "Acme Corp" or "Acme Group" ("the Crown
            # corporation", "Canada Post"), never a ministry
            firm = head in BUSINESS and kind not in INSTITUTIONS | _NOT_FIRMS
            # ("Health Canada" says no kind, but a department is no "group")
            return firm or kind in described or kind in _ALSO.get(head, ()) or (
                kind not in _KINDS and not (head == "group" and kind in COUNTRIES))

        earlier = sorted((s for s in self.seen + self.reported if s.start < pos),
                         key=lambda s: s.start, reverse=True)
        for s in earlier:
            if s.k == k and s.referent[1] is None and s in self.reported:
                return None
            # a team's name is plural ("the Canucks"), the club it is one
            if s.k >= k - 3 and s.referent[1] == "organisation" \
                    and (not s.plural or head in ("club", "team")):
                return s.referent if fits(s) else None
        far = {s.referent for s in earlier if s.referent[1] == "organisation"
               and not s.plural and fits(s, far=True)}
        return far.pop() if len(far) == 1 and head in BUSINESS else None

    def described(self, k: int, pos: int, gender: str, after: int) -> Subject | None:
        """The latest singular description of one person of that gender (or of either),
        subject of this sentence or the one before, after `after`."""
        for s in reversed(self.seen):
            if s.start >= pos:
                continue
            if s.k < k - 1 or s.start <= after:
                return None
            one, sex = described_gender(s.referent[0] or "")
            if s.referent[1] == "description" and not s.plural and one and sex in (None, gender):
                return s
        return None

    def antecedent(self, k: int, pos: int, plural: bool, after: int) -> Subject | None:
        """The nearest subject before `pos` in sentence k or k - 1 (and after `after`) of
        that number; for "they" only groups count: things do not speak in the plural."""
        for s in reversed(self.seen):
            if s.start >= pos:
                continue
            if s.k < k - 1 or s.start <= after:
                return None
            if s.plural == plural and (not plural or s.referent[0] is not None):
                return s
        return None
