"""Quotes: direct, split, continued, partial and indirect, with speakers resolved."""

from __future__ import annotations

import pytest

from crosscheck.extract import extract
from crosscheck.extract.entities import entities
from crosscheck.extract.quotes import quotes
from crosscheck.ingest import read_articles
from crosscheck.ingest.build import make_article

ID_INTRO = "Menteri Luar Negeri China, Wang Yi, tiba di Pyongyang. "


def _quotes(body: str, language: str = "id"):
    article = make_article(body, language=language)
    return article, list(quotes(article))


def _speaker_of(body: str, language: str, text: str) -> str | None:
    """The canonical speaker of the quote whose words are ``text`` (all quotes shown on failure)."""
    found = {q.text.rstrip(".,"): q.speaker_canonical for q in _quotes(body, language)[1]}
    assert text in found, found
    return found[text]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # straight quotes, post-quote cue, surname resolved to the full name
        (ID_INTRO + '"Kami siap bekerja sama," kata Wang.',
         [("Kami siap bekerja sama", "direct", "kata", "Wang Yi")]),
        # curly quotes and -nya cue pointing to the last subject
        (ID_INTRO + "“Hubungan kita kuat,” ujarnya.",
         [("Hubungan kita kuat", "direct", "ujarnya", "Wang Yi")]),
        # mixed straight opening and curly closing
        (ID_INTRO + '"Kedua negara akan maju bersama,” tutur Wang.',
         [("Kedua negara akan maju bersama", "direct", "tutur", "Wang Yi")]),
        # a cue before the quote
        (ID_INTRO + 'Wang mengatakan, "Kami akan terus memperkuat kerja sama."',
         [("Kami akan terus memperkuat kerja sama.", "direct", "mengatakan", "Wang Yi")]),
        # partial quote: a few quoted words inside a sentence with a speech verb
        (ID_INTRO + "Wang menyebut pertemuan itu “periode penting perubahan mendasar,” kemarin.",
         [("periode penting perubahan mendasar", "partial", "menyebut", "Wang Yi")]),
        # "Menurut X," and "Menurutnya,"
        (ID_INTRO + "Menurut Wang, hubungan kedua negara tetap solid meski situasi berubah.",
         [("hubungan kedua negara tetap solid meski situasi berubah", "indirect", "Menurut",
           "Wang Yi")]),
        (ID_INTRO + "Menurutnya, hubungan kedua negara tetap solid meski situasi berubah.",
         [("hubungan kedua negara tetap solid meski situasi berubah", "indirect", "Menurutnya",
           "Wang Yi")]),
        # "X mengatakan bahwa ..." and "Ia menegaskan, ..."
        (ID_INTRO + "Wang mengatakan bahwa China siap memperluas perdagangan dengan Korut.",
         [("China siap memperluas perdagangan dengan Korut", "indirect", "mengatakan",
           "Wang Yi")]),
        (ID_INTRO + "Ia menegaskan, kerja sama tradisional harus terus diperkuat.",
         [("kerja sama tradisional harus terus diperkuat", "indirect", "menegaskan", "Wang Yi")]),
        # scare quotes / titles without any speech cue are not quotes
        ('Film "Squid Game" kembali diputar di bioskop Jakarta pekan ini.', []),
        # a quote mark between letters is not a quote mark
        ('Kata Jum"at ditulis dengan tanda petik oleh sebagian media.', []),
    ],
)  # fmt: skip
def test_indonesian_patterns(body, expected):
    _, found = _quotes(body)
    assert [(q.text, q.kind.value, q.cue, q.speaker_canonical) for q in found] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('Chinese Foreign Minister Wang Yi arrived on Friday. "We are ready to work together," '
         "Wang said.", [("We are ready to work together", "direct", "Wang Yi")]),
        ('Chinese Foreign Minister Wang Yi arrived on Friday. "We are ready," said Wang.',
         [("We are ready", "direct", "Wang Yi")]),
        ("Chinese Foreign Minister Wang Yi arrived on Friday. Wang said that China would "
         "expand trade with the North.",
         [("China would expand trade with the North", "indirect", "Wang Yi")]),
        ('Chinese Foreign Minister Wang Yi arrived on Friday. "We are ready," he said.',
         [("We are ready", "direct", "Wang Yi")]),
    ],
)  # fmt: skip
def test_english_patterns(body, expected):
    _, found = _quotes(body, "en")
    assert [(q.text, q.kind.value, q.speaker_canonical) for q in found] == expected


def test_spans_are_exact():
    article, found = _quotes(
        ID_INTRO + '"Kami siap," kata Wang. Menurutnya, kerja sama tumbuh pesat.'
    )
    for quote in found:
        assert article.body[quote.start : quote.end] == quote.text
        assert quote.sentence_start <= quote.start < quote.end <= quote.sentence_end


def test_split_quote_keeps_speaker():
    body = (
        ID_INTRO + '"Kami siap," kata Wang. "Kami juga ingin memperluas perdagangan lintas batas."'
    )
    _, found = _quotes(body)
    assert [(q.text, q.speaker_canonical) for q in found] == [
        ("Kami siap", "Wang Yi"),
        ("Kami juga ingin memperluas perdagangan lintas batas.", "Wang Yi"),
    ]


def test_quote_continued_over_paragraphs():
    body = (
        ID_INTRO
        + '\n\n"Kami datang untuk memperkuat hubungan kedua negara.\n\n'
        + '"Kami juga akan membahas perdagangan lintas batas," kata Wang.'
    )
    _, found = _quotes(body)
    assert [(q.kind.value, q.speaker_canonical) for q in found] == [
        ("direct", "Wang Yi"),
        ("direct", "Wang Yi"),
    ]


@pytest.fixture(scope="module")
def seeds(seed_paths):
    return {key: extract(read_articles([path]).articles[0]) for key, path in seed_paths.items()}


def _find(extraction, fragment):
    hits = [q for q in extraction.quotes if fragment in q.text]
    assert hits, f"no quote containing {fragment!r}"
    return hits[0]


def test_seed_000(seeds):
    x = seeds["000"]
    arrival = _find(x, "tiba di Pyongyang")
    assert (arrival.kind.value, arrival.speaker_canonical) == ("direct", "KCNA")
    assert [(link.canonical, link.role) for link in arrival.attribution] == [("KCNA", "origin")]
    report = _find(x, "Kedua belah pihak sepakat")
    assert (report.cue, report.speaker_canonical) == ("tulis", "KCNA")
    message = _find(x, "halaman baru dalam sejarah")
    assert (message.kind.value, message.cue, message.speaker_canonical) == (
        "direct", "kata", "Kim Jong Un"
    )  # fmt: skip
    friendship = _find(x, "tahun persahabatan DPRK-Tiongkok")
    assert (friendship.kind.value, friendship.speaker_canonical) == ("partial", "Kim Jong Un")


def test_seed_001(seeds):
    x = seeds["001"]
    wang = _find(x, "Penguatan menyeluruh")
    assert (wang.cue, wang.speaker, wang.speaker_canonical) == ("ujar", "Wang", "Wang Yi")
    assert wang.speaker_role == "Menteri Luar Negeri China"
    menurutnya = _find(x, "meski situasi internasional")
    assert (menurutnya.kind.value, menurutnya.speaker_canonical) == ("indirect", "Choe Son Hui")
    partial = _find(x, "periode penting perubahan mendasar")
    assert (partial.kind.value, partial.speaker_canonical) == ("partial", "Choe Son Hui")


def test_seed_002(seeds):
    x = seeds["002"]
    xi = _find(x, "Dunia baru-baru ini")
    assert (xi.cue, xi.speaker_canonical) == ("kata", "Xi Jinping")
    assert [(link.canonical, link.role) for link in xi.attribution] == [("Xinhua", "origin")]
    second = _find(x, "Saya ingin")
    assert second.speaker_canonical == "Xi Jinping"


def test_seed_004(seeds):
    xi = _find(seeds["004"], "Saya sangat memprioritaskan")
    assert (xi.kind.value, xi.cue, xi.speaker_canonical) == ("direct", "kata", "Xi Jinping")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # -nya cue after a quote and "kata dia"
        (ID_INTRO + '"Kami siap," kata dia.', [("Kami siap", "direct", "kata", "Wang Yi")]),
        # indirect with the cue at the end of the sentence
        (ID_INTRO + "Situasi di perbatasan tetap stabil, kata Wang.",
         [("Situasi di perbatasan tetap stabil", "indirect", "kata", "Wang Yi")]),
        # mid-sentence "menurut X," after a short fronted subject: the whole sentence
        (ID_INTRO + "Sebagian besar aduan, menurut Wang, datang dari provinsi timur.",
         [("Sebagian besar aduan, menurut Wang, datang dari provinsi timur", "indirect",
           "menurut", "Wang Yi")]),
        # ... also after a long fronted adjunct, when the sentence goes on after the cue
        (ID_INTRO + "Dengan sisa waktu kurang dari empat bulan, menurut Wang, sulit bagi "
         "penambang mengejar kuota.",
         [("Dengan sisa waktu kurang dari empat bulan, menurut Wang, sulit bagi penambang "
           "mengejar kuota", "indirect", "menurut", "Wang Yi")]),
        # "Dilansir X, ..." with no other speaker: X reported it
        ("Dilansir dari Football Italia, nilai transfer Rafael mencapai 3,5 juta euro.",
         [("nilai transfer Rafael mencapai 3,5 juta euro", "indirect", "Dilansir",
           "Football Italia")]),
        # "<fact>, demikian dilaporkan KCNA"
        ("Korea Utara menguji rudal jelajah baru pada Rabu, demikian dilaporkan KCNA.",
         [("Korea Utara menguji rudal jelajah baru pada Rabu", "indirect", "dilaporkan",
           "KCNA")]),
        # partial quote in a "bahwa" clause: the sentence subject speaks
        (ID_INTRO + 'Wang memberi pesan kepada Choe bahwa China "tanpa henti mendukung" Korut.',
         [("tanpa henti mendukung", "partial", "bahwa", "Wang Yi")]),
        # an agency speaking through a post-quote cue, a title coreferent
        ('"Kedua pihak sepakat," tulis laporan KCNA.',
         [("Kedua pihak sepakat", "direct", "tulis", "KCNA")]),
        ("Menteri Luar Negeri China Wang Yi tiba. Menlu China mengatakan bahwa kerja sama "
         "kedua negara terus tumbuh.",
         [("kerja sama kedua negara terus tumbuh", "indirect", "mengatakan", "Wang Yi")]),
        # appositive title and name, speaker of an indirect quote
        ("Menteri Desa dan Pembangunan Daerah Tertinggal, Bambang Suryadi, mengatakan bahwa "
         "anggaran desa akan naik.",
         [("anggaran desa akan naik", "indirect", "mengatakan", "Bambang Suryadi")]),
    ],
)  # fmt: skip
def test_more_indonesian_patterns(body, expected):
    _, found = _quotes(body)
    assert [(q.text, q.kind.value, q.cue, q.speaker_canonical) for q in found] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # sentence-final speaker after a comma, with a trailing time adverbial
        ("A Chinese delegation arrived in Pyongyang on Thursday, North Korean state media "
         "KCNA said on Saturday.",
         [("A Chinese delegation arrived in Pyongyang on Thursday", "indirect", "said",
           "KCNA")]),
        # unnamed speakers count as quotes without a canonical speaker
        ("Floods have killed at least 16 people in the province, officials said Monday.",
         [("Floods have killed at least 16 people in the province", "indirect", "said",
           None)]),
        # "according to X" at the end
        ("Rescuers recovered two more bodies on Saturday, according to the state news "
         "agency Antara.",
         [("Rescuers recovered two more bodies on Saturday", "indirect", "according to",
           "Antara")]),
        # "X said A and that B": two reported clauses
        ("Governor Hendra Wibisana arrived. He said 1,500 people were in shelters and that "
         "40 boats were needed.",
         [("1,500 people were in shelters", "indirect", "said", "Hendra Wibisana"),
          ("40 boats were needed", "indirect", "said", "Hendra Wibisana")]),
        # split quote with the speaker after the first part, named in full next to "said"
        ('"The water came at night," said Siti Aminah, a farmer. "We waited on the roof."',
         [("The water came at night", "direct", "said", "Siti Aminah"),
          ("We waited on the roof.", "direct", "said", "Siti Aminah")]),
        # a partial quote after "said ... that"
        ('Foreign Minister Wang Yi said in his reply that China "highly values" the ties.',
         [("highly values", "partial", "said", "Wang Yi")]),
        # an agency citing a source: the cited source speaks, the agency relays
        ("Yonhap, citing the Joint Chiefs of Staff, reported that the missile flew 600 km.",
         [("the missile flew 600 km", "indirect", "reported", "Joint Chiefs of Staff")]),
        # the listener is not the speaker
        ("Smelter operators told Reuters that they had enough ore for three months.",
         [("they had enough ore for three months", "indirect", "told", None)]),
    ],
)  # fmt: skip
def test_more_english_patterns(body, expected):
    _, found = _quotes(body, "en")
    assert [(q.text, q.kind.value, q.cue, q.speaker_canonical) for q in found] == expected


def test_agency_citing_a_source_chain():
    _, found = _quotes(
        "Yonhap, citing the Joint Chiefs of Staff, reported that the missile flew 600 km.", "en"
    )
    assert [(link.canonical, link.role) for link in found[0].attribution] == [
        ("Joint Chiefs of Staff", "origin"),
        ("Yonhap", "relay"),
    ]


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        ('"We oppose unilateral sanctions," Chinese foreign ministry spokesperson Mao Ning '
         "told a regular briefing.", "en",
         ("We oppose unilateral sanctions", "direct", "Mao Ning", [])),
        ('Kim Jong Un watched the launch. "It was a success," KCNA quoted Kim as saying.', "en",
         ("It was a success", "direct", "Kim Jong Un", ["KCNA"])),
        ('"Kami siap," kata Kepala BNPB Suharyanto di Jakarta, Senin (5/2).', "id",
         ("Kami siap", "direct", "Suharyanto", [])),
    ],
)  # fmt: skip
def test_wire_style_speakers(body, language, expected):
    _, found = _quotes(body, language)
    (quote,) = found
    assert (quote.text, quote.kind.value, quote.speaker_canonical) == expected[:3]
    assert [link.canonical for link in quote.attribution] == expected[3]


def test_role_keeps_the_words_between_title_and_name():
    _, found = _quotes('"Kami siap," kata Kepala BNPB Suharyanto di Jakarta.')
    assert found[0].speaker_role == "Kepala BNPB"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('"Kami akan terus memantau situasi," ujar Juru Bicara Kemlu RI Lalu Muhammad Iqbal.',
         ("direct", "Lalu Muhammad Iqbal", "Juru Bicara Kemlu RI")),
        ('Wang mengatakan: "Kami tidak akan tinggal diam."', ("direct", "Wang", None)),
        ("Pertemuan itu, kata seorang pejabat yang enggan disebut namanya, berlangsung dua jam.",
         ("indirect", None, None)),
        # a role, a comma, then an unknown name: the name speaks, not the ministry
        ('"Provokasi harus dihentikan," kata juru bicara Kementerian Pertahanan Korea Selatan, '
         "Jeon Min-soo.", ("direct", "Jeon Min-soo",
                           "juru bicara Kementerian Pertahanan Korea Selatan")),
        ('"Kami siap," kata juru bicara Kemlu, Mao Ning.',
         ("direct", "Mao Ning", "juru bicara Kemlu")),
        # the name after the comma is a known agency: it stays the speaker
        ('"Delegasi tiba," kata kantor berita pemerintah Korea Utara, KCNA.',
         ("direct", "KCNA", None)),
        # a person before the comma and a role after it: the person speaks
        ('"Kami siap," kata Wang Yi, Menlu China.', ("direct", "Wang Yi", "Menlu China")),
    ],
)  # fmt: skip
def test_indonesian_speaker_phrases(body, expected):
    _, found = _quotes(body)
    (quote,) = found
    assert (quote.kind.value, quote.speaker_canonical, quote.speaker_role) == expected


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        ("Anggota parlemen Lee Seong-kweun, yang menghadiri pengarahan itu, mengatakan kepada "
         "wartawan bahwa jumlahnya bisa bertambah.", "id",
         ("jumlahnya bisa bertambah", "Lee Seong-kweun", "Anggota parlemen")),
        ("Zelenskiy said in his nightly video address that Ukraine had information about the "
         "troops.", "en", ("Ukraine had information about the troops", "Zelenskiy", None)),
        ("The Pentagon said on Monday that it had seen evidence of the deployment.", "en",
         ("it had seen evidence of the deployment", "Pentagon", None)),
    ],
)  # fmt: skip
def test_relative_clauses_long_complements_and_bodies(body, language, expected):
    _, found = _quotes(body, language)
    (quote,) = found
    assert (quote.text, quote.speaker_canonical, quote.speaker_role) == expected


def test_speaker_before_according_to_keeps_the_speaker():
    body = "China has always supported the DPRK, Xi said in his message, according to Xinhua."
    _, found = _quotes(body, "en")
    (quote,) = found
    assert (quote.text, quote.speaker, quote.cue) == (
        "China has always supported the DPRK",
        "Xi",
        "said",
    )
    assert [(link.canonical, link.role) for link in quote.attribution] == [("Xinhua", "origin")]


@pytest.mark.parametrize(
    "sentence",
    [
        "KCNA quoted Kim as saying the test was a success.",
        "Kim was quoted by KCNA as saying that the test was a success.",
    ],
)
def test_quoted_as_saying(sentence):
    _, found = _quotes("Kim Jong Un watched the launch. " + sentence, "en")
    (quote,) = found
    assert (quote.text, quote.kind.value, quote.speaker_canonical) == (
        "the test was a success",
        "indirect",
        "Kim Jong Un",
    )
    assert [link.canonical for link in quote.attribution] == ["KCNA"]


def test_a_weekday_after_the_comma_is_no_speaker():
    _, found = _quotes('"Fogging harus serentak," ujar Kepala Dinas Palu Ratna Dewi, Rabu (14/1).')
    (quote,) = found
    assert quote.speaker_canonical is not None
    assert quote.speaker_canonical.endswith("Ratna Dewi")


