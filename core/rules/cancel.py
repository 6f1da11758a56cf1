# SPDX-License-Identifier: GPL-2.0-or-later
"""Cancellation: one exception for every core loop.

A core function that is told to stop (a ``cancelled`` callable returns True,
or a Processing feedback says ``isCanceled()``) raises :class:`Cancelled`;
it never returns ``None`` or a partial result for it. The Processing
adapters let it through to ``processing.sinks.run_guarded``, which removes
whatever the run wrote. ``core.sources.wfs.WfsCancelled`` derives from it.
"""
from __future__ import annotations

from typing import Callable, Optional


class Cancelled(Exception):  # noqa: N818 - the name the issue gives it
    """The user cancelled: the work stops and nothing is written."""


def check(cancelled: Optional[Callable[[], bool]]) -> None:
    """Raise :class:`Cancelled` when the callable ``cancelled`` says so (None: never)."""
    if cancelled is not None and cancelled():
        raise Cancelled()


def check_feedback(feedback, fraction: Optional[float] = None) -> None:
    """Raise :class:`Cancelled` when ``feedback`` is cancelled; else report ``fraction`` (0..1) as progress."""
    if feedback is None:
        return
    if feedback.isCanceled():
        raise Cancelled()
    if fraction is not None:
        feedback.setProgress(100.0 * min(max(fraction, 0.0), 1.0))
