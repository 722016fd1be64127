"""Attribution chains: relay and origin cues, credits, and the chain policy."""

from __future__ import annotations

import pytest

from crosscheck.extract import extract
from crosscheck.extract.attribution import ChainResolver, attributions
from crosscheck.extract.entities import entities
from crosscheck.ingest import read_articles
from crosscheck.ingest.build import make_article
from crosscheck.types import Credit


def _chains(body: str, language: str = "id", credits=()):
    article = make_article(body, language=language, credits=credits)
    found = list(attributions(article, entities=list(entities(article))))
    return [[(link.canonical, link.role) for link in a.links] for a in found]


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        ("Laporan itu, sebagaimana dikutip Reuters, menyatakan kesiapan Beijing.", "id",
         [[("Reuters", "relay")]]),
        ("Dilansir MalangNetwork.com dari laman AP News, Kim berusaha keluar dari isolasi.", "id",
         [[("AP", "origin"), ("MalangNetwork.com", "relay")]]),
        ("Dilansir dari Associated Press (AP News), Kim memberikan pesan kepada Xi.", "id",
         [[("AP", "origin")]]),
        ("Pertemuan ini dilaporkan oleh Kantor Berita Pusat Korea (KCNA), Senin (29/9).", "id",
         [[("KCNA", "origin")]]),
        ("Kantor berita KCNA melaporkan, Kim mengawasi latihan itu.", "id",
         [[("KCNA", "origin")]]),
        ('"Delegasi tiba," kata kantor berita pemerintah Korea Utara, KCNA, dikutip Sabtu (27/1).',
         "id", [[("KCNA", "origin")]]),
        ('"Kedua pihak sepakat," tulis laporan KCNA.', "id", [[("KCNA", "origin")]]),
        ("The delegation arrived on Thursday, according to Xinhua.", "en",
         [[("Xinhua", "origin")]]),
        ("Reuters, citing KCNA, said the talks ended.", "en", [[("KCNA", "origin")]]),
        ("The photo was released by KCNA via Reuters on Friday.", "en",
         [[("KCNA", "origin"), ("Reuters", "relay")]]),
        # a citation date is not a source
        ("Pernyataan itu dikutip Sabtu (27/1) oleh banyak media.", "id", []),
    ],
)  # fmt: skip
def test_cues(body, language, expected):
    assert _chains(body, language) == expected


def test_credit_becomes_a_metadata_link():
    credit = Credit("source", "Sputnik-OANA", "Sumber: Sputnik-OANA")
    article = make_article("Kedua pihak bertemu di Beijing.", language="id", credits=[credit])
    (only,) = list(attributions(article))
    (link,) = only.links
    assert (link.canonical, link.start, link.end) == ("Sputnik", -1, -1)


def test_policy_sentence_then_paragraph_then_lead_plus_credits():
    body = (
        "Pertemuan ini dilaporkan oleh KCNA, Senin.\n\n"
        "Reuters, mengutip Yonhap, menyebut perundingan selesai. Kedua pihak sepakat.\n\n"
        "Harga naik tajam."
    )
    credit = Credit("source", "Reuters", "Sumber: Reuters")
    article = make_article(body, language="id", credits=[credit])
    resolver = ChainResolver(article, list(attributions(article, entities=list(entities(article)))))
    s = article.sentences

    def chain(i):
        return [(link.canonical, link.role) for link in resolver.chain(s[i].start, s[i].end)]

    # 1. the sentence's own cue, with the source credit appended as a relay
    assert chain(1) == [("Yonhap", "origin"), ("Reuters", "relay")]
    # 2. carried from the nearest cue before it in the same paragraph
    assert chain(2) == [("Yonhap", "origin"), ("Reuters", "relay")]
    # 3. no cue in the paragraph: the lead's report cue is the article default
    assert chain(3) == [("KCNA", "origin"), ("Reuters", "relay")]
    # quotes carry only what is written in their own sentence
    assert resolver.explicit(s[3].start, s[3].end) == ()


def test_seed_003_chain(seed_paths):
    x = extract(read_articles([seed_paths["003"]]).articles[0])
    claim = next(c for c in x.claims if "Dilansir MalangNetwork.com" in c.text)
    assert [(link.canonical, link.role) for link in claim.attribution] == [
        ("AP", "origin"),
        ("MalangNetwork.com", "relay"),
    ]
    link = claim.attribution[0]
    assert x.article.body[link.start : link.end] == link.name == "AP News"


@pytest.fixture(scope="module")
def seed_extractions(seed_paths):
    return {key: extract(read_articles([p]).articles[0]) for key, p in seed_paths.items()}