# Who said it: one sentence or two in, the canonical speaker of one quote out.
SPEAKER_CASES = [
        # the same with no speaker found for the verb: the first agency of the sentence
        ("Sementara itu, kantor berita resmi Korut, KCNA, melaporkan Kim Jong Un saat "
         "meninjau sebuah pabrik amunisi pada Jumat (14/11) mengatakan produksi peluru "
         'harus ditingkatkan "secara eksponensial" dalam tiga tahun ke depan.', "id",
         "secara eksponensial", "Kim Jong Un"),
        # a Korean name whose surname is also a word, in commas after a title
        ("Juru bicara Kementerian Unifikasi Korea Selatan, Yang Hye-rin, mengatakan Seoul "
         'terus memantau perbatasan. Dia menegaskan, "Kegiatan wisata tidak boleh menjadi '
         'celah."', "id", "Seoul terus memantau perbatasan", "Yang Hye-rin"),
        ("Juru bicara Kementerian Unifikasi Korea Selatan, Yang Hye-rin, mengatakan Seoul "
         'terus memantau perbatasan. Dia menegaskan, "Kegiatan wisata tidak boleh menjadi '
         'celah."', "id", "Kegiatan wisata tidak boleh menjadi celah", "Yang Hye-rin"),
        # the person a sentence is about, after "For", for the pronoun after it
        ('Foreign Minister Arief Santoso said members were close to a deal. "Food security '
         'is not a slogan," Santoso said.\n\nFor Dewi Rahmawati, 38, who sells fried rice '
         "near the convention center, the closures mean lost income. \"Three days without "
         'customers means no money," she said.', "en",
         "Three days without customers means no money", "Dewi Rahmawati"),
        # a ministry after its country's possessive, as the tables spell it
        ("Japan's Defense Ministry said the missiles fell outside its exclusive economic "
         "zone.", "en", "the missiles fell outside its exclusive economic zone",
         "Defence Ministry of Japan"),
        ("Japan's defence ministry said the missiles fell outside its exclusive economic "
         "zone.", "en", "the missiles fell outside its exclusive economic zone",
         "Defence Ministry of Japan"),
        # a source an agency cites: in commas with a listed name, or before the agency
        ("Kantor berita Yonhap, mengutip Kementerian Perdagangan, Industri, dan Energi Korea "
         "Selatan, melaporkan bahwa konsorsium tersebut terdiri atas lima perusahaan.", "id",
         "konsorsium tersebut terdiri atas lima perusahaan",
         "Kementerian Perdagangan, Industri, dan Energi Korea Selatan"),
        ("Citing a statement from the Department of Trade and Industry, the Philippine News "
         "Agency reported that the two sides agreed to hold the next session in Manila.",
         "en", "the two sides agreed to hold the next session in Manila",
         "Department of Trade and Industry"),
        # not an agency cited by a person's words
        ("Mengutip Yonhap, seorang pejabat Kementerian Pertahanan Korsel mengatakan rudal "
         "itu terbang 800 km.", "id", "rudal itu terbang 800 km",
         "Kementerian Pertahanan Korsel"),
        # how it was said ends the speaker phrase
        ("Di rumah duka, Hasna (41) tak kuasa menahan tangis. Putra sulungnya, Arfan (13), "
         'ditemukan tewas. "Dia pamit mau ambil buku. Saya sudah larang," tutur Hasna '
         "lirih.", "id",
         "Dia pamit mau ambil buku. Saya sudah larang", "Hasna"),
        # a title for the holder of its synonym
        ("Kuasa hukum terdakwa, Bonifasius Sihombing, menilai tuntutan itu berlebihan. "
         'Herman tampak tenang. "Kami juga mempertanyakan metode perhitungan," ujar sang '
         "pengacara.", "id", "Kami juga mempertanyakan metode perhitungan",
         "Bonifasius Sihombing"),
        # a body described by what it does
        ("Korea Utara telah mengirim 3,2 juta peluru ke Rusia, kata Badan Intelijen Nasional "
         "(NIS) Korea Selatan pada Selasa. Lembaga telik sandi itu juga menyebut sekitar "
         "11.000 tentara Korea Utara masih bersiaga di Kursk.", "id",
         "sekitar 11.000 tentara Korea Utara masih bersiaga di Kursk",
         "National Intelligence Service"),
        # a body of the tables closes a title's run before the holder's name
        ("Delegasi yang dipimpin Wakil Ketua Presidium Majelis Rakyat Tertinggi Ryang Kwang "
         "Chol tiba di Beijing. Ryang, dalam pidato balasannya, mengatakan traktat itu "
         '"tetap menjadi fondasi kokoh" bagi kedua negara.', "id",
         "tetap menjadi fondasi kokoh", "Ryang Kwang Chol"),
        # a dean, and a field of study that ends the portfolio after "of"
        ("Tang Yuhua, dean of the School of ASEAN Studies at Guangxi Minzu University, told "
         'Xinhua that the alliance marked a shift "from building projects to building '
         'people."', "en", "from building projects to building people", "Tang Yuhua"),
        # words quoted after an agency's verb, the agency citing a body in commas before it
        ("Kantor Berita Pusat Korea (KCNA), mengutip pernyataan Kementerian Luar Negeri Korea "
         'Utara, menyebut laporan intelijen Seoul sebagai "fitnah murahan" yang ingin '
         "merusak hubungan.", "id", "fitnah murahan", "Foreign Ministry of North Korea"),
        ('KCNA, citing a statement by the North Korean foreign ministry, called the report '
         '"cheap slander".', "en", "cheap slander", "Foreign Ministry of North Korea"),
        # a deputy's title, hyphenated, in an apposition after the name
        ("Ri Chol Man, vice-chairman of the Standing Committee of the Supreme People's "
         'Assembly, said the Korean people would "never forget" the sacrifice, KCNA '
         "reported.", "en", "never forget", "Ri Chol Man"),
        ("Park Ji-hoon, vice-chairman of the Korea Institute for Defense Analyses, said the "
         "talks would resume.", "en", "the talks would resume", "Park Ji-hoon"),
        # a portfolio of several words after "of", up to the name
        ("Lao Minister of Public Works and Transport Khamphet Sisoulath said the spur would "
         "cut costs. The Lao minister added that 40 companies had agreed.", "en",
         "40 companies had agreed", "Khamphet Sisoulath"),
        # a lede's title with its owner, named paragraphs later by the one holder of it
        ("Ministers pressed Myanmar's junta to extend a ceasefire, as the bloc's special "
         "envoy said he had visited only two of the seven areas.\n\nThe ministers met in "
         "Penang.\n\nThailand's foreign minister said aid must flow.\n\nAsean's special "
         "envoy on Myanmar, Mr Othman Kassim, said he had met the junta's foreign minister.",
         "en", "he had visited only two of the seven areas", "Othman Kassim"),
        # not when two people of the article hold it
        ("Ministers pressed Myanmar's junta to extend a ceasefire, as the bloc's special "
         "envoy said he had visited only two of the seven areas.\n\nThe ministers met in "
         "Penang.\n\nThailand's foreign minister said aid must flow.\n\nAsean's special "
         "envoy on Myanmar, Mr Othman Kassim, said he had met the junta's foreign minister. "
         "The UN special envoy, Ms Julie Bishop, said she had not been invited.",
         "en", "he had visited only two of the seven areas", None),
        # words quoted inside an agency's report on a person are the person's
        ("North Korea has not commented. Its official KCNA news agency reported on Monday "
         "that leader Kim Jong Un had inspected an artillery unit and called for "
         '"perfect" vigilance on the border.', "en", "perfect", "Kim Jong Un"),
        ("KCNA said leader Kim Jong Un had inspected a munitions factory and said "
         'production must grow "at an exponential rate".', "en", "at an exponential rate",
         "Kim Jong Un"),
        # not when the agency's own pronoun frames them
        ('KCNA said Kim Jong Un had overseen the test of what it described as a "new-type" '
         "missile.", "en", "new-type", "KCNA"),
        # a fronted clause names no subject for the pronoun after it
        ("Ministry spokeswoman Gao Ruoxi told a news briefing that the talks went well. "
         "Asked whether the trip could prepare a visit by North Korean leader Kim Jong Un, "
         'she said she had "no information to offer" at present.', "en",
         "no information to offer", "Gao Ruoxi"),
        ("Juru bicara Kemlu Rina Sari mengatakan pertemuan berjalan baik. Ditanya soal "
         "kunjungan Presiden Prabowo Subianto, ia mengatakan bahwa belum ada jadwal "
         "kunjungan.", "id", "belum ada jadwal kunjungan", "Rina Sari"),
        # a prosecutor by the short form of the title, and "jaksa" standing for them
        ('"Terdakwa terbukti bersalah," kata JPU Agus Salim Harahap saat membacakan surat '
         "tuntutan.", "id", "Terdakwa terbukti bersalah", "Agus Salim Harahap"),
        ("JPU Dwi Wahyuningsih menyatakan terdakwa bersalah. Menurut jaksa, dana itu "
         "dialirkan ke rekening pribadi. Hanya 12,5 persen pekerjaan yang dikerjakan di "
         "lapangan, tambahnya.", "id", "Hanya 12,5 persen pekerjaan yang dikerjakan di lapangan",
         "Dwi Wahyuningsih"),
        # a parliament of the tables between a title and its holder's name
        ("Delegasi yang dipimpin Wakil Ketua Duma Negara Mikhail Voronin tiba di Pyongyang. "
         "Voronin mengatakan Moskow siap meneken 12 dokumen baru.", "id",
         "Moskow siap meneken 12 dokumen baru", "Mikhail Voronin"),
        # a hospital named after a doctor, then the director's title standing for her
        ("Direktur RSUD dr. Soedirman Kebumen, dr. Yuli Astuti, membenarkan ruang rawat "
         'penuh. "Kami membuka bangsal tambahan," kata Yuli. Sang direktur menambahkan, '
         "sebagian besar pasien datang terlambat.", "id",
         "sebagian besar pasien datang terlambat", "Yuli Astuti"),
        # a country's body described by what it does and named nowhere, or by an acronym
        ("South Korea's spy agency told lawmakers last month that Pyongyang had sent some "
         "15,000 troops to Russia.", "en", "Pyongyang had sent some 15,000 troops to Russia",
         "National Intelligence Service"),
        ("Japan's spy agency said Pyongyang had sent troops.", "en",
         "Pyongyang had sent troops", None),
        ("South Korea's spy agency said Pyongyang had sent troops. The NIS said it was "
         "monitoring the border.", "en", "Pyongyang had sent troops",
         "National Intelligence Service"),
        # a refused speech verb reports nothing; the participle after it does
        ("JCS spokeswoman Han Ji-woo said the launch was the seventh. She declined to say "
         "whether the missiles were new, adding that intelligence officers were "
         '"conducting a detailed analysis".', "en", "conducting a detailed analysis",
         "Han Ji-woo"),
        # a body no table knows, named by one word after what it is
        ("Hackers stole $1.2 billion, according to a report by Seoul-based blockchain "
         "analysis firm ChainWatch.", "en", "Hackers stole $1.2 billion", "ChainWatch"),
        ("Hackers stole $1.2 billion, according to a report by Chainalysis.", "en",
         "Hackers stole $1.2 billion", "Chainalysis"),
        ("Peretas mencuri 1,2 miliar dolar AS, menurut laporan perusahaan analisis blockchain "
         "ChainWatch.", "id", "Peretas mencuri 1,2 miliar dolar AS", "ChainWatch"),
        # a naval rank before the name
        ("Juru bicara PCG, Komodor Ernesto Tabanao, mengatakan kapal-kapal itu mengantar "
         "bahan bakar bagi nelayan.", "id", "kapal-kapal itu mengantar bahan bakar bagi nelayan",
         "Ernesto Tabanao"),
        # a medium described in lower case after the relay cue relays; the subject speaks
        ("Juru bicara CCG, Zhou Kairui, dalam pernyataan yang dikutip kantor berita resmi "
         'Xinhua menyatakan kapal-kapal Filipina "menerobos masuk secara ilegal" ke perairan '
         "itu.", "id", "menerobos masuk secara ilegal", "Zhou Kairui"),
        # ... but not a source the relay cue takes with "dari"
        ("Deputi BNPB, Bambang Sutejo, menuturkan logistik sudah dikirim. Bambang, seperti "
         "dikutip dari Antara, juga mengatakan BNPB akan menggelar operasi modifikasi cuaca.",
         "id", "BNPB akan menggelar operasi modifikasi cuaca", "Bambang Sutejo"),
        # a Balinese name by the word after its birth-order prefix; the SAR office's name
        ("Kepala Kantor Pencarian dan Pertolongan Kupang I Gede Wirawan Putra mengatakan "
         "pencarian difokuskan di Pulau Ternate. Kepala Perwakilan Jasa Raharja Alor, "
         "Fransiskus Lelang, menyebut santunan disiapkan. Wirawan menjelaskan, operasi SAR "
         'berlangsung tujuh hari. "Kami minta masyarakat segera melapor ke posko," '
         "jelasnya.", "id", "Kami minta masyarakat segera melapor ke posko",
         "I Gede Wirawan Putra"),
        # "Sekretaris Umum" is a title: its second word opens no name
        ("Data Gabungan Industri Kendaraan Bermotor Indonesia (Gaikindo) menunjukkan "
         "penjualan naik.\n\nSekretaris Umum Gaikindo Yohanes Kartawijaya menilai "
         'pertumbuhan itu wajar. "Jumlah SPKLU memang bertambah," tutur Yohanes saat '
         "dihubungi Bisnis.", "id", "pertumbuhan itu wajar", "Yohanes Kartawijaya"),
        # a Balinese name's order words come on top of a name of four words
        ("Kepala Dinas Pariwisata Bali I Gusti Ayu Ratna Kesumadewi mengatakan 2,75 juta "
         "wisatawan telah membayar pungutan.", "id", "2,75 juta wisatawan telah membayar "
         "pungutan", "I Gusti Ayu Ratna Kesumadewi"),
        ("The Bali Tourism Agency head I Gusti Ayu Ratna Kesumadewi said 2.75 million "
         "visitors had paid the levy.", "en", "2.75 million visitors had paid the levy",
         "I Gusti Ayu Ratna Kesumadewi"),
        # a resident of another place is not the resident named before
        ('Siti Khotijah (34), warga Sumberkerang, mengaku kaget. "Saya kira demam biasa," '
         "tuturnya. Lain lagi dengan Ahmad Fauzi (41). Warga Desa Pajarakan Kulon itu "
         'mengakui dulu enggan ke posyandu karena "takut efek samping vaksin".', "id",
         "takut efek samping vaksin", "Ahmad Fauzi"),
        # a description in a lede whose words hold the role of the person named next
        ("Drought could cut Vietnam's rice harvest by 1.2 million tonnes, "
         "the country's deputy agriculture minister said on Tuesday.\n\nSalinity has "
         "reached 60 km inland, Deputy Minister Tran Quang Vinh told a news conference.",
         "en", "Drought could cut Vietnam's rice harvest by 1.2 million tonnes",
         "Tran Quang Vinh"),
        # "Menurut" with a role, then the person's name in commas
        ("Paparan itu digelar di Seoul. Menurut anggota komite, Park Sung-min, sekitar 70 "
         "persen pekerja itu beroperasi dari China dan Rusia.", "id",
         "sekitar 70 persen pekerja itu beroperasi dari China dan Rusia", "Park Sung-min"),
        # "by his estimate": a source noun with the clitic
        ("Peneliti KINU, Oh Jae-won, mengatakan perang menjadi sumber devisa. Menurut "
         "perkiraannya, Korut bisa meraup lebih dari US$2 miliar per tahun.", "id",
         "Korut bisa meraup lebih dari US$2 miliar per tahun", "Oh Jae-won"),
        # a second subject with a speech verb of its own after ", and"
        ("Villanueva said the government would release emergency funds, and Budget "
         "Secretary Maricel Dumlao said in a statement that the money would reach provincial "
         "health offices within 48 hours.", "en",
         "the money would reach provincial health offices within 48 hours", "Maricel Dumlao"),
        ("Villanueva said the government would release emergency funds, and Budget "
         "Secretary Maricel Dumlao said in a statement that the money would reach provincial "
         "health offices within 48 hours.", "en", "the government would release emergency funds",
         "Villanueva"),
        ("Budi mengatakan pemerintah akan menyalurkan dana, dan Kepala BPBD Sragen Ahmad Yani "
         "menyebut bantuan tiba besok.", "id", "bantuan tiba besok", "Ahmad Yani"),
        # a body's possessive before a person's title: the holder named further on
        ("ASEAN's special envoy said on Thursday that talks would resume in Thailand.\n\n"
         "ASEAN special envoy Othman Hashim spoke after meeting the junta.", "en",
         "talks would resume in Thailand", "Othman Hashim"),
        # a newspaper named with its kind after it
        ("Myanmar sent a civil servant. The state-run Global New Light of Myanmar newspaper "
         'reported Tuesday that the military government "welcomes constructive engagement" '
         "with its neighbors.", "en", "welcomes constructive engagement",
         "Global New Light of Myanmar"),
        # "it" for a body that opened a sentence just before, after a fronted adjunct
        ("The China Coast Guard gave a different account. In a statement posted on its "
         'WeChat account late Tuesday, it said the Philippine ship had "illegally intruded" '
         "into waters near the shoal.", "en", "illegally intruded", "China Coast Guard"),
        # a medium named in commas after its description, the second of two joined verbs
        ("Surat kabar resmi Partai Buruh Korea, Rodong Sinmun, memuat 14 foto kunjungan itu "
         'dan menulis bahwa lawatan tersebut "membuka babak baru" dalam hubungan bilateral.',
         "id", "membuka babak baru", "Rodong Sinmun"),
        # an opener before a name placed by the body it belongs to
        ("Adapun Sinta Wulandari dari PT Jasa Raharja Cabang Maluku Utara menyatakan ahli "
         "waris setiap penumpang akan menerima santunan Rp50 juta.", "id",
         "ahli waris setiap penumpang akan menerima santunan Rp50 juta", "Sinta Wulandari"),
        # a bare adjunct with a written date in commas between the subject and the verb
        ("Kementerian Unifikasi Korea Selatan dalam keterangan tertulis pada Rabu, 16 April "
         "2025, menyatakan dua awak ingin menetap di Korsel.", "id",
         "dua awak ingin menetap di Korsel", "Unification Ministry of South Korea"),
        # an agency citing unnamed sources keeps the report; a dated adjunct before "bahwa"
        ("Reuters, mengutip dua sumber diplomatik di Moskow, melaporkan pada Jumat (15/11) "
         "bahwa rencana kunjungan Burlakov sempat ditunda satu pekan.", "id",
         "rencana kunjungan Burlakov sempat ditunda satu pekan", "Reuters"),
        ("Reuters, citing two diplomatic sources in Moscow, reported on Friday that the visit "
         "had been postponed by a week.", "en", "the visit had been postponed by a week",
         "Reuters"),
        # two titles joined by a slash are one role
        ("Proyek itu diresmikan Menteri Investasi dan Hilirisasi/Kepala BKPM Bambang "
         "Wiratmoko. Direktur Walhi Andi Rusdianto menilai izin terburu-buru. Menanggapi "
         "kritik itu, sang menteri memastikan pemerintah akan mengevaluasi amdal.", "id",
         "pemerintah akan mengevaluasi amdal", "Bambang Wiratmoko"),
        # a pronoun after a fronted phrase is the sentence's subject, not a name after it
        ("Ketua delegasi China, Liu Jianguo, tiba di Pyongyang pada Senin. Setibanya di "
         "bandara, ia disambut "
         'Perdana Menteri Pak Thae Song. Dalam jamuan makan malam, dia menyatakan Beijing '
         'siap "membuka babak baru" hubungan bilateral.', "id", "membuka babak baru",
         "Liu Jianguo"),
        # "Dia menambahkan" skips a last subject who has not spoken
        ('Peneliti Institut Sejong, Han Ji-woo, menilai kunjungan itu penting. "Moskow ingin '
         'menunjukkan dukungannya," kata Han. Putin sendiri berkunjung ke Pyongyang pada Juni '
         "2024. Dia menambahkan, Pyongyang kemungkinan akan mengirim lebih banyak pekerja.",
         "id", "Pyongyang kemungkinan akan mengirim lebih banyak pekerja", "Han Ji-woo"),
        # ... but not one who has
        ('Han Ji-woo menilai kunjungan itu penting. Lee Min-ho mengatakan Seoul memantau. Dia '
         "menambahkan, Pyongyang kemungkinan akan mengirim lebih banyak pekerja.", "id",
         "Pyongyang kemungkinan akan mengirim lebih banyak pekerja", "Lee Min-ho"),
        # a titled name in commas may end its sentence
        ("Pandangan berbeda datang dari Direktur Eksekutif CORE Indonesia, Nadia "
         "Prameswari. Ia mengatakan defisit dengan China tidak perlu dikhawatirkan.", "id",
         "defisit dengan China tidak perlu dikhawatirkan", "Nadia Prameswari"),
        # ... not after a long complement that holds another name and "dan"
        ("Upacara dihadiri Wakil Gubernur Jilin Zhao Minghui dan Wakil Perdana Menteri Korea "
         'Utara, Ri Yong Sop. "Jembatan ini adalah simbol persahabatan," kata Zhao.', "id",
         "Jembatan ini adalah simbol persahabatan", "Zhao Minghui"),
        # a company's last word before its verb is its own, not a speaker's name
        ("PT Jasa Raharja menyatakan akan menyalurkan santunan Rp50 juta kepada ahli waris.",
         "id", "akan menyalurkan santunan Rp50 juta kepada ahli waris", "PT Jasa Raharja"),
        # a Singaporean surname opens a whole name; an English given name may come first
        ("Dr Loh Wei Ling, a senior fellow at the ISEAS-Yusof Ishak Institute, told CNA "
         "that the bloc had moved.", "en", "the bloc had moved", "Loh Wei Ling"),
        ("Federation president Eddie Tan Kok Seng said members had shipped 300 containers.",
         "en", "members had shipped 300 containers", "Eddie Tan Kok Seng"),
        # the Iban patronymic inside a name
        ("Near Kapit, pepper farmer Jimbun anak Nyandang, 61, said the smoke was at its "
         "worst at dawn.", "en", "the smoke was at its worst at dawn", "Jimbun anak Nyandang"),
        # a company word ends a bank's name before a person's
        ("Berbeda dengan Larasati, Kepala Ekonom Bank Nusantara Sejahtera Gilang Mahesa "
         'melihat ruang ekspor masih lebar. "Pasokan bertambah," ucap Gilang.', "id",
         "Pasokan bertambah", "Gilang Mahesa"),
        # a noun with a circumfix opening a sentence is no given name
        ("Perdana Menteri Korea Utara Jon Myong Sik tiba di Beijing. Kedatangan Jon "
         "diberitakan KCNA. Menurut KCNA, Jon disambut di bandara. Kantor berita KCNA "
         'melaporkan, Jon menyampaikan bahwa persahabatan itu "ditempa dengan darah".', "id",
         "ditempa dengan darah", "Jon Myong Sik"),
        # "quoted him as saying" past a short adjunct and "that"
        ("Sok Vanna, Cambodia's secretary of state for agriculture, said farmers now see "
         "prices online. Khmer Times quoted him as saying on Monday that a new rail service "
         "would cut transport time from nine days to four.", "en",
         "a new rail service would cut transport time from nine days to four", "Sok Vanna"),
        # a final cue after a place is no apposition of the place
        ("Malaysian Foreign Minister Harun Aziz said Kuala Lumpur had pledged fresh aid. The "
         "money would go first to mobile clinics in northern Shan State, the minister said.",
         "en", "The money would go first to mobile clinics in northern Shan State",
         "Harun Aziz"),
        # "which it called": the subject of the verb before
        ("North Korea's foreign ministry said in a statement that the opening would \"open a "
         'new chapter" with China, which it called an "invincible friendship sealed in '
         'blood".', "en", "invincible friendship sealed in blood",
         "Foreign Ministry of North Korea"),
        # "serta" joins a second verb to the pronoun subject, past a comma
        ("Kim Jong Un meninjau galangan kapal Nampo. Ia juga memerintahkan agar kapal perusak "
         'keempat mulai dibangun, serta menyebut program itu "tugas paling mendesak".', "id",
         "tugas paling mendesak", "Kim Jong Un"),
        # a statement noun before a body's name; a body's relative clause without a comma
        ('Hengtai Group menyatakan berkomitmen. "Kami datang untuk jangka panjang," demikian '
         "pernyataan Hengtai seperti dilansir Reuters.", "id",
         "Kami datang untuk jangka panjang", "Hengtai Group"),
        ("Hengtai Group yang berbasis di Provinsi Fujian menyatakan tetap berkomitmen pada "
         "proyek tersebut.", "id", "tetap berkomitmen pada proyek tersebut", "Hengtai Group"),
        # "Limited" closes a company's name
        ("Cross-border freight rose 18.4 percent, the Laos-China Railway Company Limited said.",
         "en", "Cross-border freight rose 18.4 percent", "Laos-China Railway Company Limited"),
        # a body whose name lists its fields with commas, between a title and its holder
        ("Sementara itu, Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB "
         "Wisnu Hardiyanto dalam keterangan tertulis di Jakarta, Sabtu, mengatakan BNPB "
         "mengirimkan 2.000 paket sembako. Ia menjelaskan beras disalurkan pekan depan.", "id",
         "beras disalurkan pekan depan", "Wisnu Hardiyanto"),
        ("Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB Abdul Muhari "
         "mengatakan hujan masih turun.", "id", "hujan masih turun", "Abdul Muhari"),
        ("Kepala Pusat Vulkanologi dan Mitigasi Bencana Geologi (PVMBG) Hendra Gunawan "
         "mengatakan status gunung itu naik.", "id", "status gunung itu naik",
         "Hendra Gunawan"),
        # a description standing for a title named before ("the top government spokesman"
        # for the Chief Cabinet Secretary), past a person who spoke in between
        ("Chief Cabinet Secretary Hiroyuki Tanabe told a press conference that no damage "
         "had been reported. Ryota Nishimura, a professor at Waseda University, said the "
         'timing mattered. "We should not rule out a test," Nishimura said. The top '
         "government spokesman later said the prime minister had instructed ministries to "
         "prepare.", "en", "the prime minister had instructed ministries to prepare",
         "Hiroyuki Tanabe"),
        # "pihak" before a body's kind speaks for the body of that kind named before
        ("Dua korban masih dirawat di RSUD Wonosari hingga Senin (8/9/2025) pagi. Pihak "
         "rumah sakit menyatakan kondisi keduanya stabil.", "id", "kondisi keduanya stabil",
         "RSUD Wonosari"),
        ("Dua korban dirawat di RSUD Wonosari. Rumah sakit itu menyatakan kondisi keduanya "
         "stabil.", "id", "kondisi keduanya stabil", "RSUD Wonosari"),
        ("Direktur PT SKMI, Liu Wenhao, datang ke lokasi. Pihak perusahaan membantah "
         "mengabaikan tuntutan pekerja.", "id", "mengabaikan tuntutan pekerja", "PT SKMI"),
        # a government department whose head opens its name
        ("Zhao Jianfeng said the road opened. Cambodia-China trade reached 15.3 billion U.S. "
         "dollars in the first 10 months, according to the General Department of Customs "
         "and Excise of Cambodia.", "en", "Cambodia-China trade reached 15.3 billion U.S. "
         "dollars in the first 10 months",
         "General Department of Customs and Excise of Cambodia"),
        # a body after an opening phrase and its article: no article in its name
        ("In neighboring Malaysia, the Department of Environment said on Thursday that air "
         "quality had reached unhealthy levels.", "en",
         "air quality had reached unhealthy levels", "Department of Environment"),
        ("Separately, the Directorate General of Taxes said tax revenue reached Rp 1,295.3 "
         "trillion.", "en", "tax revenue reached Rp 1,295.3 trillion",
         "Directorate General of Taxes"),
        # the Duma named alone between a title and its holder's name
        ("Delegasi Duma Negara Rusia yang dipimpin Wakil Ketua Duma Pyotr Kuzmenko tiba di "
         "Pyongyang. Kuzmenko mengatakan Moskow siap menerima sekitar 300 pelajar.", "id",
         "Moskow siap menerima sekitar 300 pelajar", "Pyotr Kuzmenko"),
        # words quoted in an agency's report on a person, the agency named by its anaphor
        ("North Korea's official Korean Central News Agency made no mention of the flights. "
         "But the agency reported that leader Kim Jong Un on Monday inspected a test of new "
         'attack drones and called for their "mass production at the earliest possible '
         'date".', "en", "mass production at the earliest possible date", "Kim Jong Un"),
        # a medium's kind before its name, an apposition, then an adjunct before the verb
        ("Surat kabar Rodong Sinmun, corong resmi partai, dalam tajuknya pada Minggu (28/12) "
         'menulis bahwa keputusan pleno merupakan "peta jalan kemenangan" bagi rakyat.', "id",
         "peta jalan kemenangan", "Rodong Sinmun"),
        ("Surat kabar Rodong Sinmun, corong resmi partai, menulis bahwa keputusan pleno "
         'merupakan "peta jalan kemenangan" bagi rakyat.', "id", "peta jalan kemenangan",
         "Rodong Sinmun"),
        # a verb inside words quoted before is no cue for the next quoted words
        ("Unification ministry spokeswoman Jang Eun-ha told a regular briefing that the man "
         'had "clearly expressed his wish to stay in the South" and that his case would be '
         'handled "in line with established procedures".', "en",
         "in line with established procedures", "Jang Eun-ha"),
        # a person's pronoun stands for no news agency that was a subject
        ("ASEAN's envoy Emilio Santiago spoke on Friday. The envoy met Myanmar's military "
         "chief in Naypyitaw, according to a report by Kyodo. He told the ministers that the "
         "military had agreed to allow 300 aid trucks into Sagaing, Reuters reported.", "en",
         "the military had agreed to allow 300 aid trucks into Sagaing", "Emilio Santiago"),
        # a person named after a copula in what opens like an adverbial phrase is the
        # sentence's subject
        ("Kapolres Metro Bekasi Kombes Yusuf Harahap mengatakan api padam. Di antara pedagang "
         "yang kehilangan seluruh dagangan adalah Nur Aisyah (45), penjual sayur yang sudah "
         "berjualan sejak 1998. Dia mengaku hanya sempat menyelamatkan buku catatan utang.",
         "id", "hanya sempat menyelamatkan buku catatan utang", "Nur Aisyah"),
        ("Police chief Yusuf Harahap said the fire was out. Among the traders who lost "
         "everything was Nur Aisyah, 45, who sells vegetables. She said she had saved only a "
         "ledger.", "en", "she had saved only a ledger", "Nur Aisyah"),
        # adjuncts in commas after an apposed name: a place, a weekday and a written date,
        # then an adverb
        ("Juru bicara Kementerian Luar Negeri China, Tang Xiaowei, dalam jumpa pers di "
         'Beijing, Senin, 9 Juni 2025, mengatakan bahwa perdagangan kedua negara "sejalan '
         'dengan hukum internasional".', "id", "sejalan dengan hukum internasional",
         "Tang Xiaowei"),
        ("Juru bicara Kementerian Luar Negeri China, Tang Xiaowei, dalam jumpa pers di "
         "Beijing, Senin, 9 Juni 2025, hanya mengatakan bahwa perdagangan kedua negara "
         "sejalan dengan hukum internasional.", "id",
         "perdagangan kedua negara sejalan dengan hukum internasional", "Tang Xiaowei"),
        # a verb and a reported clause before quoted words are no cue with a name after it
        ("Rodong Sinmun, the official newspaper of the Workers' Party of Korea, said in an "
         'editorial that the friendship, "sealed in blood" during the war years, had been '
         "carried forward.", "en", "sealed in blood", "Rodong Sinmun"),
        # a Singapore name: an English given name, the surname, a given name that is a
        # surname too
        ("Singapore's Foreign Minister Aaron Tan Wei Ming said the ministers had \"no "
         'appetite" for readmitting junta leaders.', "en", "no appetite", "Aaron Tan Wei Ming"),
        # a lay role glued to a one-word name
        ('Siti Rohani, 38, a rubber tapper, told The Jakarta Post she kept her children '
         'indoors. Her neighbor Darmawan said the fires came back "every dry season like an '
         'unwanted guest".', "en", "every dry season like an unwanted guest", "Darmawan"),
        # a person, then a description in lower case and the body it names, in commas
        ("Li Guohua, chairman of the project's developer, China Hanjiang Road and Bridge "
         "Group, told Xinhua that two-thirds of the materials were sourced in Cambodia.",
         "en", "two-thirds of the materials were sourced in Cambodia", "Li Guohua"),
        ("Li Guohua, ketua pengembang proyek itu, PT Hanjiang Jaya Konstruksi, "
         "mengatakan dua pertiga bahan bangunan dibeli di Kamboja.", "id",
         "dua pertiga bahan bangunan dibeli di Kamboja", "Li Guohua"),
        # a resident's village and district in commas after the name: the person speaks
        ("Martinus Salindeho (47), warga Kampung Batubulan, Kecamatan Siau Timur Selatan, "
         "mengaku awalnya mengira suara itu berasal dari ombak besar.", "id",
         "awalnya mengira suara itu berasal dari ombak besar", "Martinus Salindeho"),
        ("Warga Kampung Lehi, Nus Lumingkewas (58), mengaku sudah mendengar gemuruh dari arah "
         "puncak.", "id", "sudah mendengar gemuruh dari arah puncak", "Nus Lumingkewas"),
        # a body placed somewhere, then a relay aside, before its verb
        ("Kedutaan Besar China di Jakarta, seperti dikutip Xinhua, menyatakan pihaknya "
         '"mengikuti dengan saksama" perkembangan di Morowali.', "id",
         "mengikuti dengan saksama", "Kedutaan Besar China"),
        # an object pronoun in a subject's own sentence tells nothing of the subject
        ('"We want a fair share," Energy Minister Arif Wicaksono said. Trade Minister '
         "Lestari Hanum, who appeared alongside him, said the rule would be signed soon. She "
         "added that exporters would be given a six-month transition period.", "en",
         "exporters would be given a six-month transition period", "Lestari Hanum"),
        # a speaker inside another's reported clause is no subject for a later pronoun
        ("Choi Min-seok, a professor at Kyungnam University, said the North was jamming "
         "GPS. Choi noted that the jamming started after Kim Yo Jong, the leader's sister, "
         'denounced the drills. "The timing is no coincidence," he said.', "en",
         "The timing is no coincidence", "Choi Min-seok"),
        # "what it called" right before quoted words: the subject of the verb before
        ("North Korea's foreign ministry said that Ryom's trip would deepen ties with China "
         'at a time of what it called "reckless military provocations" by the United '
         "States.", "en", "reckless military provocations", "Foreign Ministry of North Korea"),
        # a French connector inside a body's name no table knows
        ("Capacity rose to more than 1,700 megawatts, according to Electricite du Cambodge, "
         "the state power utility.", "en", "Capacity rose to more than 1,700 megawatts",
         "Electricite du Cambodge"),
        # a body's name whose first word is also a title is the body
        ("Suchart Wongsakul said tourism rose. Trade between China and ASEAN reached 7.3 "
         "trillion yuan in 2025, according to the General Administration of Customs.", "en",
         "Trade between China and ASEAN reached 7.3 trillion yuan in 2025",
         "General Administration of Customs"),
        # a name that ends the reported clause right before ", said <person>"
        ("The collision happened about 28 nautical miles west of Scarborough Shoal, said "
         "Commodore Arnel Villacorta, a spokesman for the Philippine Coast Guard.", "en",
         "The collision happened about 28 nautical miles west of Scarborough Shoal",
         "Arnel Villacorta"),
        ("Prices rose sharply across Malaysia, said Finance Minister Arnel Villacorta.", "en",
         "Prices rose sharply across Malaysia", "Arnel Villacorta"),
        # "Kalak" is the short form of "Kepala Pelaksana"
        ("Kepala Pelaksana BPBD Seram Bagian Barat Yohanis Latuconsina meninjau desa. Bupati "
         "Marthen Sapulette juga hadir. Menurut Kalak BPBD itu, sekitar 300 pengungsi masih "
         "bertahan di tenda darurat.", "id",
         "sekitar 300 pengungsi masih bertahan di tenda darurat", "Yohanis Latuconsina"),
        # a Balinese hamlet ("Banjar") and a village whose last word is no person's name
        ("Ni Luh Sariasih (47), warga Banjar Tegal Asri, Desa Penyaringan, mengaku air datang "
         "tanpa peringatan.", "id", "air datang tanpa peringatan", "Ni Luh Sariasih"),
        # a listener before the verb is no subject
        ("Muhammad Fajar (34), pengemudi ojek daring, kepada Antara mengatakan puluhan rumah "
         "di gang tempat tinggalnya terendam.", "id",
         "puluhan rumah di gang tempat tinggalnya terendam", "Muhammad Fajar"),
        # a Vietnamese family name opens the name; a hyphenated deputy's title
        ('"We will miss the peak harvest," Vinafruit general secretary Tran Thi Kim Loan '
         "told Reuters.", "en", "We will miss the peak harvest", "Tran Thi Kim Loan"),
        ("Chinese Vice-Minister of Transport Li Yanhong, speaking by video link from "
         "Beijing, said China would help train 300 more Lao railway technicians.", "en",
         "China would help train 300 more Lao railway technicians", "Li Yanhong"),
        # an Indonesian ministry of the tables ends a body's name before its director's
        ("Direktur Surveilans dan Karantina Kesehatan Kementerian Kesehatan Wahyu Prasetyo "
         "Adi menyatakan pihaknya telah mengirimkan 3.000 dosis vaksin.", "id",
         "pihaknya telah mengirimkan 3.000 dosis vaksin", "Wahyu Prasetyo Adi"),
        # (a listed name goes on past a ministry of the tables)
        ("Kementerian Perdagangan, Industri, dan Energi Korea Selatan menyatakan nilai "
         "investasi naik 12,5 persen.", "id", "nilai investasi naik 12,5 persen",
         "Kementerian Perdagangan, Industri, dan Energi Korea Selatan"),
        # a province of the tables ends a branch's name before its head's
        ("Kepala Jasa Raharja Cabang Jawa Tengah Bambang Wicaksono menyatakan ahli waris "
         "korban akan menerima santunan.", "id", "ahli waris korban akan menerima santunan",
         "Bambang Wicaksono"),
        # a police director's short title, then "Sang Dirlantas"
        ("Dirlantas Polda Jawa Tengah Kombes Heru Santoso meninjau lokasi. Kepala Jasa "
         "Raharja Bambang Wicaksono juga hadir. Sang Dirlantas menegaskan, \"Kami minta "
         'pengemudi kendaraan besar tidak memaksakan diri."', "id",
         "Kami minta pengemudi kendaraan besar tidak memaksakan diri", "Heru Santoso"),
        # a body's name of the tables before the acronym it is given in brackets
        ("The US Federal Bureau of Investigation (FBI) said in a statement on Friday that "
         "it had traced the theft to a cluster.", "en",
         "it had traced the theft to a cluster", "Federal Bureau of Investigation"),
        # a Malaysian state's head by his title
        ("Kelantan Menteri Besar Datuk Wan Zulkifli Wan Mahmood said the state had approved "
         "RM5 million. Police chief Ahmad Tarmizi also spoke. The menteri besar added that "
         "about 300 personnel had been deployed.", "en",
         "about 300 personnel had been deployed", "Wan Zulkifli Wan Mahmood"),
        # a Malaysian Chinese family name opens the name
        ("Dr Chin Wei Ling, a political scientist at Universiti Malaysia Sabah, said it was "
         "only the third election petition to succeed.", "en",
         "it was only the third election petition to succeed", "Chin Wei Ling"),
        # "Hakim" after a given name is a word of the name, not a judge's title
        ("Namun, ekonom Indef, Rizal Hakim Pratama (47), menilai penerbitan kuota "
         "terlambat.", "id", "penerbitan kuota terlambat", "Rizal Hakim Pratama"),
        ("Sidang dipimpin Hakim Ketua Hendro Saputra. \"Terdakwa terbukti bersalah,\" kata "
         "Hakim Hendro.", "id", "Terdakwa terbukti bersalah", "Hendro Saputra"),
        # a shopping centre named in English ends before its manager's name
        ("General Manager Grand Kertajaya Plaza Fransiska Lie memastikan lebih dari 250 "
         "penyewa akan mendapat kompensasi.", "id",
         "lebih dari 250 penyewa akan mendapat kompensasi", "Fransiska Lie"),
        # a think tank named in English in Indonesian copy; "sang peneliti" then finds the
        # researcher
        ("Peneliti senior Asan Institute for Policy Studies di Seoul, Han Seo-yeon, "
         "mengatakan mesin itu baru. \"Roket itu bisa disiapkan dalam hitungan menit,\" ujar "
         "sang peneliti.", "id", "Roket itu bisa disiapkan dalam hitungan menit",
         "Han Seo-yeon"),
        # a police chief's short title standing for the chief named before
        ("Kepala Kepolisian Resor Kota Besar (Polrestabes) Surabaya Kombes Pol Adrianus "
         "Wicaksono meninjau lokasi. Warga, Hendro Purnomo, melihat asap. Kapolrestabes "
         'menegaskan, "Kami sudah memasang garis polisi."', "id",
         "Kami sudah memasang garis polisi", "Adrianus Wicaksono"),
        # an article before the country an envoy is posted to is no part of the name
        ("The ceremony was attended by Chinese Ambassador to the DPRK Zhao Hongyi. "
         '"People here are curious about how China has changed," Zhao said.', "en",
         "People here are curious about how China has changed", "Zhao Hongyi"),
        # a country's adjective after a title in commas is no name; "diplomat" is a title
        ("The envoy, Philippine diplomat Teresa Ocampo, briefed her counterparts at a "
         "closed-door session. She said she had visited Naypyitaw twice.", "en",
         "she had visited Naypyitaw twice", "Teresa Ocampo"),
        # a name in commas before "was quoted by ... as saying"; a Korean full name is a
        # person even after another person of the same surname
        ("Premier Ri Jong-ho told the session that the target was met. \"Our southern border "
         'is a national boundary," Ri Kyong-nam, vice chairman of the SPA Standing '
         "Committee, was quoted by KCNA as saying.", "en",
         "Our southern border is a national boundary", "Ri Kyong-nam"),
        # a surname alone names the person, not a body whose name holds the surname
        ("The delegation, led by Kim Chol Ung, vice-president of Kim Chaek University of "
         'Technology, was greeted at the airport. "Our students have waited a long time," '
         "Kim said.", "en", "Our students have waited a long time", "Kim Chol Ung"),
        # "Rombongan" (a delegation) opens no name
        ("Perdana Menteri Korea Utara Ri Kwang Hyok tiba di Beijing. Rombongan Ri berjumlah "
         '36 orang. Ri menyebut persahabatan kedua negara "tidak akan goyah oleh badai apa '
         'pun".', "id", "tidak akan goyah oleh badai apa pun", "Ri Kwang Hyok"),
        # a title standing for the person it was given to
        ("Bupati Sumbawa, Mahmud Abdullah, meninjau lokasi. Camat Lunyuk Syamsul Bahri "
         "ikut. Sang bupati mengatakan pemerintah akan membangun hunian sementara.", "id",
         "pemerintah akan membangun hunian sementara", "Mahmud Abdullah"),
        ("Defence Minister Bayu Prakoso met Kenji Morimoto. Later, the Indonesian "
         "minister said the talks would continue next month.", "en",
         "the talks would continue next month", "Bayu Prakoso"),
        # a subject with a relative clause or an apposition in commas
        ("Lestari Anggraini, who chairs the defence commission, said lawmakers would "
         "scrutinise any deal.", "en", "lawmakers would scrutinise any deal", "Lestari Anggraini"),
        ("Bagus Widjanarko, the ministry's director for citizens abroad, said about 300 "
         "Indonesians were still held.", "en", "about 300 Indonesians were still held",
         "Bagus Widjanarko"),
        ("One of the victims, a woman from West Java, Wulan, said she was beaten every day.",
         "en", "she was beaten every day", "Wulan"),
        # the fullest name even when a long role is glued before it
        ("Menteri Perdagangan dan Industri Mesir Ahmed Samir Fawzy hadir. \"Mesir siap "
         "menjadi pintu masuk,\" ujar Fawzy.", "id", "Mesir siap menjadi pintu masuk",
         "Ahmed Samir Fawzy"),
        # a place after a locative right before the verb is where, not who
        ("Juru bicara Kementerian Luar Negeri China Guo Peng dalam jumpa pers di Beijing "
         "menyebut kerja sama itu tidak boleh mengganggu stabilitas kawasan.", "id",
         "kerja sama itu tidak boleh mengganggu stabilitas kawasan", "Guo Peng"),
        # a medium named in an aside that holds a comma
        ("Wakil Menteri Pertanian Vietnam Phan Thi Thu Ha, seperti dikutip kantor berita "
         "Vietnam, VNA, mengatakan Hanoi akan menindak tegas kapal asing.", "id",
         "Hanoi akan menindak tegas kapal asing", "Phan Thi Thu Ha"),
        # "kementerian itu": the last ministry named before
        ("Kementerian Unifikasi Korea Selatan memulangkan enam nelayan. Menurut kementerian "
         "itu, para nelayan ditemukan hanyut pekan lalu.", "id",
         "para nelayan ditemukan hanyut pekan lalu", "Unification Ministry of South Korea"),
        # abbreviated rank and a Balinese name particle
        ("Brig. Gen. Yusri Pranoto, the spokesperson, told a news conference that the "
         "victims had been lured.", "en", "the victims had been lured", "Yusri Pranoto"),
        ("Seaweed farmer I Wayan Sukarta, 52, told reporters that prices fell this year.",
         "en", "prices fell this year", "I Wayan Sukarta"),
        # a weekday in the adjuncts is no speaker
        ("Juru bicara Dinas Kesehatan, dr. Yuliana Kartika, ketika dihubungi dari Lebak, "
         "Rabu, mengatakan provinsi telah mengirim 50.000 dosis vaksin.", "id",
         "provinsi telah mengirim 50.000 dosis vaksin", "Yuliana Kartika"),
        # a bare title stands for the one person who holds it; "Ia" then finds that person
        ("Jaksa KPK, Rina Kartikasari, membacakan tuntutan. Menurut jaksa, uang itu "
         "dikumpulkan lewat seorang perantara, Doni Saputra (41). Ia menambahkan, terdakwa "
         "tidak mengakui perbuatannya.", "id", "terdakwa tidak mengakui perbuatannya",
         "Rina Kartikasari"),
        # new speech verbs
        ("Neneng Sumarni, di tempat terpisah, mengakui masih ada penolakan dari orang tua.",
         "id", "masih ada penolakan dari orang tua", "Neneng Sumarni"),
        # a name set off by an apposition after the quote
        ('"We are racing against the weather," Hiroshi Tanabe, a commander with the fire '
         "department, told reporters.", "en", "We are racing against the weather",
         "Hiroshi Tanabe"),
        # a person named in a relative clause before the verb does not speak
        ('Chief Executive Kenji Morita, who signed the deal alongside Bayu Adinegoro, said the '
         'ban had "left no doubt" about it.', "en", "left no doubt", "Kenji Morita"),
        # "Sang hakim kemudian": an adverb after the title
        ("Hakim Konstitusi Darmawan Saleh Lubis memimpin sidang. Sang hakim kemudian "
         "menyatakan sidang lanjutan akan digelar pekan depan.", "id",
         "sidang lanjutan akan digelar pekan depan", "Darmawan Saleh Lubis"),
        # a body's place is no person: the spokeswoman speaks
        ("Juru bicara Dinas Kesehatan Provinsi Banten, dr. Yuliana Kartika, mengatakan stok "
         "vaksin cukup. Menurut dia, cakupan imunisasi masih rendah.", "id",
         "cakupan imunisasi masih rendah", "Yuliana Kartika"),
        ("Dian Puspitasari, an economist at the Jakarta-based Institute for Trade Studies, said "
         "the windfall showed how exposed the sector was.", "en",
         "the windfall showed how exposed the sector was", "Dian Puspitasari"),
        ("Kapolres Garut AKBP Rinaldi Saputra memimpin pencarian. Kapolres menambahkan, tim "
         "SAR sempat menghentikan pencarian.", "id", "tim SAR sempat menghentikan pencarian",
         "Rinaldi Saputra"),
        ("Kepala Pusat Data dan Komunikasi Kebencanaan BNPB Teguh Prasetyo mengatakan bantuan "
         "sudah dikirim.", "id", "bantuan sudah dikirim", "Teguh Prasetyo"),
        # the listener after "kepada" is not the speaker
        ("Wakil Ketua DPR, Lestari Handayani, kepada Antara mengatakan sidang berikutnya "
         "dijadwalkan pekan depan.", "id", "sidang berikutnya dijadwalkan pekan depan",
         "Lestari Handayani"),
        # an age between the name and the apposition's comma
        ("Salah satu pengungsi, Sumiati (47), warga Desa Supiturang, mengaku lari tanpa "
         "membawa barang.", "id", "lari tanpa membawa barang", "Sumiati"),
        # a standing-in title followed by its body's acronym
        ("Kepala Pelaksana BPBD Lumajang Rudi Santoso meninjau pengungsian. Kepala Pelaksana "
         'BPBD itu menambahkan, "Kebutuhan paling mendesak saat ini masker."', "id",
         "Kebutuhan paling mendesak saat ini masker", "Rudi Santoso"),
        # an age in brackets between the name and the verb
        ("Salah satu korban, Wulan Sari (52), mengaku telah menyetor Rp340 juta sejak Januari "
         "lalu.", "id", "telah menyetor Rp340 juta sejak Januari lalu", "Wulan Sari"),
        ("Warga Desa Tetar, Syamsul Bahri (52) menuturkan, jembatan gantung putus diterjang "
         "arus.", "id", "jembatan gantung putus diterjang arus", "Syamsul Bahri"),
        # an age in commas before an apposition
        ("Marites Cruz, 38, a market vendor from Jagna, said she and her two sons jumped from "
         "the lower deck.", "en", "she and her two sons jumped from the lower deck",
         "Marites Cruz"),
        # a participle reports a further clause of the sentence's subject
        ("Deputy Finance Minister Lim Wei Jie defended the plan, telling reporters at "
         "Parliament that the subsidy bill had reached 81 billion ringgit last year.", "en",
         "the subsidy bill had reached 81 billion ringgit last year", "Lim Wei Jie"),
        ('Foreign ministry spokesperson Lim Soo-jin said the government "does not respond to '
         'every statement" from the North, adding that Seoul would stay in close contact with '
         "Washington.", "en", "Seoul would stay in close contact with Washington", "Lim Soo-jin"),
        # the cue before a quote that closes its sentence is its own, not the next sentence's
        ('Anggota DPR Dyah Ayu Pratiwi hadir. Kata Dyah: "Kami tidak datang untuk menggurui." '
         "Ia menambahkan, BKSAP akan mengundang belasan anggota parlemen Korut.", "id",
         "BKSAP akan mengundang belasan anggota parlemen Korut", "Dyah Ayu Pratiwi"),
        # a title given in an apposition after the name stands for that person later
        ("Army Capt. Liza Montemayor, a spokeswoman for the regional army command, said "
         "rescuers were working in shifts. Mayor Jun Reyes arrived. The spokeswoman said the "
         "soil remained unstable.", "en", "the soil remained unstable", "Liza Montemayor"),
        # a compound title is not its last word: the assistant governor, not the governor
        ("Assistant Governor Nattaya Chaiyasit told a news conference the vote was split. "
         "Governor Pichai Sutthiwong said the bank would act. The assistant governor said "
         "the baht had not been a factor.", "en", "the baht had not been a factor",
         "Nattaya Chaiyasit"),
        # "the official": the last speaker who was given any role
        ("The landslide buried the village, said Rommel Dagohoy, the provincial "
         "disaster-response chief. It was the fourth deadly landslide in the province, the "
         "official said.", "en", "It was the fourth deadly landslide in the province",
         "Rommel Dagohoy"),
        # "the meteorological agency": the body whose name holds every word
        ("The volcano erupted on Sunday, the Japan Meteorological Agency said. Police closed "
         "the trail. The meteorological agency said more than 40 small earthquakes had been "
         "recorded.", "en", "more than 40 small earthquakes had been recorded",
         "Japan Meteorological Agency"),
        # a country's possessive is not part of the body's name
        ("Across the Causeway, Malaysia's Department of Environment said eight of its 68 "
         "stations recorded unhealthy air.", "en",
         "eight of its 68 stations recorded unhealthy air", "Department of Environment"),
        # "He" after a quote whose speaker was named after the quoted words
        ('"We have never had this many inquiries," Moelyono Hadisaputro, chairman of the '
         "Indonesian Coffee Exporters Association, told the paper. He warned that the "
         "windfall could fade quickly.", "en", "the windfall could fade quickly",
         "Moelyono Hadisaputro"),
        # a portfolio closed by its acronym does not run on into the name
        ("Secara terpisah, ekonom Institute for Development of Economics and Finance (Indef) "
         "Dwi Anggraini Sitompul mengatakan bahwa penerimaan pajak bisa turun.", "id",
         "penerimaan pajak bisa turun", "Dwi Anggraini Sitompul"),
        # a bracketed acronym between the body and its verb; the body named without it
        ("Dikutip dari Antara, Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) "
         "memperingatkan hujan lebat masih berpotensi turun hingga Jumat.", "id",
         "hujan lebat masih berpotensi turun hingga Jumat",
         "Badan Meteorologi, Klimatologi, dan Geofisika"),
        ("Ketua Badan Pengawas Pemilu (Bawaslu) Buton Selatan, Nur Aisyah, hadir. Menurut "
         "keterangan Bawaslu, pihaknya menerima 17 laporan.", "id",
         "pihaknya menerima 17 laporan", "Badan Pengawas Pemilu Buton Selatan"),
        # "The statement said": the speaker whose statement was named before
        ("In a statement carried by KCNA, Kim Yo Jong called the drills \"a reckless "
         "provocation.\" The statement said the drills involved more than 40 aircraft.", "en",
         "the drills involved more than 40 aircraft", "Kim Yo Jong"),
        # a body named by its place and a common noun
        ("More than 3,400 people have fled to 27 evacuation centers, the Southern Leyte "
         "provincial government said in a statement Tuesday.", "en",
         "More than 3,400 people have fled to 27 evacuation centers",
         "Southern Leyte provincial government"),
        # a described body named by its acronym in brackets
        ("Mount Semeru erupted, forcing about 1,100 residents to leave their homes, the "
         "volcanology agency (PVMBG) said.", "en",
         "Mount Semeru erupted, forcing about 1,100 residents to leave their homes", "PVMBG"),
        # ... only after "the": a sentence-initial common noun names nobody
        ("Media pemerintah melaporkan bahwa Wakil Menteri Luar Negeri China disambut oleh para "
         "pejabat Korea Utara.", "id",
         "Wakil Menteri Luar Negeri China disambut oleh para pejabat Korea Utara", None),
        # a surname that is also a weekday abbreviation
        ('Chinese Commerce Minister Sun Lihua met them. "We have never been this close," Sun '
         "told reporters.", "en", "We have never been this close", "Sun Lihua"),
        # a bracketed acronym inside the speaker phrase after the cue
        ('"Beban APBN jelas bertambah," kata ekonom Institute for Development of Economics '
         "and Finance (Indef), Bagas Prakoso, seperti dikutip dari Antara.", "id",
         "Beban APBN jelas bertambah", "Bagas Prakoso"),
        # a person described, not named, stands for the last subject
        ("Kepala Dinas Kesehatan Garut, Rina Marlina, meninjau lokasi. Perempuan kelahiran "
         "Bandung itu mengatakan pihaknya terus memantau kondisi warga.", "id",
         "pihaknya terus memantau kondisi warga", "Rina Marlina"),
        ('Politikus Partai Golkar Budi Santoso hadir. "Kami mendukung," kata Budi. Politikus '
         "senior itu menegaskan partainya mendukung rencana tersebut.", "id",
         "partainya mendukung rencana tersebut", "Budi Santoso"),
        ("Maria Santos, 45, lost her home. The 45-year-old said the water rose within minutes.",
         "en", "the water rose within minutes", "Maria Santos"),
        # a gendered pronoun skips a subject whose role says otherwise
        ("Foreign ministry spokeswoman Lim Soo-jin spoke first. Defence ministry spokesman "
         "Jeon Ha-kyu said the drills would go ahead. She said Seoul would stay in close "
         "contact with Washington.", "en", "Seoul would stay in close contact with Washington",
         "Lim Soo-jin"),
        ("Foreign ministry spokeswoman Lim Soo-jin spoke first. Defence ministry spokesman "
         'Jeon Ha-kyu said the drills would go ahead. "We are ready," he said.', "en",
         "We are ready", "Jeon Ha-kyu"),
        # an agency's report that cites a body: the body speaks
        ("The recruiters charged each victim up to 15 million rupiah in fees, the state news "
         "agency Antara reported, citing the West Java Regional Police.", "en",
         "The recruiters charged each victim up to 15 million rupiah in fees",
         "West Java Regional Police"),
        # a short title expanded as the role was ("sang wamen" = "Wakil Menteri ...")
        ("Wakil Menteri Perdagangan Rizal Adiwinata membuka forum. Meski begitu, sang wamen "
         "mengakui ongkos logistik masih menjadi ganjalan.", "id",
         "ongkos logistik masih menjadi ganjalan", "Rizal Adiwinata"),
        # "yang sama": the same body as before; an opener is not what was said
        ("Kementerian Unifikasi Korea Selatan memulangkan enam nelayan. Sementara itu, "
         "sedikitnya 1.250 orang pembelot tiba di Korea Selatan dalam tiga tahun terakhir, "
         "menurut kementerian yang sama.", "id",
         "sedikitnya 1.250 orang pembelot tiba di Korea Selatan dalam tiga tahun terakhir",
         "Unification Ministry of South Korea"),
        # a date adjunct between the agency and its verb
        ("Namun, kantor berita resmi KCNA pada Selasa (17/11) melaporkan bahwa Korea Utara "
         '"tidak akan menoleransi" penahanan warganya.', "id", "tidak akan menoleransi", "KCNA"),
        # "At least ..." opens no adverbial clause
        ("At least four children were among the dead, according to the state-run Philippine "
         "News Agency.", "en", "At least four children were among the dead", "PNA"),
        # a rank before a name set off after its role
        ("A spokeswoman for the Ground Self-Defense Force's Eastern Army, Maj. Yuki Hasegawa, "
         "said 300 troops had joined the search. The spokeswoman said the helicopters could "
         "fly only when the wind cleared the ash.", "en",
         "the helicopters could fly only when the wind cleared the ash", "Yuki Hasegawa"),
        # a weekday with a part of the day in the adjunct
        ("Wakil Bupati Cianjur Neneng Rohaeti saat dihubungi dari Bandung, Rabu malam, "
         "mengatakan pemerintah kabupaten menghormati putusan pengadilan.", "id",
         "pemerintah kabupaten menghormati putusan pengadilan", "Neneng Rohaeti"),
        # portfolios listed with commas between a title and the name
        ("Sang menteri bertemu Menteri Ekonomi, Perdagangan, dan Industri Jepang Takeshi "
         'Morikawa di Tokyo. Morikawa, seperti dilansir Kyodo, menyebut pemerintahnya "terbuka '
         'untuk memperluas" impor.', "id", "terbuka untuk memperluas", "Takeshi Morikawa"),
        # a verb joined by "but" shares the subject that opens the clause
        ("Foreign ministry spokeswoman Retno Wulan spoke. The spokeswoman declined to comment "
         "on that report, but said Jakarta remained committed to the agreement.", "en",
         "Jakarta remained committed to the agreement", "Retno Wulan"),
        # "the department": the body named before, owned by a country
        ("Australia's Department of Home Affairs said the boats were seized. \"Enforcement "
         'action is taken in accordance with Australian law," the department said.', "en",
         "Enforcement action is taken in accordance with Australian law",
         "Department of Home Affairs"),
        # an abbreviated rank inside the speaker phrase after the cue
        ('"The water came so fast," said Lt. Col. Budi Santoso, a police spokesman. "We could '
         'not save everyone."', "en", "The water came so fast", "Budi Santoso"),
        # ... but a sentence's full stop after a name ends the phrase
        ('Wakil Menteri Pertanian Vietnam Phan Thi Thu Ha hadir. "Kami menghargai sikap '
         'Indonesia," kata Thu Ha. Ia juga menyebut kedua negara akan bertukar data pemantauan.',
         "id", "kedua negara akan bertukar data pemantauan", "Phan Thi Thu Ha"),
        # an apposition with an article between the subject and the verb
        ("Police spokesman Budi Santoso arrived. Budi Santoso, the police spokesman, said: "
         '"We could not save everyone."', "en", "We could not save everyone", "Budi Santoso"),
        # "but added that": the subject of the speech verb before the conjunction
        ("Energy Minister Rahmat Hidayat Siregar spoke. Asked about the report, Siregar said no "
         'decision had been made, but added that "the era of building kilns is over."', "en",
         "the era of building kilns is over", "Rahmat Hidayat Siregar"),
        # a relative clause with a place after a comma inside it; "PT" opens a company
        ("Smelter operator PT Teluk Nikel Sejahtera, which runs two plants in Morowali, Central "
         "Sulawesi, said it would review a planned expansion.", "en",
         "it would review a planned expansion", "PT Teluk Nikel Sejahtera"),
        # an age in brackets before an apposition, for a partial quote
        ('Nurhayati (38), penumpang asal Pulau Kaledupa yang selamat, menuturkan kapal mulai '
         '"oleng ke kiri dan kanan" setelah berangkat.', "id", "oleng ke kiri dan kanan",
         "Nurhayati"),
        # where the speaker belongs, between the name and the verb
        ("Rep. Shin Dong-hoon of the parliamentary intelligence committee told reporters after "
         "a closed-door briefing last month that the North had been preparing more satellites.",
         "en", "the North had been preparing more satellites", "Shin Dong-hoon"),
        # a verb that frames a partial quote, and a quotation run split into sentences
        ('In a statement carried by KCNA, Kim Yo Jong dismissed the criticism as "hysteric." '
         '"Our right to space development will never be surrendered," she said.', "en",
         "hysteric", "Kim Yo Jong"),
        # a territory's head: the unknown territory comes first, unless the article uses
        # that word alone for the person
        ('Kepala Desa Sukamaju Asep Saepudin hadir. "Air naik cepat sekali," ucap Kepala Desa '
         "Sukamaju, Asep Saepudin, saat ditemui di lokasi.", "id", "Air naik cepat sekali",
         "Asep Saepudin"),
        ('Bupati Rudy Gunawan Saputra hadir. "Kami siap," kata Rudy.', "id", "Kami siap",
         "Rudy Gunawan Saputra"),
        # a verb that only introduces quoted words, with a word after it
        ('Bupati Garut Rudy Gunawan hadir. Ketika ditanya soal anggaran, Rudy menjawab singkat, '
         '"Belum ada dana untuk itu."', "id", "Belum ada dana untuk itu", "Rudy Gunawan"),
        # an adverb between the subject and a verb before the quote
        ('Menteri Luar Negeri Retno Marsudi hadir. Ketika dikonfirmasi, Retno hanya menjawab, '
         '"Nanti saja kami umumkan."', "id", "Nanti saja kami umumkan", "Retno Marsudi"),
        # "demikian X" closes a quote like "kata X"
        ('Bupati Garut Rudy Gunawan hadir. "Kami tidak akan tinggal diam," demikian Rudy.', "id",
         "Kami tidak akan tinggal diam", "Rudy Gunawan"),
        # "Sang menteri" after two ministers: the one quoted most so far, the main figure
        ('Menteri Perdagangan Hendrawan Sitompul memimpin misi dagang. "Jepang mitra '
         'terbesar," kata Hendrawan. Hendrawan menambahkan, pemerintah siap menurunkan tarif. '
         "Sang menteri bertemu Menteri Ekonomi, Perdagangan, dan Industri Jepang Takeshi "
         "Morikawa di Tokyo. Sang menteri dijadwalkan kembali pada Kamis. Ia berjanji akan "
         "melaporkan seluruh hasil kunjungan kepada Presiden.", "id",
         "akan melaporkan seluruh hasil kunjungan kepada Presiden", "Hendrawan Sitompul"),
        # a title standing in after a fronted clause; a title word and its body
        ('Direktur Jenderal Perdagangan Dalam Negeri Ratih Paramitha Sari hadir. Ditanya soal '
         'keluhan pedagang, sang dirjen menuturkan, "Kami akan turunkan tim ke pasar."', "id",
         "Kami akan turunkan tim ke pasar", "Ratih Paramitha Sari"),
        ("Ketua DPRD Sintang, Stefanus Adi Wijaya, menggugat. Ketua KPU Sintang, Yohanes Dwi "
         'Putranto, hadir. "Kami siap," kata Stefanus. Menanggapi tudingan itu, sang ketua '
         'KPU menegaskan, "Partisipasi 100 persen bukan hal mustahil."', "id",
         "Partisipasi 100 persen bukan hal mustahil", "Yohanes Dwi Putranto"),
        # "the agency": a government agency named later than the article's own outlet
        ("Lubuk Sikaping (AFP) - Rescuers searched on Tuesday. Indonesia's Meteorology, "
         "Climatology and Geophysics Agency warned of more rain. The agency said rainfall was "
         "12.5% above normal.", "en", "rainfall was 12.5% above normal",
         "Meteorology, Climatology and Geophysics Agency"),
        # a relative clause with a date and a purpose in commas
        ("Foreign Minister Kenji Morimoto met his South Korean counterpart Yoo Sang-hoon. Yoo, "
         "who arrived in Tokyo on Friday, Sept. 13, for a three-day visit, said Seoul was "
         '"fully committed" to the process.', "en", "fully committed", "Yoo Sang-hoon"),
        # a participle after a direct quote and its cue
        ('"Those with heart conditions should avoid it," Dr Lim Wen Hui said, adding that N95 '
         "masks remained the most effective protection.", "en",
         "N95 masks remained the most effective protection", "Lim Wen Hui"),
        # a reported clause before the quoted words, closed by the writer's clause
        ("Kenji Morimoto arrived. Morimoto said Tokyo hoped to hold the dialogue every year, "
         'describing ties as "on the firmest footing in decades."', "en",
         "Tokyo hoped to hold the dialogue every year", "Kenji Morimoto"),
        # an apposition in lower case that names a market and its city: the name before it
        ("Sumarni (47), pedagang sembako di Pasar Kramat Jati, Jakarta Timur, mengatakan "
         "harga minyak goreng turun.", "id", "harga minyak goreng turun", "Sumarni"),
        # a capitalised stop word inside a title; a ministry's short form is no name
        ('"Kami akan turun ke gudang distributor," kata Direktur Jenderal Perdagangan Dalam '
         "Negeri Kemendag Iwan Setiabudi, dikutip dari Antara, Rabu.", "id",
         "Kami akan turun ke gudang distributor", "Iwan Setiabudi"),
        # a citing aside right after the report verb, without a complementizer
        ("Yonhap melaporkan, mengutip Kepala Staf Gabungan (JCS) Korea Selatan, militer Korsel "
         "mendeteksi roket itu pukul 22.43.", "id",
         "militer Korsel mendeteksi roket itu pukul 22.43", "Joint Chiefs of Staff"),
        # a body's acronym closes it before a name of two words; a preposition opening a
        # sentence is no part of a name; a generic title before an agency is an adjective
        ("Direktur Jenderal Perikanan Tangkap Kementerian Kelautan dan Perikanan (KKP) Bambang "
         "Sutejo mengatakan pihaknya menyiapkan belasan peneliti.", "id",
         "pihaknya menyiapkan belasan peneliti", "Bambang Sutejo"),
        ("Japanese minister Takeshi Imanaka said talks must resume. The official Korean Central "
         'News Agency said on Sunday that the issue "has already been resolved".', "en",
         "has already been resolved", "KCNA"),
        ("Kepala Badan Keamanan Laut (Bakamla) Laksamana Madya Yudho Prasetyo mengatakan "
         "pihaknya mengerahkan dua kapal.", "id", "pihaknya mengerahkan dua kapal",
         "Yudho Prasetyo"),
        # "sang gubernur" is the governor, not the senior deputy governor named after him
        ("Gubernur BI Hendarto Wiryawan mengatakan suku bunga tetap. Deputi Gubernur Senior BI, "
         "Destiana Larasati, menjelaskan bahwa BI membeli SBN. Sang gubernur menegaskan, "
         '"Pertumbuhan kredit belum cukup kuat."', "id",
         "Pertumbuhan kredit belum cukup kuat", "Hendarto Wiryawan"),
        # "He" stands for a person, past a place that was a subject
        ("Forestry ministry spokesman Agus Tri Handoko told the state news agency Antara that "
         "4,800 firefighters had been deployed in Riau. Riau declared a fire emergency last "
         "month.\n\nHe said the number of hotspots had fallen.", "en",
         "the number of hotspots had fallen", "Agus Tri Handoko"),
        # a title with a club and "itu" describes the last subject; no "Persija" person
        ("Dimas Arya Nugraha (27) mengaku siap. Gelandang Persija Jakarta itu juga menyinggung "
         "tiga pemain naturalisasi, salah satunya Kevin Wijaya (22). Ia mengatakan kepada "
         "detikSport bahwa ketiganya cepat menyatu.", "id", "ketiganya cepat menyatu",
         "Dimas Arya Nugraha"),
        # a fronted topic ("Soal target,") before "sang pelatih"
        ('Pelatih Hendrik Vermeulen memanggil 25 pemain. Soal target, sang pelatih enggan '
         'muluk-muluk. "Dua kemenangan tentu ideal," tuturnya.', "id",
         "Dua kemenangan tentu ideal", "Hendrik Vermeulen"),
        # an acronym in commas is a body, not a one-word name; the dots of "U.N." may
        # stand inside an apposition
        ("Hanna Lindqvist, a spokeswoman for the U.N. refugee agency, UNHCR, told reporters "
         "that the agency was sending tents.", "en", "the agency was sending tents",
         "Hanna Lindqvist"),
        # "It" stands for the last body that spoke
        ("The Multilateral Sanctions Monitoring Team (MSMT) said hackers stole $1.7 billion. "
         "It said thousands of IT workers had been hired.", "en",
         "thousands of IT workers had been hired", "Multilateral Sanctions Monitoring Team"),
        # a short description before "Name (age), role," opening the sentence
        ("Warga lain, Muhammad Ikhsan (29), pengemudi ojek daring, mengatakan lampu lalu "
         "lintas ikut padam.", "id", "lampu lalu lintas ikut padam", "Muhammad Ikhsan"),
        # a participle aside in commas between a subject and its verb
        ("The court sentenced Laode Arifuddin Saleh, 58, to 11 years. Laode himself, wearing "
         'a white shirt, told reporters he was "at peace" with the verdict.', "en",
         "at peace", "Laode Arifuddin Saleh"),
        # a body closing an apposition before a relative clause: the person before it
        ("Zhou Wenbin, chairman of Yunhai Shipping Group, which leads the consortium, told "
         "Xinhua that construction would begin in September.", "en",
         "construction would begin in September", "Zhou Wenbin"),
        # a full name opening a sentence with a role in commas is a person
        ("Lim Boon Keat, president of the Malaysia-China Business Council, co-chaired the "
         "session with Vice Minister of Commerce Sheng Qiulin. Lim said exporters were eager."
         '\n\n"Last year we shipped more durian," he told reporters.', "en",
         "Last year we shipped more durian", "Lim Boon Keat"),
        # a name inside the quoted words is no subject for the pronoun cue after them
        ("Analis KIDA Cho Min-jae menilai satelit itu penting. Cho mengatakan Korut menghabiskan "
         'US$1,2 miliar. "Uang sebanyak itu cukup untuk membeli jagung. Tapi bagi Kim, '
         'satelit adalah soal rezim," ujarnya.', "id",
         "Uang sebanyak itu cukup untuk membeli jagung. Tapi bagi Kim, satelit adalah soal "
         "rezim", "Cho Min-jae"),
        # an age, a relative clause and an apposition between the name and the verb
        ("Dian Puspitasari, 43, who heads the Election Monitoring Network, an independent "
         "watchdog, said the bill would hand power back to party elites.", "en",
         "the bill would hand power back to party elites", "Dian Puspitasari"),
        # an apposition between "quoted" and "as saying"
        ("North Korea's official Korean Central News Agency quoted Kim Yo Jong, the powerful "
         "sister of leader Kim Jong Un, as saying the drills would worsen tensions.", "en",
         "the drills would worsen tensions", "Kim Yo Jong"),
        # a second verb that frames quoted words ends the reported clause
        ("The U.S. Indo-Pacific Command said in a statement that the launch did not pose an "
         'immediate threat, but highlighted "the destabilizing impact" of the programs.', "en",
         "the launch did not pose an immediate threat", "U.S. Indo-Pacific Command"),
        # the envoy's posting is no part of his name: "Ia" is the subject named before
        ("Duta Besar Korea Utara untuk Rusia Ri Kwang Hyok bertemu Presiden Vladimir Putin "
         'pada Selasa.\n\nIa menyebut kereta itu akan "menghidupkan kembali jalur '
         'persahabatan".', "id", "menghidupkan kembali jalur persahabatan", "Ri Kwang Hyok"),
        # an abbreviated rank of two words after ", said" is a title, not a name
        ("The ferry had left Magdiwang before dawn when it was struck by large waves, said "
         "Rear Adm. Ernesto Villaraza, the coast guard spokesperson.", "en",
         "The ferry had left Magdiwang before dawn when it was struck by large waves",
         "Ernesto Villaraza"),
        ("The drills would continue for three days, said Vice Adm. Kenji Morita.", "en",
         "The drills would continue for three days", "Kenji Morita"),
        ('"The fire spread very fast," coast guard spokesperson Lt. Cmdr. Janine Salcedo told '
         'reporters. "Our ships are still searching the area."', "en",
         "Our ships are still searching the area", "Janine Salcedo"),
        # the body an agency cites after what it reports said it
        ("Meanwhile, Bernama reported that 27 roads in the state were impassable, citing the "
         "Kelantan Public Works Department.", "en", "27 roads in the state were impassable",
         "Kelantan Public Works Department"),
        # a person named by a surname only
        ("In Dandong, a trader surnamed Liu told the Global Times that the number of trucks "
         "had picked up.", "en", "the number of trucks had picked up", "Liu"),
        # a topic word ("Bagi", "For") opens no name of the person after it
        ("Bagi Carmin (54), nelayan Eretan Wetan, tanggul itu sudah lama ditunggu.\n\n"
         '"Sekarang air masuk dapur setiap pasang besar," ujar Carmin.', "id",
         "Sekarang air masuk dapur setiap pasang besar", "Carmin"),
        # ... nor the honorific between the topic word and the person's name
        ('"Many are choosing to wait," said Ms Joanne Lim, a property analyst.\n\nFor Mr '
         "Muhammad Faizal Rahman, 34, who has been hunting for a flat since March, the cooling "
         'market offers some relief.\n\n"Now some sellers are open to offers," said the '
         "engineer, who has viewed more than 20 units.", "en",
         "Now some sellers are open to offers", "Muhammad Faizal Rahman"),
        # a description before a relative clause in commas is the subject it stands for
        ("Trader Lim Boon Keat, 47, said orders had fallen.\n\nThe 47-year-old, who has sold "
         "building materials for nearly two decades, said he would wait.", "en",
         "he would wait", "Lim Boon Keat"),
        ("A senior official at the presidential office said Beijing had briefed Seoul.\n\nThe "
         "official, who requested anonymity because he was not authorized to speak to the "
         "media, said Seoul would seek a summit.", "en", "Seoul would seek a summit", None),
        # ... not a thing before one: the sentence is what was said, the name after the verb
        # speaks
        ("The volcano, which towers over the city of Tomohon, produced a smaller blast on "
         "Monday, said Wahyu Setiadi, who heads the volcanology center.", "en",
         "The volcano, which towers over the city of Tomohon, produced a smaller blast on "
         "Monday", "Wahyu Setiadi"),
        # a manager's apposition names the person before it, past the company's legal form
        ("Li Xiaomei, operations manager at Kunming-based Dianhai Supply Chain Co., Ltd., said "
         "her company ships about 40 containers every week.", "en",
         "her company ships about 40 containers every week", "Li Xiaomei"),
        # a research fellow's apposition names the person before it ("Sun" alone is also a
        # weekday's short form)
        ("Sun Haoran, a research fellow at the Institute of Northeast Asian Studies under the "
         "Liaoning Academy of Social Sciences, told the Global Times on Thursday that the "
         'increase reflected a normalization of border trade.\n\nA trader surnamed Liu said '
         'trucks were crossing again.\n\nSun rejected such claims. "Normal trade should not be '
         'politicized," he said.', "en", "Normal trade should not be politicized", "Sun Haoran"),
        # after an agency's cue, what a subject will say is the agency's report
        ("Menurut KCNA, Kim akan memaparkan hasil kampanye produksi pertanian dalam sidang "
         "pleno pada akhir Desember.", "id", "Kim akan memaparkan hasil kampanye produksi "
         "pertanian dalam sidang pleno pada akhir Desember", "KCNA"),
        ("According to KCNA, Kim will present the results of the farming campaign at a "
         "plenary meeting.", "en", "Kim will present the results of the farming campaign at "
         "a plenary meeting", "KCNA"),
        # a person's role in commas before the verb that closes the sentence
        ("The ministry will review the plan, Budi Santoso, a spokesman for the ministry, "
         "said.", "en", "The ministry will review the plan", "Budi Santoso"),
        ("Cultural exchanges are the most stable pillar of bilateral ties, Sun Haoran, an "
         "expert on Korean Peninsula affairs, told the Global Times on Tuesday.", "en",
         "Cultural exchanges are the most stable pillar of bilateral ties", "Sun Haoran"),
        ("The students will be placed at 11 universities, Zhao Minghui, deputy director of "
         "the ministry's Department of International Cooperation and Exchanges, told the "
         "Global Times.", "en", "The students will be placed at 11 universities",
         "Zhao Minghui"),
        # ... not when the verb opens what was said
        ("Salah satu korban, Sitti Rahmawati (41), warga Kelurahan Wua-Wua, mengaku "
         "menyetor Rp47,5 juta dalam lima putaran arisan.", "id",
         "menyetor Rp47,5 juta dalam lima putaran arisan", "Sitti Rahmawati"),
        # a body named by its city at a sentence's start, without its article; a noun
        # phrase after "said" keeps its relative "that"
        ("The Seoul Metropolitan Government said a balloon that came down on the roof of a "
         "residential building set a car on fire.", "en",
         "a balloon that came down on the roof of a residential building set a car on fire",
         "Seoul Metropolitan Government"),
        # a participle after a quote whose comma sits inside the closing mark
        ("Sun Haoran, a researcher at the Liaoning Academy of Social Sciences, said trade "
         'rose.\n\nSun described the recovery as "slow but steady," noting that exports of '
         "wigs to China had grown for three months.", "en",
         "exports of wigs to China had grown for three months", "Sun Haoran"),
        # "told a regular news briefing": a listener, no content
        ("Beijing hopes the talks will go well, spokesman Chen Wenhao told a regular news "
         "briefing.", "en", "Beijing hopes the talks will go well", "Chen Wenhao"),
        # "told Reuters in an interview": a medium and an adjunct close the sentence; what
        # came before was said
        ("Sales of Pertalite rose 6.4% year on year in January, commercial director Rizal "
         "Hakim Nasution told Reuters in an interview.", "en",
         "Sales of Pertalite rose 6.4% year on year in January", "Rizal Hakim Nasution"),
        # a comma inside a number after the verb ends no clause; a number opens what was said
        ("In Agoncillo, one of the lakeshore towns closest to the crater, Mayor Liza "
         "Macatangay said 1,240 families, or about 4,900 people, had been moved to 16 "
         "evacuation centers.", "en", "1,240 families, or about 4,900 people, had been moved "
         "to 16 evacuation centers", "Liza Macatangay"),
        ("In Agoncillo, a lakeshore town, Mayor Liza Macatangay said the 1,240 families had "
         "been moved to schools.", "en", "the 1,240 families had been moved to schools",
         "Liza Macatangay"),
        # a participle of where the speaker was reached ends the speaker phrase
        ("Salah seorang tamu undangan, Entin (52), mengaku mulai merasakan mulas.\n\n"
         '"Malamnya perut langsung melilit," kata Entin ditemui di Puskesmas Cilawu.', "id",
         "Malamnya perut langsung melilit", "Entin"),
        # a description in lower-case words before a lay noun stands for the last subject
        ("At the relief centre, villager Che Rohani Mat Daud, 61, said the water rose fast.\n\n"
         '"This is the third time in five years we have had to leave," the retired rubber '
         "tapper added.", "en", "This is the third time in five years we have had to leave",
         "Che Rohani Mat Daud"),
        ("Rubber tapper Zainab Awang, 63, said the water rose to chest level.\n\n"
         '"Everything else is gone," said the widow, who has lived in the village for 40 '
         "years.", "en", "Everything else is gone", "Zainab Awang"),
        # ... as does a resident described by her places, the larger in commas, and "itu"
        ("Salah satu penumpang selamat, Nurhayati Tuasikal (34), menuturkan cuaca masih "
         'cerah.\n\n"Air masuk dari bagian depan," tutur warga Desa Pelauw, Pulau Haruku, '
         "itu saat ditemui di rumah sakit.", "id", "Air masuk dari bagian depan",
         "Nurhayati Tuasikal"),
        # an occupation opening the sentence is a title, no word of the name
        ("Retiree Lee Siew Ling, 67, said three of her neighbours had been hospitalised.", "en",
         "three of her neighbours had been hospitalised", "Lee Siew Ling"),
        ("Hydrologist Pham Minh Tuan of Can Tho University said the early intrusion "
         "reflected low flows.", "en", "the early intrusion reflected low flows",
         "Pham Minh Tuan"),
        # a religious leader's title stands for the person given it in an apposition
        ('"We have not seen a single government truck here," said Ashin Sandima, the '
         "monastery's 58-year-old abbot.\n\nThe abbot said nearly half of the households had "
         "lost their homes.", "en", "nearly half of the households had lost their homes",
         "Ashin Sandima"),
        # a speech verb inside a relative clause in the subject reports nothing of its own
        ("The Federation of Central Luzon Rice Growers, which says it represents about 85,000 "
         "farming households, said the cut would drive down farmgate prices.", "en",
         "the cut would drive down farmgate prices", "Federation of Central Luzon Rice Growers"),
        # an age and a relative clause in commas between a final speaker and the verb
        ('"The abduction issue is the top priority," Kanemura told the families.\n\n"We '
         'simply have no time left," Yoshiko Hamada, 86, who heads the Association of the '
         "Families, told reporters after the meeting.", "en", "We simply have no time left",
         "Yoshiko Hamada"),
        # after a title, the capitalised words before "of" are a person, not part of the body
        ("Urban planner Yosef Manurung of Mulawarman University in Samarinda said moving "
         "people would prove harder than moving buildings.", "en",
         "moving people would prove harder than moving buildings", "Yosef Manurung"),
        ("Economist Rina Kusuma of Gadjah Mada University said prices would rise.", "en",
         "prices would rise", "Rina Kusuma"),
        # a title after the body a person leads ends the body's name and opens the person's
        ('"We are not waiting for the water," Office of Civil Defense Administrator Rodolfo '
         'Banaag told reporters. Banaag said 51,000 people had been moved.', "en",
         "51,000 people had been moved", "Rodolfo Banaag"),
        ('"No one left the country," Bureau of Immigration Commissioner Joel Viado told '
         "reporters.", "en", "No one left the country", "Joel Viado"),
        # a police rank written out, with its force, before the name
        ("Kapolres Metro Bekasi Kota Komisaris Besar Polisi Dani Prasetyo menyebutkan dugaan "
         "sementara kebakaran dipicu korsleting listrik. Dani mengatakan polisi telah "
         "memeriksa tujuh saksi.", "id", "polisi telah memeriksa tujuh saksi", "Dani Prasetyo"),
        ("Kapolsek Cibinong Ajun Komisaris Polisi Rudi Hartanto mengatakan korban dibawa ke "
         "rumah sakit.", "id", "korban dibawa ke rumah sakit", "Rudi Hartanto"),
        # a framing participle after a comma: the country that opens the clause frames
        ("North Korea has repeatedly denied carrying out cyberattacks, dismissing such "
         'accusations as a "smear campaign" orchestrated by Washington.', "en",
         "smear campaign", "North Korea"),
        # ... or, with no such subject, the speech verb before it
        ("Speaking at the ceremony, Lao Minister of Energy and Mines Souksavanh Keobounphanh "
         "said the station was the 14th power project, describing it as "
         '"a battery for the southern provinces."', "en",
         "a battery for the southern provinces", "Souksavanh Keobounphanh"),
        # a clause joined after a comma opens with its own subject, a country's body
        ("North Korea has long denied involvement in hacking, and its foreign ministry "
         'dismissed similar accusations as "a smear campaign" by Washington.', "en",
         "a smear campaign", "Foreign Ministry of North Korea"),
        # English names a governor's territory before the title: three words after it
        # are the name
        ("Northern Samar Gov. Ramon Dela Peña told ABS-CBN television that the provincial "
         "government had set up a crisis center.", "en",
         "the provincial government had set up a crisis center", "Ramon Dela Peña"),
        ("Governor Maria Teresa Villanueva said the province had set up a crisis center.", "en",
         "the province had set up a crisis center", "Maria Teresa Villanueva"),
        # a resident of a place that a larger one in commas qualifies
        ("Salah satu penumpang selamat, Baiq Nurhayati (44), warga Cakranegara, Kota "
         "Mataram, menuturkan kapal sempat berguncang keras.", "id",
         "kapal sempat berguncang keras", "Baiq Nurhayati"),
        # ... or a resident's place in an apposition after a named person
        ("Salah satunya Euis Komariah (48), warga Kiaracondong, yang mengaku sengaja datang "
         "lebih pagi agar kebagian beras murah.", "id",
         "sengaja datang lebih pagi agar kebagian beras murah", "Euis Komariah"),
        # a word that opens a sentence is no part of the full name of a word used alone
        ("Dalam keterangan resmi yang dikutip kantor berita Yonhap, Hanul menyebut proyek di "
         "Batang akan menjadi basis produksi terbesar perusahaan.\n\nSelain Hanul, Rizal "
         "menyebut tiga produsen lain tengah menjajaki investasi serupa.", "id",
         "proyek di Batang akan menjadi basis produksi terbesar perusahaan", "Hanul"),
        # a place's body in lower case that an agency cites said it
        ("Public broadcaster NHK reported, citing the Oita prefectural government, that "
         "roughly two-thirds of the 3,800 residents had been ordered to evacuate.", "en",
         "roughly two-thirds of the 3,800 residents had been ordered to evacuate",
         "Oita prefectural government"),
        # a deputy public prosecutor's abbreviated title before the surname
        ("Deputy Public Prosecutor Kelvin Ong told the court that the syndicate used 41 "
         "accounts.\n\nTan, who was then working as a delivery rider, was paid S$300 for every "
         "account he brought in, DPP Ong said. He kept the ATM cards in a rented room, Ong "
         "added.", "en", "He kept the ATM cards in a rented room", "Kelvin Ong"),
        # a surname alone is the person whose apposition named another of that surname
        ("Kim Yo Jong, adik perempuan pemimpin Korea Utara (Korut) Kim Jong Un, mengecam "
         "keras aksi penyebaran selebaran dari Korea Selatan.\n\n"
         '"Kesabaran kami ada batasnya," kata Kim.', "id", "Kesabaran kami ada batasnya",
         "Kim Yo Jong"),
        # ... also when the names are written with a hyphen ("Kim Yo-jong")
        ("Kim Yo-jong, adik perempuan sekaligus orang kepercayaan pemimpin Korea Utara Kim "
         'Jong-un, mengecam latihan militer gabungan.\n\n"Kekuatan nuklir kami bukan '
         'hiasan," kata Kim dalam pernyataan tersebut.', "id", "Kekuatan nuklir kami bukan "
         "hiasan", "Kim Yo Jong"),
        ("Kim Yo-jong, the sister of North Korean leader Kim Jong-un, condemned the drills."
         '\n\n"Our nuclear force is no ornament," Kim said in the statement.', "en",
         "Our nuclear force is no ornament", "Kim Yo Jong"),
        # a research firm named in English in Indonesian copy ends before the analyst
        ("Namun, analis komoditas Nusantara Commodity Research Fadhila Rahmawati menilai "
         "penguatan permintaan India hanya bersifat musiman.", "id",
         "penguatan permintaan India hanya bersifat musiman", "Fadhila Rahmawati"),
        # "Haji" before a name is an honorific, no part of it, even of a one-word name
        ("Salah seorang pemilik gudang, Haji Mulyadi (58), mengaku kehilangan seluruh stok "
         'lemari.\n\n"Nilainya kira-kira Rp1,8 miliar," ujar Mulyadi.', "id",
         "Nilainya kira-kira Rp1,8 miliar", "Mulyadi"),
        ("Pemilik kapal, Haji Ruslan Tahir, mengaku kehilangan kontak radio dengan nakhoda "
         "sejak Jumat malam.", "id", "kehilangan kontak radio dengan nakhoda sejak Jumat malam",
         "Ruslan Tahir"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "text"),
    [
        # a verb joined after quoted words reports its clause
        ('Morioka described the talks as "frank and forward-looking" and said the dialogue '
         "would resume in Seoul on Dec. 1.", "the dialogue would resume in Seoul on Dec. 1"),
        # an adverb in commas between the verb and "that"
        ("He said, however, that historical issues remained a landmine.",
         "historical issues remained a landmine"),
        ("He cautioned, however, that historical issues remained a landmine.",
         "historical issues remained a landmine"),
        # a second verb joined by "and" to a clause a pronoun opens
        ("Gov. Leandro Bumanglag said 60 houses had been flattened. He asked the government "
         "for 50 million pesos ($860,000) and said the province had declared a calamity.",
         "the province had declared a calamity"),
        # a plural of unnamed people after ", and"
        ("Malaysia closed 1,400 schools, and doctors said a growing number of children were "
         "being treated.", "a growing number of children were being treated"),
        # an auxiliary after an unnamed subject joined by "and"; a "that" after a finite verb
        # is no complementizer of the speech verb
        ("Cambodia imports power, and officials have said new dams are needed to cut that "
         "share.", "new dams are needed to cut that share"),
        # a chain of adjuncts after the final verb: a day, then another preposition
        ("Cross-border freight reached a record 5.3 million tons in the first five months, "
         "officials from both countries said on Wednesday at a ceremony in Vientiane marking "
         "the start of a cold-chain train service for Lao fruit.",
         "Cross-border freight reached a record 5.3 million tons in the first five months"),
    ],
)  # fmt: skip
def test_more_english_reported_clauses(body, text):
    texts = [q.text.rstrip(".") for q in _quotes(body, "en")[1]]
    assert text in texts, texts


