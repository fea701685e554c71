"""The built-in entries' ids, in the order of the source article (exercises, then the test)."""

ARTICLE_ORDER: tuple[str, ...] = (
    "deep-squat",
    "ankle-circles",
    "calf-raise",
    "wall-lean",
    "half-kneeling",
    "downward-dog-march",
    "knee-to-wall",
)
