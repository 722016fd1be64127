"""Indonesian news outlets: canonical name, web domains, names as written in signatures.

``OUTLETS`` maps a canonical outlet name to its ``domains`` (a page URL on one of them,
or a subdomain of one, names the outlet), ``names`` (how the outlet writes itself in a
lede signature such as ``TEMPO.CO, Jakarta –`` or ``Jakarta, CNBC Indonesia -``;
matched ignoring case) and ``utc_offset`` (hours; the zone its datelines are written in
when they name none). ``dollar`` (optional) is the currency a bare ``$`` stands for in
the outlet's copy (Singapore papers write ``$`` for Singapore dollars, ``US$`` for US
ones). ``home`` (optional) is the country whose bodies the outlet names without their
country ("the Defense Ministry" in Kyodo's copy is Japan's; read when the article has no
dateline; international wires have none). ``name_patterns`` (optional) are regular expressions for
families of names, such as an outlet's regional desks. ``LOGO_MARKERS`` are alt texts
of outlet logos that plain-text dumps leave around the body ("rmol news logo"): cut
from the text, they name the outlet.
"""

OUTLETS: dict[str, dict[str, object]] = {
    "Tempo": {
        "domains": ("tempo.co",),
        "names": ("TEMPO.CO", "Tempo.co", "Tempo"),
        "utc_offset": 7,
        "home": "Indonesia",
    },
    "Kompas": {
        "domains": ("kompas.com", "kompas.id"),
        "names": ("KOMPAS.com", "Kompas.id", "Kompas"),
        "utc_offset": 7,
        "home": "Indonesia",
    },
    "Detik": {
        "domains": ("detik.com",),
        "names": ("detikcom", "detik.com"),
        "name_patterns": (r"detik[A-Z]\w+",),  # regional and topic desks: detikSulsel, detikNews
        "utc_offset": 7,
        "home": "Indonesia",
    },
    "CNN Indonesia": {
        "domains": ("cnnindonesia.com",),
        "names": ("CNN Indonesia",),
        "utc_offset": 7,
        "home": "Indonesia",
    },
    "CNBC Indonesia": {
        "domains": ("cnbcindonesia.com",),
        "names": ("CNBC Indonesia",),
        "utc_offset": 7,
        "home": "Indonesia",
    },
    "Antara": {
        "domains": ("antaranews.com",),
        "names": ("ANTARA", "Antara", "ANTARA News"),
        "utc_offset": 7,
        "home": "Indonesia",
    },
    "Kabarin": {
        "domains": ("kabarin.co",),
        "names": ("KABARIN", "Kabarin"),
        "utc_offset": 7,
        "home": "Indonesia",
    },
    "RMOL": {
        "domains": ("rmol.id",),
        "names": ("RMOL", "RMOL.id"),
        "utc_offset": 7,
        "home": "Indonesia",
    },
    "MalangNetwork": {
        "domains": ("malang.jatimnetwork.com",),
        "names": ("MalangNetwork.com", "MalangNetwork"),
        "utc_offset": 7,
        "home": "Indonesia",
    },
    "Republika": {
        "domains": ("republika.co.id",),
        "names": ("REPUBLIKA.CO.ID", "Republika"),
        "utc_offset": 7,
        "home": "Indonesia",
    },
    "Liputan6": {
        "domains": ("liputan6.com",),
        "names": ("Liputan6.com", "Liputan6"),
        "utc_offset": 7,
        "home": "Indonesia",
    },
    "Okezone": {
        "domains": ("okezone.com",),
        "names": ("Okezone", "Okezone.com"),
        "utc_offset": 7,
        "home": "Indonesia",
    },
    "Tribunnews": {
        "domains": ("tribunnews.com",),
        "names": ("TRIBUNNEWS.COM", "Tribunnews.com"),
        "utc_offset": 7,
        "home": "Indonesia",
    },
    "Kumparan": {
        "domains": ("kumparan.com",),
        "names": ("kumparan", "kumparanNEWS"),
        "utc_offset": 7,
        "home": "Indonesia",
    },
    "Suara": {
        "domains": ("suara.com",),
        "names": ("Suara.com",),
        "utc_offset": 7,
        "home": "Indonesia",
    },
    "Sindonews": {
        "domains": ("sindonews.com",),
        "names": ("SINDOnews", "SINDOnews.com"),
        "utc_offset": 7,
        "home": "Indonesia",
    },
    "Jawa Pos": {
        "domains": ("jawapos.com",),
        "names": ("JawaPos.com", "Jawa Pos"),
        "utc_offset": 7,
        "home": "Indonesia",
    },
    "Media Indonesia": {
        "domains": ("mediaindonesia.com",),
        "names": ("Media Indonesia",),
        "utc_offset": 7,
        "home": "Indonesia",
    },
    "Bisnis": {
        "domains": ("bisnis.com",),
        "names": ("Bisnis.com",),
        "utc_offset": 7,
        "home": "Indonesia",
    },
    "VOA Indonesia": {
        "domains": ("voaindonesia.com",),
        "names": ("VOA Indonesia", "VOA"),
        "utc_offset": 7,
        "home": "Indonesia",
    },
    "BBC News Indonesia": {
        "domains": ("bbc.com/indonesia",),
        "names": ("BBC News Indonesia", "BBC News, Indonesia"),
        "utc_offset": 7,
        "home": "Indonesia",
    },
}

LOGO_MARKERS: dict[str, str] = {"rmol news logo": "RMOL"}