def test_a_refused_or_negated_speech_verb_reports_nothing():
    for body, language in (
        ("Takamura spoke. He declined to say whether Japan would offer to pay a fine.", "en"),
        ("He did not say when the talks would resume.", "en"),
        (
            "North Korea's state media had not reported on the launch as of Wednesday afternoon.",
            "en",
        ),
        ("The ministry has yet to say how many workers were sent.", "en"),
        ("Ia enggan menyebut apakah perusahaan itu akan membayar denda.", "id"),
    ):
        assert _quotes(body, language)[1] == [], body


def test_a_quote_after_a_cued_quote_continues_it_even_unresolved_and_short():
    body = (
        "Its president director, Rina Wulandari, told Reuters that the policy would help. "
        '"For years we were competing with people who paid nothing," the executive said. '
        '"That ends now."'
    )
    found = {q.text.rstrip("."): q.speaker_canonical for q in _quotes(body, "en")[1]}
    assert found.get("That ends now") == "Rina Wulandari", found


@pytest.mark.parametrize(("body", "language", "text", "speaker"), SPEAKER_CASES)
def test_speaker_of_a_quote(body, language, text, speaker):
    assert _speaker_of(body, language, text) == speaker


@pytest.mark.parametrize(
    ("body", "language", "text"),
    [
        # a fronted clause in commas is no reported speech a verb with short content closes
        ("Spokeswoman Gao Ruoxi spoke in Beijing. Asked about the visit, Gao said talks "
         "would continue.", "en", "talks would continue"),
        ("Rina Sari hadir di sana. Ditanya soal kunjungan itu, Rina mengatakan belum ada "
         "jadwal.", "id", "belum ada jadwal"),
        # a short adjunct after a sentence-final verb is not what was said
        ("The two sides also discussed a joint survey of the remains, the ministry said in a "
         "press release.", "en", "The two sides also discussed a joint survey of the remains"),
        ("The two countries will hold the next round of talks in Tokyo in November, the "
         "ministers said in a joint statement.", "en",
         "The two countries will hold the next round of talks in Tokyo in November"),
        ("The two sides also discussed a possible visit by a senior leader, the ministry said, "
         "without elaborating.", "en",
         "The two sides also discussed a possible visit by a senior leader"),
        # more speech verbs, and an adjunct without commas between subject and verb
        ("Kapolres Garut AKBP Rinaldi Saputra saat dikonfirmasi membenarkan ada dua korban "
         "meninggal dalam kejadian itu.", "id", "ada dua korban meninggal dalam kejadian itu"),
        ("Kepala BPBD Garut Dedi Mulyadi dalam keterangannya, Senin (5/6), menyebutkan ada 20 "
         "rumah rusak berat.", "id", "ada 20 rumah rusak berat"),
        ("Warga Desa Sukamaju, Asep, bercerita, air datang begitu cepat saat warga tertidur.",
         "id", "air datang begitu cepat saat warga tertidur"),
        # the speaker's role in commas after "according to X" is not what was said
        ("According to Budi Santoso, the head of the agency, 12 people were arrested.", "en",
         "12 people were arrested"),
        ("Menurut Budi Santoso, Kepala BPBD Garut, air mulai naik sejak pukul 02.00.", "id",
         "air mulai naik sejak pukul 02.00"),
        # an adjunct in commas between a subject without a name and its verb
        ("The agency, in a statement, said 12 people had been arrested.", "en",
         "12 people had been arrested"),
        # a comma inside the speaker's own name sets off no apposition
        ("The quake was centered on land at a depth of 10 kilometers, Indonesia's "
         "Meteorology, Climatology and Geophysical Agency said.", "en",
         "The quake was centered on land at a depth of 10 kilometers"),
        # English: a comma after a verb that closes reported words opens the writer's clause
        ("North Korea fired a short-range ballistic missile into the East Sea on Tuesday, the "
         "Joint Chiefs of Staff (JCS) said, less than a week after a failed launch.", "en",
         "North Korea fired a short-range ballistic missile into the East Sea on Tuesday"),
        ("The missile flew about 450 kilometers before splashing into the sea, the JCS said in "
         "a text message sent to reporters.", "en",
         "The missile flew about 450 kilometers before splashing into the sea"),
        # a long adjunct after a final verb, and a listener after "told", are no content
        ("Japan and South Korea agreed Monday to restart talks on fishing quotas, Japanese "
         "Foreign Minister Kenji Morimoto said after meeting his South Korean counterpart Yoo "
         "Sang-hoon in Tokyo.", "en",
         "Japan and South Korea agreed Monday to restart talks on fishing quotas"),
        ("The talks will resume at the working level in Seoul next month, Morimoto told a "
         "joint press conference.", "en",
         "The talks will resume at the working level in Seoul next month"),
        # "when" inside reported words may be said
        ("Priyo Santoso said the volcano had been rumbling since Feb. 12, when his agency "
         "recorded more than 120 earthquakes.", "en",
         "the volcano had been rumbling since Feb. 12, when his agency recorded more than 120 "
         "earthquakes"),
        # "say" in the present tense
        ("Farmers in Aceh's Gayo highlands say heavy rain in April cut their yields by as much "
         "as 30 percent.", "en", "heavy rain in April cut their yields by as much as 30 percent"),
        # the listener after "told" is not what was said
        ("Sri Mulyani, the finance minister, told lawmakers the deficit would stay below 3 "
         "percent.", "en", "the deficit would stay below 3 percent"),
        ("The minister told a news conference the deficit would stay below 3 percent.", "en",
         "the deficit would stay below 3 percent"),
        # "said, in ...": a clause of the writer's after the verb
        ("North Korea fired a ballistic missile on Sunday, South Korea's military said, in the "
         "latest test.", "en", "North Korea fired a ballistic missile on Sunday"),
        # an unnamed speaker with an aside in commas
        ("A South Korean government official, speaking on condition of anonymity, said Seoul "
         "had been briefed in advance about the visit.", "en",
         "Seoul had been briefed in advance about the visit"),
        # "X said A, adding that B": two reported clauses
        ("Dr Lim Wen Hui said the haze would last, adding that N95 masks remained the most "
         "effective protection.", "en", "N95 masks remained the most effective protection"),
    ],
)  # fmt: skip
def test_the_reported_clause_is_found(body, language, text):
    texts = [q.text for q in _quotes(body, language)[1]]
    assert text in texts, texts
    assert not any(t.startswith(("in a ", "in the ", "speaking")) for t in texts), texts


