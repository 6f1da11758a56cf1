# SPDX-License-Identifier: GPL-2.0-or-later
"""HTTP with WFS and OGC API Features servers: addresses, requests, and the server's own words on failure.

Every request goes through QGIS's network stack (``QgsBlockingNetworkRequest``),
so the proxy settings and the authentication manager (``authcfg``) apply.
URLs are shown with their credentials and keys redacted (``redact``); no
message of this module ever contains a password or an API key.
"""
from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Mapping, Optional
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

from qgis.core import QgsBlockingNetworkRequest, QgsNetworkAccessManager
from qgis.PyQt.QtCore import QCoreApplication, QThread, QUrl
from qgis.PyQt.QtNetwork import QNetworkRequest

from ..rules.cancel import Cancelled

translate = QCoreApplication.translate

SECRET_PARAMS = ("password", "passwd", "pwd", "apikey", "api-key", "api_key", "key", "token", "access_token",
                 "authkey", "secret", "signature", "sig")
# Query parameters of a pasted GetCapabilities/GetFeature URL that are not part of the service URL.
_REQUEST_PARAMS = ("service", "request", "version", "acceptversions", "typename", "typenames", "outputformat",
                   "resulttype", "maxfeatures", "count", "startindex", "srsname", "bbox", "f")
MAX_MESSAGE = 500


class WfsError(Exception):
    """The server or the data cannot be used; the message says what happened (with the server's words)."""


class WfsCancelled(WfsError, Cancelled):  # noqa: N818
    """The user cancelled (a WfsError for the fetch's own handling, and the one rules.cancel.Cancelled)."""


def cancelled_error() -> WfsCancelled:
    return WfsCancelled(translate("Wfs", "Cancelled: nothing was written."))


# -- URLs --------------------------------------------------------------------------------------
def redact(text: str) -> str:
    """``text`` with the user:password of URLs and the values of key/token/password parameters hidden."""
    text = re.sub(r"(?i)(\b[a-z][a-z0-9+.-]*://)[^/\s@]+@", r"\1***@", text or "")
    pattern = "|".join(re.escape(name) for name in SECRET_PARAMS)
    return re.sub(rf"(?i)([?&;](?:{pattern})=)[^&\s'\"]*", r"\1***", text)


def host_of(url: str) -> str:
    """The host[:port] of ``url``, for messages."""
    return urlsplit(url).netloc.rsplit("@", 1)[-1] or url


def service_url(url: str) -> str:
    """The service URL without the request parameters of a pasted GetCapabilities/GetFeature URL."""
    url = (url or "").strip()
    parts = urlsplit(url)
    kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k.lower() not in _REQUEST_PARAMS]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(kept, safe=":,/"), ""))


def with_query(url: str, params: Mapping[str, object]) -> str:
    """``url`` with ``params`` added to (or replacing same-named ones in) its query string."""
    parts = urlsplit(url)
    names = {k.lower() for k in params}
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k.lower() not in names]
    query.extend((k, str(v)) for k, v in params.items())
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query, safe=":,()/", quote_via=quote), ""))


def oapif_url(url: str, *path: str) -> str:
    parts = urlsplit(service_url(url))
    base = parts.path.rstrip("/")
    for segment in ("/collections", "/conformance", "/api"):
        if base.endswith(segment):
            base = base[: -len(segment)]
    full = "/".join([base, *[quote(p, safe="") for p in path]])
    return urlunsplit((parts.scheme, parts.netloc, full, parts.query, ""))


# -- HTTP --------------------------------------------------------------------------------------
@dataclass
class HttpAnswer:
    """What a server answered (status None: no HTTP answer at all)."""

    url: str
    status: Optional[int]
    body: bytes
    content_type: str = ""
    network_error: str = ""


def http_get(url: str, authcfg: str = "", feedback=None, accept: str = "") -> HttpAnswer:
    """GET ``url`` through QGIS's network stack; never raises for HTTP errors (see ``check_answer``)."""
    request = QNetworkRequest(QUrl(url))
    if accept:
        request.setRawHeader(b"Accept", accept.encode("ascii"))
    blocking = QgsBlockingNetworkRequest()
    if authcfg:
        blocking.setAuthCfg(authcfg)
    # QGIS 3.22: a QgsBlockingNetworkRequest in a worker thread whose feedback is cancelled while it runs
    # never returns (seen with QgsProcessingAlgRunnerTask). Pass the feedback in the main thread only;
    # elsewhere cancelling takes effect when the request ends (at most QGIS's network timeout).
    in_main_thread = QThread.currentThread() == QCoreApplication.instance().thread()
    code = blocking.get(request, True, feedback if in_main_thread else None)
    if feedback is not None and feedback.isCanceled():
        raise cancelled_error()
    reply = blocking.reply()
    status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
    content_type = bytes(reply.rawHeader(b"Content-Type")).decode("latin-1") if reply.hasRawHeader(
        b"Content-Type") else ""
    error = "" if code == QgsBlockingNetworkRequest.ErrorCode.NoError else blocking.errorMessage()
    return HttpAnswer(url, int(status) if status is not None else None, bytes(reply.content()), content_type, error)


