"""Entities: alias tables, titled people, coreference, user alias files."""

from __future__ import annotations

import json

import pytest

from crosscheck.errors import ConfigError
from crosscheck.extract.aliases import AliasTable
from crosscheck.extract.entities import entities, roles
from crosscheck.ingest.build import make_article


def _names(body: str, language: str = "id", aliases=()):
    article = make_article(body, language=language)
    return [(e.text, e.type.value, e.canonical) for e in entities(article, aliases=aliases)]


def _canonicals(found, kind: str) -> list[str]:
    """The canonical forms of ``found`` names (as ``_names`` gives them) of one kind."""
    return [canonical for _, found_kind, canonical in found if found_kind == kind]


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [
        ("Korea Utara", "North Korea"), ("Korut", "North Korea"), ("DPRK", "North Korea"),
        ("North Korea", "North Korea"), ("Tiongkok", "China"), ("Cina", "China"),
        ("RRC", "China"), ("Republik Rakyat China", "China"), ("Kim Jong-Un", "Kim Jong Un"),
        ("AS", "United States"), ("Amerika Serikat", "United States"), ("US", "United States"),
        ("PBB", "United Nations"), ("UN", "United Nations"), ("Rusia", "Russia"),
        ("Kantor Berita Pusat Korea", "KCNA"), ("Korean Central News Agency", "KCNA"),
        ("Associated Press", "AP"), ("AP News", "AP"), ("Kantor Berita Xinhua", "Xinhua"),
    ],
)  # fmt: skip
def test_builtin_aliases(alias, canonical):
    assert _names(f"Kemarin {alias} menolak usulan itu.")[0][2] == canonical


def test_capital_is_government_unless_a_place():
    found = _names("Pyongyang menolak usulan itu. Delegasi tiba di Pyongyang kemarin.")
    assert found == [
        ("Pyongyang", "country", "North Korea"),
        ("Pyongyang", "place", "Pyongyang"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Salah satunya Euis Komariah (48), warga Kiaracondong, yang mengaku datang pagi.",
        "Rina, warga Kiaracondong, mengaku datang pagi.",
        "Baiq Nurhayati (44), warga Kiaracondong, Kota Bandung, menuturkan hal itu.",
    ],
)
def test_a_residents_place_after_warga_is_a_place_not_a_person(body):
    found = {(text, kind) for text, kind, _ in _names(body)}
    assert ("Kiaracondong", "place") in found
    assert not any(kind == "person" and text == "Kiaracondong" for text, kind in found)


def test_a_person_before_of_after_a_title_is_no_part_of_the_body():
    found = _names("Economist Rina Kusuma of Gadjah Mada University said so.", "en")
    assert ("Rina Kusuma", "person", "Rina Kusuma") in found
    assert ("Gadjah Mada University", "org", "Gadjah Mada University") in found


def test_a_bodys_possessive_is_no_part_of_its_name():
    found = _names("PT Sinar Baja Utama's smelter in Gresik produced more copper.", "en")
    assert ("PT Sinar Baja Utama", "org", "PT Sinar Baja Utama") in found


@pytest.mark.parametrize(
    ("body", "language", "name"),
    [
        ("A trader surnamed Liu said orders rose.", "en", "Liu"),
        ("Adapun sopir bus berinisial SH (47) selamat.", "id", "SH"),
    ],
)
def test_a_person_named_by_surname_or_initials_only(body, language, name):
    assert (name, "person", name) in _names(body, language)


def test_lowercase_word_is_not_an_alias():
    # "antara" (between) is not the Antara agency; "as" is not the United States
    assert _names("Hubungan antara kedua negara membaik.") == []
    assert _names("The talks went as planned.", "en") == []


@pytest.mark.parametrize(
    ("body", "person", "role"),
    [
        ("Wakil Menteri Luar Negeri China Sun Weidong tiba.", "Sun Weidong",
         "Wakil Menteri Luar Negeri China"),
        ("Menteri Luar Negeri Korut, Choe Son Hui, bertemu Wang.", "Choe Son Hui",
         "Menteri Luar Negeri Korut"),
        ("Menteri Desa dan Pembangunan Daerah Tertinggal, Bambang Suryadi, mengatakan itu.",
         "Bambang Suryadi", "Menteri Desa dan Pembangunan Daerah Tertinggal"),
        ("Chinese Vice Foreign Minister Sun Weidong arrived.", "Sun Weidong",
         "Chinese Vice Foreign Minister"),
        # a portfolio of two parts joined by "dan", no comma before the name
        ("Menteri Lingkungan Hidup dan Kehutanan Siti Nurbaya meninjau lokasi.",
         "Siti Nurbaya", "Menteri Lingkungan Hidup dan Kehutanan"),
        ("Delegasi dipimpin Menteri Sumber Daya Alam dan Ekologi Rusia Sergei Volkonsky.",
         "Sergei Volkonsky", "Menteri Sumber Daya Alam dan Ekologi Rusia"),
        # several capitalised words between the title and the name
        ("Wakil Ketua Umum Kadin Indonesia Bidang Hubungan Internasional Maria Siregar "
         "menilai.", "Maria Siregar",
         "Wakil Ketua Umum Kadin Indonesia Bidang Hubungan Internasional"),
        # where an envoy is posted is part of the role, no part of the name
        ("Duta Besar Korea Utara untuk Rusia Ri Kwang Hyok bertemu Volkhonsky.",
         "Ri Kwang Hyok", "Duta Besar Korea Utara untuk Rusia"),
        ("North Korean Ambassador to Russia Ri Kwang Hyok arrived.", "Ri Kwang Hyok",
         "North Korean Ambassador to Russia"),
        # a posting in a town no table knows, one word before a name of two
        ("Konsul Republik Indonesia di Tawau Hendro Wicaksono menyebut razia digelar.",
         "Hendro Wicaksono", "Konsul Republik Indonesia di Tawau"),
        # an abbreviated rank between the title and the name joins the role
        ("JCS spokesperson Col. Yoon Tae-seok arrived.", "Yoon Tae-seok",
         "spokesperson Col."),
        # right after a title, a word before the given name the article uses alone is the
        # body the title heads; after a body already named it is part of the name
        ('Ketua Umum Aptrindo Bambang Widjanarko meminta penundaan. "Kami tertekan," kata '
         "Bambang.", "Bambang Widjanarko", "Ketua Umum Aptrindo"),
        ('Kepala Pelaksana BPBD Luwu Andi Syamsul Bahri meminta bantuan. "Air naik," kata '
         "Syamsul.", "Andi Syamsul Bahri", "Kepala Pelaksana BPBD Luwu"),
        # a Malaysian honorific between the title and the name joins the role
        ("Home Minister Datuk Seri Kamarul Ariffin Yusof arrived.", "Kamarul Ariffin Yusof",
         "Home Minister Datuk Seri"),
        # a portfolio before "Secretary" is part of the title
        ("Trade Secretary Cristina Dela Paz arrived.", "Cristina Dela Paz", "Trade Secretary"),
    ],
)  # fmt: skip
def test_titled_people(body, person, role):
    language = "en" if "arrived" in body else "id"
    article = make_article(body, language=language)
    found = list(entities(article))
    assert person in [e.canonical for e in found if e.type.value == "person"]
    assert roles(article, found)[person] == role