def test_a_cue_closing_the_paragraph_above_with_a_colon():
    body = (
        "Menteri Luar Negeri Retno Marsudi mengatakan:\n\n"
        '"Kami mendukung dialog. Semua pihak harus menahan diri.\n\n'
        '"Indonesia siap menjadi jembatan bagi kedua negara."'
    )
    found = _quotes(body)[1]
    assert [q.speaker_canonical for q in found] == ["Retno Marsudi", "Retno Marsudi"]


def test_a_quote_whose_speaker_is_only_described_is_found():
    body = '"We could not save everyone in the flood," the 52-year-old police chief said.'
    (quote,) = _quotes(body, "en")[1]
    assert quote.text == "We could not save everyone in the flood"
    assert quote.speaker_canonical is None


def test_a_stray_mark_is_no_speaker():
    body = "Menteri Luar Negeri Retno Marsudi hadir. 'Kami siap membantu,' kata Retno."
    assert all(q.speaker != "'" for q in _quotes(body)[1])


def test_a_writers_clause_after_said_is_not_the_quote():
    body = (
        "Indonesia and Japan agreed on Monday to start talks on patrol vessels, "
        "Indonesia's defence minister said, as Tokyo deepens security ties in the region."
    )
    texts = [q.text for q in _quotes(body, "en")[1]]
    assert texts and texts[0].startswith("Indonesia and Japan agreed"), texts
    assert not any(t.startswith("as Tokyo") for t in texts)


