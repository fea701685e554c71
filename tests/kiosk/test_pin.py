"""PIN hashing, verification, the lock-out, and the `kiosk-pin` command."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mobility_app.kiosk.pin import (
    LOCK_SECONDS,
    PinLock,
    hash_pin,
    kiosk_pin_command,
    parse_pin_hash,
    pin_problem,
    verify_pin,
)
from mobility_app.routine import ManualClock

from .conftest import FAST_N, PIN


def test_hash_format_is_scrypt_with_salt_and_costs():
    text = hash_pin("482913")
    scheme, n, r, p, _salt, _digest = text.split("$")
    assert (scheme, n, r, p) == ("scrypt", "16384", "8", "1")
    stored = parse_pin_hash(text)
    assert len(stored.salt) == 16 and len(stored.digest) == 32
    assert verify_pin("482913", stored)
    assert not verify_pin("482914", stored)


def test_each_hash_has_its_own_salt():
    assert hash_pin(PIN, n=FAST_N) != hash_pin(PIN, n=FAST_N)


@settings(max_examples=15, deadline=None)
@given(st.text(alphabet="0123456789", min_size=4, max_size=12))
def test_any_valid_pin_verifies_and_no_other_does(pin):
    stored = parse_pin_hash(hash_pin(pin, n=FAST_N))
    assert verify_pin(pin, stored)
    assert not verify_pin(pin + "0", stored)


@pytest.mark.parametrize(
    ("pin", "problem"),
    [("", "empty"), ("123", "at least 4"), ("12a4", "digits only"), ("1" * 13, "at most 12")],
)
def test_pin_rules(pin, problem):
    assert problem in pin_problem(pin)


def test_five_wrong_pins_lock_for_30_seconds(pin_hash_text):
    clock = ManualClock()
    lock = PinLock(parse_pin_hash(pin_hash_text), clock)
    assert [lock.submit("0000") for _ in range(4)] == ["wrong"] * 4
    assert lock.attempts_left() == 1
    assert lock.submit("0000") == "locked"
    # While locked even the right PIN is not looked at.
    assert lock.submit(PIN) == "locked"
    clock.advance(LOCK_SECONDS - 0.1)
    assert lock.locked_remaining() == pytest.approx(0.1)
    assert lock.submit(PIN) == "locked"
    clock.advance(0.1)
    assert lock.locked_remaining() == 0
    assert lock.attempts_left() == 5
    assert lock.submit(PIN) == "granted"


def test_a_right_pin_clears_the_count(pin_hash_text):
    lock = PinLock(parse_pin_hash(pin_hash_text), ManualClock())
    lock.submit("1111")
    lock.submit("2222")
    assert lock.submit(PIN) == "granted"
    assert lock.wrong_count == 0


def run_command(text: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = kiosk_pin_command(io.StringIO(text), out, err, config_hint="/etc/kiosk.toml")
    return code, out.getvalue(), err.getvalue()


def test_kiosk_pin_prints_the_line_to_paste():
    code, out, err = run_command("482913\n")
    assert code == 0
    line = out.strip()
    assert line.startswith('pin_hash = "scrypt$') and line.endswith('"')
    assert "482913" not in out + err
    assert verify_pin("482913", parse_pin_hash(line.split('"')[1]))
    assert "/etc/kiosk.toml" in err


@pytest.mark.parametrize("text", ["", "\n", "12\n", "12ab\n", "1234567890123\n"])
def test_kiosk_pin_refuses_a_bad_pin_with_status_2(text):
    code, out, err = run_command(text)
    assert code == 2
    assert out == ""
    assert "mobility-app kiosk-pin:" in err
