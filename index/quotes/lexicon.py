"""The words attribution runs on, in one place: speech and thought verbs with their
inflected forms, role and title words, organisation and institution words, generic
sources, pronouns, countries. Pure data plus the small functions that expand it.

Rules elsewhere read these sets; nothing else in `index` keeps its own word list of
speech verbs or roles (textacy keeps its word lists in one `constants` module likewise).
"""

from __future__ import annotations

import re

from ..ingest.split import TITLES

# --- speech and thought ------------------------------------------------------------------

SPEECH = frozenset("""
say tell add warn stress note emphasize emphasise insist argue claim announce confirm deny urge
describe explain assert acknowledge declare promise pledge vow threaten predict suggest reiterate
underline underscore state express welcome condemn reaffirm affirm tweet write reply respond answer
caution complain recall report concede admit highlight observe remark comment accuse praise
criticize criticise mention indicate signal voice demand call propose ask estimate believe think
hope expect fear agree brief point make inform gloat marvel tout echo retort quip sniff crow lament
allege contend maintain counter boast brag charge scoff mutter snap joke muse exclaim shout yell
chant testify disclose reveal recount elaborate clarify rebut refute dispute proclaim plead implore
wonder grumble bemoan decry denounce slam blast hail applaud laud confess recommend advise forecast
conclude characterize characterise interject assure reassure remind hint imply concur disagree
continue post blog email text whisper repeat speculate reason opine confide label brand thank
""".split())
THOUGHT = frozenset("believe think hope expect fear agree estimate wonder".split())  # need a clause
# Cues of the quotation marks beside them only ("“…,” he continued."): common in other senses
MARK_ONLY = frozenset("continue post blog email text joke snap muse".split())
OBJECT_CUES = frozenset("""
voice reiterate express reaffirm affirm welcome condemn underscore underline highlight
stress emphasize emphasise announce demand propose praise criticize criticise urge note
accuse
""".split())
# Nouns of saying whose "that" clause is what was said (not "the report that …": a
# document's content is the document's, found elsewhere; not "the fact that …")
NOUN_CUES = frozenset("""claim assertion allegation suggestion insistence contention charge
accusation warning promise pledge vow remark argument""".split())
PREP_CUES = {"call": "for", "insist": "on", "comment": "on", "warn": "of", "point": "out",
             "inform": "about"}

# Verbs whose final consonant doubles before -ed/-ing ("admitted", "quipped").
_DOUBLING = frozenset("admit commit regret quip refer prefer confer omit submit plan snap "
                      "concur".split())
# Past forms English does not build by rule.
_IRREGULAR = {"say": ("said",), "tell": ("told",), "write": ("wrote", "written"),
              "think": ("thought",), "make": ("made",), "mean": ("meant",)}


def inflections(lemma: str) -> tuple[str, ...]:
    """The lemma and its -s, past and -ing forms: "deny" → deny, denies, denied, denying."""
    if lemma.endswith(("s", "x", "z", "ch", "sh", "o")):
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
    british = (lemma + "led", lemma + "ling") if re.search(r"[^aeiou][aeiou]l$", lemma) else ()
    return (lemma, third, *pasts, ing, *british)  # "signalled": Canadian spelling too


_FUNCTION_VERBS = {f: lemma for lemma in ("be", "have", "do") for f in {
    "be": ("be", "is", "are", "was", "were", "been", "being", "am", "'s", "’s", "'re", "’re",
           "'m", "’m"),
    "have": ("have", "has", "had", "having", "'ve", "’ve", "'d", "’d"),
    "do": ("do", "does", "did", "doing", "done")}[lemma]}
VERB_LEMMAS = {**{f: lemma for lemma in SPEECH for f in inflections(lemma)},
               **_FUNCTION_VERBS}
"""Lemmas of the verb forms attribution looks up; other verbs keep their form."""


def lemma_of(word: str, tag: str) -> str:
    """The lemma attribution needs, from the word and its fine-grained (Penn) tag: a verb
    through `VERB_LEMMAS`, a plural noun made singular, anything else lower-cased."""
    low = word.lower()
    if tag.startswith("VB") or tag == "MD":
        return VERB_LEMMAS.get(low, low)
    if tag in ("NNS", "NNPS") and len(low) > 3:
        if low.endswith("ies"):
            return low[:-3] + "y"
        if low.endswith(("sses", "shes", "ches", "xes")):
            return low[:-2]
        if low.endswith("s") and not low.endswith(("ss", "us", "is")):
            return low[:-1]
    return low


_POS = {"NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "NNPS": "PROPN", "MD": "AUX",
        "PRP": "PRON", "PRP$": "PRON", "WP": "PRON", "WP$": "PRON", "EX": "PRON",
        "DT": "DET", "PDT": "DET", "WDT": "DET", "IN": "ADP", "RP": "ADP", "CC": "CCONJ",
        "CD": "NUM", "TO": "PART", "POS": "PART", "UH": "INTJ", "WRB": "ADV", "FW": "X",
        "LS": "X", "XX": "X", "ADD": "X", "AFX": "ADJ", "_SP": "SPACE", "SYM": "SYM",
        "$": "SYM", "#": "SYM", "NFP": "PUNCT"}