@pytest.mark.parametrize(
    ("body", "language", "text", "chain"),
    [
        # a body speaking, a medium beside it: the body first, the medium relays
        ("Kementerian Unifikasi Korea Selatan, seperti dilansir Yonhap, menyatakan keenam "
         "nelayan itu diserahkan pada Rabu.", "id",
         "keenam nelayan itu diserahkan pada Rabu",
         ["Unification Ministry of South Korea", "Yonhap"]),
        ("The recruiters charged each victim up to 15 million rupiah, the state news agency "
         "Antara reported, citing the West Java Regional Police.", "en",
         "The recruiters charged each victim up to 15 million rupiah",
         ["West Java Regional Police", "Antara"]),
        # an agency no table knows, named after "news agency", its acronym in brackets
        ("Construction began on March 3, the state news agency Agence Kampuchea Presse (AKP) "
         "reported last month.", "en", "Construction began on March 3",
         ["Agence Kampuchea Presse"]),
        ("Output rose 5%, the state news agency Agence Kampuchea Presse said.", "en",
         "Output rose 5%", ["Agence Kampuchea Presse"]),
        # a body an agency cites between its verb and "that" said it; the agency relays
        ("Indonesia's Antara news agency reported, citing a statement from the Indonesian "
         "Ministry of Defense, that Jakarta wants help to overhaul three submarines.", "en",
         "Jakarta wants help to overhaul three submarines",
         ["Indonesian Ministry of Defense", "Antara"]),
        # ... an unnamed source leaves the agency the origin
        ("Reuters reported last month, citing two sources familiar with the talks, that the "
         "government was weighing a ban.", "en", "the government was weighing a ban",
         ["Reuters"]),
        # a final "told" with an agency and medium words as its listener closes the clause
        ("The youngest crew member joined the boat two months ago, his older brother Takuya "
         "Ono told the Kyodo news agency.", "en",
         "The youngest crew member joined the boat two months ago", ["Kyodo"]),
        # four words may stand between "told" and the medium
        ("Spokesman Agus Tri Handoko told the state news agency Antara that 4,800 firefighters "
         "had been deployed.", "en", "4,800 firefighters had been deployed", ["Antara"]),
        # a medium word after a name no table knows
        ('"I have never seen anything like this," the governor told DZRH radio.', "en",
         "I have never seen anything like this", ["DZRH"]),
        # a newspaper named with its kind before it
        ('"Setiap provokasi akan dibalas," ujar Kim sebagaimana dikutip surat kabar Rodong '
         "Sinmun.", "id", "Setiap provokasi akan dibalas", ["Rodong Sinmun"]),
        ("Menurut surat kabar resmi Rodong Sinmun, Kim menghadiri upacara itu.", "id",
         "Kim menghadiri upacara itu", ["Rodong Sinmun"]),
    ],
)  # fmt: skip
def test_a_speaking_body_comes_before_the_medium_in_the_chain(body, language, text, chain):
    found = {q.text.rstrip(".,"): q for q in _quotes(body, language)[1]}
    assert [link.canonical for link in found[text].attribution] == chain


def test_agency_and_ministry_aliases_in_english():
    article = make_article(
        "Indonesia's Foreign Ministry said the talks would resume, the Vietnam News Agency "
        "reported.",
        language="en",
    )
    kinds = {(e.canonical, e.type.value) for e in extract(article).entities}
    assert ("Foreign Ministry of Indonesia", "org") in kinds and ("VNA", "agency") in kinds


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        # a partial quote ending its sentence keeps its own sentence's speaker; the next
        # sentence's cue starts a quote of its own
        ('A KFA spokeswoman, Lee Da-som, said the federation would ask for a review "as a '
         'formality." The spokeswoman said she expected no change to the result.', "en",
         [("as a formality.", "Lee Da-som"), ("she expected no change to the result",
                                              "Lee Da-som")]),
        # adjuncts in commas between the subject and the verb
        ("Juru bicara Kemlu, Arief Setiawan, kepada wartawan di Jakarta, Kamis (5/6), "
         "menjelaskan bahwa 126 nelayan itu akan dipulangkan.", "id",
         [("126 nelayan itu akan dipulangkan", "Arief Setiawan")]),
        # an unnamed speaker: the quote counts, the speaker stays unresolved
        ("Seorang pejabat senior yang enggan disebut namanya mengatakan Hanoi ingin "
         "merundingkan ulang batas landas kontinen.", "id",
         [("Hanoi ingin merundingkan ulang batas landas kontinen", None)]),
        # a one-off head-word place does not eat the name after a title
        ("“Kapal itu masuk tanpa izin,” ujar Panglima Armada Laut Yudi Prasetyo.", "id",
         [("Kapal itu masuk tanpa izin", "Yudi Prasetyo")]),
    ],
)  # fmt: skip
def test_quote_boundaries_gaps_and_unnamed_speakers(body, language, expected):
    found = [(q.text.rstrip(","), q.speaker_canonical) for q in _quotes(body, language)[1]]
    for text, speaker in expected:
        matches = [s for t, s in found if t.rstrip(".") == text.rstrip(".")]
        assert matches, found
        if speaker is None:
            assert matches[0] is None
        else:
            assert matches[0] is not None and matches[0].endswith(speaker), found


def test_a_long_sentence_is_not_read_as_a_final_cue_and_but_that_splits():
    body = (
        "In a statement issued Thursday, Oct. 10, the meteorological agency said more than "
        "40 small earthquakes had been recorded from Oct. 8 to 10, but that it saw no sign "
        "of an imminent eruption."
    )
    texts = [q.text for q in _quotes(body, "en")[1]]
    assert not any(t.startswith("In a statement") for t in texts), texts
    assert any(t.startswith("more than 40 small earthquakes") for t in texts), texts
    assert any(t.startswith("it saw no sign") for t in texts), texts


def test_a_relay_name_stops_at_the_end_of_its_sentence():
    body = (
        "Juru bicara MK Fikri Ramadhan mengatakan 310 permohonan telah diregistrasi, "
        "seperti dikutip dari Antara. Ia menyebut MK wajib memutus perkara."
    )
    quotes = _quotes(body, "id")[1]
    assert [link.canonical for link in quotes[0].attribution] == ["Antara"]


def test_a_reported_clause_after_quoted_words_in_the_same_sentence():
    body = (
        "Foreign Ministry spokeswoman Zhou Yanping told a briefing that the coastguard had "
        'acted "professionally and with restraint" and that the Philippine boat had entered '
        "Chinese waters without permission."
    )
    found = {
        q.text.rstrip("."): (q.kind.value, q.speaker_canonical) for q in _quotes(body, "en")[1]
    }
    assert found["professionally and with restraint"] == ("partial", "Zhou Yanping")
    assert found["the Philippine boat had entered Chinese waters without permission"] == (
        "indirect",
        "Zhou Yanping",
    )
    # what is said after "told The Associated Press by phone" is no report
    body = (
        '"Every night we heard screaming," she told The Associated Press by phone from a '
        "shelter in Jakarta."
    )
    assert [q.kind.value for q in _quotes(body, "en")[1]] == ["direct"]


def test_an_unnamed_subject_with_a_relative_clause():
    body = (
        "A town tourism official, who asked not to be named, said 142 climbers had filed "
        "hiking plans for that day."
    )
    (quote,) = _quotes(body, "en")[1]
    assert quote.text.startswith("142 climbers") and quote.speaker_canonical is None


def test_the_name_before_an_apposition_speaks_not_the_one_inside_it():
    body = (
        "Kim Yo Jong, the powerful sister of leader Kim Jong Un, called the drills "
        '"a reckless provocation" and warned that Pyongyang would answer.'
    )
    quotes = _quotes(body, "en")[1]
    assert quotes[0].text == "a reckless provocation"
    assert quotes[0].speaker_canonical == "Kim Yo Jong"


def test_a_statement_carried_by_the_official_agency_is_its_origin():
    body = (
        "In a statement carried by the official Korean Central News Agency late Tuesday, "
        'Kim Yo Jong called the drills "a reckless provocation".'
    )
    (quote,) = _quotes(body, "en")[1]
    assert [link.canonical for link in quote.attribution] == ["KCNA"]


def _dateline_speaker(body: str, language: str, place: str, text: str) -> str | None:
    article = make_article(body, language=language, metadata={"dateline_place": place})
    found = {q.text.rstrip(".,"): q.speaker_canonical for q in quotes(article)}
    assert text in found, found
    return found[text]


@pytest.mark.parametrize(
    ("body", "language", "place", "text", "speaker"),
    [
        # named as the tables name the country's body with its adjective ("Japanese
        # Defense Ministry")
        ("North Korea fired two ballistic missiles on Wednesday, the Defense Ministry said.",
         "en", "TOKYO", "North Korea fired two ballistic missiles on Wednesday",
         "Defence Ministry of Japan"),
        # nothing before to point back to: the dateline country's ministry
        ("South Korea and China held talks in Seoul on Wednesday, the foreign ministry said.",
         "en", "SEOUL", "South Korea and China held talks in Seoul on Wednesday",
         "Foreign Ministry of South Korea"),
        ("Indonesia has summoned Australia's ambassador, the foreign ministry said on Thursday.",
         "en", "JAKARTA, Indonesia", "Indonesia has summoned Australia's ambassador",
         "Foreign Ministry of Indonesia"),
        # a place of the Indonesian places table lies in Indonesia
        ("Kementerian Luar Negeri menyatakan dua warga negara Indonesia telah dibebaskan.",
         "id", "GARUT", "dua warga negara Indonesia telah dibebaskan",
         "Foreign Ministry of Indonesia"),
        # "the ministry" later is the ministry that spoke, not one named on the way
        ("The two sides agreed to expand the program, South Korea's Foreign Ministry said.\n\n"
         'Chinese Foreign Ministry spokeswoman Zhao Mingyu said China "attaches great '
         'importance" to the mechanism.\n\n'
         "Applications will be accepted from July 1, the ministry said.",
         "en", "SEOUL", "Applications will be accepted from July 1",
         "Foreign Ministry of South Korea"),
        # the same with "the ministry" after the dateline ministry spoke unnamed
        ("The two sides held talks in Seoul on Wednesday, the foreign ministry said.\n\n"
         "They also discussed a possible visit by a senior leader, the ministry said.",
         "en", "SEOUL", "They also discussed a possible visit by a senior leader",
         "Foreign Ministry of South Korea"),
    ],
)  # fmt: skip
def test_an_unqualified_ministry_is_the_datelines_or_the_one_that_spoke(
    body, language, place, text, speaker
):
    assert _dateline_speaker(body, language, place, text) == speaker


def test_no_dateline_leaves_an_unqualified_ministry_unnamed():
    body = "South Korea and China held talks in Seoul on Wednesday, the foreign ministry said."
    assert _speaker_of(body, "en", "South Korea and China held talks in Seoul on Wednesday") is None


@pytest.mark.parametrize(
    ("outlet", "speaker"),
    [
        # without a dateline, a national outlet's unqualified ministry is its country's
        ("Kyodo", "Defence Ministry of Japan"),
        # an international wire has no home country
        ("Reuters", "Defense Ministry"),
    ],
)
def test_without_a_dateline_the_outlets_home_qualifies_a_ministry(outlet, speaker):
    body = "North Korea fired a ballistic missile on Tuesday, the Defense Ministry said."
    article = make_article(body, language="en", outlet=outlet)
    (quote,) = quotes(article)
    assert quote.speaker_canonical == speaker


@pytest.mark.parametrize(
    ("body", "language", "text", "speaker"),
    [
        # a title in the lede, the holder named in the next paragraph
        ("Malaysia has approved 14 new data centre projects in Johor, its investment minister "
         'said on Tuesday.\n\n"We are no longer competing on cost alone," Investment, Trade '
         "and Industry Minister Hafiz Rahman Zainal told an industry forum.", "en",
         "Malaysia has approved 14 new data centre projects in Johor", "Hafiz Rahman Zainal"),
        # ... not a deputy: a rank the title lacks
        ("Malaysia has approved 14 new data centre projects in Johor, its investment minister "
         'said on Tuesday.\n\n"We are no longer competing on cost alone," Deputy Investment, '
         "Trade and Industry Minister Liew Chin Tong told an industry forum.", "en",
         "Malaysia has approved 14 new data centre projects in Johor", None),
        ("Pertamina could exhaust this year's quota by October, its commercial director said "
         "on Thursday.\n\nPertamina sold 2.7 million kilolitres of Pertalite in January, "
         "commercial director Rizal Hakim Nasution told Reuters.", "en",
         "Pertamina could exhaust this year's quota by October", "Rizal Hakim Nasution"),
        ("Police have rescued 57 citizens, a national police spokesperson said Thursday.\n\n"
         "Brig. Gen. Yusri Pranoto, the spokesperson, told reporters the victims were lured.",
         "en", "Police have rescued 57 citizens", "Yusri Pranoto"),
        ("Indonesia and Japan agreed on Monday to start talks, Indonesia's defence minister "
         "said.\n\nDefence Minister Bayu Prakoso told reporters the vessels could arrive soon.",
         "en", "Indonesia and Japan agreed on Monday to start talks", "Bayu Prakoso"),
        # a body named in full in the next paragraph
        ("A fire tore through a ferry before dawn Tuesday, the coast guard said.\n\n"
         "The ferry had left port late Monday, Philippine Coast Guard spokesman Renato "
         "Dimaculangan told reporters.",
         "en", "A fire tore through a ferry before dawn Tuesday", "Philippine Coast Guard"),
        # an Indonesian body named in full once, then "kementerian itu"
        ("Kementerian Unifikasi Korea Selatan menyatakan keenam nelayan itu diserahkan pada "
         "Rabu.\n\nMenurut kementerian itu, para nelayan ditemukan kapal patroli pada 2 "
         "November.",
         "id", "para nelayan ditemukan kapal patroli pada 2 November",
         "Unification Ministry of South Korea"),
    ],
)  # fmt: skip
def test_a_title_or_body_may_point_ahead_or_to_its_fullest_name(body, language, text, speaker):
    assert _speaker_of(body, language, text) == speaker


@pytest.mark.parametrize(
    "body",
    [
        # the one named after holds another title
        "Police rescued 57 citizens, a police spokesperson said.\n\nGovernor Ridwan Saleh "
        "told reporters the victims were lured.",
        # the holder is named two paragraphs later: too far to be the one meant
        "Police rescued 57 citizens, a police spokesperson said.\n\nThe victims were lured "
        "with promises of jobs.\n\nBrig. Gen. Yusri Pranoto, the spokesperson, told reporters "
        "more arrests were expected.",
    ],
)
def test_a_title_points_ahead_only_to_a_holder_just_after(body):
    assert _speaker_of(body, "en", "Police rescued 57 citizens") is None


@pytest.mark.parametrize(
    ("body", "language", "text", "speaker"),
    [
        # quoted words after a quote of the same sentence whose speaker is named
        ("Australia's Department of Home Affairs issued a statement.\n\n"
         '"Enforcement action is taken in accordance with Australian law," the department '
         'said, adding that the crew would be repatriated "as soon as practicable" once '
         "legal proceedings concluded.",
         "en", "as soon as practicable", "Department of Home Affairs"),
        # a phrase ending with a conjunction before a verb is no subject
        ('The Chinese Ministry of Commerce said on Wednesday it was "closely following" '
         "Indonesia's plan and urged Jakarta to keep its rules stable.",
         "en", "closely following", "Chinese Ministry of Commerce"),
        # one word with an age, the full name given once elsewhere without a title
        ("Pasangan Stefanus Adi Wijaya dan Maria Goreti Ladu memperoleh 67.174 suara.\n\n"
         "Stefanus (52), mantan Ketua DPRD Sintang, menyebut ada penggelembungan suara di "
         "belasan TPS.",
         "id", "ada penggelembungan suara di belasan TPS", "Stefanus Adi Wijaya"),
    ],
)  # fmt: skip
def test_speakers_carried_over_within_a_sentence_and_to_a_full_name(body, language, text, speaker):
    assert _speaker_of(body, language, text) == speaker


def test_a_one_word_name_stays_when_the_article_writes_two_full_forms():
    body = (
        "Stefanus Adi Wijaya dan Stefanus Lodo hadir.\n\n"
        "Stefanus (52) menyebut ada penggelembungan suara di belasan TPS."
    )
    assert _speaker_of(body, "id", "ada penggelembungan suara di belasan TPS") == "Stefanus"


@pytest.mark.parametrize(
    ("body", "text", "speaker"),
    [
        # a title before the verb after an adverbial clause is the sentence's subject
        ("Transport Minister Agus Prasetyo met the consortium. Chinese Vice Commerce Minister "
         'Zheng Lihua said Beijing would "continue to back flagship projects".\n\n'
         "Asked about that report, the transport minister said no decision had been made. "
         '"Danantara will look at the numbers like any investor would," he added.',
         "Danantara will look at the numbers like any investor would", "Agus Prasetyo"),
        # "counterpart" holds the title of the one it is set against, for its nationality
        ("Japanese Foreign Minister Kenji Morimoto said after meeting his South Korean "
         "counterpart Yoo Sang-hoon in Tokyo that ties were improving.\n\n"
         "The South Korean minister said the two sides had agreed to double a joint fund.",
         "the two sides had agreed to double a joint fund", "Yoo Sang-hoon"),
        # ... but not for a nationality its role does not give
        ("Defence Minister Bayu Prakoso told reporters after meeting his Japanese counterpart, "
         "Kenji Morimoto, in Jakarta that the first two vessels could arrive by 2027.\n\n"
         "The Indonesian minister said the country would keep its foreign policy.",
         "the country would keep its foreign policy", "Bayu Prakoso"),
        # a title nobody holds: the subject of the same paragraph who has a role
        ("Chief Cabinet Secretary Hiroshi Tanabe told a regular press conference that the "
         'government welcomed the deal. "Relations must not be swayed by politics," the top '
         "government spokesman said.",
         "Relations must not be swayed by politics", "Hiroshi Tanabe"),
        # a portfolio before the title is part of it: two secretaries are told apart
        ("Trade Secretary Cristina Dela Paz said the ban would start in 2028. The state "
         "agency quoted Environment Secretary Rafael Mendoza as saying rules would tighten.\n\n"
         "The trade secretary said the draft order would go to the cabinet on Friday.",
         "the draft order would go to the cabinet on Friday", "Cristina Dela Paz"),
        # an abbreviated title is written out for "the governor"
        ("Tak Gov. Chatchai Wongprasert said 3,240 refugees were staying at four sites. Dr. "
         "Supaporn Khemkaew, director of Mae Sot General Hospital, told Thai PBS that 27 "
         "patients were treated. The governor said a fifth site was being prepared.",
         "a fifth site was being prepared", "Chatchai Wongprasert"),
        # a synonym of the title ("spokeswoman" for "spokesperson") holds it
        ("Ratna Sulistyowati, a spokesperson for the National Disaster Management Agency, "
         "said 23 bodies had been found.\n\nThe quake struck at a depth of 14 kilometers, "
         "according to the Meteorology Agency.\n\nThe spokeswoman said 1,600 people had "
         "fled to tents.", "1,600 people had fled to tents", "Ratna Sulistyowati"),
    ],
)  # fmt: skip
def test_titles_standing_for_people_named_before(body, text, speaker):
    assert _speaker_of(body, "en", text) == speaker


@pytest.mark.parametrize(
    ("body", "text", "speaker"),
    [
        # a body's short form after the title names the one whose role holds the body
        ("Kepala Dinas Kesehatan Kabupaten Purwakarta Ratna Sumiati mengatakan, pasien "
         "berusia 7 tahun. Kepala SDN 2 Citalang, Euis Komariah, menyatakan sekolah ditutup. "
         "Kepala Dinkes itu menegaskan biaya ditanggung pemerintah daerah.",
         "biaya ditanggung pemerintah daerah", "Ratna Sumiati"),
        # a short form in brackets after the portfolio; a bare capitalised title opening a
        # sentence is its subject; a title before the body it heads is its holder
        ("Menteri Perdagangan (Mendag) Arief Prasetyadi menyatakan operasi pasar digelar. "
         "Kepala BPS Rusdianto Wirahadi mengatakan inflasi naik. Ketua IKAPPI Abdul Rahman "
         "menilai operasi pasar tak cukup.\n\nMendag menanggapi kritik itu dengan datar. "
         '"Rantai pasok memang panjang," ujarnya.\n\nKepala BPS juga mengingatkan bahwa '
         "tekanan harga bisa berlanjut.",
         "Rantai pasok memang panjang", "Arief Prasetyadi"),
        ("Menteri Perdagangan (Mendag) Arief Prasetyadi menyatakan operasi pasar digelar. "
         "Kepala BPS Rusdianto Wirahadi mengatakan inflasi naik. Ketua IKAPPI Abdul Rahman "
         "menilai operasi pasar tak cukup.\n\nKepala BPS juga mengingatkan bahwa tekanan "
         "harga bisa berlanjut.",
         "tekanan harga bisa berlanjut", "Rusdianto Wirahadi"),
        ("Menteri Perdagangan (Mendag) Arief Prasetyadi menyatakan operasi pasar digelar. "
         "Sang menteri mengatakan anggaran sudah siap.",
         "anggaran sudah siap", "Arief Prasetyadi"),
        # "Kasi Pidum" is a title; a title nobody holds stands for the paragraph's subject
        ("Kasi Pidum Kejari Sidoarjo, Ratna Kusumawardani, menyebut pihaknya sudah menunjuk "
         "empat jaksa untuk menangani perkara tersebut. Sang jaksa menambahkan, Nur akan "
         "ditahan selama 20 hari.",
         "Nur akan ditahan selama 20 hari", "Ratna Kusumawardani"),
    ],
)  # fmt: skip
def test_indonesian_titles_with_bodies_short_forms(body, text, speaker):
    assert _speaker_of(body, "id", text) == speaker


def test_a_title_nobody_holds_reaches_back_one_paragraph_only():
    body = (
        "Chief Cabinet Secretary Hiroshi Tanabe told a press conference that the government "
        'welcomed the deal.\n\n"Relations must not be swayed by politics," the government '
        "spokesman said."
    )
    assert _speaker_of(body, "en", "Relations must not be swayed by politics") == "Hiroshi Tanabe"
    body = (
        "Chief Cabinet Secretary Hiroshi Tanabe told a press conference that the government "
        "welcomed the deal.\n\nThe yen fell 2% in Tokyo.\n\n"
        '"Relations must not be swayed by politics," the government spokesman said.'
    )
    assert _speaker_of(body, "en", "Relations must not be swayed by politics") is None
    # a description that stands for the title (DESCRIBED_TITLES) is that title, held by
    # the person named with it however far back
    described = body.replace("the government spokesman", "the top government spokesman")
    assert _speaker_of(described, "en", "Relations must not be swayed by politics") == (
        "Hiroshi Tanabe"
    )


def test_a_title_closed_by_itu_opening_a_sentence_is_its_subject():
    body = (
        'Ketua Majelis Hakim Hendro Saputra menegaskan, "Menyatakan terdakwa bersalah."\n\n'
        "Jaksa sebelumnya menuntut Asep Kurniawan dengan hukuman delapan tahun penjara.\n\n"
        "Hakim ketua itu menyebutkan, hal yang memberatkan adalah perbuatan terdakwa.\n\n"
        '"Hal yang meringankan, terdakwa bersikap sopan selama persidangan," lanjutnya.'
    )
    text = "Hal yang meringankan, terdakwa bersikap sopan selama persidangan"
    assert _speaker_of(body, "id", text) == "Hendro Saputra"


def test_a_final_according_to_with_a_relay_after_it():
    body = (
        "Korea Utara meluncurkan sebuah rudal balistik pada Selasa pagi, menurut Kepala Staf "
        "Gabungan (JCS) Korea Selatan sebagaimana dikutip kantor berita Yonhap."
    )
    (quote,) = _quotes(body, "id")[1]
    assert quote.speaker_canonical == "Joint Chiefs of Staff"
    assert [link.canonical for link in quote.attribution] == ["Joint Chiefs of Staff", "Yonhap"]


@pytest.mark.parametrize(
    "body",
    [
        "The postponement was first announced on March 3.",
        "Similar incidents were also reported in Johor last year.",
    ],
)
def test_a_passive_with_an_adverb_before_the_verb_reports_nothing(body):
    assert _quotes(body, "en")[1] == []


def test_a_final_according_to_names_the_agency_after_a_comma():
    body = "Rudal itu terbang sejauh 800 kilometer, menurut kantor berita Korea Utara, KCNA."
    (quote,) = _quotes(body, "id")[1]
    assert quote.speaker_canonical == "KCNA"
    assert [link.canonical for link in quote.attribution] == ["KCNA"]


@pytest.mark.parametrize(
    ("body", "language", "text", "speaker"),
    [
        # a passive is no cue: the body at the end speaks
        ("Initial crop losses were estimated at 1.2 billion pesos, the Department of "
         "Agriculture said.", "en", "Initial crop losses were estimated at 1.2 billion pesos",
         "Department of Agriculture"),
        # an acronym after a described body names it
        ("It made landfall late Saturday, according to the state weather service PAGASA.",
         "en", "It made landfall late Saturday", "PAGASA"),
        # a person described, the "itu" after the cue's phrase
        ('Ponirah (58), warga setempat, mengaku sulit tidur.\n\n"Asapnya masuk sampai ke '
         'kamar," tutur nenek tujuh cucu itu.', "id", "Asapnya masuk sampai ke kamar",
         "Ponirah"),
        ("Menurut Yudho Prasetyo, kedua pihak berkomunikasi lewat radio.\n\n"
         '"Kami tidak akan mundur," ujar perwira tinggi TNI AL itu.', "id",
         "Kami tidak akan mundur", "Yudho Prasetyo"),
        # a cue in commas before a speech verb is the cue
        ("Hal yang memberatkan, lanjut Hendrawan, terdakwa tidak mengakui perbuatannya.",
         "id", "Hal yang memberatkan, lanjut Hendrawan, terdakwa tidak mengakui perbuatannya",
         "Hendrawan"),
        # a role, then the name, then the verb after the quote
        ('"Contracts for 2027 have already been signed," the association\'s executive '
         "director, Ratna Djuwita Halim, told Reuters.", "en",
         "Contracts for 2027 have already been signed", "Ratna Djuwita Halim"),
        # "was quoted as saying by"
        ('Commerce Minister Zhou Xinmin attended. "China is willing to work with South '
         'Korea," Zhou was quoted as saying by China\'s official Xinhua News Agency.', "en",
         "China is willing to work with South Korea", "Zhou Xinmin"),
        # a name, a long role with a title in its first words, the verb
        ("Lourdes Macaraeg, regional director of the Office of Civil Defense in Eastern "
         "Visayas, said the storm had driven 240,000 people from their homes.", "en",
         "the storm had driven 240,000 people from their homes", "Lourdes Macaraeg"),
    ],
)  # fmt: skip
def test_more_speaker_shapes(body, language, text, speaker):
    assert _speaker_of(body, language, text) == speaker


def test_a_source_named_after_its_owner_is_the_source():
    body = (
        'Commerce Minister Zhou Xinmin attended. "China is willing to work," the minister '
        "was quoted by China's official Xinhua News Agency as saying."
    )
    (quote,) = _quotes(body, "en")[1]
    assert quote.speaker_canonical == "Zhou Xinmin"
    assert [link.canonical for link in quote.attribution] == ["Xinhua"]


def test_a_surname_that_is_a_calendar_word_takes_the_name_a_long_title_run_holds():
    body = (
        "China and the Association of Southeast Asian Nations pledged to sign the deal.\n\n"
        "Chinese Vice-Foreign Minister Sun Lihua led the delegation.\n\n"
        '"We have never been this close," Sun told reporters after the meeting.'
    )
    assert _speaker_of(body, "en", "We have never been this close") == "Sun Lihua"


def test_a_listed_body_after_according_to_and_pointed_at_before():
    body = (
        "South Korea and China agreed Thursday to launch a dialogue on export controls, "
        "Seoul's trade ministry said.\n\n"
        "Trade Minister Noh Jae-won and Chinese Commerce Minister Zhou Xinmin reached the "
        "agreement in Seoul, according to the Ministry of Trade, Industry and Energy."
    )
    speaker = "Ministry of Trade, Industry and Energy"
    assert (
        _speaker_of(
            body,
            "en",
            "Trade Minister Noh Jae-won and Chinese Commerce Minister "
            "Zhou Xinmin reached the agreement in Seoul",
        )
        == speaker
    )
    assert (
        _speaker_of(
            body,
            "en",
            "South Korea and China agreed Thursday to launch a dialogue on export controls",
        )
        == speaker
    )


@pytest.mark.parametrize(
    "body",
    [
        "Haryo menyampaikan pernyataan itu kepada wartawan di Gedung Pancasila, Jakarta.",
        "The spokeswoman reiterated the statement at a regular briefing in Beijing on Wednesday.",
    ],
)
def test_a_speech_verb_whose_object_is_the_statement_reports_nothing(body):
    language = "id" if "Haryo" in body else "en"
    assert _quotes(body, language)[1] == []


def test_a_relay_by_the_official_agency_in_indonesian():
    body = (
        '"Kepulauan Nansha adalah bagian dari wilayah China," kata Gao, seperti dikutip '
        "kantor berita resmi Xinhua."
    )
    (quote,) = _quotes(body, "id")[1]
    assert [link.canonical for link in quote.attribution] == ["Xinhua"]


def test_the_official_after_a_person_whose_relative_clause_gives_a_role():
    body = (
        "More than 40 homes were swept away, said Abdul Malik Harahap, who heads the local "
        'search and rescue office.\n\nHe said 250 rescuers were searching. "The machines can '
        'only work on the lower slope," the official said.'
    )
    assert _speaker_of(body, "en", "The machines can only work on the lower slope") == (
        "Abdul Malik Harahap"
    )


@pytest.mark.parametrize(
    ("body", "text", "speaker"),
    [
        # a short title written capitalised, the article's role written short too
        ("Kasat Lantas Polres Majalengka, AKP Dimas Prakoso Wibowo, mengatakan kecelakaan "
         "bermula pukul 03.15 WIB.\n\nKasat Lantas menambahkan, sopir bus masih dirawat.",
         "sopir bus masih dirawat", "Dimas Prakoso Wibowo"),
        # a short title whose role the article wrote in full, before a speech verb
        ("Kasus demam berdarah di Kabupaten Sragen naik. Kepala Dinas Kesehatan Kabupaten "
         "Sragen Retno Kusumawardani mengatakan kasus naik.\n\nOrang tua siswa, Joko "
         "Prasetyo (45), meminta pengasapan. "
         '"Kalau cuma sekolah, ya percuma," kata Joko.\n\nMenanggapi hal itu, Kadinkes '
         'Sragen menyatakan pengasapan tidak bisa sembarangan. "Fogging itu bukan obat," '
         "imbuhnya.", "Fogging itu bukan obat", "Retno Kusumawardani"),
        # a listed portfolio after a title that took its first part
        ("Menteri Pertanian, Kehutanan dan Perikanan Jepang Shinji Kuramoto menyebut "
         'larangan itu keliru.\n\nGao Xiaolan membantah. "Kami sudah membuka semua data," '
         "ujar sang menteri.", "Kami sudah membuka semua data", "Shinji Kuramoto"),
        # an age after a run of capitalised words ends a person's name, not a body's
        ("Ketua Federasi Koperasi Perikanan Hokkaido Masaru Ebina (64) kecewa. Kepada "
         "Kyodo, ia mengatakan nelayan baru memulihkan separuh pasar.",
         "nelayan baru memulihkan separuh pasar", "Masaru Ebina"),
    ],
)  # fmt: skip
def test_indonesian_short_titles_listed_portfolios_and_aged_names(body, text, speaker):
    assert _speaker_of(body, "id", text) == speaker


