"""Every translatable string has Thai, and the compiled .qm matches the catalogue."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTranslator

from kiosk import i18n
from kiosk.i18n_build import QM_FILE, TS_FILE, extract_sources, load_catalogue


@pytest.fixture(scope="module")
def sources() -> list[str]:
    return sorted(set(extract_sources()))


@pytest.fixture(scope="module")
def catalogue() -> dict[str, str]:
    return load_catalogue()


def test_every_source_string_has_thai(sources, catalogue):
    assert len(sources) > 20  # lupdate found the code's strings
    missing = [s for s in sources if not catalogue.get(s, "").strip()]
    assert not missing, ("no Thai in assets/translations/th/*.tsv for:\n"
                         + "\n".join(missing))


def test_the_committed_qm_is_current(qapp, sources, catalogue):
    translator = QTranslator()
    assert translator.load(str(QM_FILE)), f"cannot load {QM_FILE}"
    stale = [s for s in sources if s in catalogue
             and translator.translate("QCoreApplication", s) != catalogue[s]]
    assert not stale, ("kiosk_th.qm is out of date; run python -m kiosk.i18n_build. Stale:\n"
                       + "\n".join(stale))


def test_the_ts_file_gives_the_same_thai_to_services(sources, catalogue):
    i18n.catalogue.cache_clear()
    from_ts = i18n.catalogue("th")
    stale = [s for s in sources if s in catalogue and from_ts.get(s) != catalogue[s]]
    assert not stale, f"{TS_FILE.name} is out of date; run python -m kiosk.i18n_build"


def test_placeholders_are_kept_in_thai(catalogue):
    import re
    field = re.compile(r"\{[a-z_]*\}")
    wrong = [s for s, th in catalogue.items() if sorted(field.findall(s)) != sorted(field.findall(th))]
    assert not wrong, "Thai lost or changed a {placeholder}:\n" + "\n".join(wrong)