def test_coreference_of_surnames_and_titles():
    body = (
        "Wakil Menteri Luar Negeri China Sun Weidong tiba di Pyongyang. "
        "Wakil Menteri Luar Negeri China disambut pejabat Korut. Sun lalu bertemu Choe."
    )
    people = [(t, c) for t, kind, c in _names(body) if kind == "person"]
    assert people == [
        ("Sun Weidong", "Sun Weidong"),
        ("Wakil Menteri Luar Negeri China", "Sun Weidong"),
        ("Sun", "Sun Weidong"),
    ]


def test_headline_capitals_are_not_names():
    assert [
        e for e in _names("Wamenlu China Berkunjung Ke Korut Pekan Ini") if e[1] == "person"
    ] == []


def test_user_alias_file_extends_and_overrides(tmp_path):
    path = tmp_path / "aliases.json"
    path.write_text(
        json.dumps(
            [
                {"canonical": "Kementerian Desa", "type": "org", "aliases": ["Kemendes"]},
                {"canonical": "DPR", "type": "org", "aliases": ["AS"]},
            ]
        ),
        encoding="utf-8",
    )
    found = _names("Kemendes dan AS bertemu.", aliases=[path])
    assert found == [("Kemendes", "org", "Kementerian Desa"), ("AS", "org", "DPR")]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON at line 1"),
        ('{"canonical": "X"}', "expected a JSON list"),
        ('[{"canonical": "X", "type": "planet"}]', "entry 1 ('X') has type 'planet'"),
        ('[{"type": "org"}]', 'entry 1 needs a non-empty string "canonical"'),
        ('[{"canonical": "X", "type": "org", "aliases": "Y"}]', '"aliases" must be a list'),
        ('[{"canonical": "X", "type": "org", "alias": []}]', "unknown key(s) ['alias']"),
        ('[{"canonical": "X", "type": "place", "country": 3}]', '"country" must be a canonical'),
    ],
)
def test_bad_alias_files_name_the_file_and_entry(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        AliasTable.load([path])
    assert message in str(info.value)
    assert str(path) in str(info.value)


def test_missing_alias_file(tmp_path):
    with pytest.raises(ConfigError, match="alias file not found"):
        AliasTable.load([tmp_path / "nope.json"])


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        ("Banjir melanda Kabupaten Banjar dan Kabupaten Tapin sejak Jumat.", "id",
         [("Kabupaten Banjar", "place"), ("Kabupaten Tapin", "place")]),
        ("Kedutaan Besar Korea Selatan di Jakarta menggelar upacara.", "id",
         [("Kedutaan Besar Korea Selatan", "org"), ("Jakarta", "place")]),
        ("Kementerian Desa dan Pembangunan Daerah Tertinggal mengusulkan anggaran.", "id",
         [("Kementerian Desa dan Pembangunan Daerah Tertinggal", "org")]),
        ("Prices rose on the London Metal Exchange on Friday.", "en",
         [("London Metal Exchange", "org")]),
        ("South Korea's Unification Ministry said it was watching.", "en",
         [("South Korea", "country"), ("Unification Ministry", "org")]),
        ("Malaysia dan Timor Leste hadir di Kuala Lumpur.", "id",
         [("Malaysia", "country"), ("Timor Leste", "country"), ("Kuala Lumpur", "place")]),
        # a hospital named after a doctor keeps the doctor's title in its name
        ("Korban dibawa ke RSUD dr. Slamet Garut dan RSUP Dr. Sardjito.", "id",
         [("RSUD dr. Slamet Garut", "org"), ("RSUP Dr. Sardjito", "org")]),
        ("Kepala Dinas Kesehatan dr. Budi Santoso meninjau RSUD Sragen.", "id",
         [("Budi Santoso", "person"), ("RSUD Sragen", "org")]),
        # a name listed with commas, closed by "dan" / "and"
        ("Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperingatkan hujan.", "id",
         [("Badan Meteorologi, Klimatologi, dan Geofisika", "org")]),
        ("The Meteorology, Climatology and Geophysics Agency said rain would continue.", "en",
         [("Meteorology, Climatology and Geophysics Agency", "org")]),
        ("Kementerian Perdagangan, Perindustrian dan Energi Korea Selatan menyebut itu.", "id",
         [("Kementerian Perdagangan, Perindustrian dan Energi Korea Selatan", "org")]),
        # ... also after a comma of the sentence's own
        ("Meanwhile, the Tourism, Arts and Culture Ministry said spending rose.", "en",
         [("Tourism, Arts and Culture Ministry", "org")]),
        ("In a statement, the Meteorology, Climatology and Geophysics Agency said it rained.",
         "en", [("Meteorology, Climatology and Geophysics Agency", "org")]),
        # a body's topic after "on" is part of its name, a day or a place is not
        ("The Jakarta-based Center of Reform on Economics said output would fall.", "en",
         [("Center of Reform on Economics", "org")]),
        ("The Ministry of Health on Tuesday said cases rose.", "en",
         [("Ministry of Health", "org")]),
        ("Mount Lewotobi Laki-laki on Indonesia's Flores erupted again.", "en",
         [("Mount Lewotobi Laki-laki", "place"), ("Indonesia", "country"), ("Flores", "place")]),
        ("The ferry sank off San Agustin on Tablas Island.", "en",
         [("Tablas Island", "place")]),
        # ... but not two bodies, nor an adverb before the name
        # (a ministry of the tables ends before "dan"; a bare acronym no table or cue
        # names is not found)
        ("Kementerian Luar Negeri, Kementerian Perdagangan dan BKPM membahas itu.", "id",
         [("Kementerian Luar Negeri", "org"), ("Kementerian Perdagangan", "org")]),
        ("Separately, the Japanese Ministry of Defense said a tanker was seen.", "en",
         [("Japanese Ministry of Defense", "org")]),
        ("The Philippine Atmospheric, Geophysical and Astronomical Services Administration "
         "said it rained.", "en",
         [("Philippine Atmospheric, Geophysical and Astronomical Services Administration",
           "org")]),
    ],
)  # fmt: skip
def test_bodies_and_places_named_by_a_head_word(body, language, expected):
    assert [(text, kind) for text, kind, _ in _names(body, language)] == expected