def _claim_chain(extraction, fragment):
    claim = next(c for c in extraction.claims if fragment in c.text)
    return [(link.canonical, link.role) for link in claim.attribution]


def test_seed_claim_chains(seed_extractions):
    # 004: the sentence names KCNA; the article's "Sumber: Reuters" credit is the relay
    assert _claim_chain(seed_extractions["004"], "Kantor berita KCNA melaporkan") == [
        ("KCNA", "origin"),
        ("Reuters", "relay"),
    ]
    # 004: a sentence without a cue falls back to the credit alone
    assert _claim_chain(seed_extractions["004"], "Menurut Xi") == [("Reuters", "origin")]
    # 001: the lead says KCNA reported the meeting; Sputnik-OANA is the credited source
    assert _claim_chain(seed_extractions["001"], "ujar Wang") == [
        ("KCNA", "origin"),
        ("Sputnik", "relay"),
    ]
    # 002: a ministry report cited by Reuters
    assert _claim_chain(seed_extractions["002"], "sebagaimana dikutip Reuters") == [
        ("Foreign Ministry of China", "origin"),
        ("Reuters", "relay"),
    ]
    # the quote itself carries only what is written at it
    wang = next(q for q in seed_extractions["001"].quotes if q.cue == "ujar")
    assert wang.attribution == ()


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        ("Kim meninjau uji coba itu, seperti dikutip Reuters dari KCNA.", "id",
         [[("KCNA", "origin"), ("Reuters", "relay")]]),
        ("Yonhap news agency reported that the missile flew 600 km.", "en",
         [[("Yonhap", "origin")]]),
        # the agency that heard the words is the origin; other listeners are not sources
        ("Smelter operators told Reuters that they had enough ore.", "en",
         [[("Reuters", "origin")]]),
        ('"Kami siap," kata pejabat itu kepada Reuters.', "id", [[("Reuters", "origin")]]),
        ("The minister said in an interview with Yonhap that talks would resume.", "en",
         [[("Yonhap", "origin")]]),
        ("The minister told reporters that talks would resume.", "en", []),
        ('"Kami siap," kata Wang kepada Kim Jong Un.', "id", []),
        # a medium named by the words before it, or known as an outlet
        ("Gov. Teresa Abalos-Yap told radio station DZRH that the province would pay.", "en",
         [[("DZRH", "origin")]]),
        ('Speaking to Chinese state broadcaster CCTV, Pak called it "an important occasion".',
         "en", [[("CCTV", "origin")]]),
        ("Tempo magazine reported last month that Jakarta was considering patrols.", "en",
         [[("Tempo", "origin")]]),
        ("Zulkifli Hashim was quoted by the national news agency Bernama as saying that the "
         "system had been trialed.", "en", [[("Bernama", "relay")]]),
        # "told a news conference." does not run on into the next sentence
        ("The rate was cut, Nattaya Chaiyasit told a news conference. The Bank said so.", "en",
         []),
        # a place that opens a cited person's role is no source
        ("Antara, citing Rote Ndao fisheries agency head Yohanes Bria, reported that the "
         "boats came from Rote.", "en", []),
    ],
)  # fmt: skip
def test_relay_with_its_source_and_agency_descriptors(body, language, expected):
    assert _chains(body, language) == expected


