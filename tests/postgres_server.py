"""A throwaway PostgreSQL server for the tests, started from the binaries in
the ``pgserver`` wheel (a test dependency) or, failing that, a PostgreSQL
found on this computer.

Small on purpose so it can be swapped: ``start()`` gives a running server
and its superuser URL, ``stop()`` ends it. PostgreSQL refuses to run as root
(CI runs as root), so as root the server runs as the unprivileged ``nobody``
user; pgserver's own launcher would instead add a system user and open up
every folder above its data, which a shared machine should not get from a
test run.
"""

from __future__ import annotations

import glob
import importlib.util
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


class ServerUnavailable(RuntimeError):
    """No PostgreSQL could be found or started (the reason is the message)."""


@dataclass
class Server:
    bin_dir: Path
    data: Path
    socket_dir: Path
    user: int | None  # the uid the server runs as (None: this process's)

    def url(self, database: str = "postgres", driver: str = "postgresql+psycopg") -> str:
        return f"{driver}://postgres@/{database}?host={self.socket_dir}&port=5432"


def _binaries() -> Path:
    spec = importlib.util.find_spec("pgserver")
    candidates = []
    if spec is not None and spec.submodule_search_locations:
        candidates.append(Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin")
    candidates += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)]
    found = shutil.which("pg_ctl")
    if found:
        candidates.append(Path(found).parent)
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    raise ServerUnavailable("no PostgreSQL binaries: install the test extras (pgserver)")


def _run(args: list[str], user: int | None, **kwargs) -> subprocess.CompletedProcess:
    extra = {"user": user, "group": pwd.getpwuid(user).pw_gid} if user is not None else {}
    return subprocess.run(args, check=True, capture_output=True, text=True,
                          env={**os.environ, "LC_ALL": "C.UTF-8"}, **extra, **kwargs)


def _reachable_binaries(bin_dir: Path, user: int | None, scratch: Path) -> Path:
    """``bin_dir``, or a copy the server's user can run (a venv under /root is not)."""
    if user is None:
        return bin_dir
    try:
        _run([str(bin_dir / "postgres"), "--version"], user)
        return bin_dir
    except (subprocess.CalledProcessError, PermissionError, OSError):
        pass
    # the wheel's binaries find their libraries by RPATH $ORIGIN/../../../pgserver.libs:
    # the copy keeps that layout
    install = bin_dir.parent
    copy = scratch / install.parent.name / install.name
    shutil.copytree(install, copy, symlinks=True)
    libs = install.parent.parent / f"{install.parent.name}.libs"
    if libs.is_dir():
        shutil.copytree(libs, scratch / libs.name, symlinks=True)
    for folder in [scratch, *[p for p in scratch.rglob("*") if p.is_dir()]]:
        folder.chmod(0o755)
    return copy / "bin"


def start() -> Server:
    """Initialise and start a server with trust authentication on a private socket."""
    bin_dir = _binaries()
    user = pwd.getpwnam("nobody").pw_uid if os.geteuid() == 0 else None
    scratch = Path(tempfile.mkdtemp(prefix="kiosk-pg-"))
    scratch.chmod(0o755)
    bin_dir = _reachable_binaries(bin_dir, user, scratch)
    data, socket_dir = scratch / "data", scratch / "socket"
    data.mkdir()
    socket_dir.mkdir()
    if user is not None:
        for folder in (data, socket_dir):
            os.chown(folder, user, pwd.getpwuid(user).pw_gid)
    try:
        _run([str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
              "--encoding=UTF8", "--no-sync"], user)
        server = Server(bin_dir, data, socket_dir, user)
        resume(server)
    except (subprocess.CalledProcessError, OSError) as error:
        detail = getattr(error, "stderr", "") or str(error)
        shutil.rmtree(scratch, ignore_errors=True)
        raise ServerUnavailable(f"PostgreSQL did not start: {detail.strip()[-500:]}") from None
    return server


def resume(server: Server) -> None:
    """Start the server (again, after ``halt``: a restarted server, its data kept)."""
    # durability off: a test server's data is thrown away anyway
    options = (f"-k {server.socket_dir} -h '' -F -c synchronous_commit=off "
               "-c full_page_writes=off -c max_connections=200")
    _run([str(server.bin_dir / "pg_ctl"), "-D", str(server.data), "-w", "-t", "30", "-l",
          str(server.data / "server.log"), "-o", options, "start"], server.user)


def halt(server: Server, mode: str = "fast") -> None:
    """Stop the server as a restart would (every connection broken, what was
    committed kept); ``resume`` brings it back. ``immediate``: a crash (this
    server, without synchronous commits, may then lose the last commits)."""
    _run([str(server.bin_dir / "pg_ctl"), "-D", str(server.data), "-m", mode, "-w",
          "stop"], server.user, timeout=30)


def stop(server: Server) -> None:
    try:
        halt(server, "immediate")
    finally:
        shutil.rmtree(server.data.parent, ignore_errors=True)


if __name__ == "__main__":  # a quick manual check: python tests/postgres_server.py
    started = time.monotonic()
    running = start()
    print(f"started in {time.monotonic() - started:.2f} s: {running.url()}")
    stop(running)
