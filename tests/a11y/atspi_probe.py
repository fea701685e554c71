#!/usr/bin/env python3
"""A real AT-SPI client for Ankle Mobility: what a screen reader sees, read over the bus.

Runs with the SYSTEM python3 (Debian: python3-gi, gir1.2-atspi-2.0), not the app's venv.
The app must already run with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 on the same session bus
(DBUS_SESSION_BUS_ADDRESS) as this script. tests/a11y/test_atspi.py starts all of that.

    atspi_probe.py find      exit 0 once the app is on the bus (prints its name), else 1
    atspi_probe.py tour      visit every page through AT-SPI actions; print one JSON report
    atspi_probe.py kiosk-tour  the same for the kiosk (started with --kiosk)

The tour only uses what a screen-reader user could: it reads the tree and invokes the
Action interface of buttons and menu items (no keyboard synthesis, no Qt internals).
"""

from __future__ import annotations

import json
import os
import re
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

APP_NAMES = ("ankle-mobility", "ankle mobility", "mobility_app", "mobility-app")

R = Atspi.Role
INTERACTIVE = {
    R.PUSH_BUTTON, R.TOGGLE_BUTTON, R.CHECK_BOX, R.RADIO_BUTTON, R.COMBO_BOX, R.TEXT,
    R.ENTRY, R.PASSWORD_TEXT, R.SLIDER, R.SPIN_BUTTON, R.LIST, R.LIST_BOX, R.TABLE,
    R.TREE, R.TREE_TABLE, R.MENU_ITEM, R.CHECK_MENU_ITEM, R.RADIO_MENU_ITEM, R.PAGE_TAB,
    R.LINK, R.DIAL, R.SCROLL_BAR, R.LIST_ITEM, R.TABLE_CELL,
}  # fmt: skip
# Roles that only display something (the countdown, phase, side, result, verdict live here).
DISPLAY = {
    R.LABEL, R.STATIC, R.HEADING, R.STATUS_BAR, R.PROGRESS_BAR, R.NOTIFICATION, R.ALERT,
    R.IMAGE, R.ANIMATION, R.CHART, R.CANVAS, R.PARAGRAPH, R.CAPTION, R.INFO_BAR, R.LEVEL_BAR,
}  # fmt: skip
# Rows and cells of a list/table are named by their text; they are not separate controls.
ITEM_ROLES = {R.LIST_ITEM, R.TABLE_CELL}
EVENTS = (
    "object:announcement",
    "object:property-change:accessible-name",
    "object:property-change:accessible-description",
    "object:text-changed",
    "object:state-changed:showing",
    "object:state-changed:focused",
    "object:value-changed",
    "window:activate",
)
S = Atspi.StateType


def _safe(call, default=None):
    try:
        return call()
    except GLib.Error:
        return default
    except Exception:  # a vanished object must not end the tour
        return default


def find_app() -> Atspi.Accessible | None:
    desktop = Atspi.get_desktop(0)
    for i in range(_safe(desktop.get_child_count, 0)):
        app = _safe(lambda i=i: desktop.get_child_at_index(i))
        if app is None:
            continue
        name = (_safe(app.get_name, "") or "").strip().lower()
        if name in APP_NAMES:
            return app
    return None


def wait_for_app(timeout: float) -> Atspi.Accessible | None:
    deadline = time.monotonic() + timeout
    while True:
        app = find_app()
        if app is not None and _main_window(app) is not None:
            return app
        if time.monotonic() > deadline:
            return None
        time.sleep(0.1)


def _main_window(app: Atspi.Accessible) -> Atspi.Accessible | None:
    for i in range(_safe(app.get_child_count, 0)):
        child = _safe(lambda i=i: app.get_child_at_index(i))
        if (
            child is not None
            and _safe(child.get_role) in (R.FRAME, R.WINDOW, R.DIALOG)
            and _safe(lambda c=child: c.get_state_set().contains(S.SHOWING), False)
        ):
            return child
    return None


