"""Indonesian news-page chrome: line markers the ingest filter drops, stops at, or reads as credits.

Every entry is a regular expression (case-insensitive). Each names a *kind* of page
element seen across Indonesian news sites, not one page's wording:

Line markers (``DROP_LINES``, ``STOP_LINES``, ``TEASER_LINES``) are matched ignoring
case; credit and caption patterns are case-sensitive (names are capitalised), with
``(?i:...)`` around their keywords.

* ``DROP_LINES``: a line matching in full is removed wherever it occurs.
* ``STOP_LINES``: the article body ends before the first matching line; what follows
  is related links, teasers of other articles, comments and footers.
* ``CREDIT_LINES``: attribution lines; each named group (``source``, ``first_published``,
  ``author``, ``editor``, ``photo``) becomes an ``Article.credits`` entry.
* ``INLINE_CREDITS``: the same, cut from the end of a body paragraph ("... Sumber: Reuters").
* ``CAPTION_MARKERS``: searched in a line; a hit marks a photo caption.
* ``CAPTION_LABELS``: a whole line that announces a caption; the next line is one.
* ``TEASER_LINES``: a teaser of another article ("... Baca terus").
"""

DROP_LINES: tuple[str, ...] = (
    r"baca( juga| pula| selengkapnya)?\s*:.*",  # links to other articles inside the body
    r"(lihat|simak) juga\s*:.*",
    r"\[gambas:.*\]",  # embedded video / widget placeholders (CNBC, CNN Indonesia, Detik)
    r"waktu baca \d+ menit",  # reading time
    r"\d+ menit (waktu )?baca",
    r"(bagikan|share)( artikel( ini)?)?( ke| melalui| via)?\s*:?",
    r"(simak|tonton|saksikan) (juga )?video\b.*",  # embedded-video calls
    # app, newsletter and channel promotions
    r"(dengarkan|dapatkan|download|unduh)\b.*\b(berita|aplikasi|update|app)\b.*",
    r"baca berita tanpa iklan.*",
    r"(tulis )?komentar( anda)?",
    r"(salin|copy) (tautan|link)",
    r"spinner loading",
    r"lanjutkan membaca\W*",
    r"infografis(?-i:( [A-Z0-9][\w-]*){0,8})",  # an infographic's label
    # a journalist's role under the byline: "Wartawan BBC News Indonesia"
    r"(wartawan|koresponden|jurnalis|kontributor)(?-i:( [A-Z][\w.]*){1,5})",
    r"artikel ini masih berlanjut( di bawah)?|(berita|artikel) berlanjut( di bawah)?",
    r"(advertisement|iklan)([\s·|\-–—]+scroll to (continue|resume)( with content)?)?",
    r"scroll to (continue|resume)( with content)?",
    r"(temukan|ikuti|dapatkan|simak)\b.*\bgoogle news\b.*",  # "follow us on Google News"
    r"untuk mengikuti,? silakan klik tanda bintang\.?",
    r".*\bwhatsapp channel\b.*",
    r"\(\s*[a-z]{2,5}(\s*/\s*[a-z]{2,5})+\s*\)",  # editor initials "(hoi/hoi)", "(wia/wia)"
    r"(foto|video|ilustrasi)\s*:.*",  # media credit lines
    r"tags?\s*:.*|topik\s*:.*",
    r"[•·|\-–—\s]*",  # separators only
)

STOP_LINES: tuple[str, ...] = (
    r"(artikel|berita|cerita) lainnya|((berita|artikel|cerita|topik|tautan|video) )?terkait",
    r"forum|(lihat|tulis|baca) komentar.*",  # the comment section
    r"((berita|artikel) )?(terpopuler|terkini|terbaru|populer)|most popular",
    r"mungkin (kamu|anda) suka|rekomendasi( untuk anda)?|pilihan untuk anda",
    r"pilihan editor\s*:?.*",  # Tempo: a link to another article, then teasers follow
    r"(tulis )?komentar( anda)?",  # the comment widget closes the article
    r"editor\s*:.*|penyunting\s*:.*",
    r"sumber\s*:.*",
    r"artikel ini telah (lebih dulu )?(tayang|terbit) di\s*:?.*",
    r"\(\s*[a-z]{2,5}(\s*/\s*[a-z]{2,5})+\s*\)",
    r"ikuti berita terkini.*",
    r"(copyright|hak cipta)\b.*|©.*",
)

CREDIT_LINES: tuple[str, ...] = (
    r"(?i:sumber)\s*:\s*(?P<source>.+?)\.?",
    r"(?i:artikel ini telah (lebih dulu )?(tayang|terbit) di)\s*:?\s*(?P<first_published>.+?)"
    r"( (?i:dengan judul) .*)?\.?",
    # one line for both (Kompas, Katadata): "Penulis Rina Maharani | Editor Dimas Prasetyo"
    r"(?i:penulis|reporter|pewarta)\s*:?\s*(?P<author>[A-Z][\w.' ]+?)\s*\|\s*"
    r"(?i:editor)\s*:?\s*(?P<editor>[A-Z][\w.' ]+)",
    r"(?i:laporan|penulis|reporter|pewarta)\s*:\s*(?P<author>.+)",
    r"(?i:editor|penyunting|redaktur)\s*:\s*(?P<editor>.+)",
    r"(?i:foto|fotografer)\s*:\s*(?P<photo>.+)",
    # CNBC / CNN Indonesia byline under the title: "News - Thea Fathanah Arbar, CNBC Indonesia"
    r"[A-Z][\w&]*( [A-Z][\w&]*)? [-–] (?P<author>[A-Z][\w.']*( [A-Z][\w.']*){0,4}), "
    r"[A-Z][\w.]+( [A-Z][\w.]+){0,2}",
)

# A short source name at the very end of the last body paragraph (Tempo style).
INLINE_CREDITS: tuple[str, ...] = (
    r"(?<=[.!?\"”])\s+(?i:sumber)\s*:\s*(?P<source>[A-Z][\w.&/\-]*( [A-Z][\w.&/\-]*){0,3})\s*$",
)

CAPTION_MARKERS: tuple[str, ...] = (
    r"/(ANTARA|KCNA|AP|AFP|REUTERS|XINHUA|YONHAP|EPA|DOK|ISTIMEWA|NET)\b[\w .]*$",  # credit
    r"\(\s*(ANTARA FOTO|FOTO|DOK\.?|ISTIMEWA)\b.*\)$",
    r"\bvia REUTERS\b",
    r"\bANTARA FOTO/",
    # a photo credit closing the line: "(KOMPAS.com/YOHANA ARTHA ULY)", "(Foto: X/detikcom)"
    r"\([A-Z][\w.]*( [A-Z][\w.]*){0,2}/[A-Z][\w.]*( [A-Z][\w.]*){1,4}\)\.?$",
    r"\((?i:foto)\s*:[^()]+\)\.?$",
    r"\bATTENTION EDITORS\b",
    r"^(foto|ilustrasi)\s*:",
)

# A caption label: the line after it is the photo caption ("Keterangan gambar," then text).
CAPTION_LABELS: tuple[str, ...] = (
    r"keterangan (gambar|foto)\s*[,:]?",
    r"(sumber|hak atas) (gambar|foto)\s*[,:]?",
)

TEASER_LINES: tuple[str, ...] = (r".*\b(baca terus|baca selengkapnya|selengkapnya)\s*»?",)
