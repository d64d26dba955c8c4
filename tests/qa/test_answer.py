"""Retrieval and answer composition with the fake embedder: exact and fast."""

from __future__ import annotations

import pytest

from index.build import build_paths
from index.config import Config
from index.engine import Engine
from index.qa.answer import cite, jaccard, select
from index.search.features import CONFIDENCE, FEATURES
from index.search.hybrid import rrf
from index.search.keyword import KeywordIndex
from index.search.ranker import Ranker
from index.search.tokens import query_tokens, tokens
from index.types import Article, Hit
from tests.conftest import SEEDS
from tests.support.fakes import HashEmbedder


def test_rrf_rewards_agreement() -> None:
    fused = rrf([[1, 2, 3], [3, 1, 4]], k=60)
    assert [d for d, _ in fused][:2] == [1, 3]
    assert fused[0][1] == pytest.approx(1 / 61 + 1 / 62)


def test_tokens_keep_names_and_numbers() -> None:
    assert "14000" in tokens("fighting has killed over 14,000 people")
    assert tokens("Ryabkov") == ["ryabkov"]
    assert tokens("Niinistö") == tokens("Niinisto")
    assert query_tokens("Tell me about NATO") == ["nato"]
    assert tokens("Kuleba spoke with Blinken") == tokens("Kuleba speaks with Blinken")


def test_keyword_index_finds_rare_words_and_knows_df() -> None:
    docs = [tokens("Sergei Ryabkov led the delegation"), tokens("Over 14,000 people died"),
            tokens("NATO and Russia talk"), tokens("NATO allies meet")]
    kw = KeywordIndex.build([10, 11, 12, 13], docs)
    assert kw.search(query_tokens("What did Ryabkov say?"), 2)[0].tolist() == [10]
    assert kw.search(query_tokens("14000 people"), 2)[0].tolist()[0] == 11
    assert kw.df("nato") == 2 and kw.idf("nato") < kw.idf("ryabkov") < kw.idf("unseen")
    assert len(kw.search(["unseen"], 3)[0]) == 0


def hit(i: int, text: str, order: float, conf: float, article: str = "a") -> Hit:
    return Hit(sentence_id=i, article_id=article, start=0, end=len(text), text=text,
               passage_id=0, order=order, confidence=conf)


def test_select_orders_dedupes_caps_and_pages() -> None:
    hits = [
        hit(1, "Russia massed about 100,000 troops near Ukraine.", 5.0, 0.9),
        hit(2, "Russia has massed about 100,000 troops near Ukraine.", 4.0, 0.9, "b"),
        hit(3, "The military said 3,000 troops took part in drills.", 3.0, 0.8),
        hit(4, "Unrelated sentence about weather.", 6.0, 0.1),
        hit(5, "Putin warned of military-technical measures.", 2.0, 0.6),
    ]
    chosen, more = select(hits, threshold=0.5, limit=2)
    assert [h.sentence_id for h in chosen] == [1, 3] and more
    chosen, more = select(hits, threshold=0.5, limit=2, offset=2)
    assert [h.sentence_id for h in chosen] == [5] and not more
    assert select(hits, threshold=0.95, limit=3) == ([], False)
    assert jaccard(frozenset("ab"), frozenset("ab")) == 1.0


def test_citations_are_shared_by_article_and_numbered_in_order() -> None:
    arts = {k: Article(id=k, title=f"T{k}", text="x", date="2022-01-0" + str(n), source="S")
            for n, k in enumerate("abc", start=1)}
    answer = cite("q", "general", [hit(1, "one", 3, 0.9, "b"), hit(2, "two", 2, 0.9, "a"),
                                   hit(3, "three", 1, 0.9, "b")], arts)
    assert [s.citation for s in answer.sentences] == [1, 2, 1]
    assert [(s.citation, s.article_id) for s in answer.sources] == [(1, "b"), (2, "a")]
    assert not answer.abstained
    assert cite("q", "general", [], arts).abstained


@pytest.fixture
def engine(config: Config, fake: HashEmbedder) -> Engine:
    build_paths([SEEDS], config.index.dir, config, lambda: fake, quiet=True)
    return Engine(config.index.dir, config, fake)


def test_answer_cites_exact_slices(engine: Engine) -> None:
    answer = engine.ask("How many troops has Russia massed near Ukraine?")
    assert not answer.abstained
    top = answer.sentences[0]
    article = engine.article(top.article_id)
    assert article is not None and article.text[top.start:top.end] == top.text
    assert "100,000 troops" in top.text
    assert answer.sources[0].source == "AP" and answer.sources[0].date == "2022-01-11"


@pytest.mark.parametrize("question, needle", [
    ("Ryabkov", "Sergei Ryabkov"),
    ("14,000", "14,000 people"),
    ("Voronezh Belgorod", "Voronezh, Belgorod"),
])
def test_names_and_numbers_are_findable(engine: Engine, question: str, needle: str) -> None:
    hits = engine.searcher.retrieve(question, engine.embedder.embed_query(question)).hits
    assert needle in hits[0].text


@pytest.mark.parametrize("question", [
    "", "   ", "?!?", "What is the boiling point of water?", "How do I reset my password?",
    "subscribe login comments",
])
def test_off_topic_junk_and_empty_questions_abstain(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.abstained and answer.note and not answer.sentences


def test_long_and_html_questions(engine: Engine) -> None:
    long_q = "How many troops has Russia massed near Ukraine? " + "really " * 700
    answer = engine.ask(long_q)
    assert answer.note and "long" in answer.note
    answer = engine.ask("<b>How many troops</b> has Russia massed near Ukraine? </a> & more")
    assert "100,000" in answer.sentences[0].text


def test_markup_never_hides_what_a_question_asks() -> None:
    from index.qa.ask import tidy
    from index.qa.intent import parse

    q, cut = tidy("<b>Who said</b> it was <i class='x'>too early</i> to tell?", 4000)
    assert (q, cut) == ("Who said it was too early to tell?", False)
    assert parse(q).kind == "who_said"
    assert tidy("Is 3 < 4 and 5 > 2?", 4000)[0] == "Is 3 < 4 and 5 > 2?"


def test_uncalibrated_ranker_is_only_for_tests() -> None:
    r = Ranker.load()
    assert 0.0 < r.threshold < 1.0 and len(r.order_weights) == len(FEATURES)
    assert len(r.confidence_weights) == len(CONFIDENCE)


def test_more_pages_through_the_same_question(engine: Engine) -> None:
    from index.qa.followup import next_context

    first = engine.ask("How many troops has Russia massed near Ukraine?", limit=1)
    ctx = next_context(first, None)
    second = engine.ask("more", ctx, limit=1)
    assert second.question == first.question and not second.abstained
    assert second.sentences[0].start != first.sentences[0].start
    ctx = next_context(second, ctx)
    assert ctx.offset == 2
    for _ in range(40):
        page = engine.ask("more", ctx, limit=1)
        ctx = next_context(page, ctx)
        if page.abstained:
            break
    assert page.abstained and page.note == "That's all the articles say about that."
    assert engine.ask("more").note.startswith("Ask a question first")  # type: ignore[union-attr]