def _text_of(obj: Atspi.Accessible) -> str:
    if _safe(obj.get_text_iface) is None:
        return ""
    return _safe(lambda: Atspi.Text.get_text(obj, 0, -1), "") or ""


def _value_of(obj: Atspi.Accessible) -> float | None:
    if _safe(obj.get_value_iface) is None:
        return None
    return _safe(lambda: Atspi.Value.get_current_value(obj))


def _actions(obj: Atspi.Accessible) -> list[str]:
    if _safe(obj.get_action_iface) is None:
        return []
    n = _safe(lambda: Atspi.Action.get_n_actions(obj), 0) or 0
    return [_safe(lambda i=i: Atspi.Action.get_action_name(obj, i), "") or "" for i in range(n)]


def _labelled_by(obj: Atspi.Accessible) -> list[str]:
    names = []
    for relation in _safe(obj.get_relation_set, []) or []:
        if relation.get_relation_type() == Atspi.RelationType.LABELLED_BY:
            for i in range(relation.get_n_targets()):
                names.append(_safe(lambda i=i, r=relation: r.get_target(i).get_name(), "") or "")
    return names


def _label(role: str, name: str, index: int) -> str:
    return f"{role}[{name[:30]}]" if name else f"{role}#{index}"


def walk(root: Atspi.Accessible, *, showing_only: bool, max_nodes: int = 4000):
    """Yield (obj, path, states) depth first."""
    stack = [(root, _label(_safe(root.get_role_name, "?"), _safe(root.get_name, ""), 0))]
    seen = 0
    while stack and seen < max_nodes:
        obj, path = stack.pop()
        seen += 1
        states = _safe(obj.get_state_set)
        if states is None:
            continue
        if showing_only and obj is not root and not states.contains(S.SHOWING):
            continue
        yield obj, path, states
        count = _safe(obj.get_child_count, 0) or 0
        if count > 500:  # a big table: its rows are not separate controls to audit
            count = 0
        children = []
        for i in range(count):
            child = _safe(lambda i=i, o=obj: o.get_child_at_index(i))
            if child is None:
                continue
            label = _label(_safe(child.get_role_name, "?"), _safe(child.get_name, "") or "", i)
            children.append((child, f"{path}/{label}"))
        stack.extend(reversed(children))


def describe(obj, path, states) -> dict:
    role = _safe(obj.get_role)
    entry = {
        "role": _safe(obj.get_role_name, "?"),
        "name": _safe(obj.get_name, "") or "",
        "description": _safe(obj.get_description, "") or "",
        "path": path,
    }
    text = _text_of(obj)
    if text and text != entry["name"]:
        entry["text"] = text[:200]
    value = _value_of(obj)
    if value is not None:
        entry["value"] = value
    actions = _actions(obj)
    if actions:
        entry["actions"] = actions
    flags = [
        flag
        for flag, state in (
            ("focusable", S.FOCUSABLE),
            ("focused", S.FOCUSED),
            ("checked", S.CHECKED),
            ("disabled", None),
        )
        if (state is not None and states.contains(state))
        or (state is None and not states.contains(S.ENABLED))
    ]
    if flags:
        entry["states"] = flags
    entry["_interactive"] = role in INTERACTIVE or (
        states.contains(S.FOCUSABLE) and role not in DISPLAY and role != R.FRAME
    )
    if entry["_interactive"]:
        labelled = _labelled_by(obj)
        if labelled:
            entry["labelled_by"] = labelled
    entry["_display"] = role in DISPLAY
    entry["_item"] = role in ITEM_ROLES
    return entry


def snapshot(window: Atspi.Accessible) -> dict:
    """What a screen reader can reach on the page shown now (menus excluded)."""
    controls, displays = [], []
    for obj, path, states in walk(window, showing_only=True):
        role = _safe(obj.get_role)
        if role in (R.MENU_BAR, R.MENU, R.MENU_ITEM) and "/menu bar" in path:
            continue
        if role == R.MENU_BAR:
            continue
        entry = describe(obj, path, states)
        interactive, display, item = (
            entry.pop("_interactive"),
            entry.pop("_display"),
            entry.pop("_item"),
        )
        if interactive and not item:
            controls.append(entry)
        elif display and (entry["name"] or entry.get("text")):
            displays.append(entry)
        elif display and role not in (R.IMAGE,):
            displays.append(entry)  # an empty label is still worth seeing in the report
    unnamed = [c for c in controls if not c["name"].strip()]
    return {"controls": controls, "displays": displays, "unnamed": unnamed}