def test_a_body_pointing_ahead_may_be_named_a_paragraph_further_on():
    body = (
        "A magnitude 5.9 earthquake jolted West Java late on Sunday, killing at least 27 "
        "people, the country's disaster mitigation agency said on Monday.\n\n"
        "The quake struck at a depth of 10 km.\n\n"
        "Teguh Prasetyo, spokesman for the National Disaster Mitigation Agency (BNPB), told "
        "reporters more than 140 people were injured."
    )
    text = "A magnitude 5.9 earthquake jolted West Java late on Sunday, killing at least 27 people"
    assert _speaker_of(body, "en", text) == "National Disaster Mitigation Agency"


@pytest.mark.parametrize(
    ("body", "written", "speaker"),
    [
        ("North Korea fired a missile on Tuesday, according to the Joint Chiefs of Staff, as "
         "reported by Yonhap.", "Joint Chiefs of Staff", "Joint Chiefs of Staff"),
        ("The talks ended on Monday, as reported by Kyodo.", "Kyodo", "Kyodo"),
        ("Prices rose 5%, as the ministry said on Monday.", "the ministry", None),
    ],
)  # fmt: skip
def test_the_writers_as_before_a_final_cue_is_no_speaker(body, written, speaker):
    (quote,) = _quotes(body, "en")[1]
    assert (quote.speaker, quote.speaker_canonical) == (written, speaker)


@pytest.mark.parametrize(
    ("body", "language", "text", "speaker"),
    [
        # an age in commas between the name and the verb after a quote; the next quote of
        # the paragraph keeps the speaker
        ('"We found an old man on a tree," rescue volunteer Somchai Boonmee, 38, told AFP. '
         '"His wife was not so lucky."', "en", "His wife was not so lucky", "Somchai Boonmee"),
        # a final "said Name, role." keeps the role out of what was said; "the official"
        # is the one whose role the apposition gave
        ("Floods hit the north. Nine people were still missing, said Kittipong Saengthong, "
         "deputy director-general of the Department of Disaster Prevention and Mitigation.\n\n"
         "More than 3,200 households have been affected, the official said.", "en",
         "More than 3,200 households have been affected", "Kittipong Saengthong"),
        # a body described in lower case after it was named
        ("Nine people were missing, said Kittipong Saengthong, deputy director-general of "
         "the Department of Disaster Prevention and Mitigation. Floods killed 40 people last "
         "year, according to the disaster prevention department.", "en",
         "Floods killed 40 people last year",
         "Department of Disaster Prevention and Mitigation"),
        # a newspaper named by its tail reports, citing a body: the body speaks
        ("Rain fell. Nan received 212 millimetres of rain on Tuesday, the Bangkok Post "
         "reported, citing the Thai Meteorological Department.", "en",
         "Nan received 212 millimetres of rain on Tuesday", "Thai Meteorological Department"),
        # a place inside a relative clause is no subject; the trader is named after
        ('Trade rose. In Dandong, a trader who ships flour across the Yalu River said orders '
         'had doubled since March. "Now it is 60 trucks," said the trader, Sun Guoqiang, 47.',
         "en", "orders had doubled since March", "Sun Guoqiang"),
        # a sentence opened by a pronoun has it as subject, not a name inside it
        ('Juru bicara kementerian, Jiang Yuxin, mengatakan pertukaran itu normal. Dia menolak '
         'berkomentar soal kabar bahwa Pak akan diterima Perdana Menteri China. "Informasi '
         'akan kami sampaikan pada waktunya," ujarnya.', "id",
         "Informasi akan kami sampaikan pada waktunya", "Jiang Yuxin"),
        # "Menurut jaksa," names no person "Hendarto" after the comma; the jaksa is the one
        # named with that title
        ('"Menuntut agar terdakwa dinyatakan bersalah," kata jaksa KPK Yudha Prasetyo. '
         "Menurut jaksa, Hendarto menggelembungkan harga hingga 30 persen.", "id",
         "Hendarto menggelembungkan harga hingga 30 persen", "Yudha Prasetyo"),
        # quoted words inside a sentence take the cue before them, not one in the next
        # sentence; that sentence's own cue is found too
        ("Direktur Jenderal Perhubungan Udara, Hermawan Dwi Saputro, menyebut pesawat itu "
         'dalam kondisi "laik terbang" saat berangkat. Ia memastikan pesawat baru menjalani '
         "perawatan berkala.", "id", "laik terbang", "Hermawan Dwi Saputro"),
        ("Direktur Jenderal Perhubungan Udara, Hermawan Dwi Saputro, menyebut pesawat itu "
         'dalam kondisi "laik terbang" saat berangkat. Ia memastikan pesawat baru menjalani '
         "perawatan berkala.", "id", "pesawat baru menjalani perawatan berkala",
         "Hermawan Dwi Saputro"),
    ],
)  # fmt: skip
def test_ages_appositions_relatives_and_sentence_bounds(body, language, text, speaker):
    assert _speaker_of(body, language, text) == speaker


@pytest.mark.parametrize(
    ("body", "text"),
    [
        # "told X" after a comma: X listens; the unnamed subject before the relative
        # clause speaks
        ("Trade rose. Another trader, who asked not to be identified, told Reuters that "
         "customs officers had stepped up inspections.",
         "customs officers had stepped up inspections"),
        # a clause of its own after ", and", its subject unnamed
        ("Rain fell. The season runs from July to October, and scientists say climate change "
         "is making extreme rainfall more frequent and more intense.",
         "climate change is making extreme rainfall more frequent and more intense"),
        # "so ... that" is a result inside what was said, not its start
        ("Floods hit. Rice farmer Pranee Kaewmala said the water rose so fast that her family "
         "had no time to save the buffaloes.",
         "the water rose so fast that her family had no time to save the buffaloes"),
    ],
)  # fmt: skip
def test_reported_clauses_with_unnamed_subjects_and_inner_that(body, text):
    found = {q.text.rstrip(".") for q in _quotes(body, "en")[1]}
    assert text in found, found


def test_a_relative_that_after_the_verb_opens_no_reported_clause():
    body = (
        'Floods hit. "Everything we own is under the mud now," she said outside a temple '
        "that has become a shelter for some 400 people."
    )
    assert [q.text for q in _quotes(body, "en")[1]] == ["Everything we own is under the mud now"]


@pytest.mark.parametrize(
    ("body", "language", "text", "speaker"),
    [
        # a one-word place of the tables opens a name after an English title
        ("Rain fell. Rice imports will stop, Agriculture Minister Bima Prasetyo said on "
         'Tuesday. "We harvested more," Prasetyo said.', "en", "We harvested more",
         "Bima Prasetyo"),
        # a Balinese particle opens a name; a final relative clause gives the role that
        # "the official" holds
        ("Mud swept down a slope, said I Gede Wirawan, who heads the district's disaster "
         'mitigation agency.\n\nAnother resident, Ketut Darma, 34, told reporters that '
         'villagers asked for help.\n\n"We had a plan. The rain came first," the official '
         "said.", "en", "We had a plan. The rain came first", "I Gede Wirawan"),
        # a minister by the short form of the portfolio
        ("Hujan turun. Menteri Perdagangan Andi Kusnadi meninjau pasar. Mendag juga "
         "mengatakan pihaknya akan menerjunkan 1.250 orang petugas.", "id",
         "pihaknya akan menerjunkan 1.250 orang petugas", "Andi Kusnadi"),
        # a time between the apposed name and the verb
        ("Hujan turun. Kepala Inspektorat Kabupaten Kuningan, Nana Suryana, pekan lalu "
         "mengatakan kepada wartawan bahwa temuan itu merupakan yang terbesar.", "id",
         "temuan itu merupakan yang terbesar", "Nana Suryana"),
        # a reported clause before a second verb that frames quoted words
        ("Rain fell. Siregar, for his part, said Jakarta would not roll back its ban, but "
         'called South Korea "a partner we trust."', "en",
         "Jakarta would not roll back its ban", "Siregar"),
    ],
)  # fmt: skip
def test_names_opened_by_places_and_particles_short_portfolios_and_joined_verbs(
    body, language, text, speaker
):
    assert _speaker_of(body, language, text) == speaker


def test_a_clause_after_and_with_an_unnamed_subject_is_no_final_cue():
    body = (
        "Rain fell. Seasonal rains cause dozens of landslides every year, and tourism "
        "officials said Bali, which drew more than 6 million visitors, remained open."
    )
    texts = [q.text for q in _quotes(body, "en")[1]]
    assert texts == ["Bali, which drew more than 6 million visitors, remained open"]


def test_told_reporters_and_an_adjunct_close_a_final_cue():
    body = (
        "Rain fell. Bulog held about 4.1 million tons of rice, enough for seven months, "
        "Prasetyo told reporters at the presidential palace."
    )
    texts = [q.text for q in _quotes(body, "en")[1]]
    assert texts == ["Bulog held about 4.1 million tons of rice, enough for seven months"]


@pytest.mark.parametrize(
    ("body", "language", "text", "speaker"),
    [
        # an abbreviation inside an apposition; the name before it speaks
        ("Rain fell. Antonio Bragas, a lawyer for Gov. Ramon Villaraza, said his client would "
         "ask the court to reconsider.", "en", "his client would ask the court to reconsider",
         "Antonio Bragas"),
        # an owner's name is no subject: "she" is the challenger
        ("Rain fell. Villaraza's challenger, former councilor Teresita Abalos-Lim, trailed "
         'him. "The people waited 18 months for this," she said.', "en",
         "The people waited 18 months for this", "Teresita Abalos-Lim"),
        # a final "according to" a person with an abbreviated rank and a relative clause
        ("Rain fell. Six people were believed trapped, according to Capt. Arnel Bautista of "
         "the Bureau of Fire Protection, who leads the search team there.", "en",
         "Six people were believed trapped", "Arnel Bautista"),
        # the nearest verb before quoted words frames them; its pronoun is the subject
        ('Rain fell. Putin was quoted as saying that Moscow would "firmly stand together" '
         'against what he called "hegemonic pressure" from the West.', "en",
         "hegemonic pressure", "Vladimir Putin"),
        # a country right after a body's name qualifies the body
        ("Hujan turun. Mengutip Yonhap, Kepala Staf Gabungan (JCS) Korea Selatan menyatakan "
         "militer mendeteksi peluncuran dari wilayah Tongchang-ri.", "id",
         "militer mendeteksi peluncuran dari wilayah Tongchang-ri", "Joint Chiefs of Staff"),
        # "sang" and a title around a body's name: the person who holds it
        ("Hujan turun. Juru bicara JCS Park Joon-seok mengatakan rudal jatuh di laut. Sang "
         "juru bicara JCS menambahkan, militer akan meningkatkan patroli udara.", "id",
         "militer akan meningkatkan patroli udara", "Park Joon-seok"),
        # a person described by a person noun and "itu"
        ("Hujan turun. Andreas Wijaya (47) mengaku sudah memangkas portofolionya. Trader "
         "harian itu menyebut belasan saham miliknya terkena ARB.", "id",
         "belasan saham miliknya terkena ARB", "Andreas Wijaya"),
        # "the group" for a body introduced as "the monitoring group X"
        ("Mining cleared 5,340 hectares, according to an analysis by the monitoring group "
         "Halmahera Forest Watch. Two-thirds of that loss lay inside concessions, the group "
         "said.", "en", "Two-thirds of that loss lay inside concessions",
         "Halmahera Forest Watch"),
        ("Rain fell. Aid arrived on Monday, Welfare Undersecretary Carmelo Ibañez said.", "en",
         "Aid arrived on Monday", "Carmelo Ibañez"),
    ],
)  # fmt: skip
def test_appositions_owners_free_relatives_and_bodies_described(body, language, text, speaker):
    assert _speaker_of(body, language, text) == speaker


@pytest.mark.parametrize(
    ("body", "texts"),
    [
        # "said A and that B": A is not skipped as words before "that"
        ("Rain fell. Police said about 300 people took part and that the crowd dispersed.",
         ["about 300 people took part", "the crowd dispersed"]),
        # an unnamed source after a final "according to"
        ("Rain fell. The justices took up the case on Wednesday, according to two court "
         "officials who spoke on condition of anonymity.",
         ["The justices took up the case on Wednesday"]),
        ("Rain fell. Most of the passengers were officials and students, according to a "
         "staff member at the airport who asked not to be named.",
         ["Most of the passengers were officials and students"]),
        # a clause whose cue closes the sentence after quoted words is none of its own
        ('Rain fell. At a banquet, Putin praised the soldiers, saying Russia "will never '
         'forget" their sacrifice, TASS reported.', ["will never forget"]),
    ],
)  # fmt: skip
def test_and_that_unnamed_sources_and_clauses_before_quoted_words(body, texts):
    assert [q.text for q in _quotes(body, "en")[1]] == texts


@pytest.mark.parametrize(
    ("body", "language", "text", "speaker"),
    [
        # a speech verb after an article is an adjective, not a cue
        ("Rain fell. Vietnam lost an estimated US$3.1 billion to storms last year, the World "
         "Bank said in a report published in March.", "en",
         "Vietnam lost an estimated US$3.1 billion to storms last year", "World Bank"),
        # police ranks with "Pol"; English "Major"
        ("Hujan turun. Kapolresta Kendari Kombes Pol Aris Setyawan mengatakan, sejauh ini "
         "sudah 217 orang melapor.", "id", "sejauh ini sudah 217 orang melapor",
         "Aris Setyawan"),
        ("Rain fell. Major Le Van Hung, who leads a rescue team, said his unit had pulled 312 "
         "people from homes.", "en", "his unit had pulled 312 people from homes", "Le Van Hung"),
        # a one-word description with a relative clause closed by "itu"
        ('Hujan turun. Duta Besar Rusia Oleg Voronin menghadiri acara. "Anak-anak muda inilah '
         'jembatan persahabatan," ujar diplomat yang sudah 11 tahun bertugas di Pyongyang '
         "itu.", "id", "Anak-anak muda inilah jembatan persahabatan", "Oleg Voronin"),
        # an agency's closing report that cites a body: the body said it
        ("Hujan turun. Militer Korea Selatan melepaskan tembakan peringatan, demikian "
         "dilaporkan kantor berita Yonhap mengutip Kepala Staf Gabungan (JCS).", "id",
         "Militer Korea Selatan melepaskan tembakan peringatan", "Joint Chiefs of Staff"),
        # the verb before quoted words wins over an agency's report after them
        ('Rain fell. Feng told Harada that China "has always handled export license '
         'applications in accordance with laws," Xinhua News Agency reported.', "en",
         "has always handled export license applications in accordance with laws", "Feng"),
        # "Kata X (34), role:" before a quote
        ('Hujan turun. Kata Yuliana Wenda (34), istri kopilot Rendy: "Saya cuma minta suami '
         'saya cepat dipulangkan."', "id", "Saya cuma minta suami saya cepat dipulangkan",
         "Yuliana Wenda"),
        # an adverb in commas after the subject
        ("Rain fell. Energy Minister Arif Rahman announced the rule. The minister, however, "
         "said sanctions would be decided by the regulator.", "en",
         "sanctions would be decided by the regulator", "Arif Rahman"),
        # a word opening the sentence before a body's name is no part of it
        ("Rain fell. State-run Vietnam News Agency reported that a landslide buried a border "
         "post.", "en", "a landslide buried a border post", "VNA"),
        # a degree after the name in commas
        ("Hujan turun. Dokter spesialis anak RSUD Jember, dr. Ratih Kusumawardani, Sp.A, "
         "menyebutkan bahwa pihaknya merawat delapan pasien anak.", "id",
         "pihaknya merawat delapan pasien anak", "Ratih Kusumawardani"),
        # "Menurut X," then a clause that goes on after a comma is no role
        ("Hujan turun. Profesor Lim Chae-won hadir. Menurut Lim, langkah Menhan Kwon "
         "menambah sistem antidrone sudah tepat, tetapi belum cukup.", "id",
         "langkah Menhan Kwon menambah sistem antidrone sudah tepat, tetapi belum cukup",
         "Lim Chae-won"),
    ],
)  # fmt: skip
def test_articles_ranks_degrees_asides_and_agency_reports(body, language, text, speaker):
    assert _speaker_of(body, language, text) == speaker


def test_an_object_and_a_clause_after_a_final_verb_close_nothing():
    body = (
        "The group said exports fell. In a letter to the finance ministry dated Thursday, "
        "May 14, the group asked the government to delay the change until October."
    )
    texts = [q.text for q in _quotes(body, "en")[1]]
    assert "In a letter to the finance ministry dated Thursday, May 14" not in texts


@pytest.mark.parametrize(
    ("body", "language", "text", "speaker"),
    [
        # an apposition holding a place with a comma, or two appositions
        ("Rain fell. Emi Saito, a spokeswoman for the Japan Coast Guard in Naha, Okinawa, "
         "said the two vessels entered waters near the island.", "en",
         "the two vessels entered waters near the island", "Emi Saito"),
        ("Rain fell. Rina Hapsari, a lawmaker from the Indonesian Democratic Party of "
         "Struggle (PDI-P), the only faction to reject the bill, said deliberations had been "
         "wrapped up in 17 days.", "en", "deliberations had been wrapped up in 17 days",
         "Rina Hapsari"),
        # a newspaper before its apposition speaks, not the party inside it
        ("Rain fell. The Rodong Sinmun, the main newspaper of the ruling Workers' Party, "
         'called the visit "a new milestone" in relations.', "en", "a new milestone",
         "Rodong Sinmun"),
        # "saying" reports a clause without "that"
        ("Rain fell. Phivolcs director Teresita Bautista urged residents to stay out of "
         "damaged buildings, saying more than 600 aftershocks had been recorded.", "en",
         "more than 600 aftershocks had been recorded", "Teresita Bautista"),
        # a final "was quoted as saying by" an agency
        ("Rain fell. The commission will begin trials in 10 provinces on March 3, KPU "
         "chairman Fadli Rahmatullah was quoted as saying by state news agency Antara.", "en",
         "The commission will begin trials in 10 provinces on March 3", "Fadli Rahmatullah"),
        # a pronoun after "Menurut" takes no apposition
        ("Hujan turun. Sunarto mengatakan air tidak sampai. Menurut dia, kerugian petani "
         "ditaksir mencapai Rp38,6 miliar, hampir dua kali lipat.", "id",
         "kerugian petani ditaksir mencapai Rp38,6 miliar, hampir dua kali lipat", "Sunarto"),
        # a long body name with its acronym after "according to"
        ("Rain fell. The country records about 20 earthquakes a day, according to the "
         "Philippine Institute of Volcanology and Seismology (Phivolcs).", "en",
         "The country records about 20 earthquakes a day",
         "Philippine Institute of Volcanology and Seismology"),
    ],
)  # fmt: skip
def test_long_appositions_bare_participles_and_passive_finals(body, language, text, speaker):
    assert _speaker_of(body, language, text) == speaker


def test_a_document_after_according_to_is_no_unnamed_source():
    body = (
        "Rain fell. The company will sell 86,000 hectares in Kalimantan, according to a "
        "filing with the stock exchange late on Monday."
    )
    assert _quotes(body, "en")[1] == []


@pytest.mark.parametrize(
    ("body", "language", "text", "speaker"),
    [
        # a judge's title held earlier names her when it comes back alone
        ('"These were not gifts," Presiding Justice Teresita Gonzaga-Lim said. Rey Abuda, a '
         "farmer, said he hoped so. The presiding justice said the owners would be called "
         "to testify.", "en", "the owners would be called to testify", "Teresita Gonzaga-Lim"),
        # a pronoun after a mid-sentence cue speaks; the listener after it does not
        ('Kepala Kantor SAR Mataram I Made Suarjana tiba. "Arus sangat kuat," kata Suarjana. '
         "Operasi SAR, kata dia kepada Antara, akan berlangsung selama tujuh hari.", "id",
         "Operasi SAR, kata dia kepada Antara, akan berlangsung selama tujuh hari",
         "I Made Suarjana"),
        # "bos" stands for whoever heads the body it names, not the last titled person
        ("Direktur Utama PT Aneka Tambang Tbk. (Antam) Hendarto Wicaksono menyatakan siap. "
         'Menteri ESDM Arief Darmawansyah hadir. "Kami tertekan," kata Arief. Bos Antam itu '
         "memastikan tidak akan ada pemutusan hubungan kerja akibat pemangkasan kuota.", "id",
         "tidak akan ada pemutusan hubungan kerja akibat pemangkasan kuota",
         "Hendarto Wicaksono"),
        # "Anggota" is a title before a body and a name in commas
        ("Hujan turun. Anggota Komisi I DPRD Karawang dari Fraksi PKB, Nur Aisyah Fadilah, "
         "meminta pemkab menunda eksekusi. Menurut dia, gugatan warga baru didaftarkan pekan "
         "lalu.", "id", "gugatan warga baru didaftarkan pekan lalu", "Nur Aisyah Fadilah"),
        # an age after a name apposed to a role, before the verb
        ('"They were behind us the whole time," the boat\'s captain, Tetsuo Nakama, 67, told '
         "Kyodo News by phone.", "en", "They were behind us the whole time", "Tetsuo Nakama"),
        # a day between the report verb and "citing"; the cited body is named whole
        ("Chinese Foreign Ministry spokeswoman Guo Meiling said the ships had left. Eleven "
         "more plants have been cleared to ship to China, Xinhua News Agency reported "
         "Tuesday, citing the General Administration of Customs.", "en",
         "Eleven more plants have been cleared to ship to China",
         "General Administration of Customs"),
        # "according to X, who said B": X is the source of both
        ("Union leader Rusli Tandiabang spoke. Two-thirds of the employees belong to the "
         "union, according to Rusli, who said a third round of talks collapsed last Thursday.",
         "en", "a third round of talks collapsed last Thursday", "Rusli Tandiabang"),
        ("Union leader Rusli Tandiabang spoke. Two-thirds of the employees belong to the "
         "union, according to Rusli, who said a third round of talks collapsed last Thursday.",
         "en", "Two-thirds of the employees belong to the union", "Rusli Tandiabang"),
        # a harbour master's title held earlier, and a judge's
        ('Syahbandar Pelabuhan Tulehu, Abdul Rahman Ohorella, menyebut kapal itu kelebihan '
         'muatan. "Manifes hanya mencatat 26 nama," tegas Ohorella. Sang syahbandar '
         "menambahkan, pihaknya telah melarang seluruh speedboat berlayar sejak Selasa pagi.",
         "id", "pihaknya telah melarang seluruh speedboat berlayar sejak Selasa pagi",
         "Abdul Rahman Ohorella"),
        ("Rain fell. Justice Rosmawati Ismail adjourned the hearing and said the defence would "
         'begin "without further delay".', "en", "without further delay", "Rosmawati Ismail"),
        # a person of a body, a relative clause after the body: the person speaks
        ("Rain fell. Associate Professor Farah Iskandar of the National University of "
         "Singapore's Faculty of Law, who studies environmental law, said the Act could work. "
         '"It took two years," said Prof Farah.', "en", "It took two years", "Farah Iskandar"),
        ("Rain fell. Associate Professor Farah Iskandar of the National University of "
         "Singapore's Faculty of Law, who studies environmental law, said the Act could work.",
         "en", "the Act could work", "Farah Iskandar"),
        # a double-barrelled surname used alone
        ("Rain fell with Philippine Secretary of Trade and Industry Carmelita Bautista-Reyes. "
         "Bautista-Reyes said the Philippine side welcomes more Chinese investment.", "en",
         "the Philippine side welcomes more Chinese investment", "Carmelita Bautista-Reyes"),
        # a long portfolio before the title, eight words before the verb
        ('Rain fell. "We cannot take chances with our lungs," Natural Resources and '
         "Environmental Sustainability Minister Zulkarnain Hashim told reporters.", "en",
         "We cannot take chances with our lungs", "Zulkarnain Hashim"),
        # adjectives between "of the" and the body, then a relative clause
        ("Rain fell. Rep. Cho Min-seok of the ruling Democratic Party, who sits on the "
         "committee, told reporters that about 300 workers were believed to have escaped.",
         "en", "about 300 workers were believed to have escaped", "Cho Min-seok"),
        # a body's name and its acronym in brackets are one subject
        ("Rain fell. South Korea's Joint Chiefs of Staff (JCS) said the missile flew 1,000 km "
         "over the sea.", "en", "the missile flew 1,000 km over the sea",
         "Joint Chiefs of Staff"),
        ('Rain fell. Its official Korean Central News Agency (KCNA) said in a commentary on '
         'Monday that defectors were "human scum" lured by Seoul.', "en", "human scum", "KCNA"),
        ("Hujan turun. Kantor Berita Pusat Korea (KCNA) melaporkan rudal itu terbang 1.000 km.",
         "id", "rudal itu terbang 1.000 km", "KCNA"),
        # a rank with its force after a role in commas; "sang jenderal" for a "Brigjen"
        ("Juru bicara Kemhan, Brigjen TNI Yudha Pramana, membenarkan penandatanganan itu. "
         "Pengamat pertahanan dari LKSN, Rina Hapsari, menilai harga masih wajar. Menanggapi "
         "hal itu, sang jenderal memastikan kontrak memuat sanksi keterlambatan.", "id",
         "kontrak memuat sanksi keterlambatan", "Yudha Pramana"),
        # a compass word closes a territory no table knows; villages in a list and a
        # place after "Desa" are no people
        ("Kepala Pelaksana BPBD Halmahera Barat Sahril Abubakar mengatakan evakuasi dimulai "
         "sejak Rabu sore. Warga Desa Gam Ici, Sangaji Nyeku, Goin, dan Soana Masungi "
         'diangkut dengan truk. "Kami prioritaskan lansia," jelasnya.', "id",
         "Kami prioritaskan lansia", "Sahril Abubakar"),
        # a coordinating minister's field; a forecaster's role in commas
        ("Menteri Koordinator Bidang Perekonomian Haryanto Wirasaputra tiba. Haryanto "
         "mengatakan pemerintah akan mengevaluasi tarif pungutan setiap tiga bulan.", "id",
         "pemerintah akan mengevaluasi tarif pungutan setiap tiga bulan",
         "Haryanto Wirasaputra"),
        ('"Warga pesisir kami minta tetap waspada," kata prakirawan BMKG, Nur Aisyah '
         "Rahmawati, kepada Liputan6.com.", "id", "Warga pesisir kami minta tetap waspada",
         "Nur Aisyah Rahmawati"),
        # words after a possessive in a role describe someone else ("his wife")
        ('Economist Kavitha Ramasamy spoke. "It helps," she said.\nAhmad Faizal Rosli, 31, a '
         "driver who rents a flat with his wife, said he would apply. "
         '"We pay RM1,300 a month now," he said.', "en", "We pay RM1,300 a month now",
         "Ahmad Faizal Rosli"),
        # a participle reports for its clause's subject; "the accused" is a noun
        ("Rain fell. Deputy public prosecutor Siti Khadijah Omar had asked for RM150,000, "
         'telling the court that the accused posed "a real risk of interfering with '
         'witnesses".', "en", "a real risk of interfering with witnesses",
         "Siti Khadijah Omar"),
        # a person of a body named before the verb speaks, not the body
        ("Rain fell. Deputy public prosecutor Nur Azlina Ahmad Shukri of the Malaysian "
         "Anti-Corruption Commission (MACC) had urged a deterrent sentence, saying the "
         'accused had "sold the country\'s front door" to a network.', "en",
         "sold the country's front door", "Nur Azlina Ahmad Shukri"),
        # a relative clause without its closing comma before the verb
        ("Hujan turun. Anggota Komite Intelijen Majelis Nasional, Yoon Ha-rim, yang mengikuti "
         "pengarahan tersebut mengatakan kepada wartawan bahwa setidaknya 15 teknisi Rusia "
         "berada di Sohae.", "id", "setidaknya 15 teknisi Rusia berada di Sohae",
         "Yoon Ha-rim"),
        # a report that cites its source inside "according to"
        ("Rain fell. Three victims were found near a shrine, according to a report by Kyodo "
         "News that cited Nagano prefectural police.", "en",
         "Three victims were found near a shrine", "Nagano prefectural police"),
        # a surname that is also a pronoun, right after a title
        ('Rain fell. Chinese Commerce Minister He Shulan told a delegation that China '
         'supported "more high-quality projects" in the zones.', "en",
         "more high-quality projects", "He Shulan"),
        # a lay title nobody holds stands for the last person named; the full name of a
        # word used alone as a speaker is a person
        ("Yakobus Lolaro remembers when the hills were thick with trees. Now, the "
         "58-year-old fisherman says, he can count the remaining patches of forest. Lolaro "
         "told AFP that the fish were gone.", "en",
         "he can count the remaining patches of forest", "Yakobus Lolaro"),
        ("Rain fell. Phivolcs director Teresita Bautista spoke on Monday.\n"
         '"Aftershocks of this strength can bring down structures," the seismologist told '
         "reporters.", "en", "Aftershocks of this strength can bring down structures",
         "Teresita Bautista"),
        # a description, then the name in commas, opens the clause of a participle
        ("Rain fell. Another member of the panel, Judge Anton Siregar, dissented in part, "
         "arguing that the sentence should have been heavier.", "en",
         "the sentence should have been heavier", "Anton Siregar"),
        # "expressed" frames quoted words; the agency after "according to" relays them
        ('Rain fell. Japanese foreign ministry spokesperson Kenji Morita expressed "serious '
         'concern" over the confrontation, according to a report by Kyodo news agency.', "en",
         "serious concern", "Kenji Morita"),
        # a surname that is also a title ends a name; one word before "itu" describes
        ("Kapolres Sukabumi AKBP Ridwan Hakim mengatakan penyidik telah meminta keterangan "
         "tujuh pekerja dapur.", "id", "penyidik telah meminta keterangan tujuh pekerja dapur",
         "Ridwan Hakim"),
        ('Warsini (52), petani penggarap, mengaku sawahnya sudah retak. "Sudah tiga minggu air '
         'irigasi tidak sampai ke sini," tutur perempuan itu sambil menunjuk tanah.', "id",
         "Sudah tiga minggu air irigasi tidak sampai ke sini", "Warsini"),
        # English corporate titles in Indonesian copy
        ("Sementara itu, Vice President Public Relations KAI, Joni Hartono, seperti dikutip "
         "dari Antara, memastikan penumpang akan menerima pengembalian bea tiket 100 persen.",
         "id", "penumpang akan menerima pengembalian bea tiket 100 persen", "Joni Hartono"),
        # a survey is a body named by its tail
        ("Rain fell. The country accounted for roughly 60% of global mined output last year, "
         "according to the US Geological Survey.", "en",
         "The country accounted for roughly 60% of global mined output last year",
         "US Geological Survey"),
        # a relative pronoun stands for the short phrase before its comma
        ("Rain fell. The Philippine Institute of Volcanology and Seismology (Phivolcs) raised "
         "the alert. The institute, which had warned on Monday that the volcano's slopes were "
         "swelling, raised the alert level.", "en", "the volcano's slopes were swelling",
         "Philippine Institute of Volcanology and Seismology"),
        # a body's acronym in brackets counts in no length before the verb
        ('Rain fell. "We are not asking for luxury," Confederation of Indonesian Workers '
         "Unions (KSPI) president Agus Salimun told the crowd.", "en",
         "We are not asking for luxury", "Agus Salimun"),
        # a capitalised prosecutor's title; a body named with "on" and its topic
        ("Rain fell. Deputy Public Prosecutor Darren Chia sought five years' jail. He said Koh "
         "had repaid only S$86,500 of the sum.", "en", "Koh had repaid only S$86,500 of the sum",
         "Darren Chia"),
        ("Rain fell. The UN Office on Drugs and Crime said in a report that the scam industry "
         "generates $40 billion.", "en", "the scam industry generates $40 billion",
         "UN Office on Drugs and Crime"),
        # a regency of the tables ends the title before the name; a title written with
        # its place right before the verb stands for the one who holds it
        ('Bupati Bone Bolango Rahmat Dunggio tiba. "Kami sudah tiga kali menutup lokasi ini," '
         "kata Rahmat.", "id", "Kami sudah tiga kali menutup lokasi ini", "Rahmat Dunggio"),
        ("Kepala Dinas Kesehatan Kabupaten Sragen Retno Kusumawardani hadir. Kadinkes Sragen "
         "menyatakan pengasapan massal tidak bisa dilakukan sembarangan.", "id",
         "pengasapan massal tidak bisa dilakukan sembarangan", "Retno Kusumawardani"),
    ],
)  # fmt: skip
def test_titles_held_earlier_and_bodies_before_names(body, language, text, speaker):
    assert _speaker_of(body, language, text) == speaker


