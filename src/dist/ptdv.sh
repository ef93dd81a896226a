#!/bin/sh
# Starts PTĐV from the folder that holds ptdv.jar, with the same arguments as `java -jar ptdv.jar` (the
# window, or a command), and opens the window faster:
#  - with an archive of the program's classes (class-data sharing, AppCDS). Java 17 cannot make one by
#    itself: the first time the window is opened through this script, Java writes it as the program
#    closes (a few seconds more, once); later starts, of the window and of commands, map it instead of
#    loading each class from the jar. It fits one ptdv.jar and one Java: when either is newer, it is
#    made again. It is kept in the user's cache folder (XDG_CACHE_HOME or ~/.cache, ~/Library/Caches).
#  - the window with the quick compiler only (TieredStopAtLevel=1): while the window starts, the
#    optimising compiler would take a whole core from it, and a cell's data is small enough not to need
#    it. Commands keep both compilers (a report or an import over many thousands of people needs them).
#  - the window with one compiler thread (CICompilerCount=1; Java makes two): on a two-core PC the
#    second competes with the window's own threads while it starts (measured: 1,343 -> 1,253 ms).
#  - the window with the serial garbage collector: on a window's heap it starts sooner than the default
#    (G1), whose set-up and helper threads compete with the window's start on a two-core PC.

here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
jar="$here/ptdv.jar"
# Inside the packaged program (the app-image, the installed program) this file lies beside the jar and
# the program's own Java runtime is next door: that one, whatever JAVA_HOME says.
if [ -x "$here/../runtime/bin/java" ]; then
    java="$here/../runtime/bin/java"
elif [ -n "$JAVA_HOME" ]; then
    java="$JAVA_HOME/bin/java"
else
    java=$(command -v java) || { echo "Không tìm thấy Java 17: hãy cài Java hoặc đặt JAVA_HOME." >&2; exit 1; }
fi

case "$(uname -s)" in
    Darwin) cache="$HOME/Library/Caches/PTDV" ;;
    *) cache="${XDG_CACHE_HOME:-$HOME/.cache}/ptdv" ;;
esac
archive="$cache/ptdv.jsa"
# Java's own class image: it changes when Java is updated, and the archive must change with it.
modules="$(dirname -- "$(dirname -- "$(readlink -f -- "$java" 2>/dev/null || echo "$java")")")/lib/modules"
if [ -f "$archive" ] && { [ "$jar" -nt "$archive" ] || [ "$modules" -nt "$archive" ]; }; then
    rm -f -- "$archive"
fi

# Java's own warnings go to stderr, never into a command's output; those about the archive (classes it
# cannot hold, an archive that does not fit) not at all.
opts="-Xshare:auto -Xlog:disable -Xlog:all=warning,cds=off,cds+dynamic=off:stderr"

# Whether the arguments open the window rather than run a command.
opens_window() {
    while [ $# -gt 0 ]; do
        case "$1" in
            --db) [ $# -ge 2 ] || return 1; shift 2 ;;
            --db=*|--demo|--measure-startup|--bare|--table) shift ;;
            *) return 1 ;;
        esac
    done
    return 0
}

if ! opens_window "$@"; then
    if [ -f "$archive" ]; then
        exec "$java" $opts -XX:SharedArchiveFile="$archive" -jar "$jar" "$@"
    fi
    exec "$java" $opts -jar "$jar" "$@"
fi

opts="$opts -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC"
if [ -f "$archive" ]; then
    exec "$java" $opts -XX:SharedArchiveFile="$archive" -jar "$jar" "$@"
fi
mkdir -p -- "$cache"
# Written under another name and put in place once complete: a copy starting meanwhile never maps half
# an archive.
"$java" $opts -XX:ArchiveClassesAtExit="$archive.$$" -jar "$jar" "$@"
code=$?
if [ -f "$archive.$$" ]; then
    mv -f -- "$archive.$$" "$archive"
fi
exit $code
