"""Before starting Qt: are the system libraries it needs installed?

PySide6 from PyPI brings Qt itself but not the system libraries Qt links to
(OpenGL, fontconfig, xkbcommon, the xcb family for a real window). Without
them Qt stops with a loader error or a core dump; this module finds what is
missing first, so ``kiosk run`` can print the exact ``apt-get`` line instead.
Qt-free: it only asks the dynamic loader.
"""

from __future__ import annotations

import ctypes
import os
from collections.abc import Callable
from dataclasses import dataclass

# soname -> Debian package (bookworm), for QtCore, QtGui, QtWidgets and QtDBus
CORE_LIBRARIES = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libX11.so.6": "libx11-6",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libdbus-1.so.3": "libdbus-1-3",
}

# ... and for the xcb platform plugin: a real window on an X screen
XCB_LIBRARIES = {
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}

# platforms that draw without a window system
HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc")


@dataclass(frozen=True)
class MissingLibrary:
    soname: str
    package: str


def _loadable(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def platform_name() -> str:
    """The Qt platform plugin that will be used ("xcb" unless QT_QPA_PLATFORM says)."""
    requested = os.environ.get("QT_QPA_PLATFORM", "").split(":", 1)[0].strip().lower()
    return requested or "xcb"


def needs_window_system(platform: str | None = None) -> bool:
    return (platform or platform_name()) not in HEADLESS_PLATFORMS


def missing_system_libraries(platform: str | None = None,
                             loadable: Callable[[str], bool] | None = None) -> list[MissingLibrary]:
    """The libraries Qt needs that the loader cannot find, with their Debian package."""
    platform = platform or platform_name()
    loadable = loadable or _loadable
    wanted = dict(CORE_LIBRARIES)
    if platform == "xcb":
        wanted.update(XCB_LIBRARIES)
    return [MissingLibrary(soname, package) for soname, package in wanted.items()
            if not loadable(soname)]


def install_command(missing: list[MissingLibrary]) -> str:
    """The one line that installs what is missing."""
    packages = sorted({library.package for library in missing})
    return "sudo apt-get update && sudo apt-get install -y " + " ".join(packages)


def no_display(platform: str | None = None) -> bool:
    """True if Qt would need an X display and there is none to connect to."""
    platform = platform or platform_name()
    if platform != "xcb":
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