def test_a_title_before_a_place_head_is_a_role():
    body = '"Kami siap," kata Menteri Desa Bambang Suryadi.'
    article = make_article(body, language="id")
    found = list(entities(article))
    assert [(e.text, e.type.value) for e in found] == [("Bambang Suryadi", "person")]
    assert roles(article, found) == {"Bambang Suryadi": "Menteri Desa"}


@pytest.mark.parametrize(
    ("body", "people", "role"),
    [
        # a place name does not run on over a name the article also uses alone
        ("Kepala Pelaksana BPBD Kota Bekasi Hadi Santoso mengatakan air naik. "
         '"Kami siaga," kata Hadi.', ["Hadi Santoso", "Hadi"],
         ("Hadi Santoso", "Kepala Pelaksana BPBD Kota Bekasi")),
        # ... nor over one that follows a place the article names on its own
        ("Banjir merendam Kota Bekasi sejak Selasa. "
         '"Mengungsilah," kata Wali Kota Bekasi Dedi Kurniawan.', ["Dedi Kurniawan"],
         ("Dedi Kurniawan", "Wali Kota Bekasi")),
        # a long body before the name, the name next to a speech verb
        ("Kepala Pelaksana Badan Penanggulangan Bencana Daerah (BPBD) Kota Bekasi Hadi "
         "Santoso mengatakan air naik. Menurut Hadi, 40 perahu dikerahkan.",
         ["Hadi Santoso", "Hadi"], None),
    ],
)  # fmt: skip
def test_a_name_glued_to_a_role_and_a_place(body, people, role):
    article = make_article(body, language="id")
    found = list(entities(article))
    assert [e.text for e in found if e.type.value == "person"] == people
    assert {e.canonical for e in found if e.type.value == "person"} == {people[0]}
    if role is not None:
        assert roles(article, found)[role[0]] == role[1]


def test_a_lowercase_descriptor_before_a_place_head_is_no_title():
    found = _names("Sebanyak 1.250 warga Kota Bekasi mengungsi.")
    assert [(text, kind) for text, kind, _ in found] == [("Kota Bekasi", "place")]


@pytest.mark.parametrize(
    ("body", "language", "people"),
    [
        # an age makes a single capitalised word a name
        ("Salah satu pengungsi, Nurhayati (38), kehilangan rumah.", "id", ["Nurhayati"]),
        ("A rescued worker, Sutrisno, 47, said he was beaten.", "en", ["Sutrisno"]),
        # a title-only mention takes the fullest name given elsewhere in the article
        ("Bupati Sumbawa, Mahmud Abdullah, tiba. Bupati Mahmud meninjau lokasi.", "id",
         ["Mahmud Abdullah", "Mahmud Abdullah"]),
        # a capitalised common-noun title inside a proper name is no title
        ("It is financed through Japan's Official Security Assistance programme.", "en", []),
    ],
)  # fmt: skip
def test_people_by_age_fullest_name_and_no_common_noun_title(body, language, people):
    found = _names(body, language)
    assert _canonicals(found, "person") == people


def test_an_english_body_owned_by_a_country_is_named_as_written():
    # a ministry is named with its country
    found = _names("South Korea's Unification Ministry said it was watching.", "en")
    assert ("Unification Ministry", "org", "Unification Ministry of South Korea") in found
    found = _names("Australia's Department of Home Affairs said the boats were seized.", "en")
    assert ("Department of Home Affairs", "org", "Department of Home Affairs") in found
    # the foreign ministries the tables know keep their table name
    found = _names("South Korea's Foreign Ministry said it was watching.", "en")
    assert any(c == "Foreign Ministry of South Korea" for _, _, c in found), found


def test_a_title_standing_for_a_person_opens_a_clause_and_sets_the_pronoun():
    from crosscheck.extract import extract

    body = (
        "Defence Minister Bayu Prakoso met Lestari Anggraini. Lestari Anggraini said the "
        "commission would summon him. The Indonesian minister said talks would go on. "
        "He noted Indonesia held joint exercises with both countries last year."
    )
    quotes = extract(make_article(body, language="en")).quotes
    speakers = {q.text.rstrip("."): q.speaker_canonical for q in quotes}
    assert speakers["Indonesia held joint exercises with both countries last year"] == (
        "Bayu Prakoso"
    )


