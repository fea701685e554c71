"""The command line: options are validated, exit codes follow the contract."""

from __future__ import annotations

import pytest

from mobility_app import __version__, cli


def test_version(capsys):
    with pytest.raises(SystemExit) as stopped:
        cli.main(["--version"])
    assert stopped.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_help_lists_options_and_commands(capsys):
    with pytest.raises(SystemExit) as stopped:
        cli.main(["--help"])
    out = capsys.readouterr().out
    assert stopped.value.code == 0
    for word in ("--data-dir", "--screenshot", "--page", "--size", "--at", "check"):
        assert word in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--screenshot", "x.png", "--size", "big"], "is not a size like 1280x800"),
        (["--screenshot", "x.png", "--size", "10x10"], "outside 320x240"),
        (["--screenshot", "x.png", "--page", "kitchen"], "is not a page"),
        (["--screenshot", "x.png", "--at", "soon"], "is not a number of seconds"),
        (["--screenshot", "x.png", "--at", "-1"], "outside 0–3600"),
        (["--screenshot", "x.jpg"], "must end in .png"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_bad_options_exit_2_with_a_message(capsys, args, message):
    with pytest.raises(SystemExit) as stopped:
        cli.main(args)
    assert stopped.value.code == cli.EXIT_BAD_INPUT
    assert message in capsys.readouterr().err


def test_no_display_says_so_and_suggests_alternatives(monkeypatch, capsys):
    monkeypatch.setattr(cli.sys, "platform", "linux")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    assert cli.main([]) == cli.EXIT_FAILURE
    err = capsys.readouterr().err
    assert "no display" in err and "--screenshot" in err and "xvfb-run" in err


def test_data_dir_is_accepted_before_and_after_the_command():
    parser = cli.build_parser()
    assert str(parser.parse_args(["--data-dir", "A", "check"]).data_dir) == "A"
    assert str(parser.parse_args(["check", "--data-dir", "B"]).data_dir) == "B"


def test_record_export_import_round_trip(tmp_path, capsys):
    data = str(tmp_path / "d")
    assert (
        cli.main(
            [
                "record",
                "--data-dir",
                data,
                "--left",
                "11.5",
                "--right",
                "10,5",
                "--when",
                "2026-11-01T08:30",
                "--note",
                "barefoot",
            ]
        )
        == 0
    )
    assert "Stored left 11.5 cm, right 10.5 cm" in capsys.readouterr().out
    out = tmp_path / "all.csv"
    assert cli.main(["export", "--data-dir", data, "--out", str(out)]) == 0
    lines = out.read_text().splitlines()
    assert lines[0] == "taken_at,side,distance_cm,angle_deg,note"
    assert lines[1].endswith(",left,11.5,,barefoot") and lines[1].startswith("2026-11-01T08:30")
    other = str(tmp_path / "other")
    assert cli.main(["import", "--data-dir", other, str(out)]) == 0
    again = tmp_path / "again.csv"
    assert cli.main(["export", "--data-dir", other, "--out", str(again)]) == 0
    assert again.read_text() == out.read_text()
    json_out = tmp_path / "all.json"
    assert cli.main(["export", "--data-dir", data, "--out", str(json_out)]) == 0
    assert '"format": "ankle-mobility"' in json_out.read_text()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--left", "abc"], "--left: 'abc' is not a number"),
        (["--right", "31"], "--right: 31 cm is outside 0–30 cm"),
        ([], "--left/--right: Enter a result for at least one leg"),
        (["--left", "10", "--when", "2999-01-01"], "--when: The date and time are in the future"),
        (["--left", "10", "--when", "last week"], "--when 'last week' is not an ISO 8601 date"),
    ],
)
def test_record_refuses_bad_values_and_stores_nothing(tmp_path, capsys, args, message):
    data = tmp_path / "d"
    assert cli.main(["record", "--data-dir", str(data), *args]) == cli.EXIT_BAD_INPUT
    assert message in capsys.readouterr().err
    assert not (data / "mobility.sqlite3").exists()


def test_import_of_a_bad_file_exits_2_and_lists_lines(tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text("taken_at,side,distance_cm,angle_deg,note\n2026-01-01,up,10,,\n")
    assert cli.main(["import", "--data-dir", str(tmp_path / "d"), str(bad)]) == 2
    err = capsys.readouterr().err
    assert "nothing was stored" in err and "line 2: side: 'up' is not left or right" in err
    assert cli.main(["import", "--data-dir", str(tmp_path / "d"), str(tmp_path / "none")]) == 2


def test_export_to_an_unwritable_place_fails_cleanly(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("")
    code = cli.main(["export", "--data-dir", str(tmp_path / "d"), "--out", str(blocker / "x.csv")])
    assert code == cli.EXIT_FAILURE and "cannot write" in capsys.readouterr().err


def test_report_writes_a_pdf(qapp, tmp_path, capsys):
    # qapp first: the report reuses a running application rather than making its own.
    data = str(tmp_path / "d")
    assert (
        cli.main(
            ["record", "--data-dir", data, "--left", "10", "--right", "11", "--when", "2026-10-01"]
        )
        == 0
    )
    out = tmp_path / "report.pdf"
    assert cli.main(["report", "--data-dir", data, "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert "Wrote" in capsys.readouterr().out
    assert cli.main(["report", "--data-dir", data, "--out", str(tmp_path / "r.txt")]) == 2


def test_kiosk_pin_prints_a_hash_line_and_refuses_short_pins(monkeypatch, capsys):
    import io

    monkeypatch.setattr(cli.sys, "stdin", io.StringIO("4321\n"))
    assert cli.main(["kiosk-pin"]) == 0
    assert capsys.readouterr().out.startswith('pin_hash = "scrypt$')
    monkeypatch.setattr(cli.sys, "stdin", io.StringIO("12\n"))
    assert cli.main(["kiosk-pin"]) == cli.EXIT_BAD_INPUT


def test_kiosk_without_a_pin_refuses_to_start(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert cli.main(["--data-dir", str(tmp_path), "--kiosk"]) == cli.EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "pin_hash" in err and "kiosk-pin" in err
