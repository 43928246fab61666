"""`vnner serve`, tested for real: the server runs on a free local port in its own process and is
called over HTTP (50 requests at once among them), bad requests get their status codes, and the
page at `/` is driven in headless Chromium over the DevTools protocol (paste, press, read the DOM)."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

httpx = pytest.importorskip("httpx")
pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")

from conftest import chromium_binary  # noqa: E402

from vnner import extract, parse  # noqa: E402
from vnner.corpus import load_records  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TEXT = "Sáng 2-4, Chủ tịch UBND thành phố Đà Nẵng Lê Trung Chinh trao 500 triệu đồng cho tỉnh Sê Kông."


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    port = free_port()
    command = [sys.executable, "-m", "vnner", "serve", "--port", str(port), "--rules-only", "--max-bytes", "200000"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.2)
    else:
        process.kill()
        pytest.fail(f"server did not start: {process.stderr.read().decode()[-2000:]}")
    yield base
    process.terminate()
    process.wait(timeout=10)


def rules(text: str) -> list[dict]:
    return [e.to_dict() for e in extract(text, model=None)]


def test_health_and_the_openapi_page(server):
    assert httpx.get(f"{server}/health").json()["status"] == "ok"
    paths = httpx.get(f"{server}/openapi.json").json()["paths"]
    assert {"/extract", "/parse", "/html", "/health"} <= set(paths)
    assert httpx.get(f"{server}/docs").status_code == 200


def test_extract_and_parse_answer_what_the_library_gives(server):
    assert httpx.post(f"{server}/extract", json={"text": TEXT}).json() == rules(TEXT)
    both = httpx.post(f"{server}/extract", json={"text": [TEXT, "tỉnh Sơn La"]}).json()
    assert both == [rules(TEXT), rules("tỉnh Sơn La")]
    record = httpx.post(f"{server}/parse", json={"text": TEXT}).json()
    assert record == json.loads(json.dumps(parse(TEXT, model=None).to_dict()))
    dated = httpx.post(f"{server}/extract", json={"text": "ngày 2-4", "document_date": "2024-04-03"}).json()
    assert dated[0]["value"] == "2024-04-02"


def test_fifty_concurrent_requests_are_all_answered_correctly(server):
    texts = [r.text for r in load_records(sorted((ROOT / "annotations" / "docs").glob("*.jsonl")))][:50]

    def ask(text):
        with httpx.Client(timeout=60) as client:
            return client.post(f"{server}/extract", json={"text": text})

    with ThreadPoolExecutor(max_workers=50) as pool:
        responses = list(pool.map(ask, texts))
    assert [r.status_code for r in responses] == [200] * 50
    assert [r.json() for r in responses] == [rules(t) for t in texts]


@pytest.mark.parametrize(
    ("content", "status", "detail"),
    [
        (json.dumps({"text": 5}).encode(), 422, None),
        (b'{"text": "\xff"}', 400, "request body is not UTF-8"),
        (b'{"text": ', 400, "request body is not JSON"),
        (json.dumps({"text": "x" * 300_000}).encode(), 413, "request body over 200000 bytes"),
        (json.dumps({"text": ["x"] * 1001}).encode(), 413, "1001 texts; at most 1000 a request"),
        (json.dumps({"text": "x", "document_date": "2-4"}).encode(), 422, None),
    ],
)
def test_bad_requests_get_their_status_and_a_detail(server, content, status, detail):
    response = httpx.post(f"{server}/extract", content=content, headers={"Content-Type": "application/json"})
    assert response.status_code == status
    if detail:
        assert response.json()["detail"].startswith(detail)
    else:
        assert response.json()["detail"][0]["loc"][0] == "body"


class DevTools:
    """A headless Chromium and one page, driven over the DevTools protocol."""

    def __init__(self, binary: str, profile: Path):
        websocket = pytest.importorskip("websocket")
        flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--remote-debugging-port=0",
                 "--remote-allow-origins=*", f"--user-data-dir={profile}", "about:blank"]
        self.process = subprocess.Popen([binary, *flags], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        address = None
        for line in self.process.stderr:
            if "DevTools listening on ws://" in line:
                address = line.split("ws://")[1].split("/")[0]
                break
        assert address, "chromium printed no DevTools address"
        target = next(t for t in httpx.get(f"http://{address}/json/list").json() if t["type"] == "page")
        self.socket = websocket.create_connection(target["webSocketDebuggerUrl"], timeout=30)
        self.calls = 0

    def call(self, method: str, **params):
        self.calls += 1
        self.socket.send(json.dumps({"id": self.calls, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self.calls:
                return message.get("result", {})

    def evaluate(self, expression: str):
        return self.call("Runtime.evaluate", expression=expression, returnByValue=True)["result"].get("value")

    def wait_for(self, expression: str, seconds: float = 30):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if (value := self.evaluate(expression)) is not None:
                return value
            time.sleep(0.1)
        raise AssertionError(f"timed out waiting for {expression}")

    def close(self):
        self.socket.close()
        self.process.kill()
        self.process.wait(timeout=10)


def test_the_page_highlights_a_pasted_text_in_headless_chromium(server, tmp_path):
    browser = DevTools(chromium_binary(), tmp_path / "profile")
    try:
        browser.call("Page.navigate", url=f"{server}/")
        browser.wait_for("document.readyState === 'complete' && document.getElementById('go') ? true : null")
        browser.evaluate(f"document.getElementById('text').value = {json.dumps(TEXT)}; "
                         "document.getElementById('go').click(); true")
        found = browser.wait_for(
            "(() => { const d = document.getElementById('result').contentDocument;"
            " const s = d ? [...d.querySelectorAll('[data-label]')] : [];"
            " return s.length ? s.map(e => [e.dataset.label, e.textContent]) : null; })()"
        )
        people = browser.evaluate("document.getElementById('result').contentDocument.querySelector('table') !== null")
    finally:
        browser.close()
    assert found == [[e.label, e.text] for e in extract(TEXT, model=None)]
    assert people  # the people table above the text
