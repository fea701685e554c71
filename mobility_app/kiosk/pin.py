"""The kiosk's admin PIN: salted scrypt hashes, constant-time checks and the 5-try lock-out."""

from __future__ import annotations

import base64
import binascii
import getpass
import hashlib
import hmac
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, TextIO

from mobility_app.i18n import fill, translate

# scrypt's cost: N=2^14, r=8, p=1 is the interactive-login setting of Percival's paper
# (2009) and the OWASP minimum; about 16 MiB and 50 ms here, paid once per PIN typed.
DEFAULT_N = 2**14
DEFAULT_R = 8
DEFAULT_P = 1
SALT_BYTES = 16
HASH_BYTES = 32
SCHEME = "scrypt"
# A config file can name other costs; these bounds keep a typo from asking for gigabytes.
N_RANGE = (2**10, 2**20)
R_RANGE = (1, 32)
P_RANGE = (1, 16)
MAX_MEMORY = 256 * 1024 * 1024

PIN_DIGITS = (4, 12)
MAX_ATTEMPTS = 5
LOCK_SECONDS = 30.0

Verdict = Literal["granted", "wrong", "locked"]


@dataclass(frozen=True)
class PinHash:
    """A parsed `scrypt$n$r$p$salt$hash` string."""

    n: int
    r: int
    p: int
    salt: bytes
    digest: bytes

    def text(self) -> str:
        salt = base64.b64encode(self.salt).decode("ascii")
        digest = base64.b64encode(self.digest).decode("ascii")
        return f"{SCHEME}${self.n}${self.r}${self.p}${salt}${digest}"


def _memory(n: int, r: int, p: int) -> int:
    # scrypt needs 128·r·N bytes for V plus 128·r·p for B; the slack covers the rest.
    return 128 * r * (n + p) + 1024 * 1024


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=_memory(n, r, p), dklen=HASH_BYTES
    )


def pin_problem(pin: str) -> str | None:
    """Why `pin` cannot be a kiosk PIN, or None. Digits only: the PIN pad has nothing else."""
    low, high = PIN_DIGITS
    if not pin:
        return "the PIN is empty"
    if not (pin.isascii() and pin.isdigit()):
        return "a PIN is digits only (the kiosk's PIN pad has no letters)"
    if len(pin) < low:
        return f"a PIN needs at least {low} digits"
    if len(pin) > high:
        return f"a PIN has at most {high} digits"
    return None


def hash_pin(
    pin: str, *, salt: bytes | None = None, n: int = DEFAULT_N, r: int = DEFAULT_R,
    p: int = DEFAULT_P,
) -> str:  # fmt: skip
    """The `scrypt$n$r$p$salt_b64$hash_b64` text to store for `pin` (a fresh salt each call)."""
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    return PinHash(n, r, p, salt, _derive(pin, salt, n, r, p)).text()


def parse_pin_hash(text: str) -> PinHash:
    """Parse a stored hash; ValueError says what is wrong with it, never what it holds.

    The message is the rest of a sentence about the config's pin_hash key, for the staff
    who set the kiosk up (context "KioskConfig", like the config's other messages).
    """
    parts = text.strip().split("$")
    if len(parts) != 6 or parts[0] != SCHEME:
        raise ValueError(
            translate(
                "KioskConfig",
                "is not a PIN hash made by `mobility-app kiosk-pin` (scrypt$n$r$p$salt$hash)",
            )
        )
    try:
        n, r, p = (int(part) for part in parts[1:4])
    except ValueError:
        raise ValueError(
            translate("KioskConfig", "has scrypt costs that are not whole numbers")
        ) from None
    if not (N_RANGE[0] <= n <= N_RANGE[1]) or n & (n - 1):
        message = translate("KioskConfig", "has n=%1; scrypt needs a power of 2 from 2^10 to 2^20")
        raise ValueError(fill(message, n))
    if not (R_RANGE[0] <= r <= R_RANGE[1] and P_RANGE[0] <= p <= P_RANGE[1]):
        message = translate("KioskConfig", "has r=%1, p=%2; allowed are r 1–32 and p 1–16")
        raise ValueError(fill(message, r, p))
    if _memory(n, r, p) > MAX_MEMORY:
        raise ValueError(translate("KioskConfig", "asks scrypt for more than 256 MiB of memory"))
    try:
        salt = base64.b64decode(parts[4], validate=True)
        digest = base64.b64decode(parts[5], validate=True)
    except (binascii.Error, ValueError):
        raise ValueError(
            translate("KioskConfig", "has a salt or hash that is not base64")
        ) from None
    if len(salt) < 8 or len(digest) < 16:
        raise ValueError(translate("KioskConfig", "has a salt or hash that is too short"))
    return PinHash(n, r, p, salt, digest)


