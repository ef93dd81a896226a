#!/bin/sh
# Starts PTĐV from the folder that holds ptdv.jar, with the same arguments as `java -jar ptdv.jar` (the
# window, or a command), and opens the window faster:
#  - with an archive of the program's classes (class-data sharing, AppCDS). Java 17 cannot make one by
#    itself: the first time the window is opened through this script, Java writes it as the program
#    closes (a few seconds more, once); later starts, of the window and of commands, map it instead of
#    loading each class from the jar. It fits one ptdv.jar and one Java: when either is newer, it is
#    made again. It is kept in the user's cache folder (XDG_CACHE_HOME or ~/.cache, ~/Library/Caches).
#  - the quick compiler only (TieredStopAtLevel=1): while the window starts, the optimising compiler
#    would take a whole core from it. A command runs once: on a two-core PC the optimising compiler
#    spent more than it saved even on a ward's files (measured, 20,000 people: the yearly report 7.0 ->
#    4.4-5.1 s, the checks 4.1-4.5 -> 3.1-3.2 s, a 1,000-row import 6.0 -> 4.2-4.5 s; 100,000 people:
#    the report 19.0 -> 15.9 s). Only `bench` keeps both compilers: it times many runs of the same work
#    after a warm-up, which the optimising compiler pays back.
#  - one compiler thread (CICompilerCount=1; Java makes two): on a two-core PC the second competes with
#    the program's own threads (measured, the window's start: 1,343 -> 1,253 ms).
#  - the serial garbage collector: on a window's heap it starts sooner than the default (G1), whose
#    set-up and helper threads compete with the program on a two-core PC (the report of 100,000 people:
#    0.4 GB of memory instead of 1.5 GB).

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

# The command's name: the first word that is neither an option nor the database's path.
command_name() {
    while [ $# -gt 0 ]; do
        case "$1" in
            --db) [ $# -ge 2 ] || return 0; shift 2 ;;
            -*) shift ;;
            *) printf '%s' "$1"; return 0 ;;
        esac
    done
}

quick="-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC"
if ! opens_window "$@"; then
    if [ "$(command_name "$@")" != bench ]; then
        opts="$opts $quick"
    fi
    if [ -f "$archive" ]; then
        exec "$java" $opts -XX:SharedArchiveFile="$archive" -jar "$jar" "$@"
    fi
    exec "$java" $opts -jar "$jar" "$@"
fi

opts="$opts $quick"
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
