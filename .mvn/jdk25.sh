# Sourced by ./mvnw: the project builds with JDK 25, while a machine's default java may be older.
# Keeps JAVA_HOME when it already points at JDK 25+, otherwise looks in the usual install places.
_jdk_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'; }
_jdk_ok() { [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] && [ "$(_jdk_major "$1")" -ge 25 ] 2>/dev/null; }
if [ -z "${JAVA_HOME-}" ] || ! _jdk_ok "$JAVA_HOME"; then
  for _candidate in /usr/lib/jvm/*25* /usr/lib/jvm/*2[6-9]* /opt/java/*25* /opt/jdk*25* \
      /Library/Java/JavaVirtualMachines/*25*/Contents/Home "$HOME"/.sdkman/candidates/java/25* "$HOME"/.jdks/*25*; do
    if _jdk_ok "$_candidate"; then JAVA_HOME="$_candidate"; export JAVA_HOME; break; fi
  done
fi
if [ -z "${JAVA_HOME-}" ] || ! _jdk_ok "$JAVA_HOME"; then
  echo "This project needs JDK 25 or newer. Install one (e.g. Temurin 25) and set JAVA_HOME to it." >&2
  exit 1
fi
unset _candidate
