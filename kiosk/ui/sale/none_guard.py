"""Work around a PySide6 6.12 bug on Python 3.11: void methods drop a reference to None.

Every call such as ``QPainter.setPen`` or ``drawEllipse`` decrements None's
reference count without having taken one; after some tens of thousands of
calls (a few minutes of painting tiles and cart rows) CPython aborts with
"none_dealloc: deallocating None". From Python 3.12 None is immortal and
nothing needs doing. On 3.11 we give None a reference count so large that
no session can wear it down (2**40 calls); the same for True and False,
which Python overrides of Qt virtuals returning bool wear down the same way. Idempotent; call it before Qt paints.
"""

from __future__ import annotations

import ctypes
import sys

_BOOST = 1 << 40
_done = False


def protect_none() -> None:
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in (None, True, False):  # bools too: some overrides returning bool
        refcount = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt is the first field
        refcount.value += _BOOST
    _done = True
