"""Sound and spoken cues of the player: created on first use, silent when there is no audio."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QLocale, QObject, QTimer, QUrl, Signal

from mobility_app import resources
from mobility_app.i18n import translate
from mobility_app.routine import Event, Step, wording
from mobility_app.ui.language import current_language

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger("mobility.cues")

# Event kind -> file in assets/sounds. "ready" and "rest" have none: each begins exactly when
# the previous step's "end" sounds, and two sounds at once blur into noise.
SOUND_FILES: dict[str, str] = {
    "tick": "tick",
    "phase": "phase",
    "start": "start",
    "halfway": "halfway",
    "end": "end",
    "switch_side": "switch",
    "finished": "finished",
}
# When several cues fall due at once, the one sounded is the latest in this list.
SOUND_PRIORITY = ("tick", "phase", "halfway", "end", "start", "switch_side", "finished")
# The tempo click comes every second or two of a paced set: quieter than the rest.
RELATIVE_LEVEL: dict[str, float] = {"phase": 0.6}
# An event noticed later than this (the machine slept, the loop stalled) is not sounded:
# a burst of stale beeps would be wrong about what is happening now.
STALE_AFTER = 1.0
NO_SPEECH_ENGINE = "mock"  # Qt's test engine: used only when asked for by name


class Sound(Protocol):
    """The part of QSoundEffect the cue player uses; tests pass fakes."""

    def play(self) -> None: ...

    def setVolume(self, volume: float) -> None: ...


SoundFactory = Callable[[str, QObject], Sound]


def sound_url(relative: str) -> QUrl:
    """A QUrl for an asset: "qrc:/..." for compiled resources, else a file URL."""
    where = resources.path(relative)
    return QUrl("qrc" + where) if where.startswith(":/") else QUrl.fromLocalFile(where)


def qt_sound(relative: str, parent: QObject) -> Sound:
    """A QSoundEffect for the asset; imported here so start-up never loads QtMultimedia."""
    from PySide6.QtMultimedia import QSoundEffect

    effect = QSoundEffect(parent)

    def loaded() -> None:
        # A device may refuse the format or the file may be missing: say so once, stay quiet.
        if effect.status() == QSoundEffect.Status.Error:
            log.info("Sound cue %s cannot play on this device", relative)

    effect.statusChanged.connect(loaded)
    effect.setSource(sound_url(relative))
    return effect


def audio_output_count() -> int:
    """How many audio outputs Qt sees; 0 if QtMultimedia cannot load at all."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError as exc:  # a missing system library (libpulse) or a partial install
        log.info("Sound cues are off: QtMultimedia cannot load (%s)", exc)
        return 0
    return len(QMediaDevices.audioOutputs())


def perceived_gain(volume: float) -> float:
    """A 0..1 slider value as a linear gain: cubic, as PulseAudio's volume sliders are."""
    return min(max(volume, 0.0), 1.0) ** 3


def spoken_text(event: Event, step: Step | None) -> str | None:
    """What to say for an event, short; None for events that only sound (ticks, halfway)."""
    if event.kind == "ready":
        return event.caption or translate("Routine", wording.TITLE_READY)
    if event.kind == "switch_side":
        return event.caption or translate("Routine", wording.TITLE_SWITCH)
    if event.kind == "rest":
        return translate("Routine", wording.TITLE_REST)
    if event.kind == "finished":
        return translate("Cues", "Done")
    if step is None or event.kind not in ("start", "phase"):
        return None
    if step.unit == "rep":
        # A paced set says each action on its first rep, then only counts, as a coach does.
        if step.unit_number == 1:
            return event.caption or None
        return str(step.unit_number) if event.kind == "start" else None
    if event.kind == "start":
        return step.label or translate("Routine", step.title)
    return None


def speech_locale() -> QLocale:
    """The locale the cues are spoken in: the language of their words (the interface's), in
    the system's region when it speaks that language (es_MX keeps a Mexican voice)."""
    language = current_language()
    locale = QLocale()
    return locale if locale.name().split("_")[0] == language else QLocale(language)