@pytest.mark.parametrize(
    ("lang", "body", "kind", "name"),
    [
        # regional bodies: a head word or an acronym before their territory
        ("id", "Kepala Kantor SAR Mataram Lalu Ahmad Zulkarnain memimpin pencarian.", "org",
         "Kantor SAR Mataram"),
        ("id", "Kantor Kementerian Agama (Kemenag) Sidoarjo menyatakan biro itu tak terdaftar.",
         "org", "Kantor Kementerian Agama Sidoarjo"),
        ("id", "Jenazah mereka dibawa ke RSUD Majalengka untuk diidentifikasi.", "org",
         "RSUD Majalengka"),
        ("id", "Kasat Lantas Polres Majalengka, AKP Dimas Prakoso, mengatakan jalan licin.",
         "org", "Polres Majalengka"),
        ("id", "Sebanyak 27 siswa SD Negeri 3 Gondang, Kabupaten Sragen, dirawat.", "org",
         "SD Negeri 3 Gondang"),
        ("id", "Hasil rekapitulasi KPU Kabupaten Buton Selatan diumumkan Senin.", "org",
         "KPU Kabupaten Buton Selatan"),
        ("id", "Pemkab Sragen juga telah menyalurkan bantuan.", "org", "Pemkab Sragen"),
        ("id", "Organisasi Kesehatan Dunia (WHO) mencatat 3.950 kasus.", "org",
         "World Health Organization"),
        ("id", "Anak-anak di Asia Tenggara rentan tertular campak.", "place", "Southeast Asia"),
        ("en", "Scam centers in Cambodia, Myanmar and Laos held them.", "country", "Myanmar"),
        ("en", "The volcano sent ash over Fukuoka Prefecture on Monday.", "place",
         "Fukuoka Prefecture"),
        ("en", "Boats were seized near Ashmore Reef on Monday.", "place", "Ashmore Reef"),
        ("en", "Australian Border Force intercepted the vessels.", "org",
         "Australian Border Force"),
        ("en", "She works at Siam Horizon Securities in Bangkok.", "org",
         "Siam Horizon Securities"),
        ("en", "Kittipong Saengthong, deputy director-general of the Department of Disaster "
         "Prevention and Mitigation, spoke.", "org",
         "Department of Disaster Prevention and Mitigation"),
        ("en", "The Bangkok Post reported it on Tuesday.", "agency", "Bangkok Post"),
        # a known place with a compass word is the part it names
        ("id", "Banjir melanda Jakarta Timur dan Lombok Timur pada Senin.", "place",
         "Jakarta Timur"),
        ("id", "Sidang di Pengadilan Negeri Jakarta Pusat berlanjut.", "org",
         "Pengadilan Negeri Jakarta Pusat"),
        ("en", "The ferry sank off East Flores on Monday.", "place", "East Flores"),
        # Jakarta's cities are one place in both languages
        ("en", "The fire broke out in Central Jakarta on Wednesday.", "place", "Jakarta Pusat"),
        ("en", "Rain killed five in neighboring Bangli district on Saturday.", "place",
         "Bangli"),
        ("id", "Kepala Inspektorat Kabupaten Kuningan, Nana Suryana, mengatakan itu.", "org",
         "Inspektorat Kabupaten Kuningan"),
        # a rank after a body's territory opens the person's name; "X-based", a
        # sentence-opening preposition and Spanish connectors
        ("id", "Kasat Reskrim Polres Kuningan AKP Deni Saputra mengatakan itu.", "org",
         "Polres Kuningan"),
        ("en", "Nadia Lim, an analyst at Manila-based Timberline Securities, said so.", "org",
         "Timberline Securities"),
        ("en", "In Surigao del Sur province, one died.", "place", "Surigao del Sur"),
        ("en", "In neighbouring Davao de Oro province, two died.", "place", "Davao de Oro"),
        # a body's name ends before a list, and a place word inside a longer name is no place
        ("id", "Petugas gabungan dari BPBD, Manggala Agni, TNI, dan Polri dikerahkan.", "org",
         None),
        ("en", "The operator, Samar Ocean Lines, was fined.", "place", None),
    ],
)  # fmt: skip
def test_regional_bodies_and_places_abroad(lang, body, kind, name):
    found = _names(body, lang)
    if name is None:
        assert not [c for _, k, c in found if k == kind and ("," in c or c.endswith("Ocean"))]
    else:
        assert (kind, name) in {(k, canonical) for _, k, canonical in found}


def test_a_title_before_a_body_of_the_form_department_of_names_no_person_inside_it():
    found = _names(
        "Kittipong Saengthong, deputy director-general of the Department of Disaster "
        "Prevention and Mitigation, said nine people were missing.",
        "en",
    )
    assert [c for _, k, c in found if k == "person"] == ["Kittipong Saengthong"]


def test_a_place_inside_a_body_is_no_person():
    # "Wakil Bupati Sintang" names the regency of "KPU Kabupaten Sintang", not a person
    found = _names(
        "Sengketa Pemilihan Bupati dan Wakil Bupati Sintang, Kalimantan Barat, bergulir. "
        "Ketua KPU Kabupaten Sintang Yohanes Dwi Putranto mengatakan bukti lengkap. "
        "Menurut Yohanes, sidang berjalan lancar."
    )
    assert "Sintang" not in {c for _, k, c in found if k == "person"}
    assert ("person", "Yohanes Dwi Putranto") in {(k, c) for _, k, c in found}


@pytest.mark.parametrize(
    ("body", "place", "person"),
    [
        ("Tim dari Mataram dipimpin Wali Kota Mataram Lalu Ahmad Zulkarnain.", "Mataram",
         "Lalu Ahmad Zulkarnain"),
        ("Banjir melanda Jabar sejak Senin, kata Gubernur Jawa Barat Dedi Mulyana.",
         "Jawa Barat", "Dedi Mulyana"),
    ],
)  # fmt: skip
def test_indonesian_provinces_and_cities_are_places(body, place, person):
    found = _names(body)
    assert ("place", place) in {(kind, canonical) for _, kind, canonical in found}
    assert person in set(_canonicals(found, "person"))


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Vice Finance Minister for International Affairs Kenji Morimoto spoke. Morimoto said "
         "the yen was weak.", "Kenji Morimoto"),
        ("Senior Minister of State for Sustainability and the Environment Goh Hwee Lian spoke. "
         '"It is bad," Ms Goh said.', "Goh Hwee Lian"),
    ],
)  # fmt: skip
def test_an_english_portfolio_before_a_name(body, person):
    found = _names(body, "en")
    assert set(_canonicals(found, "person")) == {person}


def test_a_portfolio_closed_by_its_acronym():
    found = _names("Menteri Energi dan Sumber Daya Mineral (ESDM) Rahmat Hidayatullah hadir.")
    assert [c for _, kind, c in found if kind == "person"] == ["Rahmat Hidayatullah"]


def test_an_acronym_given_in_brackets_stands_for_its_body():
    found = _names("The National Environment Agency (NEA) said so. NEA said more.", "en")
    assert ("NEA", "org", "National Environment Agency") in found


@pytest.mark.parametrize(
    ("body", "language", "person"),
    [
        ("Kepala BPH Migas Dodi Kurniawan mengungkapkan temuan itu.", "id", "Dodi Kurniawan"),
        ("Vice Finance Minister for International Affairs Kenji Morimoto said so.", "en",
         "Kenji Morimoto"),
    ],
)  # fmt: skip
def test_portfolio_words_never_start_a_name(body, language, person):
    found = _names(body, language)
    assert [c for _, kind, c in found if kind == "person"] == [person]