@pytest.mark.parametrize(
    ("body", "language", "reported"),
    [
        ("Hujan turun. Haryanto mengumumkan kebijakan itu di Istana Kepresidenan, Jakarta.",
         "id", False),
        ("Hujan turun. Haryanto mengatakan keputusan itu diambil setelah rapat kabinet.", "id",
         True),
        ("Rain fell. Haryanto announced the decision at the palace in Jakarta on Monday.",
         "en", False),
    ],
)  # fmt: skip
def test_an_object_before_an_adjunct_says_nothing(body, language, reported):
    _, found = _quotes(body, language)
    assert bool(found) is reported


@pytest.mark.parametrize(
    ("body", "language", "text", "speaker"),
    [
        # a body with its acronym, set off from its verb by an adjunct or an apposition
        ("Rain fell. The Philippine Atmospheric Agency (PAGASA), in an advisory, said "
         "two more storms could form over the Pacific this week.", "en",
         "two more storms could form over the Pacific this week",
         "Philippine Atmospheric Agency"),
        ("Rain fell. The Riau Haze Action Network (RHAN), an alliance of nine village "
         "groups, said its members had cleared 40 hectares of peat since March.", "en",
         "its members had cleared 40 hectares of peat since March", "Riau Haze Action Network"),
        # a body that opens the sentence speaks across a long apposition with commas
        ("Rain fell. The Mekong Water Monitoring Network, founded by Laos, Thailand and "
         "Cambodia after a drought in 2019 left farmers without water for months, said the "
         "river had fallen to its lowest level in a decade.", "en",
         "the river had fallen to its lowest level in a decade",
         "Mekong Water Monitoring Network"),
        # "was quoted by <outlet> as saying": the subject speaks, the outlet relays
        ("Rain fell. The mayor of Davao, Rodrigo Santos, was quoted by the Manila Bulletin "
         "as saying that the city would reopen its schools on Monday.", "en",
         "the city would reopen its schools on Monday", "Rodrigo Santos"),
        # an agency cites a body after a short adjunct
        ("Rain fell. Rice imports would rise by a fifth, Reuters reported earlier this week, "
         "citing a Bank Indonesia forecast.", "en", "Rice imports would rise by a fifth",
         "Bank Indonesia"),
        # a role after a name that opens with its owner's possessive
        ('Rain fell. Fares will rise by 8 percent, said Siti Rahayu, Garuda\'s vice president '
         'for communications. "The fuel bill has doubled since May," the official said.', "en",
         "The fuel bill has doubled since May", "Siti Rahayu"),
        # a deputy spokesperson is no spokesperson
        ("Hujan turun. Juru bicara Kementerian Luar Negeri, Hadi Wibowo, hadir. Wakil juru "
         "bicara Kementerian Luar Negeri, Maya Lestari, juga hadir. Wakil juru bicara itu "
         "menyampaikan bahwa pemerintah tetap membuka pintu dialog.", "id",
         "pemerintah tetap membuka pintu dialog", "Maya Lestari"),
    ],
)  # fmt: skip
def test_bodies_across_appositions_and_relayed_subjects(body, language, text, speaker):
    assert _speaker_of(body, language, text) == speaker


@pytest.mark.parametrize(
    ("body", "language", "text", "speaker"),
    [
        # a lede's description of a body, named in the next paragraph, then "the group",
        # "the report" and "it"
        ("Farmers lost $40 million to locust swarms this year, a regional pest monitoring "
         "group said on Friday.\n\nThe East African Pest Monitoring Network (EAPMN), set up by "
         "six countries in 2021, said the swarms had crossed into Uganda.\n\n\"Control "
         "spraying came two weeks too late,\" the 40-page report said. The group also said "
         "funding had fallen by half.", "en",
         "Control spraying came two weeks too late", "East African Pest Monitoring Network"),
        ("Farmers lost $40 million to locust swarms this year, a regional pest monitoring "
         "group said on Friday.\n\nThe East African Pest Monitoring Network (EAPMN), set up by "
         "six countries in 2021, said the swarms had crossed into Uganda.\n\nThe group also "
         "said funding had fallen by half.", "en", "funding had fallen by half",
         "East African Pest Monitoring Network"),
        # "Its foreign ministry": the body of the country last named as a subject
        ('Rain fell.\n\nNorth Korea rejected the findings. Its foreign ministry called the '
         'report "a fabrication" on Tuesday, KCNA said.', "en", "a fabrication",
         "Foreign Ministry of North Korea"),
    ],
)  # fmt: skip
def test_descriptions_and_owned_bodies_resolved_after_reported_speech(
    body, language, text, speaker
):
    assert _speaker_of(body, language, text) == speaker


@pytest.mark.parametrize(
    ("body", "language", "text", "chain"),
    [
        # the ministry's statement relayed by an agency: the ministry, then the agency
        ('Rain fell.\n\nNorth Korea rejected the findings. Its foreign ministry called the '
         'report "a fabrication" on Tuesday, KCNA said.', "en", "a fabrication",
         ["Foreign Ministry of North Korea", "KCNA"]),
        # an unnamed official of a body: the agency alone
        ("Hujan turun. Mengutip Yonhap, seorang pejabat Kementerian Pertahanan Korea Selatan "
         "mengatakan seluruh pos jaga telah dikosongkan sejak Mei.", "id",
         "seluruh pos jaga telah dikosongkan sejak Mei", ["Yonhap"]),
        ("Rain fell. The mayor of Davao, Rodrigo Santos, was quoted by the Manila Bulletin "
         "as saying that the city would reopen its schools on Monday.", "en",
         "the city would reopen its schools on Monday", ["Manila Bulletin"]),
    ],
)  # fmt: skip
def test_chains_of_owned_bodies_and_unnamed_members(body, language, text, chain):
    found = {q.text.rstrip(".,"): q for q in _quotes(body, language)[1]}
    assert text in found, found
    assert [link.canonical for link in found[text].attribution] == chain


@pytest.mark.parametrize(
    ("body", "language", "reported"),
    [
        ("Rain fell. Minister Hendra Wijaya announced the change on Tuesday, saying fares "
         "would rise.", "en", "fares would rise"),
        ("Rain fell. He said the people in the valley were moved on Monday.", "en",
         "the people in the valley were moved on Monday"),
    ],
)  # fmt: skip
def test_an_object_with_its_adjunct_is_no_reported_clause(body, language, reported):
    _, found = _quotes(body, language)
    assert [q.text.rstrip(".") for q in found] == [reported]


@pytest.mark.parametrize(
    ("body", "language", "text", "speaker"),
    [
        # a long title with its portfolio between the quote and the name
        ('Rain fell. "The smelter will run by March," Indonesian Deputy Minister of Energy '
         "and Mineral Resources Yuliot Tanjung said at the site.", "en",
         "The smelter will run by March", "Yuliot Tanjung"),
        # "what it described as": the agency that reports it
        ('Rain fell. State news agency KCNA said Kim had watched the test of what it '
         'described as a "super-large" rocket launcher.', "en", "super-large", "KCNA"),
        # a person described by a noun and a relative clause closed by "itu"
        ("Ketua Komisi VII DPR Sugeng Hartono memimpin rapat itu. Politikus yang sudah dua "
         "periode duduk di Senayan itu mengungkapkan, komisinya menerima belasan laporan.",
         "id", "komisinya menerima belasan laporan", "Sugeng Hartono"),
        # a lower-case ministry after its country's possessive, with its country ...
        ("Rain fell. Japan's defence ministry said the missile flew for about 40 minutes.",
         "en", "the missile flew for about 40 minutes", "Defence Ministry of Japan"),
        # ... or by the fuller name the article gives
        ("Rain fell. The Ministry of Trade, Industry and Energy met on Monday. Seoul's trade "
         "ministry said the talks would resume in May.", "en", "the talks would resume in May",
         "Ministry of Trade, Industry and Energy"),
        # an outlet named by its domain
        ("Rain fell. Water reached 1.5 meters in Kampung Melayu, according to a report by "
         "Detik.com.", "en", "Water reached 1.5 meters in Kampung Melayu", "Detik"),
        # words quoted after a verb of ordering are the person's, the agency relaying
        ("KCNA reported on Wednesday that leader Kim Jong Un had inspected a drone line. "
         'Kim ordered the military to "sharply increase" output of attack drones, the '
         "agency said.", "en", "sharply increase", "Kim Jong Un"),
        ("KCNA melaporkan Kim Jong Un meninjau pabrik drone. Kim memerintahkan militer "
         'untuk "meningkatkan secara eksponensial" produksi drone, tulis kantor berita itu.',
         "id", "meningkatkan secara eksponensial", "Kim Jong Un"),
    ],
)  # fmt: skip
def test_long_titles_free_relatives_and_owned_bodies(body, language, text, speaker):
    assert _speaker_of(body, language, text) == speaker


@pytest.mark.parametrize(
    ("body", "language", "text", "chain"),
    [
        # "according to the agency": the agency named last
        ("Rain fell. Premier Li arrived in Pyongyang, KCNA said. In a speech, Li said the "
         "two countries would deepen trade, according to the agency.", "en",
         "the two countries would deepen trade", ["KCNA"]),
        ("Hujan turun. Kim tiba di Beijing, lapor KCNA. Kim mengatakan kedua negara akan "
         "memperdalam kerja sama, menurut kantor berita itu.", "id",
         "kedua negara akan memperdalam kerja sama", ["KCNA"]),
        # a country's adjective before the agency's description
        ("Rain fell. Trade Minister Budi Santoso said Jakarta would push for the pact, "
         "according to a report by Indonesian state news agency Antara.", "en",
         "Jakarta would push for the pact", ["Antara"]),
        # "the agency said" after a person's words: the agency named last reports them
        ("KCNA reported on Wednesday that leader Kim Jong Un had inspected a drone line. "
         'Kim ordered the military to "sharply increase" output of attack drones, the '
         "agency said.", "en", "sharply increase", ["KCNA"]),
        # ... not the agency that only relayed the one named before it
        ("Ribuan warga menghadiri pawai obor, menurut laporan KCNA via Xinhua. Kantor "
         "berita itu melaporkan pawai serupa digelar di lebih dari 40 kota. Kim Jong Un "
         'memerintahkan pawai itu "lebih meriah", kantor berita itu melaporkan.', "id",
         "lebih meriah", ["KCNA"]),
        # an agency's acronym in brackets between its name and its report verb
        ("On Nov. 14, the North's official Korean Central News Agency (KCNA) said leader Kim "
         'Jong Un described the weapon as "a major leap" in its war deterrent.', "en",
         "a major leap", ["KCNA"]),
        # ... and none when a body named after it is the agency meant
        ("Rain fell. KCNA said Kim had watched a drill. Indonesia's National Disaster "
         "Management Agency said on Tuesday that land had burned. Satellites detected 1,127 "
         "hotspots across Sumatra, the agency said.", "en",
         "Satellites detected 1,127 hotspots across Sumatra", []),
    ],
)  # fmt: skip
def test_chains_named_by_anaphor_or_described_agency(body, language, text, chain):
    found = {q.text.rstrip(".,"): q for q in _quotes(body, language)[1]}
    match = next((q for t, q in found.items() if t.startswith(text)), None)
    assert match is not None, found
    assert [link.canonical for link in match.attribution] == chain


@pytest.mark.parametrize(
    ("body", "language", "text", "speaker"),
    [
        # a gendered pronoun skips a person whose own sentence says "his"
        ('Rain fell. Anong Chaiyasit, a partner at a Bangkok law firm, said her clients '
         'would not appeal. A lawyer for the bondholders, Prasert Wongsa, told AFP that his '
         'clients were studying the plan. She added that two lessors had left Thailand.',
         "en", "two lessors had left Thailand", "Anong Chaiyasit"),
        # a title points to the holder named last when that holder spoke just before
        ('Hujan turun. Juru bicara Kedutaan Besar China, Lin Hao, mengatakan kerja sama '
         'berjalan baik. "Kami menghormati hukum," kata Lin. "Kami ingin dialog," ujar Lin. '
         'Juru bicara Kementerian Luar Negeri, Ratna Sari, mengatakan Indonesia tetap '
         'waspada. "Kedaulatan tidak bisa ditawar," tegas Ratna. Dirjen Perikanan Tangkap '
         'Bambang Sutejo mengatakan timnya siap. Sang juru bicara menambahkan, Indonesia '
         'tidak pernah mengakui klaim itu.',
         "id", "Indonesia tidak pernah mengakui klaim itu", "Ratna Sari"),
        # a title as written before a synonym of it (the spokesperson named last spoke
        # two subjects before)
        ('Rain fell. Coast guard spokesman Rafael Dizon said the boat was hit. Foreign '
         'ministry spokesperson Kenji Morita voiced concern. Analyst Celine Bautista said '
         'Beijing was testing Manila. The coast guard has logged 41 incidents this year, the '
         'spokesman said.', "en", "The coast guard has logged 41 incidents this year",
         "Rafael Dizon"),
    ],
)  # fmt: skip
def test_pronoun_gender_recent_holders_and_exact_titles(body, language, text, speaker):
    assert _speaker_of(body, language, text) == speaker


@pytest.mark.parametrize(
    ("body", "language", "text", "speaker"),
    [
        # a cue word opening the sentence is no part of a name
        ('Hujan turun. Pedagang beras, Mursid (58), mengaku pasokan dari Karawang menipis. '
         'Kata Mursid: "Biasanya sehari bisa masuk belasan truk."', "id",
         "pasokan dari Karawang menipis", "Mursid"),
        # a professional prefix without its dot; the first two words of a long name
        ('Rain fell. Committee chairman Datuk Ir Mohd Zaidi Hamzah spoke. Mohd Zaidi, who '
         'described the pipe network as "a ticking time bomb", said more funds were needed.',
         "en", "a ticking time bomb", "Mohd Zaidi Hamzah"),
        # "tanya" closes a question
        ('Hujan turun. Hakim Ketua Yuliana Siregar memimpin sidang. "Mengapa salinan itu '
         'berbeda?" tanya Yuliana. Ketua KPU Marthen Lakotani menjelaskan, selisih itu '
         'karena salah tulis.', "id", "Mengapa salinan itu berbeda?", "Yuliana Siregar"),
        # a capitalised title of two words after a short role in commas
        ("Hujan turun. Ketua panel, Hakim Konstitusi Yuliana Pratiwi Siregar, mengingatkan "
         "bahwa dalil itu harus disertai bukti.", "id", "dalil itu harus disertai bukti",
         "Yuliana Pratiwi Siregar"),
        # the participle's subject speaks before an agency's closing report
        ("Rain fell. Health Minister Yulianti Rahardjo welcomed the decision, saying 19 "
         "million adults were living with diabetes, state news agency Antara reported.",
         "en", "19 million adults were living with diabetes", "Yulianti Rahardjo"),
        # a lay role before a name in commas
        ('Hujan turun. Orang tua lain, Ujang Suryana, yang anaknya bersekolah di SMPN 3 '
         'Warunggunung, mempertanyakan pengawasan dapur. "Kami mendukung programnya," '
         'ucapnya.', "id", "Kami mendukung programnya", "Ujang Suryana"),
    ],
)  # fmt: skip
def test_cue_words_prefixes_questions_and_closing_reports(body, language, text, speaker):
    assert _speaker_of(body, language, text) == speaker


@pytest.mark.parametrize(
    ("body", "language", "text", "chain"),
    [
        # a bare "menurut" links a news agency, not a body or a person
        ('Hujan turun. Menurut Xinhua, Tang menyampaikan bahwa Beijing "sangat menghargai '
         'persahabatan" dengan Pyongyang.', "id", "sangat menghargai persahabatan",
         ["Xinhua"]),
        ("Hujan turun. Menurut JCS, rudal itu terbang sejauh 800 kilometer.", "id",
         "rudal itu terbang sejauh 800 kilometer", []),
        # a name that says it is a news agency
        ("Rain fell. According to a report by the Lao News Agency (KPL), trains between "
         "Vientiane and Kunming carried 1.3 million travellers.", "en",
         "trains between Vientiane and Kunming carried 1.3 million travellers",
         ["Lao News Agency"]),
    ],
)  # fmt: skip
def test_agency_links_after_menurut_and_named_agencies(body, language, text, chain):
    found = {q.text.rstrip(".,"): q for q in _quotes(body, language)[1]}
    assert text in found, found
    assert [link.canonical for link in found[text].attribution] == chain


@pytest.mark.parametrize(
    ("body", "language", "text", "speaker"),
    [
        # a company's "Holdings" and an "&" inside a body's name
        ("Rain fell. Tokyo Electric Power Company Holdings, the plant's operator known as "
         "TEPCO, said the transformer shut down automatically.", "en",
         "the transformer shut down automatically", "Tokyo Electric Power Company Holdings"),
        ("Rain fell. The Korea Internet & Security Agency (KISA) said it had blocked 96 "
         "domains since Monday.", "en", "it had blocked 96 domains since Monday",
         "Korea Internet & Security Agency"),
        # "the spy agency": the intelligence service named before
        ("Rain fell. The National Intelligence Service (NIS) briefed lawmakers. The spy "
         "agency said the hackers sent emails to defectors in May.", "en",
         "the hackers sent emails to defectors in May", "National Intelligence Service"),
        # a time adjunct between a body and its verb
        ('Rain fell. North Korea has not responded. Its official Korean Central News Agency '
         '(KCNA) last month dismissed the accusations as "a smear campaign".', "en",
         "a smear campaign", "KCNA"),
        # a body's acronym before the title in a role: "the official" finds the person
        ('Rain fell. Masaki Tanabe, a TEPCO official in charge of the plant, told reporters '
         'that water had spilled. Regulator chief Kenji Morishita spoke. "The water stayed '
         'inside," the official said.', "en", "The water stayed inside", "Masaki Tanabe"),
        # "Manajer" is a title
        ("Hujan turun. Manajer Humas KAI Daop 7 Madiun, Rokhmad Hidayat, seperti dikutip "
         "dari Antara, menyampaikan bahwa kereta sempat tertahan sekitar 95 menit.", "id",
         "kereta sempat tertahan sekitar 95 menit", "Rokhmad Hidayat"),
    ],
)  # fmt: skip
def test_company_names_described_bodies_time_adjuncts_and_owned_roles(
    body, language, text, speaker
):
    assert _speaker_of(body, language, text) == speaker


@pytest.mark.parametrize(
    ("body", "language", "text", "speaker", "chain"),
    [
        # an agency after a relay cue relays; the body before it speaks
        ('Hujan turun. Kementerian Luar Negeri Korut dalam pernyataan yang dikutip KCNA '
         'menegaskan bahwa kerja sama kedua negara "tidak dapat diganggu".', "id",
         "tidak dapat diganggu", "Foreign Ministry of North Korea",
         ["Foreign Ministry of North Korea", "KCNA"]),
        # "the newspaper": of the agencies just named, the one that spoke
        ("Rain fell. The Global Times, a tabloid published by the People's Daily, said "
         'that Japan was "repeating the mistakes of history". It warned of consequences.'
         '\n\n"Tokyo cannot expect business '
         'as usual," the newspaper wrote.', "en", "Tokyo cannot expect business as usual",
         "Global Times", ["Global Times"]),
        # the agency named in the phrase itself
        ("Rain fell. Lim testified, according to a report by the state news agency Bernama. "
         "The Star newspaper reported last month, citing two people familiar with the case, "
         "that prosecutors were examining transfers to Singapore.", "en",
         "prosecutors were examining transfers to Singapore", "The Star", ["The Star"]),
        # the subject after an agency's "according to" said it; the agency relays it
        ("Rain fell. According to a report by Xinhua, China's General Administration of "
         "Customs said it had approved 43 more Malaysian durian plantations.", "en",
         "it had approved 43 more Malaysian durian plantations",
         "General Administration of Customs", ["General Administration of Customs", "Xinhua"]),
        ("Hujan turun. Menurut laporan Xinhua, Kementerian Perdagangan China mengatakan "
         "telah menyetujui 43 kebun durian asal Malaysia.", "id",
         "telah menyetujui 43 kebun durian asal Malaysia", "Kementerian Perdagangan China",
         ["Kementerian Perdagangan China", "Xinhua"]),
        ("Rain fell. According to Xinhua, Commerce Minister Wang Wentao said China had "
         "approved 43 more plantations.", "en", "China had approved 43 more plantations",
         "Wang Wentao", ["Xinhua"]),
        # "It": the agency opening the sentence before, after another body spoke
        ('Rain fell. The two sides "exchanged in-depth views," China\'s foreign ministry '
         "said in a statement. KCNA, North Korea's state news agency, said the delegation "
         'arrived on Tuesday. It said the talks were held "in a warm and friendly '
         'atmosphere" but gave no details.', "en", "in a warm and friendly atmosphere",
         "KCNA", ["KCNA"]),
        ("Hujan turun. Menurut laporan KCNA via Xinhua, Direktur Biro Perdagangan Rason, "
         "Kang Myong Sik, menyatakan kawasan itu akan membuka dua gudang berikat baru.", "id",
         "kawasan itu akan membuka dua gudang berikat baru", "Kang Myong Sik",
         ["KCNA", "Xinhua"]),
        # a news agency no table knows, named by its tail, reports a cited body's words
        ("Rain fell. The state-run Lao News Agency reported on Monday, citing the Ministry of "
         "Public Works and Transport, that the two governments had agreed to study a "
         "through-train service.", "en",
         "the two governments had agreed to study a through-train service",
         "Ministry of Public Works and Transport",
         ["Ministry of Public Works and Transport", "Lao News Agency"]),
        # (an unnamed subject: the quote counts, its speaker unresolved)
        ("Rain fell. According to a report by Kyodo news agency, a senior defence ministry "
         "official said the missile fell in the sea.", "en", "the missile fell in the sea",
         None, ["Kyodo"]),
    ],
)  # fmt: skip
def test_relayed_bodies_and_newspapers_that_spoke(body, language, text, speaker, chain):
    found = {q.text.rstrip(".,"): q for q in _quotes(body, language)[1]}
    assert text in found, found
    assert found[text].speaker_canonical == speaker
    assert [link.canonical for link in found[text].attribution] == chain


def test_an_open_relative_clause_leaves_the_subject_before_its_comma():
    body = (
        'Hujan turun. Pelatih Timnas Hendrik Vermeulen mengumumkan skuad. "Semua harus '
        'bersaing," kata Hendrik. Ketua Umum PSSI, Arief Wicaksono, yang mendampingi Hendrik '
        "dalam jumpa pers itu menyebut federasi menyiapkan anggaran Rp2,75 miliar."
    )
    assert _speaker_of(body, "id", "federasi menyiapkan anggaran Rp2,75 miliar") == (
        "Arief Wicaksono"
    )


def test_a_degree_before_an_unknown_name_is_no_part_of_it():
    body = (
        "Hujan turun. Pemilik PT Cahaya Safa Mandiri, H. Rusdiman Hakim, membantah "
        "perusahaannya sengaja menelantarkan jemaah."
    )
    assert _speaker_of(body, "id", "perusahaannya sengaja menelantarkan jemaah") == "Rusdiman Hakim"


@pytest.mark.parametrize(
    ("body", "language", "text", "speaker"),
    [
        # "-nya" stands for a person, past a place that was read as a subject; a lay role,
        # its place and a relative clause closed by "itu"
        ('Hujan turun. Bagi Lee Ok-soon (92), kabar itu memupus harapan. Warga Incheon yang '
         'terpisah dari kakaknya sejak 1951 itu mengatakan kepada Yonhap bahwa ia sudah '
         'menyiapkan foto keluarga.\n\n"Saya hanya ingin melihat wajahnya," katanya.', "id",
         "Saya hanya ingin melihat wajahnya", "Lee Ok-soon"),
        # a title's short form stands for the one who holds it
        ("Hujan turun. Kepala Pusat Penerangan Hukum (Kapuspenkum) Kejagung Rizal Fadhillah "
         "Nasution mengatakan penetapan dilakukan setelah pemeriksaan. Jaksa Teguh Santoso "
         "menjelaskan, dana mengalir ke luar negeri. Kapuspenkum menambahkan, penyidik telah "
         "memblokir 14 rekening.", "id", "penyidik telah memblokir 14 rekening",
         "Rizal Fadhillah Nasution"),
    ],
)  # fmt: skip
def test_clitic_speakers_and_short_titles_of_prosecutors(body, language, text, speaker):
    assert _speaker_of(body, language, text) == speaker


def test_an_adverb_between_an_agency_and_its_report_verb_keeps_the_chain():
    body = (
        "Hujan turun. Pemimpin Korea Utara Kim Jong Un menerima Wakil Presiden China Han "
        "Zheng. KCNA juga melaporkan Kim menggambarkan hubungan kedua negara sebagai "
        '"persahabatan yang tak akan pernah pudar" saat menjamu Han.'
    )
    found = {q.text: q for q in _quotes(body, "id")[1]}
    quote = found["persahabatan yang tak akan pernah pudar"]
    assert quote.speaker_canonical == "Kim Jong Un"
    assert [link.canonical for link in quote.attribution] == ["KCNA"]


def test_a_cue_joined_by_and_before_quoted_words_shares_the_subject():
    body = (
        "Rain fell. Union leader Yudi Pranata addressed the crowd. Pranata then turned back "
        'to the crowd and warned: "If we have no answer by the end of this month, we will '
        'call a national strike."'
    )
    assert (
        _speaker_of(
            body,
            "en",
            "If we have no answer by the end of this month, we will call a national strike",
        )
        == "Yudi Pranata"
    )