def check_answer(answer: HttpAnswer, what: str) -> HttpAnswer:
    """Raise ``WfsError`` with the server's own words unless ``answer`` is a usable answer to ``what``."""
    host = host_of(answer.url)
    if answer.status is None:
        if answer.network_error:
            raise WfsError(translate("Wfs", "Could not reach the server {host} ({what}): {error}").format(
                host=host, what=what, error=redact(answer.network_error)))
        seconds = QgsNetworkAccessManager.timeout() / 1000
        raise WfsError(translate(
            "Wfs", "The server {host} did not answer within {seconds:g} seconds ({what}). Try again later, or "
            "raise the network timeout in QGIS's Options → Network.").format(host=host, seconds=seconds, what=what))
    if answer.status >= 400:
        message = server_message(answer.body) or answer.network_error
        raise WfsError(translate("Wfs", "The server {host} answered HTTP {status} to {what}: {message}").format(
            host=host, status=answer.status, what=what, message=redact(message)))
    exception = ogc_exception(answer.body)
    if exception is not None:
        raise WfsError(translate("Wfs", "The server {host} reported an error for {what}: {message}").format(
            host=host, what=what, message=redact(exception)))
    return answer


def local_name(tag: str) -> str:
    """An XML tag without its namespace."""
    return tag.rsplit("}", 1)[-1]


def ogc_exception(body: bytes) -> Optional[str]:
    """The ExceptionText of an OGC ExceptionReport/ServiceExceptionReport in ``body``, else None."""
    head = body[:4096]
    if b"Exception" not in head:
        return None
    try:
        root = ET.fromstring(body)
    except ET.ParseError:
        return None
    if not local_name(root.tag).endswith("ExceptionReport"):
        return None
    texts, codes = [], []
    for element in root.iter():
        name = local_name(element.tag)
        text = (element.text or "").strip()
        if name in ("ExceptionText", "ServiceException") and text:
            texts.append(" ".join(text.split()))
        code = element.get("exceptionCode") or element.get("code")
        if code:
            codes.append(code)
    return "; ".join(texts or codes) or local_name(root.tag)


def server_message(body: bytes) -> str:
    """A short, readable message from an error body: OGC exception text, JSON description or plain text."""
    exception = ogc_exception(body)
    if exception:
        return exception[:MAX_MESSAGE]
    text = body.decode("utf-8", "replace").strip()
    if text[:1] in "[{":
        try:
            data = json.loads(text)
            if isinstance(data, list) and data:
                data = data[0]
            if isinstance(data, dict):
                parts = [str(data[k]) for k in ("title", "code", "description", "detail", "message") if data.get(k)]
                if parts:
                    return ": ".join(parts)[:MAX_MESSAGE]
        except ValueError:
            pass
    text = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", text)
    text = re.sub(r"<[^>]+>", " ", text)
    return " ".join(text.split())[:MAX_MESSAGE]



def describe_answer(answer: HttpAnswer) -> str:
    """What an answer was, in a few words, for messages: an error status, an HTML page, JSON without the
    expected content, an XML document of another kind."""
    if answer.status is None:
        return translate("Wfs", "nothing ({error})").format(error=redact(answer.network_error) or "timeout")
    if answer.status >= 400:
        return translate("Wfs", "HTTP {status} ({message})").format(
            status=answer.status, message=redact(server_message(answer.body))[:120])
    head = answer.body[:2048].lstrip()
    if head[:1] in (b"{", b"["):
        keys = ""
        try:
            data = json.loads(answer.body.decode("utf-8"))
            keys = ", ".join(sorted(data)[:8]) if isinstance(data, dict) else ""
        except ValueError:
            pass
        return translate("Wfs", "JSON without collections (keys: {keys})").format(keys=keys or "-")
    if head.lower().startswith((b"<!doctype html", b"<html")) or b"<html" in head[:512].lower():
        return translate("Wfs", "an HTML page")
    if head.startswith(b"<"):
        match = re.search(rb"<(?:\w+:)?(\w+)[\s>]", head[head.find(b"<", 1 if head.startswith(b"<?") else 0):])
        name = match.group(1).decode("ascii", "replace") if match else "?"
        return translate("Wfs", "an XML document <{element}>").format(element=name)
    return translate("Wfs", "{size} bytes of {kind}").format(size=len(answer.body),
                                                              kind=answer.content_type or "unknown content")


