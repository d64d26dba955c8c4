"""Capitals that news makes speak for their governments ("Moscow denies", "Beijing said",
"Washington has accused"): the tagger calls them people or firms as often as places. Pure."""

from __future__ import annotations

CAPITALS = frozenset("""
moscow beijing washington kyiv kiev london paris berlin tokyo tehran pyongyang seoul ottawa
brussels damascus ankara jerusalem riyadh havana caracas delhi islamabad kabul baghdad cairo
minsk warsaw budapest rome madrid canberra taipei hanoi manila tripoli beirut doha
""".split())