def use_interface_language(engine: QTextToSpeech) -> None:
    """Give `engine` a voice in the interface's language, if it has one; else keep its own."""
    wanted = speech_locale()
    if engine.locale().language() == wanted.language():
        return  # the engine's own voice for the language (en_GB rather than en_US) stays
    available = engine.availableLocales()
    same_language = [each for each in available if each.language() == wanted.language()]
    if wanted in available:
        engine.setLocale(wanted)
    elif same_language:
        engine.setLocale(same_language[0])
    else:
        log.info("The %s engine has no %s voice", engine.engine(), wanted.name())


class Speaker(QObject):
    """Speaks short cues through QTextToSpeech, once the person has turned speech on.

    The engine is created on the first `say()`, from the event loop (never at start-up and
    never inside the caller), because the speech-dispatcher engine can stall when there is no
    audio device. Until it is ready only the newest text is kept; an engine in the error
    state is dropped quietly and speech stays off for the rest of the run.
    """

    spoke = Signal(str)

    def __init__(
        self, parent: QObject | None = None, *, engine: str | None = None, enabled: bool = False
    ) -> None:
        super().__init__(parent)
        self._engine_name = engine
        self._enabled = enabled
        self._engine: QTextToSpeech | None = None
        self._creating = False
        self._failed = False
        self._pending: str | None = None

    @property
    def enabled(self) -> bool:
        return self._enabled

    @property
    def failed(self) -> bool:
        return self._failed

    def engine(self) -> QTextToSpeech | None:
        return self._engine

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled
        if not enabled:
            self.stop()

    def say(self, text: str) -> None:
        if not self._enabled or self._failed or not text:
            return
        if self._engine is None:
            self._pending = text
            if not self._creating:
                self._creating = True
                QTimer.singleShot(0, self, self._create)
            return
        self._speak(text)

    def stop(self) -> None:
        self._pending = None
        if self._engine is not None:
            self._engine.stop()

    def _create(self) -> None:
        self._creating = False
        if not self._enabled or self._failed or self._engine is not None:
            return
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as exc:
            self._give_up(f"QtTextToSpeech cannot load ({exc})")
            return
        available = QTextToSpeech.availableEngines()
        name = self._engine_name
        if name is None:
            # The test engine speaks to nobody; never pick it unasked.
            name = next((e for e in available if e != NO_SPEECH_ENGINE), None)
        if name is None or name not in available:
            self._give_up(f"no speech engine (available: {', '.join(available) or 'none'})")
            return
        engine = QTextToSpeech(name, self)
        if engine.state() == QTextToSpeech.State.Error:
            self._give_up(f"the {name} engine failed: {engine.errorString()}")
            engine.deleteLater()
            return
        self._engine = engine
        use_interface_language(engine)
        engine.stateChanged.connect(self._state_changed)
        log.info("Speech cues through the %s engine", name)
        if engine.state() == QTextToSpeech.State.Ready and self._pending:
            self._speak(self._pending)

    def _state_changed(self, state: object) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        engine = self._engine
        if engine is None:
            return
        if state == QTextToSpeech.State.Error:
            self._give_up(f"the {engine.engine()} engine failed: {engine.errorString()}")
            self._engine = None
            engine.deleteLater()
        elif state == QTextToSpeech.State.Ready and self._pending:
            self._speak(self._pending)

    def _speak(self, text: str) -> None:
        assert self._engine is not None
        self._pending = None
        # say() interrupts what is still being said: a cue is only useful while current.
        self._engine.say(text)
        self.spoke.emit(text)

    def _give_up(self, reason: str) -> None:
        self._failed = True
        self._pending = None
        log.info("Spoken cues are off: %s", reason)


