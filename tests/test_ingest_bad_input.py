"""Bad inputs become Skipped records naming the input and the fix; the batch goes on."""

from __future__ import annotations

import http.server
import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from crosscheck.errors import EmptyInputError, EncodingError, FetchError, InputError
from crosscheck.ingest import read_articles
from crosscheck.ingest.decode import decode
from crosscheck.ingest.sources import MAX_INPUT_BYTES

GOOD = (
    "Jakarta (ANTARA) - Pemerintah menaikkan harga beras medium di pasar induk mulai Senin.\n\n"
    "Menteri Perdagangan mengatakan stok beras nasional cukup hingga akhir tahun."
)
PAGE = (
    "<html><head><title>Harga Beras Naik</title></head><body><nav>Beranda | Ekonomi</nav>"
    "<article><h1>Harga Beras Naik</h1>"
    + "".join(f"<p>{p}</p>" for p in GOOD.split("\n\n"))
    + "<p>Baca juga: Stok beras aman</p></article><footer>Copyright 2024</footer></body></html>"
)


def _file(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _one_skip(tmp_path: Path, path: Path | str) -> tuple[str, str, str]:
    """Read a bad input next to a good one; return the bad one's (source, reason, fix)."""
    good = _file(tmp_path, "zz_good.txt", GOOD.encode())
    result = read_articles([path, good])
    assert [a.source for a in result.articles] == [str(good)]  # the batch went on
    (skipped,) = result.skipped
    assert skipped.fix  # every skip says how to fix it
    return skipped.source, skipped.reason, skipped.fix


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "input is empty"),
        ("blank.txt", b"  \n\n \t\n", "input is empty"),
        ("binary.txt", bytes(range(256)) * 8, "input is binary"),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64, "input is binary"),
        (
            "broken.html",
            b"<html><head><title>x</title></head><body><script>1</script>",
            "no article",
        ),
        ("tags.html", b"<html><body><<<p>>> </b></i></html", "no article text left"),
        ("bad.json", b'{"text": "Teks", ', "invalid JSON at line 1"),
        ("scalar.json", b"42", "expected a JSON object or a list"),
        ("notext.json", b'{"title": "Judul"}', "no 'text' or 'body' field"),
        ("chrome.txt", b"Beranda\nBaca Juga: Lain\nKomentar\n", "no article text left"),
        ("badfront.md", b"---\npublished: kemarin sore\n---\n" + GOOD.encode(), "is not a date"),
        ("badkey.md", b"---\njust words\n---\n" + GOOD.encode(), "front matter line 2"),
    ],
)
def test_bad_file_is_skipped_with_reason(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    path = _file(tmp_path, name, data)
    source, got, _ = _one_skip(tmp_path, path)
    assert source == str(path)
    assert reason in got


def test_missing_path(tmp_path: Path) -> None:
    source, reason, fix = _one_skip(tmp_path, tmp_path / "nope.txt")
    assert (source, reason) == (str(tmp_path / "nope.txt"), "no such file or directory")
    assert "path" in fix


def test_empty_directory(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "expected.json").write_text("{}", encoding="utf-8")
    _, reason, _ = _one_skip(tmp_path, tmp_path / "empty")
    assert reason == "directory holds no article files"


def test_oversized_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "dump.txt"
    with big.open("wb") as handle:  # sparse: 200 MB on paper, nothing on disk
        handle.truncate(200 * 1024 * 1024)
    _, reason, _ = _one_skip(tmp_path, big)
    assert "200 MB" in reason and f"{MAX_INPUT_BYTES // (1024 * 1024)} MB limit" in reason


def test_non_utf8_text_is_detected_and_decoded(tmp_path: Path) -> None:
    text = GOOD.replace("Pemerintah", "“Pemerintah”").replace(" - ", " – ")
    path = _file(tmp_path, "cp1252.txt", text.encode("cp1252"))
    result = read_articles([path])
    assert result.skipped == ()
    (article,) = result.articles
    assert "“Pemerintah”" in article.body
    assert article.metadata["encoding"].startswith("cp125")


def test_malformed_but_recoverable_html_is_read(tmp_path: Path) -> None:
    broken = PAGE.replace("</p>", "", 1).replace("</article>", "").replace("</html>", "")
    result = read_articles([_file(tmp_path, "unclosed.html", broken.encode())])
    assert result.skipped == ()
    assert result.articles[0].body.startswith("Pemerintah menaikkan harga beras")


def test_bad_jsonl_line_is_reported_and_good_lines_kept(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": GOOD, "title": "Satu"}),
        '{"text": "broken',
        "",
        json.dumps({"body": GOOD, "title": "Tiga", "rubrik": "Ekonomi"}),
        json.dumps(["not", "an", "object"]),
    ]
    path = _file(tmp_path, "wire.jsonl", "\n".join(lines).encode())
    result = read_articles([path])
    assert [a.source for a in result.articles] == [f"{path}#1", f"{path}#4"]
    assert result.articles[1].metadata["rubrik"] == "Ekonomi"
    assert [s.source for s in result.skipped] == [f"{path}#2", f"{path}#5"]
    assert "invalid JSON on line 2" in result.skipped[0].reason
    assert "expected a JSON object" in result.skipped[1].reason


def test_decode_errors_are_typed() -> None:
    with pytest.raises(EmptyInputError):
        decode(b"", source="x")
    with pytest.raises(EncodingError):
        decode(b"\x00\x01\x02text", source="x")
    assert issubclass(EncodingError, InputError) and issubclass(FetchError, InputError)


# --------------------------------------------------------------------------- URLs


class _Handler(http.server.BaseHTTPRequestHandler):
    ROUTES: ClassVar[dict[str, tuple[str, bytes]]] = {
        "/article.html": ("text/html; charset=utf-8", PAGE.encode()),
        "/feed.json": ("application/json", json.dumps({"text": GOOD, "title": "J"}).encode()),
        "/photo.jpg": ("image/jpeg", b"\xff\xd8\xff" + b"\x00" * 100),
    }

    def do_GET(self) -> None:
        if self.path not in self.ROUTES:
            self.send_error(404, "Not Found")
            return
        ctype, body = self.ROUTES[self.path]
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_url_html_page(server: str) -> None:
    result = read_articles([f"{server}/article.html", f"{server}/feed.json"])
    assert result.skipped == ()
    page, record = result.articles
    assert page.source == f"{server}/article.html"
    assert page.url == f"{server}/article.html"
    assert page.title == "Harga Beras Naik"
    assert page.outlet == "Antara"
    assert [p.text for p in page.paragraphs][1].startswith("Menteri Perdagangan")
    assert "Baca juga" not in page.body
    assert record.title == "J"


def test_non_html_url(tmp_path: Path, server: str) -> None:
    _, reason, _ = _one_skip(tmp_path, f"{server}/photo.jpg")
    assert "'image/jpeg', not an HTML or text page" in reason


def test_http_error_url(tmp_path: Path, server: str) -> None:
    _, reason, _ = _one_skip(tmp_path, f"{server}/gone.html")
    assert "HTTP 404" in reason


def test_unreachable_url(tmp_path: Path) -> None:
    with socket.socket() as sock:  # a port nobody listens on once this socket is closed
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    source, reason, fix = _one_skip(tmp_path, f"http://127.0.0.1:{port}/a.html")
    assert source == f"http://127.0.0.1:{port}/a.html"
    assert "cannot reach the server" in reason
    assert "save the page" in fix