@pytest.mark.parametrize(
    ("body", "person"),
    [
        # a capitalised title spanning an organisation head word
        ('Ketua Majelis Hakim Hendro Saputra menegaskan, "Terdakwa bersalah."', "Hendro Saputra"),
        # a known place ends a body's name before a person ...
        ("Bupati Kabupaten Cianjur Asep Kurniawan hadir di sidang.", "Asep Kurniawan"),
        # ... unless a qualifier continues the place
        ("Mantan Kepala Dinas PUPR Kabupaten Lampung Tengah Heru Santoso (54) dituntut.",
         "Heru Santoso"),
    ],
)  # fmt: skip
def test_titles_spanning_heads_and_places_before_names(body, person):
    assert person in {c for _, kind, c in _names(body) if kind == "person"}


def test_a_place_of_a_user_file_names_its_country(tmp_path):
    path = tmp_path / "places.json"
    path.write_text(
        json.dumps([{"canonical": "Dili", "type": "place", "country": "Timor-Leste"}]),
        encoding="utf-8",
    )
    table = AliasTable.load([path])
    assert table.country_of("DILI") == "Timor-Leste"
    assert table.country_of("Lumajang (Indonesia)") == "Indonesia"
    assert table.country_of("Atlantis") is None


def _dated_names(body: str, language: str, place: str):
    article = make_article(body, language=language, metadata={"dateline_place": place})
    return [(e.text, e.canonical) for e in entities(article) if e.type.value == "org"]


@pytest.mark.parametrize(
    ("body", "language", "place", "expected"),
    [
        # "Negeri" before a speech verb is no speaker's name cutting the body short
        ("Kementerian Luar Negeri menyatakan dua warga telah dibebaskan.", "id", "Bandung",
         [("Kementerian Luar Negeri", "Foreign Ministry of Indonesia")]),
        ("Seoul and Tokyo agreed to meet, the Foreign Ministry said.", "en", "SEOUL",
         [("Foreign Ministry", "Foreign Ministry of South Korea")]),
        # a country owns it: not the dateline's, the owner's
        ("Cambodia's Foreign Ministry said the victims were freed.", "en", "JAKARTA",
         [("Foreign Ministry", "Foreign Ministry of Cambodia")]),
        # no dateline country known: as written
        ("Kementerian Luar Negeri menyatakan dua warga telah dibebaskan.", "id", "Atlantis",
         [("Kementerian Luar Negeri", "Kementerian Luar Negeri")]),
    ],
)  # fmt: skip
def test_a_body_without_its_country_is_the_datelines(body, language, place, expected):
    assert _dated_names(body, language, place) == expected


def test_a_name_before_and_is_no_portfolio():
    body = (
        "First Vice Foreign Minister Kang Hyun-seok and Chinese Executive Vice Foreign "
        "Minister Hua Zhenming led the talks."
    )
    people = [n for n in _names(body, "en") if n[1] == "person"]
    assert ("Kang Hyun-seok", "person", "Kang Hyun-seok") in people


@pytest.mark.parametrize(
    ("body", "language", "person", "role"),
    [
        ("More than 40 homes were swept away, said Abdul Malik Harahap, who heads the local "
         "search and rescue office.", "en", "Abdul Malik Harahap",
         "head of the local search and rescue office"),
        ("Warga dievakuasi, kata Budi Santoso, yang memimpin tim SAR gabungan, Senin.", "id",
         "Budi Santoso", "pemimpin tim SAR gabungan"),
    ],
)  # fmt: skip
def test_a_relative_clause_that_gives_a_role(body, language, person, role):
    article = make_article(body, language=language)
    assert roles(article, list(entities(article)))[person] == role


def test_a_portfolio_listed_before_the_title_is_part_of_the_role():
    body = (
        '"We are no longer competing on cost alone," Investment, Trade and Industry Minister '
        "Hafiz Rahman Zainal told an industry forum."
    )
    article = make_article(body, language="en")
    assert roles(article, list(entities(article)))["Hafiz Rahman Zainal"] == (
        "Investment, Trade and Industry Minister"
    )


def test_a_company_keeps_its_legal_form_and_a_shorter_mention_takes_it():
    body = (
        "A group of Chinese firms led by China Railway Group Ltd holds the remaining 40%.\n\n"
        "China Railway Group said in a filing that it had formed a team."
    )
    found = [(n[0], n[2]) for n in _names(body, "en") if n[1] == "org"]
    assert found == [
        ("China Railway Group Ltd", "China Railway Group Ltd"),
        ("China Railway Group", "China Railway Group Ltd"),
    ]


def test_a_body_shortened_to_its_first_words_is_that_body():
    found = _names(
        "North Korea fired a missile, South Korea's Joint Chiefs of Staff said. It flew "
        "950 kilometers, the Joint Chiefs said.",
        "en",
    )
    assert ("Joint Chiefs", "org", "Joint Chiefs of Staff") in found


@pytest.mark.parametrize(
    ("body", "language", "person"),
    [
        ("Penumpang lain, Maarten de Vries (34), warga negara Belanda, mengatakan kapal oleng.",
         "id", "Maarten de Vries"),
        ("Ursula von der Leyen said the deal was done.", "en", "Ursula von der Leyen"),
        # after a title too, and the Filipino "dela"
        ("Dutch Trade Minister Maarten de Vries said the deal was fair.", "en",
         "Maarten de Vries"),
        ("Senator Ronald dela Rosa said he would not attend.", "en", "Ronald dela Rosa"),
    ],
)  # fmt: skip
def test_lower_case_particles_inside_a_name(body, language, person):
    found = _names(body, language)
    assert person in _canonicals(found, "person")


def test_a_particle_opening_a_sentence_refers_to_the_full_name():
    from crosscheck.extract import extract

    body = '"It is bad," said Maarten de Vries. De Vries added that it was worse.'
    quotes = extract(make_article(body, language="en")).quotes
    assert [q.speaker_canonical for q in quotes] == ["Maarten de Vries"] * 2


@pytest.mark.parametrize(
    ("body", "language", "person"),
    [
        # a word of a longer place is no stop for a name that opens with it
        ("Minister of Science and Technology Nguyen Van Khoa spoke. The plant is in Thai "
         'Nguyen province. "It is a turning point," Khoa said.', "en", "Nguyen Van Khoa"),
        # "Tun" ends a Burmese name (no honorific there)
        ("Another refugee, Saw Hla Tun, 61, said he had fled.", "en", "Saw Hla Tun"),
        # after a title and its territory, a given name used alone keeps the word before it
        ('Wali Kota Makassar Andi Syamsul Rijal menyebut itu "pukulan telak". "Kami tidak '
         'mau," kata Syamsul.', "id", "Andi Syamsul Rijal"),
    ],
)  # fmt: skip
def test_names_kept_whole(body, language, person):
    found = _names(body, language)
    assert person in _canonicals(found, "person"), found