@pytest.mark.parametrize(
    ("body", "text", "speaker"),
    [
        # a person's place of origin is no speaker, also when it names two places
        ("Hujan turun. Jemaah lain, Hasanuddin (57) asal Makassar, Sulawesi Selatan, "
         "mengatakan kepada Antara bahwa kotak makan malam baru tiba saat jemaah sudah tidur.",
         "kotak makan malam baru tiba saat jemaah sudah tidur", "Hasanuddin"),
        # a regional body's acronym before a name the article uses alone as a speaker
        ('Hujan turun. Kepala BPBD Sugeng Haryadi menegaskan anggaran sudah diajukan. '
         '"Kami kejar supaya semua sirene berfungsi," kata Sugeng.',
         "Kami kejar supaya semua sirene berfungsi", "Sugeng Haryadi"),
    ],
)  # fmt: skip
def test_places_of_origin_and_regional_bodies_before_names(body, text, speaker):
    assert _speaker_of(body, "id", text) == speaker


@pytest.mark.parametrize(
    ("body", "language", "text", "speaker"),
    [
        # a possessive owner before the title of an apposition: the name is a speaker
        ('Rain fell. "We will not sign," Minister Hendarto Wijanarko told reporters.\n\n'
         "Yusran Hakim, IBC's president director, said offtake deals covered two-thirds of "
         'output.\n\n"Our partner wants a higher return," he said in an interview.', "en",
         "Our partner wants a higher return", "Yusran Hakim"),
        # "Unlike Tan, he ...": the name in a leading phrase is no subject
        ('Rain fell. "Prices have dropped," said Melissa Tan, an analyst at Sagara Capital.'
         "\n\nAndika Pratama, an economist in Jakarta, said investors had pledged more. "
         'Unlike Tan, he does not expect the partner to leave. "They have too much sunk '
         'here already," he said.', "en", "They have too much sunk here already",
         "Andika Pratama"),
        ('Hujan turun. "Harga turun," kata Melati Sari, analis Sagara Capital.\n\nAndika '
         "Pratama, ekonom di Jakarta, menyebut investor sudah berjanji. Berbeda dengan "
         'Melati, ia tidak memperkirakan mitra itu mundur. "Mereka sudah terlalu banyak '
         'menanam modal," katanya.', "id", "Mereka sudah terlalu banyak menanam modal",
         "Andika Pratama"),
        # a body named by its kind: "the company" for a name ending in a legal form
        ("Rain fell. Indonesia Battery Corp. has delayed a plant. In a statement on "
         'Wednesday, the company said it "remains fully committed" to the project.', "en",
         "remains fully committed", "Indonesia Battery Corp"),
        ("Hujan turun. PT Sinar Bahari Tbk menunda pembangunan pabrik. Perusahaan itu "
         "mengatakan pembangunan akan dilanjutkan tahun depan.", "id",
         "pembangunan akan dilanjutkan tahun depan", "PT Sinar Bahari Tbk"),
        # 'Kata X kepada Y, "...': the listener is no part of the speaker's name
        ('Hujan turun. Sutrisno (47), pedagang bensin eceran, kini menjual Pertamax. Kata '
         'Sutrisno kepada wartawan, "Pembeli turun drastis."', "id", "Pembeli turun drastis",
         "Sutrisno"),
        # a portfolio of two parts whose second part is one capitalised word
        ("Hujan turun. Delegasi Rusia dipimpin Menteri Pembangunan Timur Jauh dan Arktik "
         "Anatoly Seleznyov. Seleznyov mengatakan kepada TASS bahwa volume barang naik.",
         "id", "volume barang naik", "Anatoly Seleznyov"),
        # a clause after "Menurut X," is no role of X: "Hakim ketua" stays the judge's
        ("Hujan turun. Ketua Majelis Hakim Eko Prasetyo Nugroho menyatakan Irwan terbukti "
         "bersalah. Kuasa hukum terdakwa, Yohanes Sembiring, akan banding. Menurut Yohanes, "
         "majelis hakim mengabaikan keterangan 23 saksi.\n\nHakim ketua juga memerintahkan "
         'Irwan membayar uang pengganti. "Apabila harta bendanya tidak mencukupi, diganti '
         'dengan pidana penjara," ujarnya.', "id",
         "Apabila harta bendanya tidak mencukupi, diganti dengan pidana penjara",
         "Eko Prasetyo Nugroho"),
    ],
)  # fmt: skip
def test_owned_appositions_leading_comparisons_company_kinds_and_listeners(
    body, language, text, speaker
):
    assert _speaker_of(body, language, text) == speaker


def test_a_tail_after_a_tail_closes_the_body_and_the_chain_names_it_once():
    body = (
        "Rain fell. Broadcaster GMA News reported, citing the Benguet Provincial Police "
        "Office, that three rescuers were among the missing."
    )
    found = {q.text: q for q in _quotes(body, "en")[1]}
    quote = found["three rescuers were among the missing"]
    assert quote.speaker_canonical == "Benguet Provincial Police Office"
    assert [link.canonical for link in quote.attribution] == [
        "Benguet Provincial Police Office",
        "GMA News",
    ]


@pytest.mark.parametrize(
    ("body", "language", "text", "speaker"),
    [
        # a relative clause without a comma holds the cue: its antecedent speaks
        ("Hujan turun. Pernyataan itu menanggapi Menteri Luar Negeri Korea Selatan Park "
         'Ji-hoon yang pada Selasa menyebut lawatan Kim sebagai "ancaman langsung bagi '
         'perdamaian".', "id", "ancaman langsung bagi perdamaian", "Park Ji-hoon"),
        # a word for any body stands for the last body that spoke
        ("Hujan turun. Mengutip Yonhap, Badan Intelijen Nasional (NIS) Korea Selatan "
         "menyebut Pyongyang meminta teknologi satelit. Lembaga itu juga mengungkapkan bahwa "
         "Korut telah mengirim 12.000 kontainer amunisi.", "id",
         "Korut telah mengirim 12.000 kontainer amunisi", "National Intelligence Service"),
        # a full name, the body it belongs to, then the verb
        ("Rain fell. Shin Hye-rim of the opposition People Power Party said the NIS had "
         "briefed the committee. She said Pyongyang was preparing more engineers.", "en",
         "Pyongyang was preparing more engineers", "Shin Hye-rim"),
        # an owner's possessive of two words before a description that points ahead
        ("North Korea has shipped more than 12 million shells to Russia, South Korea's spy "
         "agency told lawmakers on Wednesday.\n\nThe National Intelligence Service (NIS) "
         "briefed the committee.", "en",
         "North Korea has shipped more than 12 million shells to Russia",
         "National Intelligence Service"),
        # "the agency" with no news agency named before: the body that spoke last
        ("Rain fell. The NIS said the largest theft was the work of the Lazarus Group. The "
         "hackers spent two weeks inside the exchange's systems, the agency said.", "en",
         "The hackers spent two weeks inside the exchange's systems",
         "National Intelligence Service"),
        # a name anywhere before an apposition with a title; "quoted him as saying"
        ("Rain fell. Myanmar sent Kyaw Thura Aung, a permanent secretary at its foreign "
         "ministry, to the meeting. He spoke briefly.\n\nState broadcaster MRTV later quoted "
         "him as saying that armed groups had violated the truce more than 200 times.", "en",
         "armed groups had violated the truce more than 200 times", "Kyaw Thura Aung"),
        # an auxiliary alone is no subject: the report the sentence closes with speaks
        ("Rain fell. Japan, one of Myanmar's largest donors, has pledged $12 million in "
         "emergency aid for people displaced along the border, according to a report by "
         "Kyodo News.", "en",
         "Japan, one of Myanmar's largest donors, has pledged $12 million in emergency aid for "
         "people displaced along the border", "Kyodo"),
        # "chair" is a title; the body the speaker belongs to counts in no length
        ('Rain fell. "We are not going to rubber-stamp a budget," committee deputy chair Dwi '
         "Anggraini Pohan of the Indonesian Democratic Party of Struggle (PDI-P) said during "
         "a heated hearing.", "en", "We are not going to rubber-stamp a budget",
         "Dwi Anggraini Pohan"),
        # the second word of a name that opens with a common first name
        ("Hujan turun. Kepala Kantor SAR Kendari, Muhammad Arafah Lubis, mengatakan kapal "
         "itu berangkat pukul 14.00. Kepala Dinas Perhubungan, Andi Syamsul Bahri, "
         "mengatakan izin berlayar telah habis.\n\nSementara itu, Arafah memastikan operasi "
         'SAR berlangsung tujuh hari. "Cuaca di lokasi masih kurang bersahabat," jelasnya.',
         "id", "Cuaca di lokasi masih kurang bersahabat", "Muhammad Arafah Lubis"),
        # a company's head is no acronym before a name the article uses alone
        ("JAKARTA -- PT Mandala Nikel Baterai, an Indonesian nickel miner, has secured $1.4 "
         "billion in loans, the company said on Tuesday.\n\nMandala said it would ask "
         "shareholders to approve the financing.", "en",
         "it would ask shareholders to approve the financing", "PT Mandala Nikel Baterai"),
        # a dotted abbreviation opens a body's name
        ("Rain fell. China accounts for roughly 48% of global antimony output, according to "
         "the U.S. Geological Survey.", "en",
         "China accounts for roughly 48% of global antimony output", "U.S. Geological Survey"),
        ("Rain fell. The U.S. State Department said it would continue to hold accountable "
         "those involved.", "en", "it would continue to hold accountable those involved",
         "US State Department"),
    ],
)  # fmt: skip
def test_relatives_bodies_by_kind_relaying_persons_and_belonging_speakers(
    body, language, text, speaker
):
    assert _speaker_of(body, language, text) == speaker


def test_a_demonstrative_closes_a_lower_case_speaker_phrase_after_the_cue():
    body = (
        "Hujan turun. Namun, kantor berita resmi KCNA merilis pernyataan Kementerian "
        "Pertahanan Korea Utara yang menuding Seoul menerbangkan balon.\n\n"
        '"Provokasi kotor ini tidak akan dibiarkan tanpa balasan," kata kementerian itu '
        "dalam pernyataan yang dikutip KCNA."
    )
    found = {q.text: q for q in _quotes(body, "id")[1]}
    quote = found["Provokasi kotor ini tidak akan dibiarkan tanpa balasan"]
    assert quote.speaker_canonical == "Kementerian Pertahanan Korea Utara"
    assert [link.canonical for link in quote.attribution] == [
        "Kementerian Pertahanan Korea Utara",
        "KCNA",
    ]


@pytest.mark.parametrize(
    ("body", "language", "text", "speaker"),
    [
        # a company's legal form closes its name; "the airline" for a name of its kind
        ("Rain fell. Sinar Air Bhd posted a loss. Revenue fell 12.5% from a year earlier to "
         "1.92 billion ringgit, the airline said in a stock exchange filing.", "en",
         "Revenue fell 12.5% from a year earlier to 1.92 billion ringgit", "Sinar Air Bhd"),
        ("Rain fell. Water supply is expected to be fully restored by Sept 26, after a burst "
         "pipe forced a shutdown on Monday, Pengurusan Air Selangor Sdn Bhd (Air Selangor) "
         "said today.", "en",
         "Water supply is expected to be fully restored by Sept 26, after a burst pipe forced "
         "a shutdown on Monday", "Pengurusan Air Selangor Sdn Bhd"),
        # "Railway" is a body's tail; a tail after the next words closes a longer name
        ("Rain fell. According to the State Railway of Thailand (SRT), civil works on the "
         "first phase are 68.4 percent complete.", "en",
         "civil works on the first phase are 68.4 percent complete",
         "State Railway of Thailand"),
        ("Rain fell. The Korean Railway Workers' Union said it will launch a strike on Dec. "
         "11.", "en", "it will launch a strike on Dec. 11", "Korean Railway Workers' Union"),
        # "the central bank", "bank sentral itu": a bank named before
        ('Rain fell. Bank Negara Malaysia (BNM) kept the rate unchanged. In a statement, the '
         'central bank said the economy remained "on a firm footing".', "en",
         "on a firm footing", "Bank Negara Malaysia"),
        ("Hujan turun. Bank Indonesia menahan suku bunga acuan. Bank sentral itu menyebut "
         "inflasi masih terkendali di 2,1 persen.", "id",
         "inflasi masih terkendali di 2,1 persen", "Bank Indonesia"),
        # ", who added that": the person before the apposition the clause follows
        ('"Tokyo is walking a fine line," said Daniel Hartley, a strategist at Commonwealth '
         "Bank of Australia in Sydney, who added that two-thirds of the sector's order "
         "backlog came from Chinese clients.", "en",
         "two-thirds of the sector's order backlog came from Chinese clients",
         "Daniel Hartley"),
        # a foreign body named in English inside Indonesian copy
        ("Hujan turun. Badan pengadaan senjata Korea Selatan, Defense Acquisition Program "
         "Administration (DAPA), dalam siaran persnya menyebutkan kontrak ini merupakan yang "
         "keempat sejak 2011.", "id", "kontrak ini merupakan yang keempat sejak 2011",
         "Defense Acquisition Program Administration"),
    ],
)  # fmt: skip
def test_company_forms_banks_kinds_and_english_bodies_in_indonesian(body, language, text, speaker):
    assert _speaker_of(body, language, text) == speaker


@pytest.mark.parametrize(
    ("body", "language", "text", "speaker"),
    [
        # the first tail of a longer name after a possessive ("Union" in "Union Election
        # Commission")
        ("Rain fell. The meeting was called after Myanmar's Union Election Commission "
         "announced last month that voting would begin on Dec. 28.", "en",
         "voting would begin on Dec. 28", "Union Election Commission"),
        # a diplomat's title of several words in an apposition; "the counselor"
        ('Rain fell. Li Hongwei, economic and commercial counselor at the Chinese Embassy in '
         'Indonesia, said the railway had become "a golden signboard" of cooperation. The '
         "counselor said engineers were studying an extension.", "en",
         "engineers were studying an extension", "Li Hongwei"),
        # a Chinese company's "Co., Ltd." inside the apposition
        ("Rain fell. Liu Fang, chairwoman of Shandong-based Huanong Seed Technology Co., "
         "Ltd., said her company plans to build a seed processing center.", "en",
         "her company plans to build a seed processing center", "Liu Fang"),
        # a deputy's portfolio of Badan Pusat Statistik before the name
        ('Hujan turun. "Impor dari China naik cukup tajam," ujar Deputi Bidang Statistik '
         "Distribusi dan Jasa BPS Ratna Widyaningsih di Jakarta. Ia menjelaskan, nilai impor "
         "naik 9,4%.", "id", "nilai impor naik 9,4%", "Ratna Widyaningsih"),
        # a listener and an adjunct between the cue and the colon
        ('Rain fell. Spokesperson Noh Eun-seo told a briefing in Seoul: "We were in close '
         'communication with the Chinese side."', "en",
         "We were in close communication with the Chinese side", "Noh Eun-seo"),
    ],
)  # fmt: skip
def test_long_names_diplomats_company_forms_and_listeners_before_a_colon(
    body, language, text, speaker
):
    assert _speaker_of(body, language, text) == speaker


@pytest.mark.parametrize(
    ("body", "language", "text", "speaker"),
    [
        # a hyphenated rank is no part of the name
        ("Rain fell. In Naypyitaw, junta spokesman Major-General Kyaw Thura Aung told AFP "
         'that the military government "respects ASEAN\'s views".', "en",
         "respects ASEAN's views", "Kyaw Thura Aung"),
        # a bare title with its body: the one whose role is the phrase itself
        ("Hujan turun. Kepala BMKG Ratih Kusumawardani mengatakan pusat gempa berada di laut. "
         "Kepala Pusat Gempa Bumi dan Tsunami BMKG, Bayu Aji Pamungkas, menjelaskan bahwa "
         "tercatat 43 gempa susulan. Kepala BPBD Sugeng Haryadi menegaskan sirene rusak.\n\n"
         "Kepala BMKG "
         'mengingatkan masyarakat. "Kesiapsiagaan tidak boleh kendur," imbuhnya.', "id",
         "Kesiapsiagaan tidak boleh kendur", "Ratih Kusumawardani"),
        # a kinship word right before the name tells the gender ("his" after it does not)
        ('Rain fell. "We oppose any interference," spokeswoman Zhang Wenli told a briefing.'
         "\n\nHis wife, Keiko Nishida, 55, said in a statement released through his employer "
         'that the family was devastated. "My husband has always respected China," she said.',
         "en", "My husband has always respected China", "Keiko Nishida"),
    ],
)  # fmt: skip
def test_hyphenated_ranks_exact_roles_and_kinship_genders(body, language, text, speaker):
    assert _speaker_of(body, language, text) == speaker


@pytest.mark.parametrize(
    ("body", "text", "speaker"),
    [
        # a description that stands for a title, named in the next paragraph
        ("Japan lodged a protest with China on Wednesday after two ships "
         "entered its waters, the government's top spokesman said.\n\n\"This is a clear "
         'violation," Chief Cabinet Secretary Masato Kiuchi told a press conference.',
         "Japan lodged a protest with China on Wednesday after two ships entered its waters",
         "Masato Kiuchi"),
        # Seoul's military speaks through the Joint Chiefs of Staff
        ("North Korea fired a ballistic missile into the sea on Wednesday, South Korea's "
         "military said.\n\nThe missile flew about 600 kilometres, Seoul's Joint Chiefs of "
         "Staff (JCS) said.", "North Korea fired a ballistic missile into the sea on Wednesday",
         "Joint Chiefs of Staff"),
    ],
)  # fmt: skip
def test_descriptions_that_point_ahead_to_a_title_or_a_body(body, text, speaker):
    assert _speaker_of(body, "en", text) == speaker


@pytest.mark.parametrize(
    ("body", "language", "text", "speaker"),
    [
        # a name before an apposition is found apart from a title's own match
        ("Rain fell. Indonesian Minister of Marine Affairs and Fisheries Bambang Suryadarma "
         "said at the opening ceremony that Indonesia aims to raise its exports by 25 "
         "percent.", "en", "Indonesia aims to raise its exports by 25 percent",
         "Bambang Suryadarma"),
        # a company named by its acronym alone before a name the article uses as a speaker
        ("Hujan turun. Direktur Hubungan Eksternal PT SNS Bonar Sitompul mengatakan "
         'perusahaan memperoleh HGB secara sah. "Kami menghormati putusan," kata Sitompul.',
         "id", "Kami menghormati putusan", "Bonar Sitompul"),
        # a one-word name opening a sentence before an apposition with a title
        ("Rain fell. Darmawan, a 61-year-old rubber farmer in Ogan Komering Ilir regency, "
         'told reporters that fire had destroyed his trees. "The canal next to my land is '
         'empty," he said.', "en", "The canal next to my land is empty", "Darmawan"),
        # "its foreign minister, Adelino da Costa Ximenes," after the quote
        ('Rain fell. Timor-Leste joined the bloc. "We came here to listen and to learn," its '
         "foreign minister, Adelino da Costa Ximenes, told reporters.", "en",
         "We came here to listen and to learn", "Adelino da Costa Ximenes"),
    ],
)  # fmt: skip
def test_placed_names_company_acronyms_and_possessive_roles(body, language, text, speaker):
    assert _speaker_of(body, language, text) == speaker


def test_an_adverb_opening_a_sentence_is_no_one_word_name():
    body = (
        "Yakobus Lolaro remembers the forest. Now, the 58-year-old fisherman says he can "
        "count the remaining patches of forest from his boat."
    )
    found = entities(make_article(body, language="en"))
    assert "Now" not in [e.text for e in found]


def test_a_body_that_told_lawmakers_speaks_when_a_lawmaker_relays_it():
    # the verb's subject speaks; the lawmaker after "according to" relays the briefing
    body = (
        "Rain fell. The National Intelligence Service, South Korea's spy agency, told "
        "lawmakers in a closed-door briefing that Kim could make a return trip to China as "
        "early as September, according to Rep. Park Sun-woo, who attended the session."
    )
    assert (
        _speaker_of(body, "en", "Kim could make a return trip to China as early as September")
        == "National Intelligence Service"
    )


@pytest.mark.parametrize(
    ("body", "language", "text", "speaker"),
    [
        # a second person's title after the joiner is no portfolio of the first
        ("Hujan turun. Protokol ditandatangani Menteri Perdagangan Hendrawan Saputra dan "
         "Wakil Kepala Administrasi Umum Kepabeanan China (GACC) Sun Meiling.\n\n"
         '"Ini kabar baik bagi petani kelapa kita," kata Hendrawan. Sang menteri menjelaskan, '
         "volume ekspor ditargetkan naik menjadi 850.000 ton.", "id",
         "volume ekspor ditargetkan naik menjadi 850.000 ton", "Hendrawan Saputra"),
        # a name, its party and a relative clause in commas before the verb
        ("Rain fell. Bae Jun-ho of the main opposition People Power Party, who also attended "
         "the briefing, said North Korea had laid more than 40,000 new landmines.", "en",
         "North Korea had laid more than 40,000 new landmines", "Bae Jun-ho"),
        # an agency's report in commas between a person and the verb: the person speaks
        ("Hujan turun. PM China Li Qiang tiba di Pyongyang. Li, menurut laporan Xinhua, "
         "menyampaikan bahwa Beijing siap mengimpor lebih banyak produk pertanian.", "id",
         "Beijing siap mengimpor lebih banyak produk pertanian", "Li Qiang"),
        # an English portfolio runs past its portfolio words to the name
        ("Rain fell. Vice Minister Sun Haiyan spoke first. Indonesian Minister of Marine "
         "Affairs and Fisheries Arief Wicaksono told the forum that Indonesia hoped to "
         'attract investment.\n\n"Two-thirds of our catch is still landed without cold '
         'storage," the minister said.', "en",
         "Two-thirds of our catch is still landed without cold storage", "Arief Wicaksono"),
    ],
)  # fmt: skip
def test_joined_titles_belonging_clauses_reported_asides_and_long_portfolios(
    body, language, text, speaker
):
    assert _speaker_of(body, language, text) == speaker


def test_a_description_naming_a_body_closed_by_itu_stays_the_person_described():
    body = (
        "Hujan turun. Peneliti senior Institut Analisis Pertahanan Korea (KIDA), Seo "
        "Min-kyung (47), mengatakan kepada Tempo bahwa rotasi itu menunjukkan niat jangka "
        'panjang.\n\n"Itu bisa mengubah perhitungan militer," tutur mantan analis Kementerian '
        "Pertahanan Korea Selatan itu."
    )
    assert _speaker_of(body, "id", "Itu bisa mengubah perhitungan militer") == "Seo Min-kyung"


@pytest.mark.parametrize(
    ("body", "text", "speaker"),
    [
        # a given name written short keeps its dot and stays one name
        ("Hujan turun. Kepala Pelaksana BPBD Parigi Moutong Moh. Rizal Lamasigi mengatakan "
         "banjir dipicu hujan deras. Menurut Rizal, air datang bersama lumpur.",
         "air datang bersama lumpur", "Moh. Rizal Lamasigi"),
        # a field is a place: the name inside it is no speaker
        ('Hujan turun. Kim Jong Un menyambut tentara di Lapangan Kim Il Sung. "Para pejuang '
         'kita telah menunjukkan arti internasionalisme," kata Kim seperti dikutip KCNA.',
         "Para pejuang kita telah menunjukkan arti internasionalisme", "Kim Jong Un"),
    ],
)  # fmt: skip
def test_short_given_names_and_fields(body, text, speaker):
    assert _speaker_of(body, "id", text) == speaker


def test_a_title_with_the_datelines_country_is_the_home_minister(tmp_path):
    text = (
        "---\ntitle: Menlu\noutlet: Tempo\nurl: https://tempo.co/x\npublished: "
        "2026-07-09T19:45:00+07:00\nlanguage: id\n---\nTEMPO.CO, Jakarta - Menteri Luar "
        "Negeri Rahmat Sudarsono meminta ASEAN menuntaskan kode etik. Menteri Luar Negeri "
        "Filipina Teresita Alcantara-Reyes menyatakan dukungan.\n\nSoal krisis Myanmar, "
        'Menlu RI menegaskan, "Indonesia tidak akan mengakui hasil pemilu itu."\n'
    )
    path = tmp_path / "tempo_menlu.txt"
    path.write_text(text, encoding="utf-8")
    article = read_articles([path]).articles[0]
    found = {q.text.rstrip("."): q for q in quotes(article)}
    quote = found["Indonesia tidak akan mengakui hasil pemilu itu"]
    assert quote.speaker_canonical == "Rahmat Sudarsono"


@pytest.mark.parametrize(
    ("body", "language", "text", "speaker"),
    [
        # a relative clause in commas after the name, after the quote
        ('Rain fell. "We cannot allow the ceasefire to become just another piece of paper," '
         "Malaysian Foreign Minister Zulkifli Anuar, who chaired the meeting, told "
         "reporters.", "en",
         "We cannot allow the ceasefire to become just another piece of paper",
         "Zulkifli Anuar"),
        # Burmese honorifics are no part of the name
        ("Rain fell. Myanmar's Foreign Minister U Aung Kyaw Moe said in a statement that his "
         'government remained "committed to dialogue".', "en", "committed to dialogue",
         "Aung Kyaw Moe"),
        # the acronym closes the body although the name runs past the headed words
        ("Hujan turun. Direktur Jenderal Mineral dan Batu Bara Kementerian Energi dan Sumber "
         "Daya Mineral (ESDM) Tri Wahyu Santoso mengatakan pemerintah tidak merevisi kuota.",
         "id", "pemerintah tidak merevisi kuota", "Tri Wahyu Santoso"),
    ],
)  # fmt: skip
def test_relative_clauses_after_quotes_honorifics_and_long_bodies(body, language, text, speaker):
    assert _speaker_of(body, language, text) == speaker


def test_an_english_bodys_tail_is_no_name_after_a_title():
    body = (
        "Pandangan berbeda datang dari Direktur Eksekutif Center of Reform on Economics "
        "(CORE) Indonesia, Nadia Prameswari."
    )
    found = entities(make_article(body, language="id"))
    assert not [e.text for e in found if e.type.value == "person" and "Center" in e.text]


@pytest.mark.parametrize(
    ("body", "language", "text", "speaker"),
    [
        # a country's adjective before a title that no entity holds: "the Indonesian
        # minister" for "his Indonesian counterpart"
        ("Rain fell. The agreement was signed by Human Resources Minister Azman Rahim and his "
         'Indonesian counterpart Ratih Wulandari.\n\n"The safety of our citizens comes first," '
         "the Indonesian minister said.", "en", "The safety of our citizens comes first",
         "Ratih Wulandari"),
        # "minister-counselor" is a title
        ("Rain fell. Zhou Minghui, minister-counselor for economic and commercial affairs at "
         "the Chinese Embassy in Indonesia, told Xinhua that bilateral trade topped 147 "
         "billion dollars.", "en", "bilateral trade topped 147 billion dollars",
         "Zhou Minghui"),
        # "on" inside a portfolio closed by its acronym
        ("Hujan turun. Sementara itu, peneliti Center of Reform on Economics (CORE) Indonesia "
         "Mega Kusumawati berpendapat dampak proyek bisa signifikan. Menurutnya, ekspor MHP "
         "dapat naik.", "id", "ekspor MHP dapat naik", "Mega Kusumawati"),
    ],
)  # fmt: skip
def test_demonyms_before_titles_counselors_and_english_portfolios(body, language, text, speaker):
    assert _speaker_of(body, language, text) == speaker


@pytest.mark.parametrize(
    ("body", "text", "speaker"),
    [
        # a mixed-case short form in brackets stands for the body later
        ("Rain fell. The Malaysian Meteorological Department (MetMalaysia) has issued a "
         "warning. In a statement, MetMalaysia said the rain would continue.",
         "the rain would continue", "Malaysian Meteorological Department"),
        # "the spy agency" is the intelligence service, not a committee it briefed
        ("Rain fell. The National Intelligence Service (NIS) briefed lawmakers. In a "
         "closed-door briefing to the National Assembly's Intelligence Committee, the spy "
         'agency said the workers had entered Russia on "student and trainee visas".',
         "student and trainee visas", "National Intelligence Service"),
    ],
)  # fmt: skip
def test_mixed_case_short_forms_and_the_spy_agency(body, text, speaker):
    assert _speaker_of(body, "en", text) == speaker


def test_a_hyphenated_field_is_no_part_of_the_name_after_it():
    body = (
        "Hujan turun. Wakil Sekretaris Jenderal ASEAN untuk Komunitas Politik-Keamanan Phan "
        "Duc Minh mengatakan bantuan kemanusiaan mencapai US$48 juta."
    )
    assert _speaker_of(body, "id", "bantuan kemanusiaan mencapai US$48 juta") == "Phan Duc Minh"


@pytest.mark.parametrize(
    ("body", "language", "text", "speaker"),
    [
        # a pronoun before an adverb is the subject of the cue before a colon
        ("Hujan turun. Menteri Investasi Yudhistira Kartasasmita hadir. Saat itu ia juga "
         'berpesan kepada para calon investor: "Jangan hanya datang untuk mengambil bijih."',
         "id", "Jangan hanya datang untuk mengambil bijih", "Yudhistira Kartasasmita"),
        # a long speaker phrase after the cue: a role, a body's English name, the name
        ('Hujan turun. "Ketergantungan ekspor kita ke China terlalu besar," kata ekonom senior '
         "Institute for Development of Economics and Finance (Indef) Rahmat Hidayatullah saat "
         "dihubungi, Selasa (15/7).", "id",
         "Ketergantungan ekspor kita ke China terlalu besar", "Rahmat Hidayatullah"),
        # a verb joined by "and" shares the subject of the verb before
        ("Rain fell. But the official Korean Central News Agency (KCNA), in a commentary on "
         'Monday, accused Seoul of "luring" troops and warned that "traitors will pay the '
         'price".', "en", "traitors will pay the price", "KCNA"),
    ],
)  # fmt: skip
def test_pronouns_before_adverbs_long_phrases_and_joined_verbs(body, language, text, speaker):
    assert _speaker_of(body, language, text) == speaker
