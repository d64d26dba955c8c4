"""Capitals that news makes speak for their governments ("Moscow denies", "Beijing said",
"Washington has accused"): the tagger calls them people or firms as often as places. Pure."""

from __future__ import annotations

CAPITALS = frozenset("""
moscow beijing washington kyiv kiev london paris berlin tokyo tehran pyongyang seoul ottawa
brussels damascus ankara jerusalem riyadh havana caracas delhi islamabad kabul baghdad cairo
minsk warsaw budapest rome madrid canberra taipei hanoi manila tripoli beirut doha
""".split())

# States and provinces as datelines and addresses write them after a town ("Fanshawe
# College, in London, Ont., said", "a nurse from Tulsa, Okla."), in full and in the wire
# services' abbreviations (without their stops). The tagger reads "Ont" or "Alta" as a
# person often enough to make the province speak for the college.
REGIONS = frozenset("""
alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
michigan minnesota mississippi missouri montana nebraska nevada hampshire jersey mexico york
carolina dakota ohio oklahoma oregon pennsylvania rhode island tennessee texas utah vermont
virginia washington wisconsin wyoming alberta columbia manitoba brunswick newfoundland
labrador scotia ontario quebec québec saskatchewan yukon nunavut territories
ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo
mont neb nev n.h n.j n.m n.y n.c n.d okla ore pa r.i s.c s.d tenn tex vt va wash w.va wis
wyo alta b.c man n.b n.l nfld n.s ont p.e.i que sask y.t n.w.t
""".split())


def is_region(word: str) -> bool:
    """A state or province as written after a town ("Ont.", "B.C.", "Texas")."""
    return word.lower().rstrip(".") in REGIONS