def menu_items(window: Atspi.Accessible) -> dict[str, Atspi.Accessible]:
    """Every menu item in the menu bar, by name without '&' and shortcut, lower case."""
    found = {}
    for obj, _path, _states in walk(window, showing_only=False):
        if _safe(obj.get_role) in (R.MENU_ITEM, R.CHECK_MENU_ITEM, R.RADIO_MENU_ITEM, R.MENU):
            name = (_safe(obj.get_name, "") or "").replace("&", "").split("\t")[0].strip()
            found.setdefault(name.lower(), obj)
    return found


def menu_report(window: Atspi.Accessible) -> list[dict]:
    out = []
    for obj, path, states in walk(window, showing_only=False):
        role = _safe(obj.get_role)
        if role in (R.MENU_BAR, R.MENU, R.MENU_ITEM, R.CHECK_MENU_ITEM, R.RADIO_MENU_ITEM):
            entry = describe(obj, path, states)
            for key in ("_interactive", "_display", "_item"):
                entry.pop(key)
            out.append(entry)
    return out


def find_control(window, role_set, pattern: str, *, showing=True, need_action=True):
    rx = re.compile(pattern, re.IGNORECASE)
    for obj, _path, _states in walk(window, showing_only=showing):
        if (
            _safe(obj.get_role) in role_set
            and rx.search(_safe(obj.get_name, "") or "")
            and (not need_action or _safe(obj.get_action_iface) is not None)
        ):
            return obj
    return None


class EventLog:
    """Collects the events a screen reader would hear while the main loop runs."""

    def __init__(self) -> None:
        self.events: list[dict] = []
        self._listener = Atspi.EventListener.new(self._on_event)
        for kind in EVENTS:
            self._listener.register(kind)

    def _on_event(self, event) -> None:
        source = event.source
        self.events.append(
            {
                "type": event.type,
                "role": _safe(source.get_role_name, "?") if source else "?",
                "name": (_safe(source.get_name, "") or "") if source else "",
                "detail": [event.detail1, event.detail2],
                "value": str(event.any_data)[:120] if event.any_data is not None else "",
            }
        )

    def pump(self, seconds: float) -> None:
        context = GLib.MainContext.default()
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            while context.pending():
                context.iteration(False)
            time.sleep(0.02)

    def take(self) -> list[dict]:
        taken, self.events = self.events, []
        return taken

    def close(self) -> None:
        for kind in EVENTS:
            _safe(lambda kind=kind: self._listener.deregister(kind))


class KeyPress:
    """Focus an object through AT-SPI's Component interface, then synthesize one key."""

    def __init__(self, obj: Atspi.Accessible, keysym: int) -> None:
        self.obj, self.keysym = obj, keysym

    def press(self) -> str:
        focused = _safe(lambda: Atspi.Component.grab_focus(self.obj), False)
        time.sleep(0.2)
        Atspi.generate_keyboard_event(self.keysym, None, Atspi.KeySynthType.SYM)
        return f"grab_focus={focused}, key {self.keysym:#x}"


def press(obj) -> str:
    if isinstance(obj, KeyPress):
        return obj.press()
    names = _actions(obj)
    lowered = [n.lower() for n in names]
    for wanted in ("press", "click", "activate", "toggle", "jump"):
        if wanted in lowered:
            Atspi.Action.do_action(obj, lowered.index(wanted))
            return names[lowered.index(wanted)]
    if names:
        Atspi.Action.do_action(obj, 0)
        return names[0]
    raise RuntimeError(f"{_safe(obj.get_name, '')!r} has no action")


def signature(snap: dict) -> set[tuple[str, str]]:
    return {(c["role"], c["name"]) for c in snap["controls"] + snap["displays"] if c["name"]}


