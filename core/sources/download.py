# SPDX-License-Identifier: GPL-2.0-or-later
"""One GET through QGIS's network stack into a file, in Qt's network thread while the caller works."""
from __future__ import annotations

from typing import Callable, Optional

from qgis.core import QgsApplication, QgsNetworkAccessManager
from qgis.PyQt.QtCore import QCoreApplication, QEventLoop, QTimer, QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from . import wfs

translate = QCoreApplication.translate
HEAD_BYTES = 65_536


class Download:
    """A GET through QGIS's network stack, running in Qt's network thread into a file while we work."""

    def __init__(self, url: str, path: str, authcfg: str = "", accept: str = ""):
        self.url, self.path = url, path
        self.cancelled = False
        request = QNetworkRequest(QUrl(url))
        request.setAttribute(QNetworkRequest.Attribute.RedirectPolicyAttribute,
                             QNetworkRequest.RedirectPolicy.NoLessSafeRedirectPolicy)
        request.setAttribute(QNetworkRequest.Attribute.CacheLoadControlAttribute,
                             QNetworkRequest.CacheLoadControl.AlwaysNetwork)
        request.setAttribute(QNetworkRequest.Attribute.CacheSaveControlAttribute, False)
        if accept:
            request.setRawHeader(b"Accept", accept.encode("ascii"))
        if authcfg and not QgsApplication.authManager().updateNetworkRequest(request, authcfg):
            raise wfs.WfsError(translate(
                "Wfs", "The authentication configuration '{authcfg}' could not be applied to the request to "
                "{host}. Check it in QGIS's Options → Authentication.").format(authcfg=authcfg,
                                                                            host=wfs.host_of(url)))
        self.file = open(path, "wb")
        self.reply = QgsNetworkAccessManager.instance().get(request)
        if authcfg:
            QgsApplication.authManager().updateNetworkReply(self.reply, authcfg)
        self.reply.readyRead.connect(self._read)
        # Qt sends the request from this thread's event loop: let it go now, so that the server works on it
        # (and Qt's network thread receives it) while this thread parses the previous page.
        self.pump()

    def pump(self):
        """Let Qt deliver what has arrived (into the file): keeps the memory bounded while we parse."""
        loop = QEventLoop()
        QTimer.singleShot(0, loop.quit)
        loop.exec()

    def _read(self):
        if self.reply is not None and not self.file.closed:
            data = self.reply.readAll()
            if data:
                self.file.write(bytes(data))

    def abort(self):
        if self.reply is not None:
            self.cancelled = True
            self.reply.readyRead.disconnect(self._read)
            self.reply.abort()
            self.reply.deleteLater()
            self.reply = None
        if not self.file.closed:
            self.file.close()

    def wait(self, feedback=None, what: str = "", progress: Optional[Callable[[int, int], None]] = None) -> str:
        """Wait until the answer is complete; its file path, or ``WfsError`` with the server's own message."""
        reply = self.reply
        if progress is not None:
            reply.downloadProgress.connect(progress)
        if not reply.isFinished():
            loop = QEventLoop()
            reply.finished.connect(loop.quit)
            timer = QTimer()
            if feedback is not None:
                timer.timeout.connect(lambda: loop.quit() if feedback.isCanceled() else None)
                timer.start(100)
            while not reply.isFinished() and not (feedback is not None and feedback.isCanceled()):
                loop.exec()
            timer.stop()
        if feedback is not None and feedback.isCanceled():
            self.abort()
            raise wfs.cancelled_error()
        self._read()
        self.file.close()
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        error = reply.error()
        content_type = bytes(reply.rawHeader(b"Content-Type")).decode("latin-1")
        message = reply.errorString() if error != QNetworkReply.NetworkError.NoError else ""
        if error == QNetworkReply.NetworkError.OperationCanceledError:  # QGIS's network timeout aborted it
            status, message = None, ""
        reply.deleteLater()
        self.reply = None
        with open(self.path, "rb") as stream:
            head = stream.read(HEAD_BYTES)
        body = head
        if (status is not None and int(status) >= 400) or b"Exception" in head[:4096]:
            with open(self.path, "rb") as stream:
                body = stream.read(1_000_000)
        answer = wfs.HttpAnswer(self.url, int(status) if status is not None else None, body, content_type, message)
        wfs.check_answer(answer, what or translate("Wfs", "GetFeature"))
        if message:  # an HTTP status but the transfer broke off
            raise wfs.WfsError(translate("Wfs", "The answer of {host} broke off ({what}): {error}").format(
                host=wfs.host_of(self.url), what=what, error=wfs.redact(message)))
        return self.path


