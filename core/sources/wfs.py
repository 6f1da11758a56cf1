# SPDX-License-Identifier: GPL-2.0-or-later
"""Talking to WFS and OGC API Features servers ourselves: capabilities, counts, the server's own errors.

Every request goes through QGIS's network stack (``QgsBlockingNetworkRequest``),
so the proxy settings and the authentication manager (``authcfg``) apply.
URLs are shown with their credentials and keys redacted (``redact``); no
message of this module ever contains a password or an API key.

The features themselves are read by QGIS's WFS/OAPIF providers, see
``core/wfs_fetch.py``; this module pre-flights the server before a URL is
handed to them and reads the server's own message when they fail.
"""
from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Dict, Mapping, Optional, Tuple
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

from qgis.core import QgsBlockingNetworkRequest, QgsCoordinateReferenceSystem, QgsNetworkAccessManager
from qgis.PyQt.QtCore import QCoreApplication, QThread, QUrl
from qgis.PyQt.QtNetwork import QNetworkRequest

from ..rules.cancel import Cancelled

translate = QCoreApplication.translate

AUTO = "auto"
OAPIF = "OAPIF"
VERSIONS = (AUTO, "1.0.0", "1.1.0", "2.0.0", OAPIF)
WFS_VERSIONS = ("2.0.0", "1.1.0", "1.0.0")
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


def _local(tag: str) -> str:
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
    if not _local(root.tag).endswith("ExceptionReport"):
        return None
    texts, codes = [], []
    for element in root.iter():
        name = _local(element.tag)
        text = (element.text or "").strip()
        if name in ("ExceptionText", "ServiceException") and text:
            texts.append(" ".join(text.split()))
        code = element.get("exceptionCode") or element.get("code")
        if code:
            codes.append(code)
    return "; ".join(texts or codes) or _local(root.tag)


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


# -- capabilities ------------------------------------------------------------------------------
@dataclass(frozen=True)
class FeatureType:
    """One feature type (WFS) or collection (OAPIF)."""

    name: str
    title: str
    crs: str
    other_crs: Tuple[str, ...] = ()
    abstract: str = ""


@dataclass(frozen=True)
class Service:
    """A WFS or OGC API Features service as its capabilities describe it."""

    url: str
    version: str
    title: str
    feature_types: Tuple[FeatureType, ...] = field(default_factory=tuple)
    supports_hits: bool = False
    max_features: Optional[int] = None  # the most features one answer holds (CountDefault, DefaultMaxFeatures)
    paging: Optional[bool] = None  # whether it pages with STARTINDEX (ImplementsResultPaging; None: not said)

    @property
    def is_oapif(self) -> bool:
        return self.version == OAPIF

    def find(self, typename: str) -> Optional[FeatureType]:
        """The feature type ``typename``: exact name, else case-insensitive, else without namespace prefix."""
        typename = (typename or "").strip()
        for match in (lambda t: t.name == typename, lambda t: t.name.lower() == typename.lower(),
                      lambda t: t.name.split(":")[-1].lower() == typename.split(":")[-1].lower()):
            found = [t for t in self.feature_types if match(t)]
            if len(found) == 1:
                return found[0]
        return None

    def require(self, typename: str) -> FeatureType:
        found = self.find(typename)
        if found is None:
            names = ", ".join(t.name for t in self.feature_types[:30]) or "-"
            raise WfsError(translate(
                "Wfs", "The service {host} has no feature type '{typename}'. It offers: {names}.").format(
                host=host_of(self.url), typename=typename, names=names))
        return found


def crs_authid(text: str) -> str:
    """``EPSG:3067`` from ``urn:ogc:def:crs:EPSG::3067``, ``http://www.opengis.net/def/crs/EPSG/0/3067`` etc."""
    text = (text or "").strip()
    if text.endswith("CRS84"):
        return "OGC:CRS84"
    match = re.search(r"EPSG(?::|/[^/]*/|::|:[^:]*:)(\d+)$", text, re.IGNORECASE)
    if match:
        return f"EPSG:{match.group(1)}"
    crs = QgsCoordinateReferenceSystem(text)
    return crs.authid() if crs.isValid() else text


