# Build the desk bundle and its Windows installer on a Windows build PC.
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Needs: Python 3.11 (64-bit, from python.org; "py -3.11" must work) and Inno Setup 6.3 or
# newer. Makes its own virtual environment (.venv-bundle) with requirements\bundle.lock (the app
# and PyInstaller, checked by hash), builds dist\ido-kiosk\ (tools.bundle: translations, then
# PyInstaller with packaging\desk\ido-kiosk.spec), checks it starts (--version, --screenshot),
# and compiles packaging\windows\ido-kiosk.iss into dist\ido-kiosk-<version>-setup.exe.
# Step by step: docs\desk-install.md.
param(
    [string]$Python = "py",
    [string[]]$PythonArgs = @("-3.11"),
    [string]$Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe"
)
$ErrorActionPreference = "Stop"
$Root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Root

function Check([string]$What) {
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)" }
}

$Venv = Join-Path $Root ".venv-bundle"
$VenvPython = Join-Path $Venv "Scripts\python.exe"
if (-not (Test-Path $VenvPython)) {
    & $Python @PythonArgs -m venv $Venv; Check "Creating $Venv"
}
& $VenvPython -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps `
    -r requirements\bundle.lock
Check "Installing requirements\bundle.lock"

$env:PYTHONPATH = "$Root"
& $VenvPython -m tools.bundle; Check "Building the bundle"

$Bundle = Join-Path $Root "dist\ido-kiosk"
$Version = (& $VenvPython -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])").Trim()
$Printed = (& (Join-Path $Bundle "ido-kiosk-cmd.exe") --version).Trim()
if ($Printed -ne "ido-kiosk $Version") { throw "The bundle says '$Printed', not ido-kiosk $Version" }
$CheckHome = Join-Path $env:TEMP "ido-kiosk-bundle-check"
$Picture = Join-Path $Root "dist\ido-kiosk-check.png"
$Started = Start-Process -FilePath (Join-Path $Bundle "ido-kiosk.exe") -Wait -PassThru `
    -ArgumentList @("--home", "`"$CheckHome`"", "--screenshot", "`"$Picture`"")
if ($Started.ExitCode -ne 0 -or -not (Test-Path $Picture)) { throw "The bundle did not start" }
Remove-Item -Recurse -Force $CheckHome

if (-not (Test-Path $Iscc)) { throw "Inno Setup 6 not found at $Iscc (pass -Iscc PATH)" }
& $Iscc "/DAppVersion=$Version" "packaging\windows\ido-kiosk.iss"; Check "Inno Setup"
Write-Host "Installer: dist\ido-kiosk-$Version-setup.exe (bundle checked: $Picture)"
