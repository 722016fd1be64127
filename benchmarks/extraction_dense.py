"""Extraction time on ever larger, densely factual bodies: shows it grows linearly.

Usage: python benchmarks/extraction_dense.py [--sizes 500,2000,8000]
"""

from __future__ import annotations

import argparse
import time

from crosscheck.extract import extract
from crosscheck.ingest.build import make_article

SENTENCE = "Pada Jumat (26/1) sebanyak 1.500 tentara tiba di Pyongyang, kata Wang."


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="500,2000,8000,16000")
    args = parser.parse_args()
    print(f"{'paragraphs':>10} {'chars':>10} {'seconds':>8} {'us/char':>8}")
    for n in (int(x) for x in args.sizes.split(",")):
        article = make_article("\n\n".join([SENTENCE] * n), language="id")
        started = time.perf_counter()
        extract(article)
        took = time.perf_counter() - started
        per_char = took / len(article.body) * 1e6
        print(f"{n:>10} {len(article.body):>10} {took:>8.2f} {per_char:>8.2f}")


if __name__ == "__main__":
    main()
