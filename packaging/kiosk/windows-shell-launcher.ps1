# Ankle Mobility kiosk on Windows: make the app the *shell* of a dedicated "kiosk" account
# with Shell Launcher, so that account gets no Explorer (no taskbar, no Start menu, no
# desktop) and the app is started again whenever it ends - except after the staff exit.
#
# Needs Windows 10/11 Enterprise, Education or IoT Enterprise. Run in an elevated PowerShell.
# Untested in this repository's CI (no Windows there); the calls are Microsoft's documented
# WESL_UserSetting WMI interface (Shell Launcher v1).

param(
    [string]$Account = "kiosk",
    [string]$App = "C:\Program Files\Ankle Mobility\mobility-app.exe",
    [string]$Config = "C:\ProgramData\Ankle Mobility\kiosk.toml"
)

# 1. The feature itself (a reboot may be asked for).
Enable-WindowsOptionalFeature -Online -FeatureName Client-EmbeddedShellLauncher -All -NoRestart

$ShellLauncher = [wmiclass]"\\localhost\root\standardcimv2\embedded:WESL_UserSetting"
$ShellLauncher.SetEnabled($true)

# 2. Everyone else (the administrators) keeps Explorer.
$ShellLauncher.SetDefaultShell("explorer.exe", 0)

# 3. The kiosk account's shell is the app. What to do when it exits, by exit status:
#    0 = staff exit with the PIN -> 3 (do nothing: a blank screen; Ctrl+Alt+Del, Sign out,
#        and an administrator signs in to Explorer)
#    2 = bad kiosk.toml          -> 3 (restarting cannot fix it; read the log)
#    anything else (a crash, 1)  -> 0 (restart the shell, i.e. the kiosk)
#    (Actions: 0 restart shell, 1 restart device, 2 shut down device, 3 do nothing.)
$Sid = (New-Object System.Security.Principal.NTAccount($Account)).Translate(
    [System.Security.Principal.SecurityIdentifier]).Value
$Shell = "`"$App`" --kiosk --kiosk-config `"$Config`""
$ShellLauncher.SetCustomShell($Sid, $Shell, @(0, 2), @(3, 3), 0)

Write-Host "Shell Launcher: $Account now runs $Shell"
Write-Host "Next: Keyboard Filter and the policies in README.md, then sign in as $Account."
