"""Quote extraction and attribution, form by form (real spaCy pipeline, no embeddings)."""

from __future__ import annotations

import pytest

from index.config import QuotesConfig
from index.ingest.load import load_paths, make_article
from index.quotes.stage import extract
from index.types import Article, Quote
from tests.conftest import SEEDS


def article(text: str, title: str = "Test story") -> Article:
    return make_article({"title": title}, text, where="test", path=None, default_title="t")


def quotes_of(text: str, title: str = "Test story") -> tuple[Article, list[Quote]]:
    art = article(text, title)
    (found,) = extract([art], QuotesConfig())
    return art, list(found.quotes)


def by_text(art: Article, quotes: list[Quote], needle: str, kind: str | None = None) -> Quote:
    for q in quotes:
        if needle in art.text[q.start:q.end] and kind in (None, q.kind):
            return q
    found = [art.text[q.start:q.end] for q in quotes]
    raise AssertionError(f"no quote containing {needle!r} in {found}")


# (text, a phrase of the quote, kind, speaker)
FORMS = [
    ("“We will not back down,” said Foreign Minister Anna Berg.", "We will not back down",
     "direct", "Anna Berg"),
    ("“We will not back down,” Anna Berg said on Monday.", "We will not back down", "direct",
     "Anna Berg"),
    ("Prime Minister Anna Berg said: “We will not back down.”", "We will not back down",
     "direct", "Anna Berg"),
    ("Kremlin spokesman Dmitry Peskov described the talks as “open and direct,” but emphasized "
     "that Moscow wants quick results.", "open and direct", "partial", "Dmitry Peskov"),
    # A partial quote inside reported speech of the same speaker is reported once.
    ("Senator Mark Olsen said the deal “falls far short of what was promised.”",
     "falls far short", "indirect", "Mark Olsen"),
    ("Senator Mark Olsen said that the deal would collapse within weeks.",
     "the deal would collapse", "indirect", "Mark Olsen"),
    ("General Maria Lind warned the ceasefire could not hold.", "the ceasefire could not hold",
     "indirect", "Maria Lind"),
    ("According to Ambassador Tom Reyes, the talks will resume in March.",
     "the talks will resume", "indirect", "Tom Reyes"),
    ("The Kremlin said it would respond to any provocation.", "it would respond", "indirect",
     "Kremlin"),
    ("President Joe Biden voiced deep concern about the buildup.", "deep concern about",
     "indirect", "Joe Biden"),
]


@pytest.mark.parametrize("text, needle, kind, speaker", FORMS, ids=[f[1][:20] for f in FORMS])
def test_quote_forms(text: str, needle: str, kind: str, speaker: str) -> None:
    art, quotes = quotes_of(text)
    q = by_text(art, quotes, needle, kind)
    assert q.speaker == speaker
    assert art.text[q.start:q.end] == art.text[q.start:q.end].strip()


def test_quote_over_paragraphs_and_continuations() -> None:
    text = ("Defense Secretary Lloyd Austin spoke to reporters in Brussels on Tuesday.\n\n"
            "“We are determined to help Ukraine defend itself,” Austin said. “And we will keep "
            "doing it for as long as it takes.\n\n"
            "“Nobody should doubt our resolve.”\n\n"
            "The meeting ended late in the evening.")
    art, quotes = quotes_of(text)
    first = by_text(art, quotes, "We are determined")
    second = by_text(art, quotes, "for as long as it takes")
    third = by_text(art, quotes, "Nobody should doubt")
    assert first.kind == "direct" and first.speaker == "Lloyd Austin"
    # "“A,” Austin said. “B …”": what follows the cue's sentence in its paragraph is the
    # same quotation, as one cue attributes both
    assert (second.start, second.end) == (first.start, first.end)
    assert art.text[first.start:first.end].startswith("We are determined")
    assert third.kind == "continuation" and third.speaker == "Lloyd Austin"
    assert third.speaker_start is None, "a continuation names nobody nearby"
    assert not any("meeting ended" in art.text[q.start:q.end] for q in quotes)


def test_a_quotation_after_the_cue_sentence_needs_no_cue_of_its_own_to_join() -> None:
    text = ("“We will reopen the plant,” Mayor Ann Holt said. “It may take a year.” "
            "“Nobody believes that,” said Coun. Bo Li.")
    art, quotes = quotes_of(text)
    holt = by_text(art, quotes, "reopen the plant")
    assert art.text[holt.start:holt.end].endswith("It may take a year.")
    li = by_text(art, quotes, "Nobody believes that")
    assert li.speaker == "Bo Li" and li.start > holt.end


