; Inno Setup 6 script: a per-user installer (no administrator rights) for the one-folder bundle.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\allegro-issues.iss
;
; Run from the repository root after `python packaging\build.py` (dist\allegro-issues\). The
; release workflow passes AppVersion from allegro_issues_desktop.__version__ (and AppVersionInfo,
; its numeric x.y.z.w form). Output: dist\installer\AllegroIssuesDesktop-<version>-windows-x64-setup.exe
;
; Installs into %LOCALAPPDATA%\Programs\Allegro Issues Desktop ({autopf} with the lowest
; privileges), adds a Start-menu entry (and, if ticked, a desktop icon), and registers an
; uninstaller under "Installed apps". The seller's data (%LOCALAPPDATA%\allegro-issues-desktop:
; drafts, logs, settings) is not touched by the uninstaller.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\allegro-issues.iss
#endif
#ifndef AppVersionInfo
  #define AppVersionInfo "0.0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\allegro-issues"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist\installer"
#endif
#define AppName "Allegro Issues Desktop"
#define AppExe "allegro-issues.exe"
#define AppUrl "https://github.com/allegro-issues-desktop/allegro-issues-desktop"

[Setup]
; A fixed AppId: upgrades replace the installed version instead of installing beside it.
AppId={{6F1C3A52-9E0B-4C8D-A7E5-2B6D41F08C93}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Allegro Issues Desktop contributors
AppPublisherURL={#AppUrl}
AppSupportURL={#AppUrl}/issues
AppUpdatesURL={#AppUrl}/releases
VersionInfoVersion={#AppVersionInfo}
VersionInfoProductName={#AppName}
; Per user, no UAC prompt: {autopf} is %LOCALAPPDATA%\Programs, {autoprograms} the user's menu.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\..\resources\icons\app.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir={#OutputDir}
OutputBaseFilename=AllegroIssuesDesktop-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "pl"; MessagesFile: "compiler:Languages\Polish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; A new version's bundle replaces the old one whole (no stale Qt plugins or modules left).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
