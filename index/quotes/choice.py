"""Which candidate speaks a quote: a logistic model over candidate features, fitted on data.

The rules around it are exact where they can be (quotation marks, cue verbs, transcript
labels); which of the mentions near a quote is its speaker is where many weak cues
compete, so it is learned: `make fit-speakers` (index.evaluation.fit_speakers) fits the
weights on PolNeAR articles (never the held-out gold) and writes `speaker_model.json`
with what it was fitted on. Candidates standing for the same speaker add up; the best
speaker speaks if that probability clears the fitted threshold; otherwise the quote keeps
no speaker, because a wrong name is worse than none. Pure: the weights are read once,
scoring is arithmetic.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from ..weights import read_weights

MODEL_PATH = Path(__file__).with_name("speaker_model.json")

FEATURES = (
    "bias",
    # where the candidate comes from
    "src_cue",  # subject of a speech verb in the quote's sentence(s)
    "src_near",  # subject of a speech verb just before ("X said:") or just after the quote
    "src_previous",  # whoever spoke the previous quote
    "src_named",  # a person named in the sentence, with no verb of their own
    "src_according",  # "according to X"
    "unlisted",  # the verb is no speech verb of the lexicon, only placed as one (“…,” X fumed)
    # what the mention is
    "m_name", "m_pronoun", "m_it", "m_role", "m_org", "m_description",  # m_it: "it", "they"
    "ner_person",  # the NER model tagged the mention a person
    # how it relates to the quote
    "in_scope",  # the quote lies in the speech verb's clause ("described it as “…”")
    "nearest_cue",  # the closest speech verb to the quote
    "n_cues",  # log(1 + speech verbs around a quotation), 0 for reported content
    "before",  # the mention comes before the quote
    "dist",  # log(1 + characters between mention and quote) / 5
    "same_par",
    "gap_par",  # paragraphs back to the previous quote (for src_previous), capped at 3
    "gap_sent",  # sentences back, capped at 5, / 5
    "other_between",  # someone else was named as a subject since the previous quote
    "opens_par",  # the quote opens its paragraph
    "carries",  # the quote goes on from an unclosed quote in the paragraph before
    "colon",  # the speech verb ends in a colon right before the quote
    "floating",  # the quote's sentence has no speech verb of its own
    # the quote
    "direct", "partial", "indirect",
    # what the candidate resolves to
    "resolved", "to_person", "to_org", "to_description",
    # how a pronoun found its person (index.quotes.pronouns.pronoun_reading)
    "pro_fresh",  # a main-clause subject met since the previous quote
    "pro_previous",  # the previous quote's speaker
    "pro_subject",  # a subject of this or the two sentences before
    "pro_weak",  # only someone named nearby
    "pro_rivals",  # other people of that gender met nearby, capped at 3, / 3
    "pro_back",  # sentences back to the person, capped at 4, / 4
    "pro_agrees",  # the person's gender is known and is the pronoun's
    "it_subject",  # "it"/"they": a subject of this sentence or the one before
    "it_previous",  # "it"/"they": the organisation or group that spoke just before
)


class Scored(Protocol):
    """A candidate as the model sees it (`candidates.Candidate`)."""

    @property
    def features(self) -> Mapping[str, float]: ...

    @property
    def speaker(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class SpeakerModel:
    weights: tuple[float, ...]
    threshold: float

    def probability(self, features: Mapping[str, float]) -> float:
        z = sum(w * features.get(name, 0.0) for w, name in zip(self.weights, FEATURES,
                                                               strict=True))
        return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))

    def choose(self, candidates: Sequence[Mapping[str, float]],
               speakers: Sequence[str | None] | None = None,
               ) -> tuple[int, float, bool] | None:
        """Index and probability of the candidate that speaks, and whether it clears
        alone, or None if none clears.
        Candidates that stand for the same speaker (`speakers`: "Moss said …", "she said
        she …") are evidence for one answer: its probability is theirs combined
        (noisy-or), and its likeliest candidate stands for it. (On PolNeAR's held-out
        fifth this names 14 more quotes, 12 of them rightly.)"""
        found = self.best(candidates, speakers)
        if found is None or found[1] < self.threshold:
            return None
        index, p, alone = found
        return index, p, alone >= self.threshold

    def choose_among(self, candidates: Sequence[Scored]) -> tuple[int, float, bool] | None:
        return self.choose([c.features for c in candidates], [c.speaker for c in candidates])

    @staticmethod
    def vouches(choice: tuple[int, float, bool] | None) -> bool:
        """Whether one candidate alone made the choice, not weak ones adding up: only then
        is a short phrase in quotation marks ("This Week", a scare-quoted word) speech."""
        return choice is not None and choice[2]

    def best(self, candidates: Sequence[Mapping[str, float]],
             speakers: Sequence[str | None] | None = None,
             ) -> tuple[int, float, float] | None:
        """`choose` before the threshold: the candidate, its speaker's combined
        probability and its own."""
        if not candidates:
            return None
        probs = [self.probability(f) for f in candidates]
        groups: dict[object, list[int]] = {}
        for i in range(len(probs)):
            who = speakers[i] if speakers is not None else None
            groups.setdefault(who if who is not None else ("unknown", i), []).append(i)
        scored = [(max(members, key=lambda i: (probs[i], -i)),
                   1.0 - math.prod(1.0 - probs[i] for i in members))
                  for members in groups.values()]
        index, p = max(scored, key=lambda x: (x[1], -x[0]))
        return index, p, probs[index]

    @classmethod
    def prior(cls) -> SpeakerModel:
        """Hand-set weights, used only to bootstrap the first fit (see fit_speakers)."""
        w = {"bias": -2.0, "src_cue": 2.5, "src_near": 1.5, "src_previous": 1.0,
             "src_named": 0.0, "src_according": 2.5, "in_scope": 1.0, "nearest_cue": 1.0,
             "resolved": 1.0, "dist": -1.0, "other_between": -1.5, "carries": 1.5,
             "gap_par": -0.8, "colon": 1.0, "opens_par": 0.5}
        return cls(tuple(w.get(name, 0.0) for name in FEATURES), 0.5)


@lru_cache(maxsize=2)
def load(path: Path = MODEL_PATH) -> SpeakerModel:
    return read_weights(path, "make fit-speakers", lambda d: SpeakerModel(
        tuple(float(w) for w in d["weights"]), float(d["threshold"])), {"features": FEATURES})