@pytest.mark.parametrize(
    ("body", "text", "person"),
    [
        ("Dimaculangan's lawyer, Ferdinand \"Ferdie\" Asuncion, said the defense would "
         "appeal.", 'Ferdinand "Ferdie" Asuncion', "Ferdinand Asuncion"),
        ("Senator Ronald “Bato” dela Rosa said he would not attend.",
         "Ronald “Bato” dela Rosa", "Ronald dela Rosa"),
    ],
)  # fmt: skip
def test_a_nickname_in_marks_stays_in_the_mention_not_in_the_name(body, text, person):
    from crosscheck.extract import extract

    extraction = extract(make_article(body, language="en"))
    people = [(e.text, e.canonical) for e in extraction.entities if e.type.value == "person"]
    assert (text, person) in people
    # the nickname is no quote; the reported speech is the speaker's
    assert [(q.kind.value, q.speaker_canonical) for q in extraction.quotes] == [
        ("indirect", person)
    ]


@pytest.mark.parametrize(
    ("body", "body_name", "person"),
    [
        ("Pengamat hubungan internasional Universitas Padjadjaran Laksmi Hapsari Wulandari "
         "mengatakan perjanjian itu penting.", "Universitas Padjadjaran",
         "Laksmi Hapsari Wulandari"),
        ("Dosen Universitas Gadjah Mada Budi Santoso menilai harga naik.",
         "Universitas Gadjah Mada", "Budi Santoso"),
        # a longer body that ends with one of the tables ends there too
        ("Sementara itu, pengajar Fakultas Ekonomi dan Bisnis Universitas Indonesia Teuku "
         "Rizal Fahmi mengatakan pemerintah perlu berhati-hati.", "Universitas Indonesia",
         "Teuku Rizal Fahmi"),
        # an age after the name: every word after the body, not the last two
        ("Dosen Universitas Indonesia Teuku Rizal Fahmi (58) menilai harga naik.",
         "Universitas Indonesia", "Teuku Rizal Fahmi"),
    ],
)  # fmt: skip
def test_a_body_of_the_tables_ends_before_a_name_of_two_words(body, body_name, person):
    found = _names(body, "id")
    assert (body_name, "org", body_name) in found
    assert person in _canonicals(found, "person")


@pytest.mark.parametrize(
    ("body", "body_name", "person"),
    [
        # the fields of a body listed with commas, its acronym last, a name after it: the
        # name may run past the words read with the body
        ("Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB Abdul Muhari "
         "mengatakan hujan masih turun.",
         "Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB", "Abdul Muhari"),
        ("Sementara itu, Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB "
         "Wisnu Hardiyanto dalam keterangan tertulis di Jakarta mengatakan dana dikirim.",
         "Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB", "Wisnu Hardiyanto"),
        ("Kepala Pusat Vulkanologi dan Mitigasi Bencana Geologi (PVMBG) Hendra Gunawan "
         "mengatakan status naik.", "Pusat Vulkanologi dan Mitigasi Bencana Geologi",
         "Hendra Gunawan"),
    ],
)  # fmt: skip
def test_a_centre_is_a_body_before_the_name_of_its_head(body, body_name, person):
    found = _names(body, "id")
    assert body_name in _canonicals(found, "org")
    assert person in _canonicals(found, "person")


@pytest.mark.parametrize(
    ("body", "bodies"),
    [
        # the national body above a centre is a name of its own, after its acronym or not
        ("Pusat Vulkanologi dan Mitigasi Bencana Geologi (PVMBG) Badan Geologi menaikkan "
         "status gunung api.",
         ["Pusat Vulkanologi dan Mitigasi Bencana Geologi", "Badan Geologi"]),
        ("Kepala Pusat Gempa Bumi dan Tsunami Badan Meteorologi, Klimatologi, dan Geofisika "
         "(BMKG) mengatakan gempa tidak berpotensi tsunami.",
         ["Pusat Gempa Bumi dan Tsunami", "Badan Meteorologi, Klimatologi, dan Geofisika"]),
        # "Pusat" inside a longer name opens none
        ("Pengurus Pusat Persatuan Bulu Tangkis Seluruh Indonesia (PP PBSI) mengumumkan 20 "
         "pemain.", ["Persatuan Bulu Tangkis Seluruh Indonesia"]),
    ],
)  # fmt: skip
def test_a_body_above_another_is_named_apart(body, bodies):
    found = _names(body, "id")
    assert _canonicals(found, "org") == bodies


@pytest.mark.parametrize(
    ("body", "place", "person"),
    [
        # a village by its head word, also after a resident's lay role opening the sentence
        ("Warga Kampung Lehi, Nus Lumingkewas (58), mengaku mendengar gemuruh.",
         "Kampung Lehi", "Nus Lumingkewas"),
        ("Warga Nagari Pakan Rabaa, Nurhayati (44), mengaku mendengar suara gemuruh.",
         "Nagari Pakan Rabaa", "Nurhayati"),
        ("Martinus Salindeho (47), warga Kampung Batubulan, mengaku kaget.",
         "Kampung Batubulan", "Martinus Salindeho"),
    ],
)  # fmt: skip
def test_a_village_after_a_resident_is_a_place(body, place, person):
    found = _names(body, "id")
    assert (place, "place", place) in found
    assert person in _canonicals(found, "person")


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("Battery materials maker Jiangsu Lianfeng New Energy will invest $1.2 billion.",
         "Jiangsu Lianfeng New Energy"),
        ("Hengtai New Energy Materials said it would expand.", "Hengtai New Energy Materials"),
    ],
)  # fmt: skip
def test_chinese_makers_named_by_their_trade(body, text):
    assert (text, "org", text) in _names(body, "en")