def get_capabilities(url: str, version: str = AUTO, authcfg: str = "", feedback=None) -> Service:
    """Read and parse the service's capabilities; ``WfsError`` with the server's message on any failure."""
    if version not in VERSIONS:
        raise WfsError(translate("Wfs", "Unknown service version '{version}'; use one of {versions}.").format(
            version=version, versions=", ".join(VERSIONS)))
    url = service_url(url)
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        raise WfsError(translate("Wfs", "'{url}' is not a web address; it must start with http:// or https://.")
                       .format(url=redact(url)))
    if version == OAPIF:
        return _oapif_collections(url, authcfg, feedback)
    params = {"SERVICE": "WFS", "REQUEST": "GetCapabilities"}
    if version == AUTO:
        params["ACCEPTVERSIONS"] = ",".join(WFS_VERSIONS)
    else:
        params["VERSION"] = version
    what = translate("Wfs", "GetCapabilities")
    answer = http_get(with_query(url, params), authcfg, feedback)
    if version == AUTO and not _is_wfs_capabilities(answer):
        return _auto_oapif(url, answer, authcfg, feedback)
    return parse_wfs_capabilities(check_answer(answer, what).body, url)


def _is_wfs_capabilities(answer: HttpAnswer) -> bool:
    return answer.status == 200 and b"WFS_Capabilities" in answer.body[:4096]


def _auto_oapif(url: str, wfs_answer: HttpAnswer, authcfg: str, feedback) -> Service:
    """``VERSION=auto`` when the address gave no WFS capabilities: an OGC API Features service, recognised by
    its landing page or collections document (JSON with ``links`` / ``collections``); else ``WfsError`` saying
    what the address answered."""
    answer = http_get(oapif_url(url, "collections"), authcfg, feedback, "application/json")
    if answer.status == 200 and _json_with(answer.body, "collections"):
        return _oapif_collections(url, authcfg, feedback, answer)
    if wfs_answer.status is None or answer.status is None:
        check_answer(wfs_answer if wfs_answer.status is None else answer, translate("Wfs", "GetCapabilities"))
    exception = ogc_exception(wfs_answer.body)
    if exception is not None and wfs_answer.status is not None and wfs_answer.status < 500:
        check_answer(wfs_answer, translate("Wfs", "GetCapabilities"))  # a WFS that refused: its own words
    raise WfsError(translate(
        "Wfs", "{url} is neither a WFS nor an OGC API Features service: asked for WFS capabilities it answered "
        "{what}, and {collections} answered {what2}. Check the address (the service's own address, e.g. "
        "…/wfs or the OGC API landing page).").format(
        url=redact(url), what=describe_answer(wfs_answer), collections=redact(oapif_url(url, "collections")),
        what2=describe_answer(answer)))


def _json_with(body: bytes, key: str) -> bool:
    try:
        data = json.loads(body.decode("utf-8"))
    except ValueError:
        return False
    return isinstance(data, dict) and isinstance(data.get(key), list)


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


def parse_wfs_capabilities(body: bytes, url: str) -> Service:
    host = host_of(url)
    try:
        root = ET.fromstring(body)
    except ET.ParseError as error:
        raise WfsError(translate(
            "Wfs", "The capabilities document from {host} is not valid XML ({error}); the answer may have been "
            "cut off. Try again, or check the URL.").format(host=host, error=error)) from error
    if _local(root.tag) != "WFS_Capabilities":
        raise WfsError(translate(
            "Wfs", "{host} did not answer with WFS capabilities (it sent a {element} document). Check that the "
            "URL is the address of a WFS service.").format(host=host, element=_local(root.tag)))
    version = root.get("version") or "1.0.0"
    title = ""
    types = []
    hits = version.startswith("2.")
    for child in root:
        if _local(child.tag) in ("ServiceIdentification", "Service"):
            title = next(((e.text or "").strip() for e in child if _local(e.tag) == "Title"), "")
    for element in root.iter():
        name = _local(element.tag)
        if name == "FeatureType":
            types.append(_feature_type(element))
        elif name == "Parameter" and (element.get("name") or "").lower() == "resulttype":
            hits = hits or any((v.text or "").strip().lower() == "hits" for v in element.iter()
                               if _local(v.tag) == "Value")
    max_features, paging = _paging_constraints(root)
    return Service(url=url, version=version, title=title, feature_types=tuple(t for t in types if t.name),
                   supports_hits=hits, max_features=max_features, paging=paging)