def pos_of(tag: str, word: str) -> str:
    """Universal part of speech from the Penn tag (what spaCy's attribute ruler would set
    for the tags attribution reads)."""
    if tag.startswith("VB"):
        return "AUX" if word.lower() in _FUNCTION_VERBS else "VERB"
    if tag.startswith("JJ"):
        return "ADJ"
    if tag.startswith("RB"):
        return "ADV"
    return _POS.get(tag, "PUNCT")


def _alternation(words: list[str]) -> str:
    return "|".join(sorted({re.escape(w) for w in words}, key=lambda w: (-len(w), w)))


# Multi-word cues the single-verb forms miss (the verb alone is too common to parse for).
_PHRASES = (r"call(?:s|ed|ing)?\s+(?:for|on)", r"ma(?:de|ke|kes|king)\s+clear",
            r"point(?:s|ed|ing)?\s+out", r"according\s+to", r"puts?\s+it\b",
            r"(?:shoots?|shot|shooting|fir(?:e|es|ed|ing)|hit(?:s|ting)?)\s+back")
PHRASE_ONLY = frozenset({"call", "make", "point"})  # their bare forms alone are no cue
# Lemmas whose bare form is mostly a noun ("the United States", "a report"): not a cue.
_NOUN_FIRST = frozenset({"state", "report"})