@pytest.mark.parametrize(
    ("body", "lang", "text"),
    [
        ("Kementerian Unifikasi mengatakan pembelot itu tiba.", "id", "Kementerian Unifikasi"),
        ("Kementerian Unifikasi Korea Selatan mengatakan hal itu.", "id",
         "Kementerian Unifikasi Korea Selatan"),
        ("The Ministry of Unification said the man arrived.", "en", "Ministry of Unification"),
        ("The Unification Ministry said the man arrived.", "en", "Unification Ministry"),
    ],
)  # fmt: skip
def test_the_unification_ministry_has_one_canonical_name(body, lang, text):
    assert (text, "org", "Unification Ministry of South Korea") in _names(body, lang)


def test_university_short_forms_name_the_university():
    found = _names("Menurut pengamat Unpad, harga naik.", "id")
    assert ("Unpad", "org", "Universitas Padjadjaran") in found


@pytest.mark.parametrize(
    ("body", "text", "canonical"),
    [
        ("Direktur Utama PT Aneka Tambang Tbk. (Antam) Hendarto Wicaksono hadir.",
         "PT Aneka Tambang Tbk", "Antam"),
        ("Harga beras di gudang Perum Bulog naik.", "Perum Bulog", "Bulog"),
        # a body of the tables keeps its name beside a longer one it opens
        ("Pertamina Patra Niaga menaikkan harga. Pertamina menolak berkomentar.", "Pertamina",
         "Pertamina"),
    ],
)  # fmt: skip
def test_state_companies_are_known_by_their_short_names(body, text, canonical):
    assert (text, "org", canonical) in _names(body, "id")


@pytest.mark.parametrize(
    ("body", "language", "text", "canonical"),
    [
        ("Gubernur BI menahan suku bunga.", "id", "BI", "Bank Indonesia"),
        ("Data BPS menunjukkan inflasi turun.", "id", "BPS", "Badan Pusat Statistik"),
        ("OJK mencabut izin dua bank.", "id", "OJK", "Otoritas Jasa Keuangan"),
        ("Penyidik KPK menahan bupati itu.", "id", "KPK", "Komisi Pemberantasan Korupsi"),
        # the English names of the same bodies in wire copy
        ("The Corruption Eradication Commission named two suspects.", "en",
         "Corruption Eradication Commission", "Komisi Pemberantasan Korupsi"),
        ("Statistics Indonesia said exports fell.", "en", "Statistics Indonesia",
         "Badan Pusat Statistik"),
    ],
)  # fmt: skip
def test_national_bodies_are_one_party_in_both_languages(body, language, text, canonical):
    assert (text, "org", canonical) in _names(body, language)


def test_a_company_role_with_a_dotted_suffix_and_its_acronym():
    article = make_article(
        "Direktur Utama PT Aneka Tambang Tbk. (Antam) Hendarto Wicaksono hadir.", language="id"
    )
    assert roles(article, list(entities(article)))["Hendarto Wicaksono"] == (
        "Direktur Utama PT Aneka Tambang Tbk. (Antam)"
    )


@pytest.mark.parametrize(
    ("body", "company", "person"),
    [
        ("Presiden Direktur Hanbit Marine Industries Cho Min-seok mengatakan kepada Yonhap "
         "bahwa perusahaannya akan mengirim 300 teknisi.", "Hanbit Marine Industries",
         "Cho Min-seok"),
        ("Kontrak itu diteken galangan kapal Daehan Marine Systems dan Kemhan.",
         "Daehan Marine Systems", None),
    ],
)  # fmt: skip
def test_foreign_companies_keep_their_english_tails_in_indonesian(body, company, person):
    found = _names(body, "id")
    assert (company, "org", company) in found
    if person is not None:
        assert (person, "person", person) in found


def test_a_word_used_alone_as_a_speaker_names_a_person_in_full_only_when_written_alone():
    found = _names(
        "Yakobus Lolaro remembers the hills. Lolaro told AFP that the fish were gone. The "
        "Chinese Embassy in Phnom Penh said the dam was safe.",
        "en",
    )
    people = [text for text, kind, _ in found if kind == "person"]
    assert "Yakobus Lolaro" in people
    assert "Phnom Penh" not in people


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("Prosecutors from the Corruption Eradication Commission, known by its Indonesian "
         "acronym KPK, had sought a 14-year term. The KPK said it would appeal.", "en"),
        ("Jaksa dari Komisi Pemberantasan Korupsi, yang disingkat KPK, menuntut 14 tahun. KPK "
         "menyatakan akan banding.", "id"),
    ],
)  # fmt: skip
def test_an_acronym_given_in_words_stands_for_its_body(body, language):
    found = _names(body, language)
    full = next(canonical for text, kind, canonical in found if kind == "org")
    assert [c for t, k, c in found if t == "KPK"] == [full, full]


@pytest.mark.parametrize(
    ("body", "person", "role"),
    [
        ("Kepala Dinas Kesehatan Jember dr. Hendro Prasetyo mengatakan KLB diumumkan.",
         "Hendro Prasetyo", "Kepala Dinas Kesehatan Jember"),
        ("Bupati Lumajang H. Ahmad Yani menyatakan siap.", "Ahmad Yani", "Bupati Lumajang"),
    ],
)  # fmt: skip
def test_a_degree_before_a_name_is_no_part_of_name_or_role(body, person, role):
    article = make_article(body, language="id")
    found = list(entities(article))
    assert person in [e.canonical for e in found if e.type.value == "person"]
    assert roles(article, found)[person] == role


@pytest.mark.parametrize(
    ("body", "text", "kind"),
    [
        ("Longsor terjadi di Kabupaten Bone Bolango, Gorontalo.", "Kabupaten Bone Bolango",
         "place"),
        ("Warga Bone Bolango mengungsi.", "Bone Bolango", "place"),
        ("Banjir merendam Halbar sejak Senin.", "Halbar", "place"),
        # a place inside a company's name does not end it
        ("Pekerja PT Morowali Mas Nickel Industry mogok.", "PT Morowali Mas Nickel Industry",
         "org"),
    ],
)  # fmt: skip
def test_regencies_and_cities_and_companies_named_after_them(body, text, kind):
    assert text in [t for t, k, _ in _names(body, "id") if k == kind]


