"""`vnner serve`: a local JSON API and a page on FastAPI (extra `vnner[serve]`).

`POST /extract` and `POST /parse` take `{"text": str | [str, ...], "document_date": "YYYY-MM-DD",
"rules_only": bool}` and answer entities, or whole guideline records (entities, roles, people);
`POST /html` answers the page `vnner extract --html` writes; `GET /health`; `GET /` is a page to
paste a text into; FastAPI serves the OpenAPI page at `/docs`. A body over the size limit is
refused with 413, one that is not UTF-8 or not JSON with 400, a field of the wrong type with 422,
each with a one-line `detail`. The model is the server's (`--model`), never a request's.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel, Field

from vnner.pipeline import default_pipeline, load_tagger
from vnner.render import render_html

MAX_BYTES = 1_000_000
MAX_TEXTS = 1_000
PAGE = Path(__file__).with_name("data") / "serve_page.html"


class Request(BaseModel):
    text: str | list[str] = Field(description="One text, or a list of texts.")
    document_date: dt.date | None = Field(None, description="Gives `ngày 2-4` and the like their year.")
    rules_only: bool = Field(False, description="The rule layer alone, whatever model the server holds.")


class _Limits:
    """ASGI middleware: reads the whole body once and refuses it when too large or not UTF-8 JSON."""

    def __init__(self, app, max_bytes: int):
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "POST":
            return await self.app(scope, receive, send)
        body, more = b"", True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > self.max_bytes:
                return await _refuse(send, 413, f"request body over {self.max_bytes} bytes")
        try:
            json.loads(body.decode("utf-8"))
        except UnicodeDecodeError as error:
            return await _refuse(send, 400, f"request body is not UTF-8 ({error.reason} at byte {error.start})")
        except ValueError as error:
            return await _refuse(send, 400, f"request body is not JSON: {error}")
        replayed = False

        async def replay():
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        return await self.app(scope, replay, send)


async def _refuse(send, status: int, detail: str) -> None:
    await JSONResponse({"detail": detail}, status_code=status)({"type": "http"}, None, send)


def create_app(model: str | None = "default", max_bytes: int = MAX_BYTES, max_texts: int = MAX_TEXTS) -> FastAPI:
    """The service; `model` as for `vnner.extract` (loaded once, here)."""
    from vnner import __version__

    pipeline, tagger = default_pipeline(), load_tagger(model)
    app = FastAPI(title="vnner", version=__version__, description=__doc__.split("\n\n")[1])

    def docs(request: Request) -> tuple[list, bool]:
        texts = [request.text] if isinstance(request.text, str) else request.text
        if len(texts) > max_texts:
            raise HTTPException(413, f"{len(texts)} texts; at most {max_texts} a request")
        chosen = None if request.rules_only else tagger
        found = pipeline.parse_all(texts, model=chosen, document_date=request.document_date)
        return found, isinstance(request.text, str)

    @app.get("/health")
    def health() -> dict[str, Any]:
        return {"status": "ok", "version": __version__, "model": None if tagger is None else str(model)}

    @app.post("/extract")
    def extract(request: Request) -> Any:
        found, single = docs(request)
        rows = [[e.to_dict() for e in doc.ents] for doc in found]
        return rows[0] if single else rows

    @app.post("/parse")
    def parse(request: Request) -> Any:
        found, single = docs(request)
        rows = [doc.to_dict() for doc in found]
        return rows[0] if single else rows

    @app.post("/html", response_class=HTMLResponse)
    def html(request: Request) -> str:
        found, _ = docs(request)
        return render_html([(f"text {n}", doc) for n, doc in enumerate(found, start=1)], title="vnner")

    @app.get("/", response_class=HTMLResponse)
    def page() -> str:
        return PAGE.read_text(encoding="utf-8")

    return _Limits(app, max_bytes)


def serve(host: str, port: int, model: str | None, max_bytes: int) -> None:
    import uvicorn

    uvicorn.run(create_app(model, max_bytes), host=host, port=port, log_level="warning")