def verify_pin(pin: str, stored: PinHash) -> bool:
    """Whether `pin` matches; the comparison takes the same time wherever they differ."""
    candidate = hashlib.scrypt(
        pin.encode("utf-8"), salt=stored.salt, n=stored.n, r=stored.r, p=stored.p,
        maxmem=_memory(stored.n, stored.r, stored.p), dklen=len(stored.digest),
    )  # fmt: skip
    return hmac.compare_digest(candidate, stored.digest)


class PinLock:
    """Checks PINs and locks for `lock_seconds` after `max_attempts` wrong ones in a row.

    Time comes from `clock`; while locked nothing is checked at all, so guessing is not
    merely ignored but impossible. The count survives closing the pad (it lives as long as
    the kiosk window), so reopening the pad does not earn five more tries.
    """

    def __init__(
        self,
        stored: PinHash,
        clock: Callable[[], float] = time.monotonic,
        *,
        max_attempts: int = MAX_ATTEMPTS,
        lock_seconds: float = LOCK_SECONDS,
    ) -> None:
        self._stored = stored
        self._clock = clock
        self._max = max_attempts
        self._lock_seconds = lock_seconds
        self._wrong = 0
        self._locked_until: float | None = None

    @property
    def wrong_count(self) -> int:
        return self._wrong

    def attempts_left(self) -> int:
        return self._max - self._wrong

    def locked_remaining(self) -> float:
        """Seconds until the pad accepts PINs again; 0 when it does."""
        if self._locked_until is None:
            return 0.0
        remaining = self._locked_until - self._clock()
        if remaining <= 0:
            self._locked_until = None
            self._wrong = 0
            return 0.0
        return remaining

    def submit(self, pin: str) -> Verdict:
        if self.locked_remaining() > 0:
            return "locked"
        if verify_pin(pin, self._stored):
            self._wrong = 0
            return "granted"
        self._wrong += 1
        if self._wrong >= self._max:
            self._locked_until = self._clock() + self._lock_seconds
            return "locked"
        return "wrong"


def _read_pin(stdin: TextIO, stderr: TextIO) -> str | None:
    """One PIN from stdin; typed twice, unechoed, when a person is at a terminal."""
    if stdin.isatty():
        first = getpass.getpass("Kiosk PIN (4–12 digits): ", stream=stderr)
        second = getpass.getpass("Type it again: ", stream=stderr)
        return first.strip() if first == second else None
    return stdin.readline().strip()


def kiosk_pin_command(
    stdin: TextIO, stdout: TextIO, stderr: TextIO, *, config_hint: str = ""
) -> int:
    """`mobility-app kiosk-pin`: read a PIN, print the `pin_hash = "…"` line; 0, 2 or 1."""
    try:
        pin = _read_pin(stdin, stderr)
    except (OSError, EOFError, KeyboardInterrupt) as exc:
        print(f"mobility-app kiosk-pin: cannot read the PIN: {exc or 'cancelled'}", file=stderr)
        return 1
    if pin is None:
        print("mobility-app kiosk-pin: the two PINs differ; nothing was printed.", file=stderr)
        return 2
    problem = pin_problem(pin)
    if problem is not None:
        print(
            f"mobility-app kiosk-pin: {problem}. Type 4–12 digits, e.g. "
            "`printf '%s\\n' 482913 | mobility-app kiosk-pin`.",
            file=stderr,
        )
        return 2
    print(f'pin_hash = "{hash_pin(pin)}"', file=stdout)
    where = f" ({config_hint})" if config_hint else ""
    print(
        f"Paste this line into the kiosk config{where}. Only the salted hash is stored; "
        "keep the PIN itself somewhere safe.",
        file=stderr,
    )
    return 0