class Tour:
    def __init__(self, app, window) -> None:
        self.app = app
        self.window = window
        self.log = EventLog()
        self.pages: list[dict] = []
        self.presses: list[dict] = []
        self.problems: list[str] = []

    def settle(self, before: set | None, seconds: float = 4.0) -> dict:
        """Pump events until the tree stops changing (bounded), then snapshot it."""
        deadline = time.monotonic() + seconds
        last = None
        while True:
            self.log.pump(0.15)
            snap = snapshot(self.window)
            sig = signature(snap)
            changed = before is None or sig != before
            if changed and sig == last:
                return snap
            if time.monotonic() > deadline:
                return snap
            last = sig

    def visit(
        self, page: str, how: str, target: Atspi.Accessible | None, expect: str
    ) -> dict | None:
        before = signature(snapshot(self.window))
        self.log.take()
        record = {"page": page, "via": how}
        if target is None:
            self.problems.append(f"{page}: could not find {how!r} in the AT-SPI tree")
            return None
        if not isinstance(target, KeyPress):
            record["target"] = f"{_safe(target.get_role_name, '?')}: {_safe(target.get_name, '')}"
        record["action"] = _safe(lambda: press(target), "failed")
        snap = self.settle(before)
        after = signature(snap)
        record["changed"] = after != before
        record["appeared"] = sorted(f"{r}: {n}" for r, n in after - before)[:12]
        record["expect"] = expect
        record["expect_found"] = any(re.search(expect, n, re.I) for _r, n in after)
        record["events"] = summarize_events(self.log.take())
        self.presses.append(record)
        snap.update(page=page)
        self.pages.append(snap)
        if not record["changed"]:
            self.problems.append(f"{page}: pressing {how!r} through AT-SPI changed nothing")
        return snap

    def menu(self, name: str):
        return menu_items(self.window).get(name.lower())


def summarize_events(events: list[dict]) -> dict:
    kinds: dict[str, int] = {}
    for e in events:
        kinds[e["type"]] = kinds.get(e["type"], 0) + 1
    interesting = [
        e
        for e in events
        if e["type"].startswith(("object:announcement", "object:property-change:accessible-name"))
        or (e["type"].startswith("object:text-changed") and e["role"] in ("label", "static"))
    ]
    return {"counts": kinds, "announcements_and_name_changes": interesting[:25]}


