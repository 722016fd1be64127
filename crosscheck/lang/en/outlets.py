"""English-language news outlets and agencies: canonical name, domains, signature names.

Same shape as ``crosscheck.lang.id.outlets`` (see there).
"""

OUTLETS: dict[str, dict[str, object]] = {
    "Reuters": {"domains": ("reuters.com",), "names": ("Reuters",), "utc_offset": 0},
    "AP": {
        "domains": ("apnews.com",),
        "names": ("AP", "AP News", "Associated Press"),
        "utc_offset": -5,
    },
    "AFP": {"domains": ("afp.com",), "names": ("AFP",), "utc_offset": 1},
    "BBC": {"domains": ("bbc.com", "bbc.co.uk"), "names": ("BBC", "BBC News"), "utc_offset": 0},
    "CNN": {"domains": ("cnn.com",), "names": ("CNN",), "utc_offset": -5},
    "Al Jazeera": {"domains": ("aljazeera.com",), "names": ("Al Jazeera",), "utc_offset": 3},
    "The Guardian": {"domains": ("theguardian.com",), "names": ("The Guardian",), "utc_offset": 0},
    "The New York Times": {
        "domains": ("nytimes.com",),
        "names": ("The New York Times",),
        "utc_offset": -5,
    },
    "Yonhap": {
        "domains": ("yna.co.kr", "en.yna.co.kr"),
        "names": ("Yonhap", "Yonhap News Agency"),
        "utc_offset": 9,
        "home": "South Korea",
    },
    "Xinhua": {
        "domains": ("xinhuanet.com", "news.cn"),
        "names": ("Xinhua",),
        "utc_offset": 8,
        "home": "China",
    },
    "KCNA": {
        "domains": ("kcna.kp", "kcnawatch.org"),
        "names": ("KCNA",),
        "utc_offset": 9,
        "home": "North Korea",
    },
    "NK News": {"domains": ("nknews.org",), "names": ("NK News",), "utc_offset": 9},
    "The Korea Herald": {
        "domains": ("koreaherald.com",),
        "names": ("The Korea Herald",),
        "utc_offset": 9,
        "home": "South Korea",
    },
    "The Jakarta Post": {
        "domains": ("thejakartapost.com",),
        "names": ("The Jakarta Post",),
        "utc_offset": 7,
        "home": "Indonesia",
    },
    "The Straits Times": {
        "domains": ("straitstimes.com",),
        "names": ("The Straits Times",),
        "utc_offset": 8,
        "dollar": "dolar Singapura",
        "home": "Singapore",
    },
    "CNA": {
        "domains": ("channelnewsasia.com",),
        "names": ("CNA", "Channel NewsAsia"),
        "utc_offset": 8,
        "dollar": "dolar Singapura",
        "home": "Singapore",
    },
    "South China Morning Post": {
        "domains": ("scmp.com",),
        "names": ("SCMP", "South China Morning Post"),
        "utc_offset": 8,
    },
    "Bloomberg": {"domains": ("bloomberg.com",), "names": ("Bloomberg",), "utc_offset": -5},
    "Kyodo": {
        "domains": ("kyodonews.net",),
        "names": ("Kyodo", "Kyodo News"),
        "utc_offset": 9,
        "home": "Japan",
    },
    "Global Times": {
        "domains": ("globaltimes.cn",),
        "names": ("Global Times",),
        "utc_offset": 8,
        "home": "China",
    },
    "China Daily": {
        "domains": ("chinadaily.com.cn",),
        "names": ("China Daily",),
        "utc_offset": 8,
        "home": "China",
    },
    "The Korea Times": {
        "domains": ("koreatimes.co.kr",),
        "names": ("The Korea Times",),
        "utc_offset": 9,
        "home": "South Korea",
    },
    "Bernama": {
        "domains": ("bernama.com",),
        "names": ("Bernama",),
        "utc_offset": 8,
        "home": "Malaysia",
    },
    "The Star": {
        "domains": ("thestar.com.my",),
        "names": ("The Star",),
        "utc_offset": 8,
        "home": "Malaysia",
    },
}

LOGO_MARKERS: dict[str, str] = {}
