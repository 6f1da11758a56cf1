# SPDX-License-Identifier: GPL-2.0-or-later
"""WFS and OGC API Features services as we talk to them: capabilities, feature requests, counts.

The HTTP side (addresses, requests, errors, the server's own words) is ``http.py``; its names are
available here too, as the rest of the plugin has always called them through this module.
"""
from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Dict, Optional, Tuple
from urllib.parse import urlsplit

from qgis.core import QgsCoordinateReferenceSystem
from qgis.PyQt.QtCore import QCoreApplication

from .http import (  # noqa: F401 - the names callers use through this module
    HttpAnswer,
    WfsCancelled,
    WfsError,
    cancelled_error,
    check_answer,
    describe_answer,
    host_of,
    http_get,
    local_name,
    oapif_url,
    ogc_exception,
    redact,
    server_message,
    service_url,
    with_query,
)

translate = QCoreApplication.translate

AUTO = "auto"
OAPIF = "OAPIF"
VERSIONS = (AUTO, "1.0.0", "1.1.0", "2.0.0", OAPIF)
WFS_VERSIONS = ("2.0.0", "1.1.0", "1.0.0")


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


def parse_wfs_capabilities(body: bytes, url: str) -> Service:
    host = host_of(url)
    try:
        root = ET.fromstring(body)
    except ET.ParseError as error:
        raise WfsError(translate(
            "Wfs", "The capabilities document from {host} is not valid XML ({error}); the answer may have been "
            "cut off. Try again, or check the URL.").format(host=host, error=error)) from error
    if local_name(root.tag) != "WFS_Capabilities":
        raise WfsError(translate(
            "Wfs", "{host} did not answer with WFS capabilities (it sent a {element} document). Check that the "
            "URL is the address of a WFS service.").format(host=host, element=local_name(root.tag)))
    version = root.get("version") or "1.0.0"
    title = ""
    types = []
    hits = version.startswith("2.")
    for child in root:
        if local_name(child.tag) in ("ServiceIdentification", "Service"):
            title = next(((e.text or "").strip() for e in child if local_name(e.tag) == "Title"), "")
    for element in root.iter():
        name = local_name(element.tag)
        if name == "FeatureType":
            types.append(_feature_type(element))
        elif name == "Parameter" and (element.get("name") or "").lower() == "resulttype":
            hits = hits or any((v.text or "").strip().lower() == "hits" for v in element.iter()
                               if local_name(v.tag) == "Value")
    max_features, paging = _paging_constraints(root)
    return Service(url=url, version=version, title=title, feature_types=tuple(t for t in types if t.name),
                   supports_hits=hits, max_features=max_features, paging=paging)


def _paging_constraints(root) -> Tuple[Optional[int], Optional[bool]]:
    """(the most features per answer, whether the server pages) from the capabilities' constraints."""
    max_features, paging = None, None
    for element in root.iter():
        if local_name(element.tag) != "Constraint":
            continue
        name = (element.get("name") or "").lower()
        values = [(v.text or "").strip() for v in element.iter() if local_name(v.tag) in ("DefaultValue", "Value")]
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
        name = local_name(child.tag)
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