@pytest.mark.parametrize(
    ("body", "language", "text", "chain"),
    [
        # the speaking agency stays the origin when a medium relays it
        ('Kantor berita KCNA memberitakan itu. "Delegasi menyampaikan salam hangat rakyat '
         'Korea," tulis KCNA, seperti dilansir Reuters.', "id",
         "Delegasi menyampaikan salam hangat rakyat Korea", ["KCNA", "Reuters"]),
        # ... and relays what it cites
        ("Yonhap, mengutip Kepala Staf Gabungan (JCS), melaporkan rudal itu terbang 600 km.",
         "id", "rudal itu terbang 600 km", ["Joint Chiefs of Staff", "Yonhap"]),
        # "lapor X" closes a report like "kata X"; a person cited is no link
        ("Korea Utara menembakkan rudal balistik ke Laut Jepang pada Minggu pagi, lapor "
         "kantor berita Yonhap.", "id",
         "Korea Utara menembakkan rudal balistik ke Laut Jepang pada Minggu pagi", ["Yonhap"]),
        ('Pemimpin Korea Utara Kim Jong Un hadir. "Kami siap," lapor KCNA mengutip Kim.', "id",
         "Kami siap", ["KCNA"]),
        # a cited body whose name is listed with commas
        ("Kantor berita Yonhap, mengutip Kementerian Perdagangan, Perindustrian dan Energi "
         "Korea Selatan, melaporkan nilai investasi naik 12,5 persen.", "id",
         "nilai investasi naik 12,5 persen",
         ["Kementerian Perdagangan, Perindustrian dan Energi Korea Selatan", "Yonhap"]),
        # a medium a medium word names, though no table knows it
        ("The missile flew about 600 km, according to state broadcaster KRT.", "en",
         "The missile flew about 600 km", ["KRT"]),
        ("Rudal itu terbang sejauh 600 kilometer, menurut stasiun televisi KRT.", "id",
         "Rudal itu terbang sejauh 600 kilometer", ["KRT"]),
        # a closing report clause is no part of what was said
        ("Foreign Minister Wang Yi said the talks went well, Xinhua reported.", "en",
         "the talks went well", ["Xinhua"]),
        # "Kantor berita Jepang itu": the agency named before, with its country between
        ("Kantor berita Kyodo melaporkan Jepang menambah impor kopi. Kantor berita Jepang "
         "itu juga melaporkan, ekspor Indonesia ke Jepang mencapai US$21,4 miliar.", "id",
         "ekspor Indonesia ke Jepang mencapai US$21,4 miliar", ["Kyodo"]),
        # a place's body in lower case that an agency cites is the origin, not the place
        ("Public broadcaster NHK reported, citing the Oita prefectural government, that "
         "roughly two-thirds of the 3,800 residents had been ordered to evacuate.", "en",
         "roughly two-thirds of the 3,800 residents had been ordered to evacuate",
         ["Oita prefectural government", "NHK"]),
        # a cited name that a country opens is read once, by the cue that knows its parts
        ("Debris appeared to have fallen outside Japan's exclusive economic zone, AFP "
         "reported, citing Japan's Defense Ministry.", "en",
         "Debris appeared to have fallen outside Japan's exclusive economic zone",
         ["Defence Ministry of Japan", "AFP"]),
        ("Sokolovsky (63), mantan wakil direktur dinas intelijen luar negeri Rusia, tiba di "
         "Pyongyang pada Senin (11/11) malam dengan pesawat khusus. Ia mengatakan "
         "delegasinya membawa pesan pribadi dari Presiden Vladimir Putin untuk Kim, demikian "
         "dilaporkan kantor berita Rusia TASS.", "id",
         "delegasinya membawa pesan pribadi dari Presiden Vladimir Putin untuk Kim", ["TASS"]),
        # a medium word between a describing word and the medium's name: the name is the link
        ("Labour MP Melvin Yeo told Chinese-language daily Lianhe Zaobao on March 3 that the "
         "labour movement would push for the offset.", "en",
         "the labour movement would push for the offset", ["Lianhe Zaobao"]),
        ("The minister told the Kompas daily that talks went well.", "en", "talks went well",
         ["Kompas"]),
        # the listener a medium word names is no part of what was said
        ("The minister told state broadcaster CCTV the talks went well.", "en",
         "the talks went well", ["CCTV"]),
        # "the newspaper" after a cue is the newspaper named before ...
        ("The cabinet approved an emergency budget, the Bangkok Post reported, citing "
         'government spokesman Chaiwat Boonmee.\n\n"This is a national health emergency," '
         "Chaiwat was quoted as saying by the newspaper.", "en",
         "This is a national health emergency", ["Bangkok Post"]),
        # ... not one inside its apposition
        ("The Global Times, a tabloid published by the ruling Communist Party's People's "
         "Daily, said in an editorial that Japan was repeating old mistakes.\n\n\"Tokyo "
         'cannot expect business as usual," the newspaper wrote.', "en",
         "Tokyo cannot expect business as usual", ["Global Times"]),
        # regional media of the tables
        ("Lao agricultural exports to China rose by 21 percent, the Vientiane Times reported.",
         "en", "Lao agricultural exports to China rose by 21 percent", ["Vientiane Times"]),
        ("Provincial health chief Wichai Somboonrat told the Bangkok Post that field clinics "
         "had opened.", "en", "field clinics had opened", ["Bangkok Post"]),
        # a brand that opens in lower case before a capital ("iNews")
        ("Dilansir dari iNews, Kepala Satlantas Polres Batang AKP Dimas Anggara Putra "
         "mengatakan arus lalu lintas sempat tersendat hingga 5 kilometer.", "id",
         "arus lalu lintas sempat tersendat hingga 5 kilometer", ["iNews"]),
        # a date with a month written short before an aside and "that"
        ("South Korea's Yonhap news agency reported on Oct. 2, citing an unnamed government "
         "source, that North Korean workers had returned.", "en",
         "North Korean workers had returned", ["Yonhap"]),
        # "sebagaimana dilaporkan" after an adjunct names the report's origin
        ('"Kami akan terus memperkokoh solidaritas strategis," kata Pak dalam jamuan makan '
         "malam yang digelar pihak China, sebagaimana dilaporkan KCNA pada Rabu.", "id",
         "Kami akan terus memperkokoh solidaritas strategis", ["KCNA"]),
        # Malaysian papers of the tables, named with or without their article
        ("Residents had raised concerns about loose planks months earlier, the Borneo Post "
         "reported.", "en", "Residents had raised concerns about loose planks months earlier",
         ["The Borneo Post"]),
    ],
)  # fmt: skip
def test_a_quotes_chain(body, language, text, chain):
    found = extract(make_article(body, language=language)).quotes
    by_text = {q.text.rstrip(".,"): [link.canonical for link in q.attribution] for q in found}
    assert by_text.get(text) == chain, by_text


