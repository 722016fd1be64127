"""English news-page chrome: line markers the ingest filter drops, stops at, or reads as credits.

Same shape as ``crosscheck.lang.id.boilerplate`` (see there): patterns are
case-insensitive regular expressions naming kinds of page elements.
"""

DROP_LINES: tuple[str, ...] = (
    r"(read|see) (more|also)\s*:.*",
    r"related\s*:.*",
    r"(advertisement|sponsored( content)?)([\s·|\-–—]+scroll to (continue|resume))?",
    r"scroll to (continue|resume)( with content)?",
    r"skip to (main )?content",
    r"(article|story) continues (below|after (this )?advertisement)",
    r"(save|bookmark) (this )?(articles?|stor(y|ies))\b.*(later|reading list).*",
    r"(\d+ )?(min|minute)s? read",
    r"share( this( article| story)?)?( on)?\s*:?|(share|tweet|email|print|copy link)",
    r"(sign up|subscribe)\b.*\bnewsletter\b.*",
    r"(follow us|follow) on google news.*",
    r"purchase licensing rights.*",
    r"(photo|video|image)\s*:.*",
    r"\[\d+/\d+\].*",  # Reuters gallery captions "[1/2] ..."
    r"[•·|\-–—\s]*",
)

STOP_LINES: tuple[str, ...] = (
    r"our standards\s*:.*",
    r"read next|more from .*|most (read|popular)|recommended( for you)?|related (stories|coverage)",
    r"\(?(reporting|writing) by .*",
    r"source\s*:.*",
    r"\(?(additional reporting|editing) by .*",
    r"copyright \d{4}.*|©.*",
    r"(leave a )?comments?",
    r"related (stories|articles|coverage|content|topics)",
    r"more (on|about) this (topic|story|subject)|more stories|you may also like",
    r"(associated press|ap|reuters|afp) (writers?|reporters?|journalists?) .* contributed.*",
)

CREDIT_LINES: tuple[str, ...] = (
    r"(?i:source)\s*:\s*(?P<source>.+?)\.?",
    r"(?i:by|written by)\s+(?P<author>[A-Z][\w.'\-]*( (and )?[A-Z][\w.'\-]*){0,5})",
    r"\(?(?i:reporting|writing) by (?P<author>[^;()]+?)(;\s*(?i:additional reporting) by [^;()]+?)?"
    r"(;\s*(?i:editing) by (?P<editor>[^;()]+?))?\.?\)?",
    r"\(?(?i:editing) by (?P<editor>[^;()]+?)\.?\)?",
    # AP tagline: "Associated Press writer Niniek Karmini contributed to this report."
    r"(Associated Press|AP|Reuters|AFP) (?i:writers?|reporters?|journalists?) (?P<author>.+?) "
    r"(?i:contributed)( (?i:to this report))?\.?",
)

INLINE_CREDITS: tuple[str, ...] = (
    r"(?<=[.!?\"”])\s+(?i:source)\s*:\s*(?P<source>[A-Z][\w.&/\-]*( [A-Z][\w.&/\-]*){0,3})\s*$",
)

CAPTION_MARKERS: tuple[str, ...] = (
    r"\((AP|AFP|REUTERS|EPA)? ?photo\b.*\)$",  # "(AP Photo/Ahn Young-joon)"
    r"\bREUTERS/[A-Z]",
    r"\bvia REUTERS\b",
    r"\bATTENTION EDITORS\b",
    r"\b(file photo|photo credit)\b",
    r"\b(Getty Images|AFP via Getty)\b",
)

CAPTION_LABELS: tuple[str, ...] = (
    r"image (caption|source)\s*[,:]?",
    r"(photo|picture) (caption|credit)\s*[,:]?",
)

TEASER_LINES: tuple[str, ...] = (r".*\b(read more|continue reading)\s*»?",)
