"""Cues: sounds made on first use, silent without audio, speech through the mock engine, flashes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QFile, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QImage, QPainter, QPalette

from mobility_app.catalog import Dose, Entry, TempoPhase
from mobility_app.routine import Event, PlanOptions, RoutineItem, build_plan
from mobility_app.ui import countdown
from mobility_app.ui.countdown import CountdownRing, RingState, digit_font, draw_ring
from mobility_app.ui.cues import SOUND_FILES, CuePlayer, Speaker, sound_url, spoken_text


class FakeSound:
    def __init__(self, source: str) -> None:
        self.source = source
        self.volume = None
        self.plays = 0

    def play(self) -> None:
        self.plays += 1

    def setVolume(self, volume: float) -> None:
        self.volume = volume


class Sounds:
    """A sound factory that records what it made; no sound device is ever touched."""

    def __init__(self) -> None:
        self.made: dict[str, FakeSound] = {}

    def __call__(self, source, parent):
        sound = FakeSound(source)
        self.made[source] = sound
        return sound


@pytest.fixture
def sounds():
    return Sounds()


def make_player(qapp, sounds, outputs=1, **kwargs):
    calls = []

    def count():
        calls.append(1)
        return outputs

    player = CuePlayer(qapp, sound_factory=sounds, output_count=count, **kwargs)
    player.output_calls = calls
    return player


def plan():
    hold = Dose("hold", 1, 1, True, 0, "", seconds=3)
    reps = Dose("reps", 2, 1, False, 0, "", tempo=(TempoPhase("Rise", 1), TempoPhase("Lower", 2)))
    entries = [
        Entry(i, "exercise", n, "", "", (), (), (), (), (), (), (), dose=d)
        for i, n, d in (("h", "Wall lean", hold), ("r", "Calf raise", reps))
    ]
    return build_plan([RoutineItem(e) for e in entries], PlanOptions(ready_seconds=2))


def test_sounds_are_made_on_first_use_and_played(qapp, sounds):
    player = make_player(qapp, sounds, volume=1.0)
    assert player.sound_count() == 0 and player.output_calls == []  # nothing at start-up
    assert player.play("tick")
    assert player.play("tick")
    assert list(sounds.made) == ["sounds/tick.wav"]
    assert sounds.made["sounds/tick.wav"].plays == 2
    assert not player.play("ready")  # no sound for this kind
    player.prepare()
    assert sorted(sounds.made) == sorted(f"sounds/{n}.wav" for n in SOUND_FILES.values())
    assert len(player.output_calls) == 1  # the device list is asked once


def test_mute_and_zero_volume_make_and_play_nothing(qapp, sounds):
    player = make_player(qapp, sounds, sound_enabled=False)
    player.prepare()
    assert not player.play("start")
    player.set_sound_enabled(True)
    player.set_volume(0.0)
    assert not player.play("start")
    assert sounds.made == {}


def test_volume_reaches_every_sound_the_tempo_click_quieter(qapp, sounds):
    player = make_player(qapp, sounds, volume=1.0)
    player.play("start")
    player.play("phase")
    assert sounds.made["sounds/start.wav"].volume == pytest.approx(1.0)
    assert sounds.made["sounds/phase.wav"].volume < 1.0
    player.set_volume(0.5)
    assert sounds.made["sounds/start.wav"].volume == pytest.approx(0.125)  # cubic


def test_without_audio_outputs_the_player_is_silent_and_never_raises(qapp, sounds):
    player = make_player(qapp, sounds, outputs=0)
    player.prepare()
    for kind in [*SOUND_FILES, "ready", "rest"]:
        assert not player.play(kind)
    player.cue(Event("finished", 0.0, 0))
    assert sounds.made == {}
    assert not player.audio_available()


def test_the_real_device_check_copes_with_a_machine_without_sound(qapp):
    # Offscreen test machines have no audio output: QtMultimedia loads and reports none.
    player = CuePlayer(qapp)
    player.prepare()
    player.play("tick")
    assert player.sound_count() == 0 or player.audio_available()


def test_the_sound_files_are_bundled():
    for name in SOUND_FILES.values():
        url = sound_url(f"sounds/{name}.wav")
        path = ":" + url.path() if url.scheme() == "qrc" else url.toLocalFile()
        assert QFile.exists(path), path


def test_stale_events_are_not_sounded(qapp, sounds):
    player = make_player(qapp, sounds)
    player.cue(Event("end", 0.0, 0), late=5.0)
    assert sounds.made == {}
    player.cue(Event("end", 0.0, 0), late=0.01)
    assert sounds.made["sounds/end.wav"].plays == 1


def test_cues_due_together_give_one_sound_and_the_last_words(qtbot, qapp, sounds):
    player = make_player(qapp, sounds, speech_engine="mock", speech_enabled=True)
    said = []
    player.speaker.say = said.append
    steps = plan().steps
    hold = next(s for s in steps if s.is_work)
    switch = next(s for s in steps if s.kind == "switch")
    player.cue_many([
        (Event("end", 10.0, hold.index), hold, 0.0),
        (Event("switch_side", 10.0, switch.index, caption=switch.caption), switch, 0.0),
        (Event("tick", 11.0, switch.index, 1), switch, 0.0),
    ])  # fmt: skip
    assert [s.removeprefix("sounds/") for s, f in sounds.made.items() if f.plays] == [
        "switch.wav",
        "tick.wav",
    ]
    assert said == ["Switch to the right leg"]
    player.setParent(None)


def test_spoken_words_are_short_and_from_the_plan():
    steps = plan().steps
    by_kind = {(s.kind, s.side, s.unit_number): s for s in steps}
    ready = steps[0]
    event = Event("ready", 0, 0, caption=ready.caption)
    assert spoken_text(event, ready) == "Get into position for Wall lean, left leg first"
    switch = by_kind[("switch", "right", 1)]
    event = Event("switch_side", 0, switch.index, caption=switch.caption)
    assert spoken_text(event, switch) == "Switch to the right leg"
    hold = by_kind[("work", "left", 1)]
    assert spoken_text(Event("start", 0, hold.index), hold) == "Hold"
    assert spoken_text(Event("tick", 0, hold.index, 3), hold) is None
    assert spoken_text(Event("halfway", 0, hold.index), hold) is None
    rep1, rep2 = (s for s in steps if s.unit == "rep" and s.is_work)
    assert spoken_text(Event("start", 0, rep1.index, caption="Rise"), rep1) == "Rise"
    assert spoken_text(Event("phase", 0, rep1.index, caption="Lower"), rep1) == "Lower"
    assert spoken_text(Event("start", 0, rep2.index, caption="Rise"), rep2) == "2"
    assert spoken_text(Event("phase", 0, rep2.index, caption="Lower"), rep2) is None
    assert spoken_text(Event("rest", 0, 0), None) == "Rest"
    assert spoken_text(Event("finished", 0, 0), None) == "Done"


def test_speech_uses_the_mock_engine_created_lazily(qtbot, qapp):
    speaker = Speaker(qapp, engine="mock", enabled=True)
    speaker.say("Get ready")
    assert speaker.engine() is None  # created from the event loop, never inside the caller
    with qtbot.waitSignal(speaker.spoke, timeout=5000) as spoke:
        pass
    assert spoke.args == ["Get ready"]
    assert speaker.engine() is not None and speaker.engine().engine() == "mock"
    with qtbot.waitSignal(speaker.spoke, timeout=1000):
        speaker.say("Switch to the left leg")
    speaker.stop()
    speaker.setParent(None)


def test_speech_off_never_creates_an_engine(qtbot, qapp):
    player = CuePlayer(qapp, output_count=lambda: 0, speech_engine="mock")
    player.cue(Event("rest", 0.0, 0))
    qtbot.wait(10)
    assert player.speaker.engine() is None
    player.set_speech_enabled(True)
    with qtbot.waitSignal(player.speaker.spoke, timeout=5000):
        player.cue(Event("rest", 0.0, 0))
    player.set_speech_enabled(False)
    player.setParent(None)


def test_a_missing_engine_gives_up_quietly(qtbot, qapp):
    speaker = Speaker(qapp, engine="no-such-engine", enabled=True)
    speaker.say("Hold")
    qtbot.waitUntil(lambda: speaker.failed, timeout=2000)
    speaker.say("Rest")  # nothing happens, nothing raises
    assert speaker.engine() is None
    speaker.setParent(None)


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_ring_flashes_at_most_three_times_a_second_and_stops_by_itself(qtbot):
    clock = Clock()
    ring = CountdownRing(clock=clock)
    qtbot.addWidget(ring)
    ring.show()
    assert ring.flash()
    assert ring.is_flashing()
    clock.now += 0.2
    assert not ring.flash()  # merged into the pulse under way
    clock.now += 0.2
    assert ring.flash()
    qtbot.waitUntil(lambda: not ring.is_flashing(), timeout=2000)
    assert ring.flash_level() == 0.0
    assert countdown.FLASH_MS <= 1000 * countdown.FLASH_MIN_GAP


def test_the_digits_fill_the_share_of_the_ring_they_are_sized_for(qapp):
    font = digit_font(qapp.font(), 400.0, "8")
    digits = QFontMetricsF(font).tightBoundingRect("0123456789")
    assert digits.height() == pytest.approx(countdown.DIGIT_HEIGHT * 400, rel=0.06)
    two = digit_font(qapp.font(), 400.0, "30")  # the common case: as tall as the width allows
    assert QFontMetricsF(two).horizontalAdvance("30") <= countdown.DIGIT_WIDTH * 400 + 1
    assert QFontMetricsF(two).tightBoundingRect("30").height() >= 0.4 * 400
    wide = digit_font(qapp.font(), 400.0, "1200")  # shrinks to fit instead of overflowing
    assert QFontMetricsF(wide).horizontalAdvance("1200") <= countdown.DIGIT_WIDTH * 400 + 1


@pytest.mark.parametrize("phase", ["idle", "ready", "work", "rest", "switch", "paused"])
def test_the_ring_paints_every_phase(qapp, phase):
    image = QImage(300, 300, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    state = RingState(0.4, "12", "seconds", phase, (0.25, 0.5))
    draw_ring(painter, QRectF(0, 0, 300, 300), state, QPalette(), flash=0.5)
    painter.end()
    assert image.pixelColor(150, 12) != image.pixelColor(0, 0)  # the ring's top was drawn