@pytest.mark.parametrize("text, needle, speaker, ending, alone", [
    # "“A. B,” she said, “C. D.”": one cue, one quotation, though it runs on past the
    # sentence the cue stands in
    ("“The road flooded twice. We lost the bridge,” Mayor Ola Brandt said, “It will take a "
     "year to rebuild. The province must help.”", "road flooded", "Ola Brandt",
     "The province must help.", True),
    # a speech word used as a noun is no second cue between two quotations
    ("“It is a bad deal,” said Pia Lund, a trade lawyer in Halifax, via email. “The tariffs "
     "stay.”", "bad deal", "Pia Lund", "The tariffs stay.", False),
    # "She said A. “B.”": the quotation with no cue of its own after a reported clause in
    # the same paragraph is more of what was reported
    ("Mayor Ann Holt said the plant would reopen in May. “We have the money now. The "
     "workers are ready.”\n\nThe council meets on Monday.", "plant would reopen", "Ann Holt",
     "workers are ready.”", True),
    # a show named in quotation marks does not part a quotation
    ("“We will win Ohio,” Senator Ray Dunn said on “Face the Nation.” “Nobody doubts it.”",
     "win Ohio", "Ray Dunn", "Nobody doubts it.", False),
])
def test_one_cue_one_quotation(text: str, needle: str, speaker: str, ending: str,
                               alone: bool) -> None:
    art, quotes = quotes_of(text)
    q = by_text(art, quotes, needle)
    assert q.speaker == speaker and art.text[q.start:q.end].endswith(ending)
    assert not alone or len(quotes) == 1


def test_a_participle_between_two_quotations_is_a_cue_of_its_own() -> None:
    # (what follows "adding that …" stays apart, unlike "via email")
    _, quotes = quotes_of("“It is a bad deal,” said Pia Lund, adding that she had warned "
                          "them. “The tariffs stay.”")
    assert len(quotes) >= 2


def test_what_a_speaker_hoped_is_part_of_what_he_said() -> None:
    text = ("Senator Ray Dunn wrote to the minister on Monday. In an interview, Dunn said he had "
            "sent a letter, and he said he hoped that Attorney General Ann Holt would announce "
            "an inquiry shortly.")
    art, quotes = quotes_of(text)
    q = by_text(art, quotes, "announce an inquiry")
    assert q.speaker == "Ray Dunn"
    assert art.text[q.start:q.end] == ("he hoped that Attorney General Ann Holt would announce "
                                       "an inquiry shortly")
    assert [art.text[q.start:q.end] for q in quotes].count("he hoped") == 0


def test_what_someone_is_accused_of_is_what_was_said() -> None:
    art, quotes = quotes_of("Coun. Bo Li accused Mayor Ann Holt of hiding the audit from the "
                            "council.")
    assert [(art.text[q.start:q.end], q.speaker) for q in quotes] == [
        ("Mayor Ann Holt of hiding the audit from the council", "Bo Li")]
    # (guard: who is accused says nothing)
    assert quotes_of("Mayor Ann Holt was accused of hiding the audit.")[1] == []


def test_who_answers_an_accusation_did_not_make_it() -> None:
    # "responded to accusations that he …": what the accusers say, not the one who answers
    art, quotes = quotes_of("Mayor Ann Holt responded on Sunday to accusations that she hid "
                            "the audit from the council.")
    assert [(art.text[q.start:q.end], q.speaker) for q in quotes] == []


def test_the_title_of_a_work_is_nobody_s_words() -> None:
    art, quotes = quotes_of("Mayor Ann Holt said in her 2019 book, \"A City Rebuilt.\" She "
                            "starred in the reality show \"Town Hall Tonight,\" which ran for "
                            "years. Critics called the show \"a long campaign ad.\"")
    assert [(art.text[q.start:q.end], q.speaker) for q in quotes] == [
        ("a long campaign ad.", "Critics")]


def test_a_partial_quote_after_reported_speech_is_more_of_it() -> None:
    text = ("Coun. Dana Kettering vowed to oppose the tax “today, tomorrow, forever.” Mayor "
            "Ann Holt said she would defend it. Critics called the plan “short-sighted.”")
    art, quotes = quotes_of(text)
    held = [q for q in quotes if "forever" in art.text[q.start:q.end]]
    assert len(held) == 1 and held[0].kind == "indirect"
    assert art.text[held[0].start:held[0].end] == "to oppose the tax “today, tomorrow, forever.”"
    # (guard: a partial quote with a cue of its own stays its own)
    assert any(art.text[q.start:q.end].startswith("short-sighted") for q in quotes)


def test_transcript_turns_run_over_paragraphs() -> None:
    text = ("East Room\n\n1:43 P.M. EST\n\n"
            "PRESIDENT BIDEN: Good afternoon. NATO is stronger than ever.\n\n"
            "We will defend every inch of NATO territory.\n\n"
            "Q Mr. President, will you speak to Putin?\n\n"
            "Vladimir Putin: We are categorically opposed to Ukraine joining NATO.\n\n"
            "END 2:16 P.M. EST")
    art, quotes = quotes_of(text, "Remarks by President Biden")
    assert by_text(art, quotes, "NATO is stronger").speaker == "Biden"
    follow = by_text(art, quotes, "every inch")
    assert (follow.kind, follow.speaker) == ("transcript", "Biden")
    assert by_text(art, quotes, "will you speak").speaker is None, "a reporter stays unknown"
    putin = by_text(art, quotes, "categorically opposed")
    assert putin.speaker == "Vladimir Putin"
    assert art.text[putin.speaker_start:putin.speaker_end] == "Vladimir Putin"
    assert not any("END" in art.text[q.start:q.end] for q in quotes)