class CuePlayer(QObject):
    """Plays the sound (and, if turned on, says the words) for each routine event.

    Settings arrive as plain values through the setters. Sounds are created on first use;
    with no audio output (or no QtMultimedia) the player is visual-only, silently: the ring
    flashes for every cue anyway.
    """

    played = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        sound_enabled: bool = True,
        volume: float = 0.8,
        speech_enabled: bool = False,
        speech_engine: str | None = None,
        sound_factory: SoundFactory = qt_sound,
        output_count: Callable[[], int] = audio_output_count,
    ) -> None:
        super().__init__(parent)
        self._sound_enabled = sound_enabled
        self._volume = min(max(volume, 0.0), 1.0)
        self._factory = sound_factory
        self._output_count = output_count
        self._audio: bool | None = None  # unknown until the first sound is wanted
        self._sounds: dict[str, Sound] = {}
        self.speaker = Speaker(self, engine=speech_engine, enabled=speech_enabled)

    # Settings

    @property
    def sound_enabled(self) -> bool:
        return self._sound_enabled

    def set_sound_enabled(self, enabled: bool) -> None:
        self._sound_enabled = enabled

    @property
    def volume(self) -> float:
        return self._volume

    def set_volume(self, volume: float) -> None:
        self._volume = min(max(volume, 0.0), 1.0)
        for kind, sound in self._sounds.items():
            sound.setVolume(self._gain(kind))

    @property
    def speech_enabled(self) -> bool:
        return self.speaker.enabled

    def set_speech_enabled(self, enabled: bool) -> None:
        self.speaker.set_enabled(enabled)

    # Playing

    def audio_available(self) -> bool:
        """Whether there is somewhere to play sounds; asked once, on first need."""
        if self._audio is None:
            self._audio = self._output_count() > 0
            if not self._audio:
                log.info("No audio output: cues are visual only")
        return self._audio

    def sound_count(self) -> int:
        """How many sounds have been created (each once, on first use)."""
        return len(self._sounds)

    def prepare(self) -> None:
        """Load every sound now (when a run starts), so the first cue is not late."""
        if self._muted():
            return
        for kind in SOUND_FILES:
            self._sound(kind)

    def play(self, kind: str) -> bool:
        """Play the sound for an event kind; return whether one was played."""
        if kind not in SOUND_FILES or self._muted():
            return False
        self._sound(kind).play()
        self.played.emit(kind)
        return True

    def cue(self, event: Event, step: Step | None = None, late: float = 0.0) -> None:
        """Sound and say `event`; `late` is how long after its due time it was noticed."""
        self.cue_many([(event, step, late)])

    def cue_many(self, cues: Sequence[tuple[Event, Step | None, float]]) -> None:
        """Sound and say the events of one poll, oldest first.

        Events due at the same instant (a rep's end and the next rep's start, a hold's end
        and the switch) give one sound, the most telling, and the last words: two tones at
        once blur into noise, and say() would cut the first words off anyway.
        """
        groups: dict[int, list[tuple[Event, Step | None]]] = {}
        for event, step, late in cues:
            if late <= STALE_AFTER:
                groups.setdefault(round(event.due * 1000), []).append((event, step))
        for group in groups.values():
            kinds = [event.kind for event, _ in group if event.kind in SOUND_FILES]
            if kinds:
                self.play(max(kinds, key=SOUND_PRIORITY.index))
            texts = [spoken_text(event, step) for event, step in group]
            text = next((text for text in reversed(texts) if text), None)
            if text:
                self.speaker.say(text)

    def stop(self) -> None:
        self.speaker.stop()

    def _muted(self) -> bool:
        return not self._sound_enabled or self._volume <= 0 or not self.audio_available()

    def _gain(self, kind: str) -> float:
        return perceived_gain(self._volume) * RELATIVE_LEVEL.get(kind, 1.0)

    def _sound(self, kind: str) -> Sound:
        sound = self._sounds.get(kind)
        if sound is None:
            sound = self._factory(f"sounds/{SOUND_FILES[kind]}.wav", self)
            sound.setVolume(self._gain(kind))
            self._sounds[kind] = sound
        return sound