def tour(timeout: float) -> dict:
    app = wait_for_app(timeout)
    if app is None:
        return {"ok": False, "error": "the app never appeared on the accessibility bus"}
    _safe(lambda: app.set_cache_mask(Atspi.Cache.NONE))
    window = _main_window(app)
    t = Tour(app, window)
    report: dict = {
        "ok": True,
        "app": {
            "name": _safe(app.get_name, ""),
            "toolkit": _safe(app.get_toolkit_name, ""),
            "window": _safe(window.get_name, ""),
        },
    }
    report["menus"] = menu_report(window)

    library = t.settle(None, 2.0)
    library["page"] = "library"
    t.pages.append(library)

    # 1. A card on the library opens its exercise page; the exercise page's Start opens the player.
    # Cards reach AT-SPI as push buttons named after their entries (ATSPI_CARD_NAMES, from the
    # test, which reads the catalogue), pressed through their Press action.
    names = [n for n in os.environ.get("ATSPI_CARD_NAMES", "").split("|") if n]
    cards = [c for c in library["controls"] if c["name"] in names]
    report["library_cards"] = [
        {"name": c["name"], "role": c["role"], "actions": c.get("actions", []),
         "description": c.get("description", "")}
        for c in cards
    ]  # fmt: skip
    if cards:
        card = cards[0]
        obj = find_control(window, {R.PUSH_BUTTON}, "^" + re.escape(card["name"]) + "$")
        t.visit("exercise", f"card {card['name']}", obj, re.escape(card["name"]))
    start = find_control(window, {R.PUSH_BUTTON, R.TOGGLE_BUTTON}, r"^\W*start\b")
    t.visit("player, before start", "exercise page Start", start, r"start the routine|ready")
    go = find_control(window, {R.PUSH_BUTTON, R.TOGGLE_BUTTON}, r"^\W*start")
    t.visit("player, running", "player Start", go, r"pause|hold|get ready|rest|\d")
    # Let the countdown run and listen: a screen reader should hear phase changes.
    t.log.take()
    t.log.pump(6.0)
    report["player_live_events_6s"] = summarize_events(t.log.take())
    player_now = snapshot(window)
    player_now["page"] = "player, 6 s later"
    t.pages.append(player_now)

    # 2. Menus: the way every other page is reached.
    for page, item, expect in (
        ("library (View > Exercise library)", "exercise library", r"exercise library"),
        ("routines", "routines", r"routine"),
        ("knee-to-wall test", "knee-to-wall test", r"knee|wall|test"),
        ("progress", "progress", r"progress"),
        ("session log", "session log", r"session|log"),
        ("settings", "settings…", r"settings|sound|motion"),
    ):
        target = t.menu(item) or t.menu(item.rstrip("…").rstrip(".")) or t.menu(item + "...")
        t.visit(page, f"menu item {item}", target, expect)

    # 3. Back to the library by a button, then its "Start routine" if there is one.
    back = find_control(window, {R.PUSH_BUTTON}, r"back|library")
    if back is not None:
        t.visit("library (Back button)", "Back", back, r"exercise library")
    routine = find_control(window, {R.PUSH_BUTTON}, r"start.*routine|routine")
    if routine is not None:
        t.visit("player (from library routine)", "Start routine", routine, r"pause|stop|hold|\d")

    # 4. Dialogs open their own windows: read each, close it with its button.
    report["shortcuts_dialog"] = visit_dialog(
        t, app, "keyboard shortcuts", r"keyboard shortcuts", r"^close$"
    )
    report["about_dialog"] = visit_dialog(t, app, "about ankle mobility", r"^about", r"^ok$")

    t.log.close()
    report["presses"] = t.presses
    report["pages"] = t.pages
    report["named_by_value"] = [
        dict(page=p["page"], role=c["role"], name=c["name"], labelled_by=c.get("labelled_by", []))
        for p in t.pages for c in p["controls"]
        if c["role"] == "combo box" and c["name"] not in c.get("labelled_by", [])
    ]  # fmt: skip
    report["unnamed"] = [
        dict(page=p["page"], **u) for p in t.pages for u in p["unnamed"]
    ]  # fmt: skip
    report["problems"] = t.problems
    return report


def _dialog(app: Atspi.Accessible, name: str) -> Atspi.Accessible | None:
    for i in range(_safe(app.get_child_count, 0)):
        child = _safe(lambda i=i: app.get_child_at_index(i))
        named = child is not None and re.search(name, _safe(child.get_name, "") or "", re.I)
        if named and _safe(lambda c=child: c.get_state_set().contains(S.SHOWING), False):
            return child
    return None


def _wait_for(condition, seconds: float) -> object:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = condition()
        if found:
            return found
        time.sleep(0.1)
    return condition()


def visit_dialog(t: Tour, app: Atspi.Accessible, item: str, title: str, close: str) -> dict:
    """Open a dialog from its menu item, snapshot it, close it with the button named `close`."""
    page = f"dialog {item}"
    menu_item = t.menu(item)
    if menu_item is None:
        t.problems.append(f"{page}: no menu item {item!r}")
        return {}
    _safe(lambda: press(menu_item))  # a dialog run with exec() would time this call out
    dialog = _wait_for(lambda: _dialog(app, title), 5.0)
    if dialog is None:
        t.problems.append(f"{page}: it never appeared on the bus")
        return {}
    snap = snapshot(dialog)
    snap.update(page=page, role=_safe(dialog.get_role_name, ""), name=_safe(dialog.get_name, ""))
    button = find_control(dialog, {R.PUSH_BUTTON}, close)
    snap["closed"] = False
    if button is None:
        t.problems.append(f"{page}: no button matching {close!r}")
    else:
        press(button)
        snap["closed"] = bool(_wait_for(lambda: _dialog(app, title) is None, 5.0))
    t.pages.append(snap)
    return snap