@pytest.mark.parametrize(
    ("body", "language", "person"),
    [
        # a Chinese or Korean name starts at its surname inside a run after a title
        ("Kepala Kantor Bea Cukai Dandong Sun Weiming mengatakan arus penumpang naik.", "id",
         "Sun Weiming"),
        ('"Jalur ini penting," kata Wakil Menteri Perkeretaapian Ri Chol Man.', "id",
         "Ri Chol Man"),
        ("Menlu Korut Choe Son Hui hadir dalam pertemuan itu.", "id", "Choe Son Hui"),
        # a given name that is also a word
        ("Kepala Dinas Kesehatan Kabupaten Lumajang Hari Sulistyo mengatakan pasien naik.",
         "id", "Hari Sulistyo"),
    ],
)  # fmt: skip
def test_east_asian_surnames_and_given_names_that_are_words(body, language, person):
    assert person in [c for _, k, c in _names(body, language) if k == "person"]


def test_a_given_name_that_is_a_word_is_no_key_alone():
    found = _names("Kepala Dinas Kesehatan Lumajang Hari Sulistyo hadir. Hari Senin hujan.", "id")
    assert [t for t, k, _ in found if k == "person"] == ["Hari Sulistyo"]
    found = _names(
        "Kapolres Sukabumi AKBP Ridwan Hakim hadir. Ketua Majelis Hakim Budi Santoso membacakan "
        "putusan.",
        "id",
    )
    assert [t for t, k, _ in found if k == "person"] == ["Ridwan Hakim", "Budi Santoso"]


def test_a_mission_is_named_with_the_city_it_sits_in():
    found = _names("The Chinese Embassy in Manila said the boats intruded.", "en")
    assert ("Chinese Embassy in Manila", "org", "Chinese Embassy in Manila") in found


def test_on_joins_a_topic_to_a_body_but_never_a_day():
    found = _names(
        "The UN Office on Drugs and Crime spoke. The Foreign Ministry on Monday said so. The "
        "Foreign Ministry on Dec. 3 said so.",
        "en",
    )
    assert [t for t, k, _ in found if k == "org"] == [
        "UN Office on Drugs and Crime",
        "Foreign Ministry",
        "Foreign Ministry",
    ]


@pytest.mark.parametrize(
    ("body", "language", "text", "canonical"),
    [
        # a ministry after its country's possessive is named with its country ...
        ("South Korea's Unification Ministry said it was watching.", "en",
         "Unification Ministry", "Unification Ministry of South Korea"),
        ("Japan's Defense Ministry and South Korea's Defense Ministry both said so.", "en",
         "Defense Ministry", "Defense Ministry of South Korea"),
        # ... unless the article names it in full
        ("The Ministry of Trade, Industry and Energy met. South Korea's Trade Ministry "
         "said it agreed.", "en", "Trade Ministry", "Ministry of Trade, Industry and Energy"),
        # an acronym closes a body before a name of two words
        ("Ketua Komisi VII DPR Sugeng Hartono memimpin rapat itu.", "id", "Komisi VII DPR",
         "Komisi VII DPR"),
    ],
)  # fmt: skip
def test_owned_bodies_and_bodies_closed_by_an_acronym(body, language, text, canonical):
    found = _names(body, language)
    assert any(t == text and c == canonical for t, _, c in found), found


@pytest.mark.parametrize(
    ("body", "language", "name", "role"),
    [
        # a title whose complement is names only may run to ten words
        ("Direktur Asia Timur dan Pasifik Kementerian Luar Negeri RI, Adityo Wirananda, "
         "meminta kedua negara menahan diri.", "id", "Adityo Wirananda",
         "Direktur Asia Timur dan Pasifik Kementerian Luar Negeri RI"),
        # a complement with lower-case words stays short: no title reaches across a clause
        ("Defence Minister Bayu Prakoso told reporters after meeting his Japanese "
         "counterpart, Kenji Morimoto, in Jakarta that the vessels could arrive.", "en",
         "Kenji Morimoto", "counterpart"),
    ],
)  # fmt: skip
def test_long_named_complements_of_a_title(body, language, name, role):
    article = make_article(body, language=language)
    assert roles(article, list(entities(article))).get(name) == role


@pytest.mark.parametrize(
    ("body", "language", "text", "kind", "canonical"),
    [
        # the region's large cities are places with their country
        ("Warga Incheon menunggu kabar.", "id", "Incheon", "place", "Incheon"),
        ("Trucks crossed from Dandong to Sinuiju on Monday.", "en", "Sinuiju", "place",
         "Sinuiju"),
        # a preposition opening a sentence is no part of a name
        ("Bagi Lee Ok-soon (92), kabar itu memupus harapan.", "id", "Lee Ok-soon", "person",
         "Lee Ok-soon"),
        # the Attorney General's Office by its short name
        ("Penyidik Kejagung menahan dua tersangka.", "id", "Kejagung", "org",
         "Kejaksaan Agung"),
        # a commission named with its topic
        ("It was the third conviction, according to the Commission on Human Rights.", "en",
         "Commission on Human Rights", "org", "Commission on Human Rights"),
    ],
)  # fmt: skip
def test_regional_cities_prepositions_and_named_bodies(body, language, text, kind, canonical):
    assert (text, kind, canonical) in _names(body, language)


def test_a_city_knows_its_country():
    assert AliasTable.load().country_of("BUSAN") == "South Korea"


@pytest.mark.parametrize(
    ("body", "text", "canonical"),
    [
        # an abbreviated company tail; its acronym in brackets after the dot
        ("Workers at Korea Railroad Corp. (KORAIL) will strike, according to KORAIL.",
         "KORAIL", "Korea Railroad Corp"),
        # an owner's possessive written with a bare apostrophe is no part of the name
        ("Laos' Ministry of Energy and Mines said the discharges were announced.",
         "Laos' Ministry of Energy and Mines", "Ministry of Energy and Mines"),
    ],
)  # fmt: skip
def test_abbreviated_companies_and_bare_apostrophe_owners(body, text, canonical):
    assert (text, "org", canonical) in _names(body, "en")


def test_the_korean_intelligence_service_by_its_indonesian_name():
    found = _names("Badan Intelijen Nasional (NIS) melaporkan hal itu.", "id")
    assert any(c == "National Intelligence Service" for _, _, c in found), found


def test_a_short_form_of_two_words_closes_a_body_before_a_name():
    body = (
        "Kepala Badan Pengatur Hilir Minyak dan Gas Bumi (BPH Migas) Hendarto Wibisono "
        "mengatakan pihaknya menerima laporan dari 40 SPBU."
    )
    found = entities(make_article(body, language="id"))
    assert [e.text for e in found if e.type.value == "person"] == ["Hendarto Wibisono"]
