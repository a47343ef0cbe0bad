@echo off
rem Lector's launcher for Windows: the jar beside it, the flags measured fastest, and the
rem class-data archive built beside it (lector.jsa) when there is one; Java runs without an
rem archive that does not match it. Set LECTOR_JAVA to choose the java command.
setlocal
set "HERE=%~dp0"
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if defined LECTOR_JAVA set "JAVA=%LECTOR_JAVA%"
set "ARCHIVE="
if exist "%HERE%lector.jsa" set "ARCHIVE=-XX:SharedArchiveFile=%HERE%lector.jsa"
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:MaxNewSize=16m -Xms24m -Xshare:auto %ARCHIVE% %LECTOR_JAVA_OPTS% -cp "%HERE%lector.jar" org.lector.Lector %*
exit /b %ERRORLEVEL%
