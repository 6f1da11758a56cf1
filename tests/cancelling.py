# SPDX-License-Identifier: GPL-2.0-or-later
"""Cancel a Processing run in the middle of its work: at the first progress report after its output exists.

So the output was really started when the run is cancelled, and "nothing is left" holds only if the run
removes it again (a cancel before the run starts would leave no file even with broken clean-up).
"""
from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProcessingFeedback

#: What processing/sinks.py run_guarded reports for a cancelled run.
CANCELLED = "Cancelled: no output was written."


class CancelWhenWritten(QgsProcessingFeedback):
    """Cancels at the first progress report past 0 once ``path`` exists; keeps the reported errors."""

    def __init__(self, path):
        super().__init__()
        self.path = Path(path)
        self.errors: list = []
        self.cancelled_at = None
        self.progressChanged.connect(self._progress)

    def _progress(self, value):
        if value > 0 and self.cancelled_at is None and self.path.exists():
            self.cancelled_at = value
            self.cancel()

    def reportError(self, error, fatalError=False):  # noqa: N802 - QGIS's name
        self.errors.append(error)
        super().reportError(error, fatalError)


def run_and_cancel(algorithm: str, parameters: dict, output) -> tuple:
    """(result, feedback) of ``algorithm`` cancelled once ``output`` (a file path) exists."""
    import processing

    feedback = CancelWhenWritten(output)
    result = processing.run(algorithm, parameters, feedback=feedback)
    return result, feedback


def assert_cancelled_and_clean(result, feedback, folder, kept=()):
    """The run was cancelled while writing, said so exactly, returned nothing and left only ``kept``."""
    assert feedback.cancelled_at is not None, "the run never reported progress once its output existed"
    assert result == {}
    assert feedback.errors == [CANCELLED]
    assert sorted(p.name for p in Path(folder).iterdir()) == sorted(kept)
