"""PromptPay payloads: TLV fields, CRC, target validation, the QR image and the CLI."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from hypothesis import given, strategies as st

from kiosk import promptpay
from kiosk.cli import main
from kiosk.errors import InvalidInput
from kiosk.money import Money

REFERENCE = "00020101021129370016A000000677010111011300668123456785802TH530376463045D82"


def test_the_reference_example_matches_exactly():
    assert promptpay.payload("0812345678") == REFERENCE
    assert promptpay.crc16("123456789") == 0x29B1  # the CRC-16/CCITT-FALSE check value


def _check(text: str) -> dict[str, str]:
    fields = promptpay.parse_tlv(text)
    assert list(fields)[:2] == ["00", "01"] and list(fields)[-1] == "63"
    assert fields["63"] == f"{promptpay.crc16(text[:-4]):04X}"
    assert promptpay.crc_ok(text)
    return fields


def test_a_dynamic_payload_with_an_amount_for_a_national_id():
    text = promptpay.payload("1-1017-00203-45-0", Money.parse("1,234.50"))
    fields = _check(text)
    assert fields["01"] == "12" and fields["54"] == "1234.50"
    assert (fields["58"], fields["53"]) == ("TH", "764")
    account = promptpay.parse_tlv(fields["29"])
    assert account == {"00": "A000000677010111", "02": "1101700203450"}


@given(satang=st.integers(min_value=1, max_value=5_000_000),
       mobile=st.from_regex(r"0[689][0-9]{8}", fullmatch=True))
def test_every_payload_parses_back_with_a_valid_crc(satang, mobile):
    text = promptpay.payload(mobile, Money(satang))
    fields = _check(text)
    assert fields["54"] == Money(satang).plain()
    assert promptpay.parse_tlv(fields["29"])["01"] == "0066" + mobile[1:]
    tampered = text[:-5] + ("0" if text[-5] != "0" else "1") + text[-4:]
    assert not promptpay.crc_ok(tampered)


@pytest.mark.parametrize("typed", ["081-234-5678", "+66812345678", "66812345678", "0812345678"])
def test_mobile_numbers_in_any_common_form(typed):
    assert promptpay.validate_target(typed) == (promptpay.MOBILE, "0812345678")


@pytest.mark.parametrize("bad", ["", "12345", "0212345678", "081234567", "1101700203451",
                                 "abcdefghij", "08123456789"])
def test_invalid_targets_are_refused_in_thai(bad):
    with pytest.raises(InvalidInput) as error:
        promptpay.payload(bad)
    assert any("\u0E00" <= ch <= "\u0E7F" for ch in error.value.message)


def test_amounts_must_be_positive_and_within_the_limit():
    with pytest.raises(InvalidInput):
        promptpay.payload("0812345678", Money(0))
    with pytest.raises(InvalidInput):
        promptpay.payload("0812345678", Money.baht(50_001), max_amount=Money.baht(50_000))
    assert promptpay.payload("0812345678", Money.baht(50_000), max_amount=Money.baht(50_000))


@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbarimg not installed")
def test_the_cli_prints_the_payload_and_writes_a_qr_that_scans_back(tmp_path, capsys):
    png = tmp_path / "qr.png"
    assert main(["promptpay", "0812345678", "--amount", "45.50", "--png", str(png)]) == 0
    printed = capsys.readouterr().out.strip()
    assert printed == promptpay.payload("0812345678", Money.parse("45.50"))
    scanned = subprocess.run(["zbarimg", "--raw", "-q", str(png)], capture_output=True, text=True)
    assert scanned.stdout.strip() == printed
    assert main(["promptpay", "0812345678"]) == 0
    assert capsys.readouterr().out.strip() == REFERENCE


def test_the_cli_refuses_a_bad_target(capsys):
    assert main(["promptpay", "1234567890123"]) != 0
    assert "13" in capsys.readouterr().err