def kiosk_tour(timeout: float) -> dict:
    """The kiosk as a blind visitor meets it: start, switch to Spanish, open an exercise and
    the ankle test's number pad, then start over; every screen's controls with their names."""
    app = wait_for_app(timeout)
    if app is None:
        return {"ok": False, "error": "the kiosk never appeared on the accessibility bus"}
    _safe(lambda: app.set_cache_mask(Atspi.Cache.NONE))
    window = _main_window(app)
    t = Tour(app, window)
    report: dict = {"ok": True, "window": _safe(window.get_name, "")}
    attract = t.settle(None, 2.0)
    attract["page"] = "attract"
    t.pages.append(attract)
    buttons = {R.PUSH_BUTTON}
    # The language choices are toggles (one is on); AT-SPI shows checkable buttons that way.
    toggles = {R.PUSH_BUTTON, R.TOGGLE_BUTTON, R.CHECK_BOX, R.RADIO_BUTTON}
    spanish = find_control(window, toggles, r"^Español$")
    t.visit("attract, in Spanish", "Español", spanish, r"^Toca la pantalla para empezar$")
    start = find_control(window, buttons, r"^Toca la pantalla para empezar$")
    t.visit("home", "Toca la pantalla para empezar", start, r"^Elige un ejercicio")
    home = t.pages[-1] if t.pages else {"controls": []}
    tiles = [
        c for c in home["controls"]
        if c["role"] == "push button"
        and not re.search(r"empezar de nuevo|prueba", c["name"], re.I)
    ]  # fmt: skip
    report["home_tiles"] = [c["name"] for c in tiles]
    if tiles:
        tile = find_control(window, buttons, "^" + re.escape(tiles[0]["name"]) + "$")
        t.visit("exercise", f"tile {tiles[0]['name']}", tile, r"^Empezar")
        back = find_control(window, buttons, r"todos los ejercicios")
        t.visit("home again", "← Todos los ejercicios", back, r"^Elige un ejercicio")
    test = find_control(window, buttons, r"^Haz la prueba de tobillo$")
    t.visit("ankle test", "Haz la prueba de tobillo", test, r"^Paso 1 de")
    for step in range(2, 13):  # through the guide's steps to its last, which offers the pad
        numbers = find_control(window, buttons, r"^Anotar mis medidas")
        if numbers is not None:
            break
        following = find_control(window, buttons, r"^Siguiente")
        t.visit(f"ankle test step {step}", "Siguiente →", following, rf"^Paso {step} de")
    t.visit("ankle test numbers", "Anotar mis medidas", numbers, r"^Pierna izquierda")
    for key in ("1", "1"):  # 11 cm for the left leg, on the on-screen pad
        digit = find_control(window, buttons, f"^{key}$")
        t.visit(f"typed {key}", f"key {key}", digit, r"^Pierna izquierda: 1")
    result = find_control(window, buttons, r"^Ver mi resultado$")
    t.visit("ankle test result", "Ver mi resultado", result, r"^Tu resultado$")
    t.log.close()
    report["presses"] = t.presses
    report["pages"] = t.pages
    report["unnamed"] = [dict(page=p["page"], **u) for p in t.pages for u in p["unnamed"]]
    report["problems"] = t.problems
    return report


def main(argv: list[str]) -> int:
    Atspi.set_timeout(2000, 5000)
    command = argv[1] if len(argv) > 1 else "tour"
    if command == "find":
        app = find_app()
        if app is None or _main_window(app) is None:
            return 1
        print(app.get_name())
        return 0
    if command in ("tour", "kiosk-tour"):
        timeout = float(argv[2]) if len(argv) > 2 else 10.0
        report = tour(timeout) if command == "tour" else kiosk_tour(timeout)
        json.dump(report, sys.stdout, indent=1, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0 if report.get("ok") else 2
    print(__doc__, file=sys.stderr)
    return 64


if __name__ == "__main__":
    sys.exit(main(sys.argv))