def _paging_constraints(root) -> Tuple[Optional[int], Optional[bool]]:
    """(the most features per answer, whether the server pages) from the capabilities' constraints."""
    max_features, paging = None, None
    for element in root.iter():
        if _local(element.tag) != "Constraint":
            continue
        name = (element.get("name") or "").lower()
        values = [(v.text or "").strip() for v in element.iter() if _local(v.tag) in ("DefaultValue", "Value")]
        value = next((v for v in values if v), "")
        if name in ("countdefault", "defaultmaxfeatures") and value.isdigit() and int(value) > 0:
            max_features = int(value) if max_features is None else min(max_features, int(value))
        elif name == "implementsresultpaging" and value:
            paging = value.lower() == "true"
    return max_features, paging


def _feature_type(element) -> FeatureType:
    values = {"Name": "", "Title": "", "Abstract": ""}
    crs = ""
    others = []
    for child in element:
        name = _local(child.tag)
        text = (child.text or "").strip()
        if name in values:
            values[name] = text
        elif name in ("DefaultSRS", "DefaultCRS", "SRS") and not crs:
            crs = crs_authid(text)
        elif name in ("OtherSRS", "OtherCRS"):
            others.append(crs_authid(text))
    return FeatureType(values["Name"], values["Title"] or values["Name"], crs, tuple(others), values["Abstract"])


def _oapif_collections(url: str, authcfg: str, feedback, answer: Optional[HttpAnswer] = None) -> Service:
    what = translate("Wfs", "the list of collections")
    if answer is None:
        answer = http_get(oapif_url(url, "collections"), authcfg, feedback, "application/json")
    answer = check_answer(answer, what)
    try:
        data = json.loads(answer.body.decode("utf-8"))
        collections = data["collections"]
    except (ValueError, KeyError, TypeError) as error:
        raise WfsError(translate(
            "Wfs", "{host} did not answer with an OGC API Features collection list (JSON). Check that the URL is "
            "the landing page of an OGC API Features service.").format(host=host_of(url))) from error
    types = []
    for item in collections:
        crs_list = [crs_authid(c) for c in item.get("crs") or []]
        storage = crs_authid(item.get("storageCrs", "")) if item.get("storageCrs") else ""
        default = storage or next((c for c in crs_list if c != "OGC:CRS84"), "OGC:CRS84")
        types.append(FeatureType(str(item.get("id", "")), item.get("title") or str(item.get("id", "")), default,
                                 tuple(crs_list), item.get("description") or ""))
    return Service(url=oapif_url(url), version=OAPIF, title=data.get("title", "") if isinstance(data, dict) else "",
                   feature_types=tuple(t for t in types if t.name), supports_hits=True)