def test_the_president_label_is_resolved_from_the_source() -> None:
    art = make_article({"title": "Remarks on the alliance",
                        "source": "The White House (Biden administration)"},
                       "THE PRESIDENT: Thank you all.\n\nQ Sir, a question.\n\n"
                       "THE PRESIDENT: Go ahead.\n", where="t", path=None, default_title="t")
    (found,) = extract([art], QuotesConfig())
    assert {q.speaker for q in found.quotes if q.speaker} == {"Biden"}


def test_statement_belongs_to_its_author() -> None:
    _, quotes = quotes_of("Today I spoke with allies about Ukraine.\n\nWe will stand firm.\n",
                          "Statement by Press Secretary Jen Psaki on Ukraine")
    assert {(q.kind, q.cue, q.speaker) for q in quotes} == {("direct", "statement",
                                                              "Jen Psaki")}
    assert len(quotes) == 2


# Pronouns and roles: (text, needle, speaker)
PRONOUNS = [
    ("Ambassador Julia Hart arrived in Geneva. “We are ready,” she said.", "We are ready",
     "Julia Hart"),
    ("Minister Olaf Brandt met Ambassador Julia Hart. He said the talks had failed.",
     "the talks had failed", "Olaf Brandt"),
    ("Mr. Karl Weiss met Ms. Lena Ortiz in Vienna. “It went well,” she said.", "It went well",
     "Lena Ortiz"),
    ("Mr. Karl Weiss met Ms. Lena Ortiz in Vienna. “It went well,” he said.", "It went well",
     "Karl Weiss"),
    ("Kremlin spokesman Dmitry Peskov spoke on Monday. Later the spokesman said talks were over.",
     "talks were over", "Dmitry Peskov"),
    ("“Nothing has changed,” he said.", "Nothing has changed", None),
    ("Officials said the bridge would reopen next week.", "the bridge would reopen",
     "Officials"),
]


@pytest.mark.parametrize("text, needle, speaker", PRONOUNS, ids=[p[1][:18] for p in PRONOUNS])
def test_pronouns_roles_and_unknowns(text: str, needle: str, speaker: str | None) -> None:
    art, quotes = quotes_of(text)
    matches = [q for q in quotes if needle in art.text[q.start:q.end]]
    if speaker is None:
        assert all(q.speaker is None for q in matches), "unknown stays unknown"
    else:
        assert matches and matches[0].speaker == speaker


def test_seed_pronouns_and_merged_names() -> None:
    (art,) = load_paths([SEEDS]).articles
    (found,) = extract([art], QuotesConfig())
    q = {art.text[x.start:x.end]: x for x in found.quotes}
    assert q["We see no significant reason for optimism,"].speaker == "Dmitry Peskov"
    told = q["We see no significant reason for optimism,"]
    assert art.text[told.speaker_start:told.speaker_end] == "he"
    tweeted = next(x for t, x in q.items() if t.startswith("The United States is committed"))
    assert tweeted.speaker == "Wendy Sherman" and tweeted.cue == "tweeted"
    smith = next(x for t, x in q.items() if t.startswith("not a single ally"))
    assert smith.speaker == "Julianne Smith"  # "Smith said …" merged with the full name
    people = {s.name: s for s in found.resolved.speakers}
    assert {"Julianne Smith", "Dmitry Peskov", "Jen Psaki", "Wendy Sherman"} <= set(people)
    assert {r for r, _ in people["Julianne Smith"].roles} >= {"U.S. Ambassador",
                                                              "U.S. envoy to NATO"}
    assert "Smith" in people["Julianne Smith"].aliases


def test_quote_spans_are_exact_slices() -> None:
    (art,) = load_paths([SEEDS]).articles
    (found,) = extract([art], QuotesConfig())
    for q in found.quotes:
        assert 0 <= q.start < q.end <= len(art.text)
        if q.speaker_start is not None:
            assert q.speaker_end is not None and q.speaker_start < q.speaker_end


@pytest.mark.parametrize("who, role", [
    ("Anna Berg, co-founder of the clinic", "co-founder of the clinic"),
    ("Tom Li, vice-chair of the board", "vice-chair of the board"),
    ("Ian Ho, an ex-minister", "ex-minister"),
    ("Dr Ann Li, co-chair of the committee", "co-chair of the committee"),  # not "Dr"
    ("Ruth Abe, the Kremlin spokeswoman", "Kremlin spokeswoman"),  # (guard: as before)
    ("Dr. Harold Bern", "Dr."),  # (guard: a title alone is still what the story gives)
])
def test_a_hyphenated_role_in_apposition_is_the_role(who: str, role: str) -> None:
    art = make_article({"id": "x", "title": "Roles"}, f"“We are ready,” said {who}.\n",
                       where="x", path=None, default_title="x")
    (found,) = extract([art], QuotesConfig())
    (person,) = found.resolved.speakers
    assert role in {r for r, _ in person.roles}
