; IDO Kiosk: the Windows installer (Inno Setup 6) of the desk bundle.
;
; Build the bundle first (python3 dev.py bundle, or build.ps1 which does both), then:
;     "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\ido-kiosk.iss
; The installer lands in dist\ido-kiosk-<version>-setup.exe. Step by step, with the silent
; roll-out and the data folder for reboot-to-restore PCs: docs\desk-install.md.
;
; Installs per machine (Program Files, administrator rights), with a Start menu entry and an
; uninstaller. Parameters (all optional):
;   /DATADIR=D:\IDO            the data folder of every user of this PC (database, logs, device
;                              token); sets the machine-wide KIOSK_HOME. Put it on a volume that
;                              survives a reboot on PCs that restore themselves.
;   /SERVER=https://... /CODE=ABCD-EFGH
;                              enroll the desk with the central server right after installing
;                              (needs a per-machine data folder: /DATADIR, or else
;                              C:\ProgramData\IDO Kiosk is used)
;   /NAME="Balie 1"            the desk's name at the server (default: the PC's name)
;   /KIND=counter|walking      a fixed desk or a walking IDO laptop (default: counter)
; Exit code 0 when installed (and enrolled when asked); 100 + the enroll command's exit code
; when the app was installed but the enrollment failed (101: server unreachable, try again;
; 102: wrong parameters; 103: the code was refused); see the log in <data folder>\logs.

#define AppName "IDO Kiosk"
; build.ps1 passes the version from pyproject.toml (/DAppVersion=...); tests hold this to it.
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define BundleDir "..\..\dist\ido-kiosk"
#define AppExe "ido-kiosk.exe"
#define CmdExe "ido-kiosk-cmd.exe"
#define EnvKey "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"

[Setup]
AppId={{53CB9F77-2589-448D-9A37-C6D3C6A1F6FE}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=IDO Kiosk
DefaultDirName={autopf}\IDO Kiosk
DefaultGroupName=IDO Kiosk
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=ido-kiosk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesEnvironment=yes
CloseApplications=yes
RestartApplications=no
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
SetupLogging=yes
ShowLanguageDialog=no

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the whole bundle: no library of the previous version stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Dirs]
; The per-machine data folder: every user of the PC may write in it; kept at uninstall.
Name: "{code:DataDir}"; Permissions: users-modify; Flags: uninsneveruninstall; Check: HasDataDir

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; KIOSK_HOME moves the app's database, logs and settings to the data folder (kiosk/paths.py).
Root: HKLM; Subkey: "{#EnvKey}"; ValueType: expandsz; ValueName: "KIOSK_HOME"; ValueData: "{code:DataDir}"; Flags: uninsdeletevalue; Check: HasDataDir
; The device token is then a file in <data folder>\config, beside the database, instead of in
; one user's Windows Credential Manager: every user of the PC can sync, and the token survives
; a reboot-to-restore with the data folder (docs\desk-install.md).
Root: HKLM; Subkey: "{#EnvKey}"; ValueType: string; ValueName: "KIOSK_TOKEN_STORE"; ValueData: "file"; Flags: uninsdeletevalue; Check: HasDataDir

