"""Procedural exercise demonstrations: figure, poses, keyframes and kinematics; render paints.

Importing this package does not import Qt; ``mobility_app.motion.render`` holds the QPainter code.
"""

from mobility_app.motion.keyframes import Animation, Keyframe
from mobility_app.motion.pose import Planted, Pose
from mobility_app.motion.schema import AnimationError, parse_animation

__all__ = [
    "Animation",
    "AnimationError",
    "Keyframe",
    "Planted",
    "Pose",
    "parse_animation",
]