@pytest.mark.parametrize(
    ("body", "language", "text"),
    [
        ('"We will respond," said Kim, according to KCNA.', "en", "We will respond"),
        ('"Kami akan terus memperkokoh solidaritas," kata Pak, seperti dilaporkan KCNA.', "id",
         "Kami akan terus memperkokoh solidaritas"),
    ],
)  # fmt: skip
def test_a_relay_cue_after_the_speaker_opens_a_report_not_a_longer_name(body, language, text):
    (quote,) = [q for q in extract(make_article(body, language=language)).quotes if q.text == text]
    assert [(link.name, link.canonical) for link in quote.attribution] == [("KCNA", "KCNA")]


def test_an_owner_before_a_medium_stays_within_its_sentence():
    body = (
        '"The friendship will never fade," Kim said at a banquet, according to KCNA.\n\n'
        "China's official Xinhua News Agency quoted Xi as saying that ties would deepen."
    )
    found = list(attributions(make_article(body, language="en")))
    according = [a for a in found if a.cue.casefold() == "according to"]
    assert [[link.canonical for link in a.links] for a in according] == [["KCNA"]]


def test_an_agency_reporting_in_its_own_outlets_story_is_the_origin():
    # an agency that speaks is the origin of its words (the gold set's rule 3), its own
    # earlier report included; only as a listener ("told Reuters") does it add nothing
    body = "Reuters reported last month, citing two sources, that the bank would review it."
    article = make_article(body, language="en", outlet="Reuters")
    (quote,) = extract(article).quotes
    assert quote.text.startswith("the bank would review it")
    assert [link.canonical for link in quote.attribution] == ["Reuters"]


def test_told_the_articles_own_outlet_is_no_link():
    body = "Smelter operators told Reuters that they had enough ore."
    article = make_article(body, language="en", outlet="Reuters")
    found = list(attributions(article, entities=list(entities(article))))
    assert [a.links for a in found] == []


def test_the_own_outlet_is_read_with_the_users_alias_table(tmp_path):
    """The article's own outlet as a listener adds no link, also when only the user's
    alias file says the outlet and the agency are one; another outlet does."""
    aliases = tmp_path / "aliases.json"
    aliases.write_text(
        '[{"canonical": "Warta Nusantara", "type": "agency", "aliases": ["WartaNus"]}]',
        encoding="utf-8",
    )
    body = "Budi Santoso mengatakan kepada Warta Nusantara bahwa bantuan sudah tiba di lokasi."
    own = make_article(body, language="id", outlet="WartaNus")
    (quote,) = extract(own, aliases=[aliases]).quotes
    assert quote.speaker_canonical == "Budi Santoso"
    assert quote.attribution == ()
    other = make_article(body, language="id", outlet="Kompas")
    (quote,) = extract(other, aliases=[aliases]).quotes
    assert [link.canonical for link in quote.attribution] == ["Warta Nusantara"]


@pytest.mark.parametrize(
    ("body", "language", "chain"),
    [
        # a country's possessive before the medium
        ("Siregar told Indonesia's state news agency Antara on Tuesday that Jakarta hoped "
         "to raise its exports.", "en", ["Antara"]),
        ("Kim told South Korea's Yonhap that the talks would go on.", "en", ["Yonhap"]),
        ("Kim told China's Wang Yi that the talks would go on.", "en", []),
        # "menurut laporan" names the report's origin; a body after bare "menurut" is none
        ("Tanabe mengatakan pemerintahnya telah memprotes, menurut laporan Kyodo.", "id",
         ["Kyodo"]),
    ],
)  # fmt: skip
def test_possessive_owners_before_media_and_reports_cited_by_menurut(body, language, chain):
    (quote,) = extract(make_article(body, language=language)).quotes
    assert [link.canonical for link in quote.attribution] == chain