[Run]
; "Start IDO Kiosk" at the end, as the user who ran the installer; not with a data folder: a
; program started from here does not see the new KIOSK_HOME yet (the Start menu's does).
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent runasoriginaluser; Check: not HasDataDir

[UninstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Code]
function SetEnvironmentVariable(lpName: String; lpValue: String): BOOL;
  external 'SetEnvironmentVariableW@kernel32.dll stdcall';

var
  DataDirValue: String;
  EnrollResult: Integer;

function SetupParam(const Name: String): String;
begin
  Result := Trim(ExpandConstant('{param:' + Name + '|}'));
end;

function DataDir(Value: String): String;
begin
  Result := DataDirValue;
end;

function HasDataDir(): Boolean;
begin
  Result := DataDirValue <> '';
end;

function WantsEnrollment(): Boolean;
begin
  Result := (SetupParam('SERVER') <> '') and (SetupParam('CODE') <> '');
end;

{ A value passed to the enroll command through cmd.exe: no quotes or shell characters. }
function SafeArgument(const Value: String): Boolean;
var
  I: Integer;
begin
  Result := True;
  for I := 1 to Length(Value) do
    if Pos(Copy(Value, I, 1), '"&|<>^%!') > 0 then
      Result := False;
end;

function Refuse(const Text: String): Boolean;
begin
  Log(Text);
  SuppressibleMsgBox(Text, mbError, MB_OK, IDOK);
  Result := False;
end;

function InitializeSetup(): Boolean;
var
  Kind: String;
begin
  Result := True;
  EnrollResult := 0;
  DataDirValue := SetupParam('DATADIR');
  { An update without /DATADIR keeps the folder the first install chose. }
  if DataDirValue = '' then
    RegQueryStringValue(HKLM, '{#EnvKey}', 'KIOSK_HOME', DataDirValue);
  if ((SetupParam('SERVER') <> '') and (SetupParam('CODE') = '')) or
     ((SetupParam('SERVER') = '') and (SetupParam('CODE') <> '')) then
  begin
    Result := Refuse('/SERVER= en /CODE= horen bij elkaar: geef ze allebei, of geen van beide.');
    Exit;
  end;
  { Enrolled at install, the desk's data must be the machine's, not the installing account's. }
  if WantsEnrollment() and (DataDirValue = '') then
    DataDirValue := ExpandConstant('{commonappdata}\IDO Kiosk');
  Kind := SetupParam('KIND');
  if (Kind <> '') and (Kind <> 'counter') and (Kind <> 'walking') then
  begin
    Result := Refuse('/KIND= is counter of walking, niet ' + Kind + '.');
    Exit;
  end;
  if not (SafeArgument(SetupParam('SERVER')) and SafeArgument(SetupParam('CODE'))
      and SafeArgument(SetupParam('NAME')) and SafeArgument(DataDirValue)) then
  begin
    Result := Refuse('Een parameter bevat een teken dat niet mag: " & | < > ^ % !');
    Exit;
  end;
  if DataDirValue <> '' then
    Log('Data folder for every user of this PC: ' + DataDirValue);
end;

{ Run "ido-kiosk-cmd enroll" as this installer's account, with the variables the app will see
  (they are in the registry now, but not yet in this process), its output into the logs. }
procedure Enroll();
var
  Arguments, Output: String;
begin
  SetEnvironmentVariable('KIOSK_HOME', DataDirValue);
  SetEnvironmentVariable('KIOSK_TOKEN_STORE', 'file');
  Output := AddBackslash(DataDirValue) + 'logs\enroll-at-install.txt';
  ForceDirectories(ExtractFileDir(Output));
  Arguments := 'enroll --server "' + SetupParam('SERVER') + '" --code "' + SetupParam('CODE') + '"';
  if SetupParam('NAME') <> '' then
    Arguments := Arguments + ' --name "' + SetupParam('NAME') + '"';
  if SetupParam('KIND') <> '' then
    Arguments := Arguments + ' --kind ' + SetupParam('KIND');
  Log('Enrolling with ' + SetupParam('SERVER'));
  if not Exec(ExpandConstant('{cmd}'),
      '/C ""' + ExpandConstant('{app}\{#CmdExe}') + '" ' + Arguments + ' > "' + Output + '" 2>&1"',
      '', SW_HIDE, ewWaitUntilTerminated, EnrollResult) then
    EnrollResult := 1;
  if EnrollResult <> 0 then
  begin
    Log('Enrollment failed with exit code ' + IntToStr(EnrollResult) + '; see ' + Output);
    SuppressibleMsgBox('IDO Kiosk staat nu op deze computer, maar koppelen met de server is ' +
      'niet gelukt (code ' + IntToStr(EnrollResult) + '). Zie ' + Output, mbError, MB_OK, IDOK);
  end
  else
    Log('Enrolled; see ' + Output);
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if (CurStep = ssPostInstall) and WantsEnrollment() then
    Enroll();
end;

function GetCustomSetupExitCode(): Integer;
begin
  if EnrollResult <> 0 then
    Result := 100 + EnrollResult
  else
    Result := 0;
end;
