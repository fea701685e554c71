"""An entry's demonstration, parsed from its [animation] table on first use and kept."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mobility_app.catalog.model import Entry

if TYPE_CHECKING:
    from mobility_app.motion import Animation

# Keyed by the captions too: the same entry in another language (catalog.localize) carries
# other captions, and a kiosk visitor who switches language must not see the old ones.
_parsed: dict[tuple[str, str, tuple[str, ...]], Animation] = {}


def entry_animation(entry: Entry) -> Animation | None:
    """The entry's Animation, or None when it has none.

    Parsed lazily: the library page needs no animation, so start-up does not pay for the
    motion package. Built-in tables are checked by the tests; custom ones by the loader,
    which skips a file whose animation is bad. So an AnimationError here is a bug.
    """
    if entry.animation is None:
        return None
    keyframes = entry.animation.get("keyframes", ())
    captions = tuple(str(k.get("caption", "")) for k in keyframes if isinstance(k, dict))
    key = (entry.id, str(entry.path), captions)
    if key not in _parsed:
        from mobility_app.motion import parse_animation

        _parsed[key] = parse_animation(entry.animation, "animation", name=entry.id)
    return _parsed[key]
