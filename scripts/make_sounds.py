"""Generate the player's cue sounds (16-bit mono WAV, soft sine tones) into assets/sounds/."""

from __future__ import annotations

import argparse
import math
import struct
import wave
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

RATE = 22050  # Hz: plenty for tones below 2 kHz, and half the size of 44.1 kHz
PEAK = 0.45  # of full scale (about -7 dBFS): audible over a fan, never startling
ATTACK = 0.008  # s: a raised-cosine onset; a hard edge clicks
OUT_DIR = Path(__file__).resolve().parent.parent / "assets" / "sounds"


@dataclass(frozen=True)
class Note:
    """One tone: frequency, start and length in seconds, relative loudness."""

    hz: float
    at: float
    seconds: float
    level: float = 1.0


def _note_value(note: Note, t: float) -> float:
    u = t - note.at
    if u < 0 or u >= note.seconds:
        return 0.0
    attack = 0.5 - 0.5 * math.cos(math.pi * min(u / ATTACK, 1.0))
    # Exponential decay to about -40 dB at the note's end, like a struck bell or marimba.
    decay = math.exp(-4.6 * u / note.seconds)
    # A quiet octave above warms a pure sine without making it buzzy.
    wave_value = math.sin(2 * math.pi * note.hz * u) + 0.12 * math.sin(4 * math.pi * note.hz * u)
    return note.level * attack * decay * wave_value / 1.12


def render(notes: Sequence[Note]) -> bytes:
    """The notes mixed into 16-bit little-endian samples, normalised to PEAK."""
    length = max(note.at + note.seconds for note in notes)
    count = round(length * RATE)
    mixed = [sum(_note_value(note, i / RATE) for note in notes) for i in range(count)]
    loudest = max(abs(value) for value in mixed) or 1.0
    scale = PEAK * 32767 / loudest
    return struct.pack(f"<{count}h", *(round(value * scale) for value in mixed))


# Pitches in equal temperament (A4 = 440 Hz).
C5, E5, G5, A5, C6, E6 = 523.25, 659.26, 783.99, 880.0, 1046.5, 1318.51

SOUNDS: dict[str, tuple[Note, ...]] = {
    # The 3-2-1 before a step ends: short and high, so it reads as a count, not an alarm.
    "tick": (Note(E6, 0.0, 0.09),),
    # A paced rep's next tempo phase: the quietest sound, heard many times a minute.
    "phase": (Note(A5, 0.0, 0.07, 0.55),),
    # Rising = begin, falling = end, the convention of most interval timers.
    "start": (Note(C5, 0.0, 0.16), Note(G5, 0.12, 0.26)),
    "halfway": (Note(A5, 0.0, 0.3, 0.7),),
    "end": (Note(G5, 0.0, 0.16), Note(C5, 0.12, 0.3)),
    "switch": (Note(E5, 0.0, 0.1), Note(E5, 0.13, 0.1), Note(E5, 0.26, 0.18)),
    "finished": (
        Note(C5, 0.0, 0.16),
        Note(E5, 0.11, 0.16),
        Note(G5, 0.22, 0.16),
        Note(C6, 0.33, 0.3),
    ),
}


def write(name: str, notes: Sequence[Note], folder: Path) -> Path:
    path = folder / f"{name}.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(render(notes))
    return path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="folder for the WAV files")
    options = parser.parse_args(argv)
    options.out.mkdir(parents=True, exist_ok=True)
    for name, notes in SOUNDS.items():
        path = write(name, notes, options.out)
        print(f"{path} ({path.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
