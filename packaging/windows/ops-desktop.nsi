; Windows installer for the one-folder bundle (dist\ops_desktop), built with NSIS 3:
;
;   makensis -DVERSION=0.1.0 packaging\windows\ops-desktop.nsi
;
; BUNDLE (default: dist\ops_desktop of this checkout) and OUTFILE (default: dist\ of this
; checkout) may be given with -D as absolute paths; makensis reads relative paths from this
; script's folder.
;
; Per user, without administrator rights: the program goes to
; %LOCALAPPDATA%\Programs\ops-desktop, with Start-menu and desktop shortcuts and an entry in
; "Apps" (Settings) / "Programs and Features" under HKCU. `setup.exe /S` installs silently.
;
; The uninstaller removes only the files it installed. It never touches the office's data
; folder %LOCALAPPDATA%\ops_desktop (the database, the log, self-test.txt): removing or
; reinstalling the program keeps the data.

Unicode true

!ifndef VERSION
  !error "pass the program's version: -DVERSION=x.y.z"
!endif
!ifndef BUNDLE
  !define BUNDLE "..\..\dist\ops_desktop"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\ops-desktop-${VERSION}-setup.exe"
!endif

!define NAME "OPS – pomoc społeczna"
!define PUBLISHER "ops-desktop"
!define EXE "ops_desktop.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\ops-desktop"

!include "MUI2.nsh"
!include "FileFunc.nsh"

Name "${NAME}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\ops-desktop"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
SetCompressor /SOLID lzma
ShowInstDetails nevershow
ShowUninstDetails nevershow

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1045 "ProductName" "${NAME}"
VIAddVersionKey /LANG=1045 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1045 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1045 "FileDescription" "Instalator programu ${NAME}"
VIAddVersionKey /LANG=1045 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1045 "LegalCopyright" "${PUBLISHER}"

!define MUI_ICON "..\..\resources\icons\ops-desktop.ico"
!define MUI_UNICON "..\..\resources\icons\ops-desktop.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Polish"

Function .onInit
  SetShellVarContext current  ; the user's own Start menu and desktop
FunctionEnd

Function un.onInit
  SetShellVarContext current
FunctionEnd

Section "Program" SecProgram
  SectionIn RO
  ; An update replaces the bundle whole, so no file of an older version stays behind.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${NAME}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
  CreateShortcut "$DESKTOP\${NAME}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${NAME}.lnk"
  Delete "$DESKTOP\${NAME}.lnk"
  ; Only what the installer put here: never RMDir /r "$INSTDIR" (the folder may have been
  ; chosen by hand) and never the data folder %LOCALAPPDATA%\ops_desktop.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd
