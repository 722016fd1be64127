"""Claims: sentences with a checkable fact, linked to quotes, dates, numbers and names."""

from __future__ import annotations

from crosscheck.extract.attribution import ChainResolver
from crosscheck.extract.claims import claims
from crosscheck.extract.events import predicates
from crosscheck.ingest.build import make_article
from crosscheck.types import DateMention, Entity, EntityType, Granularity, NumberMention


def test_links_and_criteria():
    body = "Cuaca cerah. Sun tiba di Pyongyang. Harga naik 5 persen pada Jumat."
    article = make_article(body, language="id")
    number = NumberMention("5 persen", body.index("5 persen"), body.index("5 persen") + 8,
                           5.0, None, None, "persen")  # fmt: skip
    day = body.index("Jumat")
    date = DateMention("Jumat", day, day + 5, "2024-01-26", Granularity.DAY, None)
    sun = Entity("Sun", body.index("Sun"), body.index("Sun") + 3, EntityType.PERSON, "Sun Weidong")
    found = list(
        claims(
            article, [], [date], [number], [sun], ChainResolver(article, []), predicates=predicates
        )
    )
    # "Cuaca cerah." has no fact; an entity plus an event predicate is a claim
    assert [(c.text, c.dates, c.numbers, c.entities) for c in found] == [
        ("Sun tiba di Pyongyang.", (), (), (0,)),
        ("Harga naik 5 persen pada Jumat.", (0,), (0,), ()),
    ]
    assert found[0].predicates == ("arrive",)
    for claim in found:
        assert article.body[claim.start : claim.end] == claim.text


def test_entity_without_event_is_not_a_claim():
    body = "Sun adalah diplomat senior."
    article = make_article(body, language="id")
    sun = Entity("Sun", 0, 3, EntityType.PERSON, "Sun Weidong")
    assert list(claims(article, [], [], [], [sun], ChainResolver(article, []),
                       predicates=predicates)) == []  # fmt: skip
