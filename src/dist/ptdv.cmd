@echo off
rem Starts PTDV from the folder that holds ptdv.jar, with the same arguments as "java -jar ptdv.jar"
rem (the window, or a command), and opens the window faster:
rem  - with an archive of the program's classes (class-data sharing, AppCDS). Java 17 cannot make one by
rem    itself: the first time the window is opened through this file, Java writes it as the program
rem    closes (a few seconds more, once); later starts, of the window and of commands, map it instead of
rem    loading each class from the jar. Its name carries the size and time of ptdv.jar and the size of
rem    Java's class image, so that a new jar or another Java makes a new one. It is kept in
rem    %LOCALAPPDATA%\PTDV.
rem  - the quick compiler only (TieredStopAtLevel=1): while the window starts, the optimising compiler
rem    would take a whole core from it. A command runs once: on a two-core PC the optimising compiler
rem    spent more than it saved even on a ward's files (the yearly report of 20,000 people 7.0 -> 4.4-5.1
rem    s, a 1,000-row import 6.0 -> 4.2-4.5 s). Only "bench" keeps both compilers: it times many runs of
rem    the same work after a warm-up, which the optimising compiler pays back.
rem  - one compiler thread (CICompilerCount=1; Java makes two): on a two-core PC the second competes
rem    with the program's own threads.
rem  - the serial garbage collector: on a window's heap it starts sooner than the default (G1), whose
rem    set-up and helper threads compete with the program on a two-core PC.
rem Without arguments (a double click) the window opens without a console window (javaw).
setlocal
set "JAR=%~dp0ptdv.jar"
set "JAVA=java"
set "JAVAW=javaw"
set "JDK="
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
if defined JAVA_HOME set "JAVAW=%JAVA_HOME%\bin\javaw"
if defined JAVA_HOME set "JDK=%JAVA_HOME%\lib\modules"
rem Inside the installed program this file lies beside the jar and the program's own Java runtime is
rem next door: that one, whatever JAVA_HOME says.
if exist "%~dp0..\runtime\bin\java.exe" set "JAVA=%~dp0..\runtime\bin\java.exe"
if exist "%~dp0..\runtime\bin\java.exe" set "JAVAW=%~dp0..\runtime\bin\javaw.exe"
if exist "%~dp0..\runtime\bin\java.exe" set "JDK=%~dp0..\runtime\lib\modules"
if not defined JDK for %%J in (java.exe) do set "JDK=%%~dp$PATH:J..\lib\modules"

set "STAMP="
for %%F in ("%JAR%") do set "STAMP=%%~zF-%%~tF"
for %%M in ("%JDK%") do set "STAMP=%STAMP%-%%~zM"
set "STAMP=%STAMP:/=-%"
set "STAMP=%STAMP::=-%"
set "STAMP=%STAMP: =_%"
set "STAMP=%STAMP:.=-%"
set "CACHE=%LOCALAPPDATA%\PTDV"
set "ARCHIVE=%CACHE%\ptdv-%STAMP%.jsa"
rem Java's own warnings go to stderr, never into a command's output; those about the archive (classes it
rem cannot hold, an archive that does not fit) not at all.
set OPTS=-Xshare:auto -Xlog:disable -Xlog:all=warning,cds=off,cds+dynamic=off:stderr
set "SHARED="
if exist "%ARCHIVE%" set SHARED=-XX:SharedArchiveFile="%ARCHIVE%"

rem Whether the arguments open the window rather than run a command (%* keeps them all).
set "NOARGS="
if "%~1"=="" set "NOARGS=yes"
set "WINDOW=yes"
:scan
if "%~1"=="" goto scanned
if "%~1"=="--db" goto scanDb
if "%~1"=="--demo" goto scanNext
if "%~1"=="--measure-startup" goto scanNext
if "%~1"=="--bare" goto scanNext
if "%~1"=="--table" goto scanNext
set "WINDOW="
goto scanned
:scanDb
if "%~2"=="" set "WINDOW="
if "%~2"=="" goto scanned
shift
:scanNext
shift
goto scan
:scanned

set "QUICK=-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC"
if not defined WINDOW goto command
set OPTS=%OPTS% %QUICK%
if defined SHARED goto window
rem The window, the first time: Java writes the archive as the program closes; older ones go.
if not exist "%CACHE%" mkdir "%CACHE%"
del /q "%CACHE%\ptdv-*.jsa" 2>nul
set SHARED=-XX:ArchiveClassesAtExit="%ARCHIVE%"
:window
if not defined NOARGS goto windowWithArguments
start "" "%JAVAW%" %OPTS% %SHARED% -jar "%JAR%"
exit /b 0
:windowWithArguments
"%JAVA%" %OPTS% %SHARED% -jar "%JAR%" %*
exit /b %ERRORLEVEL%

:command
rem The first word after the database's path is the command's name.
if /i "%~1"=="bench" goto commandRun
set OPTS=%OPTS% %QUICK%
:commandRun
"%JAVA%" %OPTS% %SHARED% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
