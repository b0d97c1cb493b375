; Inno Setup script: the Windows installer of « Cnam — Au cœur des territoires ».
;
; Build on Windows (Inno Setup 6), after `pyinstaller packaging\cnam_desktop.spec`:
;     iscc packaging\windows\cnam-desktop.iss
; The version is read from dist\cnam-desktop\cnam-desktop.exe, whose version resource the
; spec writes from pyproject.toml: its ProductVersion text (exactly pyproject's, as shown in
; À propos) names the installer and the entry in Windows' list of installed apps, its
; numeric form fills the installer's own file properties (GetStringFileInfo and
; GetVersionNumbersString: ISPP built-ins of Inno Setup 6 and 7). `iscc /DAppVersion=1.2.3 …`
; overrides the first.
; Output: dist\cnam-desktop-<version>-setup.exe
;
; Per-user installation, no administrator rights: the program goes to
; %LOCALAPPDATA%\Programs\Cnam\cnam-desktop, the Start-menu entry to the user's own menu.
; The user's data (%LOCALAPPDATA%\Cnam\cnam-desktop: database, backups, logs) is a
; different folder, written by the application, never by this installer: uninstalling
; removes the program and keeps the data. This file is UTF-8 with a byte-order mark.

#define AppName "Cnam — Au cœur des territoires"
#define AppExe "cnam-desktop.exe"
#define DistDir AddBackslash(SourcePath) + "..\..\dist\cnam-desktop"
#define AppExePath DistDir + "\" + AppExe
#if !FileExists(AppExePath)
  #error dist\cnam-desktop\cnam-desktop.exe not found: run pyinstaller packaging\cnam_desktop.spec first
#endif
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(AppExePath, "ProductVersion")
#endif
#define AppVersionNumbers GetVersionNumbersString(AppExePath)
#if AppVersion == "" || AppVersionNumbers == ""
  #error dist\cnam-desktop\cnam-desktop.exe has no version resource: build it with packaging\cnam_desktop.spec
#endif

[Setup]
; The AppId identifies the application across versions (upgrades, uninstall): never change it.
AppId={{6F1C2B7E-3D54-4A8B-9E27-5C0D81A4F3B9}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Cnam
VersionInfoVersion={#AppVersionNumbers}
VersionInfoProductName={#AppName}
PrivilegesRequired=lowest
DefaultDirName={userpf}\Cnam\cnam-desktop
DisableDirPage=auto
DefaultGroupName=Cnam
DisableProgramGroupPage=yes
UsedUserAreasWarning=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=cnam-desktop-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\cnam-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder application; an upgrade replaces the previous version's files.
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Files of a previous version that the new one no longer ships (never the user's data).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Réseau territorial : sites, locaux, équipements, catalogue, planning"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section: the uninstaller removes what [Files] installed, nothing else.

[Code]
function DataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\Cnam\cnam-desktop');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(DataDir()) and not UninstallSilent() then
    MsgBox('L''application a été désinstallée. Vos données (base, sauvegardes, journaux) ' +
      'sont conservées dans « ' + DataDir() + ' » : une nouvelle installation les retrouvera. ' +
      'Supprimez ce dossier vous-même si vous ne voulez plus les garder.',
      mbInformation, MB_OK);
end;