# -- own requests about features ---------------------------------------------------------------
def feature_url(service: Service, typename: str, limit: Optional[int] = None, hits: bool = False,
                bbox: Optional[Tuple[float, float, float, float]] = None) -> str:
    """A GetFeature (or OAPIF items) URL for our own requests; ``bbox`` in the type's default CRS
    (OAPIF: WGS84 longitude/latitude)."""
    params: Dict[str, object]
    if service.is_oapif:
        params = {"limit": limit if limit is not None else 1}
        if bbox:
            params["bbox"] = bbox_text(bbox)
        return with_query(oapif_url(service.url, "collections", typename, "items"), params)
    two = service.version.startswith("2.")
    params = {"SERVICE": "WFS", "REQUEST": "GetFeature", "VERSION": service.version,
              ("TYPENAMES" if two else "TYPENAME"): typename}
    if hits:
        params["RESULTTYPE"] = "hits"
    elif limit is not None:
        params["COUNT" if two else "MAXFEATURES"] = limit
    if bbox:
        ftype = service.find(typename)
        crs = ftype.crs if ftype else ""
        values = list(bbox)
        if service.version != "1.0.0" and latitude_first(crs):
            values = [values[1], values[0], values[3], values[2]]
        crs = crs_name(service.version, crs)
        params["BBOX"] = bbox_text(values) + (f",{crs}" if crs else "")
    return with_query(service.url, params)


def bbox_text(values) -> str:
    """The corners of a bounding box for a request, at full precision: each number is the shortest text that
    reads back as exactly the same double, so the server's box is never a hair smaller than ours (a feature
    on the edge must not be lost)."""
    return ",".join(_number(float(v)) for v in values)


def _number(value: float) -> str:
    text = repr(value)
    if "e" in text or "E" in text:  # no exponent (not every server reads one), the same digits
        text = format(Decimal(text), "f")
    return text


def latitude_first(crs: str) -> bool:
    """Whether the EPSG code ``crs`` (e.g. EPSG:4326) lists latitude (northing) first."""
    return crs.startswith("EPSG:") and QgsCoordinateReferenceSystem(crs).hasAxisInverted()


def crs_name(version: str, crs: str) -> str:
    """``crs`` as a WFS request names it: EPSG:n in WFS 1.0.0, else the URN, whose axis order is unambiguous."""
    if version == "1.0.0" or not crs.startswith("EPSG:"):
        return crs
    return "urn:ogc:def:crs:EPSG::" + crs.split(":", 1)[1]


def feature_count(service: Service, typename: str, authcfg: str = "", feedback=None,
                  bbox: Optional[Tuple[float, float, float, float]] = None) -> Optional[int]:
    """The number of features (``resultType=hits``, OAPIF ``numberMatched``), None when the server can't say."""
    if not service.supports_hits:
        return None
    what = translate("Wfs", "the feature count")
    url = feature_url(service, typename, limit=1, hits=not service.is_oapif, bbox=bbox)
    answer = check_answer(http_get(url, authcfg, feedback, "application/geo+json" if service.is_oapif else ""),
                          what)
    if service.is_oapif:
        try:
            value = json.loads(answer.body.decode("utf-8")).get("numberMatched")
        except (ValueError, AttributeError):
            return None
    else:
        match = re.search(rb"\b(?:numberOfFeatures|numberMatched)=\"(\d+)\"", answer.body[:4096])
        value = match.group(1) if match else None
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def diagnose_getfeature(service: Service, typename: str, authcfg: str = "", feedback=None) -> None:
    """Ask for one feature ourselves; raise ``WfsError`` with the server's message if that fails."""
    what = translate("Wfs", "GetFeature")
    if not service.is_oapif:
        check_answer(http_get(with_query(service.url, {
            "SERVICE": "WFS", "REQUEST": "DescribeFeatureType", "VERSION": service.version,
            ("TYPENAMES" if service.version.startswith("2.") else "TYPENAME"): typename}), authcfg, feedback),
            translate("Wfs", "DescribeFeatureType"))
    answer = check_answer(http_get(feature_url(service, typename, limit=1), authcfg, feedback,
                                   "application/geo+json" if service.is_oapif else ""), what)
    if not service.is_oapif:
        try:
            ET.fromstring(answer.body)
        except ET.ParseError as error:
            raise WfsError(translate(
                "Wfs", "The features from {host} are not valid XML ({error}); the answer may have been cut off.")
                .format(host=host_of(service.url), error=error)) from error
