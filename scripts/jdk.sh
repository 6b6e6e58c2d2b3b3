# Sourced by ./mvnw and ./corroborate: finds a JDK >= 21 and exports JAVA_HOME.
# Order: $JAVA_HOME, the java on PATH, then every JDK under /usr/lib/jvm (newest first).
# Prints what is missing and returns 1 when there is none.

corroborate_java_major() { # $1 = path to a java binary; prints its major version
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1 | sed 's/^1\.//'
}

corroborate_find_jdk() {
  local need=21 candidates=() c home major
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  # CORROBORATE_JVM_DIRS: where JDKs are installed side by side (tests point it elsewhere).
  local dirs="${CORROBORATE_JVM_DIRS:-/usr/lib/jvm /opt/java}" d
  for d in $dirs; do
    for c in $(ls -d "$d"/*/ 2>/dev/null | sort -Vr); do candidates+=("${c%/}"); done
  done
  for home in "${candidates[@]}"; do
    [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
    major=$(corroborate_java_major "$home/bin/java")
    if [ -n "$major" ] && [ "$major" -ge "$need" ] 2>/dev/null; then
      export JAVA_HOME="$home"
      return 0
    fi
  done
  {
    echo "corroborate: no JDK $need or newer found."
    echo "  looked at: \$JAVA_HOME, the javac on PATH, and the JDKs in: ${CORROBORATE_JVM_DIRS:-/usr/lib/jvm /opt/java}"
    [ ${#candidates[@]} -gt 0 ] && for home in "${candidates[@]}"; do
      [ -x "$home/bin/java" ] && echo "  found $home: Java $(corroborate_java_major "$home/bin/java") (too old)"
    done
    echo "  install one (e.g. 'apt-get install openjdk-21-jdk' or a Temurin 21+ JDK) or set JAVA_HOME to it."
  } >&2
  return 1
}

# Maven 3.8's bundled Guava calls sun.misc.Unsafe; JDK 24+ warns on every build unless allowed.
corroborate_maven_opts() {
  local major
  major=$(corroborate_java_major "$JAVA_HOME/bin/java")
  if [ "${major:-0}" -ge 24 ] 2>/dev/null; then
    case " ${MAVEN_OPTS:-} " in
      *sun-misc-unsafe-memory-access*) ;;
      *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;;
    esac
  fi
}