CUE_WORDS = re.compile(
    r"\b(?:" + _alternation([f for lemma in SPEECH - PHRASE_ONLY for f in inflections(lemma)
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
first lady crown attorney justice speaker majority minority whip house senate congressman mp mpp
congresswoman lawmaker sir lord baroness supreme allied high commissioner coordinator
special spokes representative interior affairs economy finance trade energy press
archbishop bishop cardinal rev rev. reverend pastor rabbi imam sheikh father pope
judge justice chief officer sgt sgt. sergeant det det. detective constable cpl cpl. pvt
capt capt. captain maj maj. major lt. col. coach professor prof prof. commissioner
superintendent councillor councilman councilwoman alderman alderwoman assemblyman
assemblywoman delegate ceo cfo coo cto chairman executive founder director mayor-elect
president-elect premier chancellor-elect constable corporal lieutenant inspector staff mla mna
mep pm vp da ag
forward defenceman defenseman goaltender goalie winger quarterback linebacker pitcher
striker midfielder
""".split()) | TITLES | {t + "." for t in TITLES}  # the splitter's titles: "Const.", "Supt."

TITLE_GENDER = {
    **dict.fromkeys("mr mr. sir lord king prince spokesman chairman congressman".split(), "m"),
    **dict.fromkeys("""ms ms. mrs mrs. madam queen princess spokeswoman chairwoman congresswoman
    baroness lady""".split(), "f")}

# Role nouns that can stand for a person already named ("the spokesman said").
ROLE_NOUNS = {
    "spokesman": "spokes", "spokeswoman": "spokes", "spokesperson": "spokes",
    "ambassador": "envoy", "envoy": "envoy", "diplomat": "envoy",
    "president": "president", "minister": "minister", "secretary": "secretary",
    "chancellor": "chancellor", "aide": "aide", "adviser": "aide", "advisor": "aide",
    "leader": "leader", "senator": "senator", "governor": "governor", "mayor": "mayor",
    "general": "general", "commander": "general", "negotiator": "negotiator",
    **{w: ws.split()[0] for ws in (
        "councillor councilor councilman councilwoman coun alderman", "premier", "chief",
        "coach", "judge justice", "doctor dr physician", "sheriff", "mp mpp mla mna mep",
        "sergeant sgt", "constable const", "detective det", "senator sen sens", "governor gov govs",
        "chair chairman chairwoman")
       for w in ws.split()},
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
    "kremlin": "russia", "polish": "poland", "poland": "poland", "canada": "canada",
    "canadian": "canada", "mexico": "mexico", "mexican": "mexico", "japan": "japan",
    "japanese": "japan", "italy": "italy", "italian": "italy", "spain": "spain",
    "spanish": "spain", "iran": "iran", "iranian": "iran", "iraq": "iraq", "iraqi": "iraq",
    "syria": "syria", "syrian": "syria", "australia": "australia", "australian": "australia",
    "europe": "eu", "european": "eu", "india": "india", "ottawa": "canada", **dict.fromkeys(
        "ontario quebec alberta manitoba saskatchewan nunavut".split(), "canada")}
# (not "Israel", "Jordan", "Georgia": surnames and first names too)

ROLE_HEADS = frozenset("""
president minister secretary spokesman spokeswoman spokesperson ambassador envoy chancellor aide
adviser advisor general commander leader chief head director official senator governor mayor
representative chairman chairwoman chair negotiator diplomat lawmaker deputy press king queen prince
pope analyst professor expert correspondent reporter coordinator commissioner member officer premier
ruler monarch speaker judge justice attorney candidate coach manager owner founder executive ceo
captain lawyer doctor teacher principal dean councillor councilor economist researcher scientist
author writer editor host anchor activist organizer organiser advocate nurse detective sergeant
constable superintendent pastor priest bishop rabbi imam strategist consultant pollster adviser
partner mother father son daughter wife husband sister brother widow resident student mp mpp mla
mna mep president-elect centre center winger defenceman defenseman goaltender goalie netminder
critic cfo coo cto
""".split())

ROLE_SUBJECT = re.compile(
    r"\b[Tt]he\s+(?:[A-Z][\w.]*\s+)*(?i:envoy|ambassador|spokes(?:man|woman|person)|"
    r"president|minister|secretary|chancellor|aide|adviser|advisor|diplomat|negotiator|"
    r"head of state)\b")
"""A role as the subject of a sentence ("the envoy …"), worth parsing for attribution."""

# --- mentions: pronouns, organisations, generic sources ---------------------------------

# Words that open a noun phrase naming someone not yet known: "one New Hampshire Democrat",
# "another commenter", "a Republican aide". No name follows them.
INDEFINITE = frozenset("a an one another some several many few any each every no two three "
                       "four five".split())
# Party and faction words: "Iowa Democrat" is a description, never a person's name.
PARTY_WORDS = frozenset("democrat democrats republican republicans gop conservative "
                        "conservatives liberal liberals libertarian libertarians tory tories "
                        "independent independents progressive progressives".split())

# Words before a name that say nothing of an office ("Dr. Theresa Tam" has no role)
HONORIFICS = frozenset("mr mrs ms miss mme messrs dr prof".split())
PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
ORG_PRONOUNS = {"it", "they"}
INSTITUTIONS = frozenset("""
military government ministry army administration embassy alliance council department office kremlin
pentagon house command forces navy agency commission committee parliament cabinet presidency
delegation spokesperson service services union bloc coalition force
""".split())
# What a person or organisation issues: "Rubio's press release said" is Rubio speaking.
DOCUMENTS = frozenset("""
statement release letter email e-mail memo ad advertisement editorial op-ed column post
tweet blog website filing lawsuit complaint petition study report survey analysis message
video book article story speech proposal platform document transcript announcement
""".split())
GENERIC = frozenset("""
official officials analyst analysts expert experts observer observers diplomat diplomats
people source sources critic critics someone somebody witness witnesses resident residents
reporter reporters journalist journalists leader leaders
""".split())

ORG_WORDS = frozenset("""
alliance council ministry department party committee union organization organisation office
commission bank fund agency group company corporation inc ltd llc university institute foundation
association forces army navy federation republic states kingdom house senate congress parliament
government court times post news press club center centre network service services authority board
bureau administration embassy treaty nations command mining energy airlines airline motors holdings
industries resources capital partners systems technologies pharmaceuticals media communications
insurance foods financial police hospital hospitals health sciences hydro transit railway airport
school college library clinic journal herald tribune gazette register globe chronicle magazine
newspaper observer telegraph examiner courier inquirer dispatch sentinel street avenue boulevard
highway plaza twitter facebook instagram youtube tiktok reddit linkedin snapchat whatsapp properties
developments homes construction logistics solutions ventures investments enterprises brands labs
studios entertainment productions realty associates consulting
conseil fédération confédération centrale syndicat regroupement régie société institut collectif
mouvement caisse ligue comité chambre ministère secrétariat
""".split())

# Nouns that can head a described speaker ("officials", "the company", "a neighbour"):
# people, groups of people and institutions. A described speaker must have one of these
# (or a role) as its head, so "the report said" or a misparsed "future" never speaks.
GROUP_NOUNS = frozenset("""
people person man woman men women boy girl child children kid kids teen teenager family families
group groups campaign campaigns company companies firm firms team teams party parties union unions
board court courts police authority authorities government administration agency department office
ministry committee council panel commission staff staffer staffers employee employees worker workers
member members voter voters supporter supporters critic critics opponent opponents protester
protesters demonstrator demonstrators lawmaker lawmakers legislator legislators senator senators
leader leaders resident residents neighbour neighbours neighbor neighbors parent parents student
students witness witnesses source sources insider insiders observer observers strategist strategists
adviser advisers advisor advisors aide aides ally allies official officials expert experts analyst
analysts economist economists researcher researchers scientist scientists doctor doctors nurse
nurses lawyer lawyers attorney attorneys prosecutor prosecutors investigator investigators officer
officers spokesman spokeswoman spokesperson representative representatives organizer organizers
organiser organisers activist activists advocate advocates citizen citizens customer customers user
users fan fans player players coach owner owners executive executives manager managers director
directors diplomat diplomats donor donors delegate delegates candidate candidates commenter
commenters reporter reporters journalist journalists writer writers author authors pollster
pollsters consultant consultants operative operatives judge judges jury victim victims survivor
survivors relative relatives friend friends colleague colleagues partner partners province city
town municipality county mountie mounties mounty trooper troopers deputy deputies firefighter
firefighters paramedic paramedics rescuer rescuers couple couples pair duo trio
""".split())

