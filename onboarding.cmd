@echo off
rem The command line from a clone on Windows (the installed package has its own onboarding.exe).
rem Uses the Java in JAVA_HOME (as mvnw.cmd does) or else java on PATH, checks it is 25 or newer,
rem builds target\onboarding.jar when it is missing, and runs it. Usage: onboarding --help
setlocal
set "HERE=%~dp0"
set "JAVA_EXE=java"
if defined JAVA_HOME set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
"%JAVA_EXE%" -XshowSettings:properties -version 2>&1 | findstr /r /c:"java.specification.version = 2[5-9]" /c:"java.specification.version = [3-9][0-9]" >nul
if errorlevel 1 (
  echo onboarding: this needs Java 25 or newer. Install one ^(for example Temurin 25^) and set JAVA_HOME to it. 1>&2
  exit /b 1
)
if not exist "%HERE%target\onboarding.jar" (
  echo onboarding: target\onboarding.jar is not built yet; building it ^(mvnw.cmd -q package -DskipTests^)... 1>&2
  call "%HERE%mvnw.cmd" -q -B -f "%HERE%pom.xml" package -DskipTests 1>&2
  if errorlevel 1 (
    echo onboarding: the build failed ^(see above^); mvnw.cmd package shows the details. 1>&2
    exit /b 1
  )
)
"%JAVA_EXE%" --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -Dcsm.onboarding.launcher=cli -jar "%HERE%target\onboarding.jar" %*
exit /b %ERRORLEVEL%
