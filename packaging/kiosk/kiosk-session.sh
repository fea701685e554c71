#!/bin/sh
# ~/.bash_profile (or ~/.profile) of the kiosk account: on tty1, hand the login session to
# the kiosk unit. The unit runs under the user's systemd instance, outside this session, so
# it is told which session it may take the screen and input devices from (libseat asks
# logind for XDG_SESSION_ID's session). Anywhere else (SSH) this does nothing.
if [ "$(tty)" = "/dev/tty1" ] && [ -z "$WAYLAND_DISPLAY" ]; then
    systemctl --user import-environment XDG_SESSION_ID XDG_RUNTIME_DIR
    systemctl --user start mobility-kiosk.service
    # Keep the session open while the kiosk runs; after a staff exit, fall back to a shell.
    while systemctl --user is-active --quiet mobility-kiosk.service; do sleep 5; done
fi
