"""Build the Thai translation: ``python -m kiosk.i18n_build [--check]``.

1. pyside6-lupdate collects every ``tr("...")`` in kiosk/ (English sources);
2. the Thai for each source comes from assets/translations/th/*.tsv
   (one file per area, lines ``English<TAB>Thai``; ``\\n`` for a line break);
3. the result is written to assets/translations/kiosk_th.ts and compiled
   with pyside6-lrelease to kiosk_th.qm, which Qt loads at run time.

Sources without Thai are listed; ``--check`` exits 1 if there are any.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from kiosk.paths import PROJECT_ROOT, TRANSLATIONS

CATALOGUE_DIR = TRANSLATIONS / "th"
TS_FILE = TRANSLATIONS / "kiosk_th.ts"
QM_FILE = TRANSLATIONS / "kiosk_th.qm"


def _tool(name: str) -> str:
    beside_python = Path(sys.executable).parent / name
    if beside_python.exists():
        return str(beside_python)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the project (pip install -e .)")
    return found


def _unescape(text: str) -> str:
    return text.replace("\\n", "\n").replace("\\t", "\t")


def load_catalogue(directory: Path = CATALOGUE_DIR) -> dict[str, str]:
    """English source -> Thai, from every .tsv file in ``directory``."""
    result: dict[str, str] = {}
    for path in sorted(directory.glob("*.tsv")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            if line.count("\t") != 1:
                raise SystemExit(f"{path.name}:{number}: expected 'English<TAB>Thai'")
            source, thai = line.split("\t")
            result[_unescape(source)] = _unescape(thai)
    return result


def source_files() -> list[Path]:
    return sorted(p for p in (PROJECT_ROOT / "kiosk").rglob("*.py") if "migrations" not in p.parts)


def extract_sources() -> list[str]:
    """Every translatable English string in the code, via pyside6-lupdate."""
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "extract.ts"
        listing = Path(tmp) / "files.lst"
        listing.write_text("\n".join(str(p) for p in source_files()), encoding="utf-8")
        subprocess.run([_tool("pyside6-lupdate"), f"@{listing}", "-locations", "none",
                        "-ts", str(ts)], check=True, capture_output=True)
        root = ET.parse(ts).getroot()
        return [m.findtext("source") or "" for m in root.iter("message")]


def write_ts(sources: list[str], catalogue: dict[str, str], path: Path = TS_FILE) -> list[str]:
    """Write the .ts file; return the sources that have no Thai yet."""
    root = ET.Element("TS", version="2.1", language="th_TH", sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = "QCoreApplication"
    missing = []
    for source in sorted(set(sources)):
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if source in catalogue:
            translation.text = catalogue[source]
        else:
            translation.set("type", "unfinished")
            missing.append(source)
    ET.indent(root)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                    + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")
    return missing


def compile_qm(ts: Path = TS_FILE, qm: Path = QM_FILE) -> None:
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if any source lacks Thai")
    args = parser.parse_args(argv)
    sources = extract_sources()
    missing = write_ts(sources, load_catalogue())
    compile_qm()
    from kiosk.i18n import catalogue
    catalogue.cache_clear()
    print(f"{len(set(sources))} strings, {len(missing)} without Thai -> {TS_FILE.name}, {QM_FILE.name}")
    for source in missing:
        print(f"  missing: {source!r}")
    return 1 if (missing and args.check) else 0


if __name__ == "__main__":
    raise SystemExit(main())
