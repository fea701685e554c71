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
