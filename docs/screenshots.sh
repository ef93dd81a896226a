#!/usr/bin/env bash
# Retakes the pictures of the user guide (docs/*.png) from the real program with its sample data
# (--demo on a fresh database), in a 1366x768 window on a virtual screen.
#
#   bash docs/screenshots.sh      (from the repository's root, after `mvn -q -DskipTests package`)
#
# Needs Xvfb, xdotool, ImageMagick (import, convert), pngquant and python3 (apt-get install -y xvfb
# xdotool imagemagick pngquant python3). Not part of the build or the tests.
#
# It clicks at fixed positions that fit the screens as they were when it was written: after a screen
# changes, LOOK at every picture it makes and move the positions below where needed.
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=target/ptdv.jar
OUT=docs
WORK=/tmp/ptdv-anh            # the sample database, its backups, the Excel files used
DB=$WORK/ptdv.db
PASSWORD='chibo5-2026'        # the opening password set for the lock screen's picture
DISPLAY_NO=:77
# The window takes 96% x 94% of the screen: on this screen it is exactly 1366x768.
SCREEN=1422x817x24

[ -f "$JAR" ] || { echo "Build first: mvn -q -DskipTests package" >&2; exit 1; }
rm -rf "$WORK"
mkdir -p "$WORK"
export DISPLAY=$DISPLAY_NO
Xvfb "$DISPLAY_NO" -screen 0 "$SCREEN" -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
XVFB=$!
APP=""
trap '[ -n "$APP" ] && kill "$APP" 2>/dev/null; kill "$XVFB" 2>/dev/null' EXIT
sleep 1

# The window manager's close button, which Xvfb has not: WM_DELETE_WINDOW, so the program closes as
# it does for a person (the day's automatic backup is made).
cat >"$WORK/xclose.py" <<'EOF'
import ctypes, sys
x = ctypes.cdll.LoadLibrary("libX11.so.6")
x.XOpenDisplay.restype = ctypes.c_void_p
x.XInternAtom.restype = ctypes.c_ulong
x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
x.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.c_void_p]
x.XFlush.argtypes = [ctypes.c_void_p]
class ClientMessage(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("window", ctypes.c_ulong), ("message_type", ctypes.c_ulong),
                ("format", ctypes.c_int), ("l", ctypes.c_long * 5), ("pad", ctypes.c_long * 16)]
d = x.XOpenDisplay(None)
ev = ClientMessage(type=33, window=int(sys.argv[1]), format=32)
ev.message_type = x.XInternAtom(d, b"WM_PROTOCOLS", 0)
ev.l[0] = x.XInternAtom(d, b"WM_DELETE_WINDOW", 0)
x.XSendEvent(d, int(sys.argv[1]), 0, 0, ctypes.byref(ev))
x.XFlush(d)
EOF

MAIN=""; OX=0; OY=0
settle() { # window id: waits until its size has not changed for 2 s (a dialog grows as it is laid out)
    local before="" now same=0
    for _ in $(seq 1 40); do
        now=$(xdotool getwindowgeometry "$1" 2>/dev/null | tail -1)
        if [ "$now" = "$before" ]; then same=$((same + 1)); else same=0; fi
        [ "$same" -ge 4 ] && return
        before=$now
        sleep 0.5
    done
}
close_dialog() { # name pattern: Escape, then waits until the dialog has gone
    xdotool key Escape
    for _ in $(seq 1 50); do
        [ -z "$(xdotool search --onlyvisible --name "$1" 2>/dev/null || true)" ] && { sleep 0.5; return; }
        sleep 0.2
    done
    echo "The dialog '$1' did not close" >&2; exit 1
}
wait_window() { # name pattern -> prints the newest window id with that name
    local id=""
    for _ in $(seq 1 100); do
        id=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | tail -1 || true)
        [ -n "$id" ] && { settle "$id"; echo "$id"; return; }
        sleep 0.2
    done
    echo "No window named '$1'" >&2; exit 1
}
start() { # arguments for the program
    # The user and computer names the audit trail shows, as on an office PC.
    COMPUTERNAME=MAY-VAN-PHONG java -Duser.name=chiuy -jar "$JAR" --db "$DB" "$@" >>"$WORK/app.log" 2>&1 &
    APP=$!
    MAIN=$(wait_window '^PTĐV – ')
    sleep 6
    eval "$(xdotool getwindowgeometry --shell "$MAIN")"
    OX=$X; OY=$Y
}
stop() {
    python3 "$WORK/xclose.py" "$MAIN"
    wait "$APP" || true
    APP=""
}
click() { xdotool mousemove $((OX + $1)) $((OY + $2)) click 1; sleep "${3:-1.5}"; }
double_click() { xdotool mousemove $((OX + $1)) $((OY + $2)) click --repeat 2 --delay 80 1; sleep 2.5; }
nav() { # candidates dashboard targets reports settings
    case $1 in candidates) click 89 97 ;; dashboard) click 84 137 3 ;; targets) click 75 177 3 ;;
        reports) click 76 217 ;; settings) click 73 256 ;; esac
}
small() { # PNG in, PNG out: a 256-colour palette keeps each picture small
    pngquant --force --strip --speed 1 256 --output "$2" "$1"
    rm -f "$1"
}
shot() { # name: the whole window
    import -window root -crop "1366x768+$OX+$OY" +repage "$WORK/$1.png"
    small "$WORK/$1.png" "$OUT/$1.png"
}
shot_dialog() { # name pattern, picture name: the dialog alone, with a thin frame
    local id
    id=$(wait_window "$1")
    sleep 1
    import -window "$id" "$WORK/$2-raw.png"
    convert "$WORK/$2-raw.png" -bordercolor '#b0b0b0' -border 1 "$WORK/$2.png"
    rm -f "$WORK/$2-raw.png"
    small "$WORK/$2.png" "$OUT/$2.png"
}
choose_file() { # title pattern of the file dialog, path to type
    local id
    id=$(wait_window "$1")
    sleep 1
    xdotool windowfocus "$id"; sleep 0.3
    xdotool key ctrl+l ctrl+a; sleep 0.3
    xdotool type --delay 20 "$2"; sleep 0.3
    xdotool key Return; sleep 4
}
# Rows of the sample list (sorted by given name) and the candidate page once the divider is dragged.
ROW_LAN=340; ROW_THAO=450
TAB_X_PROCESS=825; TAB_X_JOURNAL=901; TAB_X_CHECKLIST=965; TAB_X_HISTORY=1018
TAB_Y_THAO=105; TAB_Y_LAN=89

# --- First day: the sample data -------------------------------------------------------------------
start --demo
# The count of overdue work, shown a moment after the window opens.
sleep 2
import -window root -crop "664x88+$((OX + 687))+$((OY + 669))" +repage "$WORK/thong-bao.png"
small "$WORK/thong-bao.png" "$OUT/thong-bao.png"
sleep 12                                                      # until the notice is gone
click 265 $ROW_THAO 2
shot screenshot                                               # the list and a candidate's page
click 508 37                                                  # the list's filter
import -window root -crop "420x420+$((OX + 190))+$OY" +repage "$WORK/loc-danh-sach.png"
small "$WORK/loc-danh-sach.png" "$OUT/loc-danh-sach.png"
xdotool key Escape; sleep 1
# More room for the candidate's page: the divider between the list and the page to the left.
xdotool mousemove $((OX + 943)) $((OY + 370)) mousedown 1 sleep 0.3 mousemove $((OX + 800)) $((OY + 370)) \
    sleep 0.3 mousemove $((OX + 640)) $((OY + 370)) sleep 0.3 mouseup 1
sleep 1.5
click $TAB_X_PROCESS $TAB_Y_THAO
shot qua-trinh
double_click 1000 426                                         # the cell's resolution: votes and 2/3
shot_dialog '^Sửa bước' sua-buoc
close_dialog '^Sửa bước'
double_click 1000 498                                         # the introduction: the introducers
shot_dialog '^Sửa bước' sua-buoc-gioi-thieu
close_dialog '^Sửa bước'
click $TAB_X_CHECKLIST $TAB_Y_THAO
shot ho-so
click $TAB_X_HISTORY $TAB_Y_THAO 2
shot lich-su
click 246 $ROW_LAN 2
click $TAB_X_PROCESS $TAB_Y_LAN
click 798 714 2                                               # Thêm bước
shot_dialog '^Thêm bước' them-buoc
close_dialog '^Thêm bước'
click $TAB_X_JOURNAL $TAB_Y_LAN
click 763 714                                                 # Thêm ▾
shot boi-duong
click 797 613 2                                               # Nhận xét
shot_dialog '^Thêm: ' nhan-xet
close_dialog '^Thêm: '
nav dashboard
shot dashboard
xdotool mousemove $((OX + 700)) $((OY + 500))
for _ in $(seq 1 25); do xdotool click 5; sleep 0.05; done   # down to the to-do list
sleep 1
shot viec-can-lam
nav targets
shot chi-tieu
nav settings
shot cai-dat
click 332 17; shot cai-dat-nguon
click 462 17; shot cai-dat-ngay-nghi
click 587 17; shot cai-dat-quy-dinh
click 775 17; click 265 158 2                                 # Bảo mật › Đặt mật khẩu…
xdotool type --delay 40 "$PASSWORD"; xdotool key Tab; xdotool type --delay 40 "$PASSWORD"
xdotool key Return; sleep 5                                  # setting it takes a moment (PBKDF2)
shot cai-dat-bao-mat
stop

# --- Second day: the lock screen, backups, Excel --------------------------------------------------
start
shot man-hinh-khoa
xdotool type --delay 40 "$PASSWORD"; xdotool key Return; sleep 3
# A list to import: the program's own template with three people filled in.
java -jar "$JAR" --db "$WORK/template.db" template --out "$WORK/mau-nhap.xlsx" >/dev/null
cat >"$WORK/fill.jsh" <<'EOF'
import org.apache.poi.xssf.usermodel.*;
var wb = new XSSFWorkbook(new java.io.FileInputStream("/tmp/ptdv-anh/mau-nhap.xlsx"));
String[][] people = {
 {"1","Lương Thị Yến","Nữ","12/03/1999","Xã Phố Lu, tỉnh Lào Cai","Xã Phố Lu, tỉnh Lào Cai","Tổ dân phố số 5, xã Phố Lu, tỉnh Lào Cai","Tày","Không","010199003456","0912 345 678","Kế toán, Hợp tác xã Phố Lu","12/12","Cao đẳng kế toán","","Có","Đoàn viên thanh niên",""},
 {"2","Triệu Văn Quân","Nam","05/08/1996","Xã Phố Lu, tỉnh Lào Cai","Xã Phố Lu, tỉnh Lào Cai","Tổ dân phố số 5, xã Phố Lu, tỉnh Lào Cai","Dao","Không","010096007890","","Trồng chè","9/12","","","Không","Thanh niên tiêu biểu ở khu dân cư",""},
 {"3","Phan Minh Châu","Nữ","21/11/2001","Thành phố Lào Cai","Xã Phố Lu, tỉnh Lào Cai","Tổ dân phố số 5, xã Phố Lu, tỉnh Lào Cai","Kinh","Không","010301002345","0988 765 432","Giáo viên, Trường Tiểu học Phố Lu","12/12","Đại học sư phạm","","Có","Sinh viên tốt nghiệp về địa phương",""}};
String[][] steps = {
 {"1","SOURCE_LISTED","15/10/2026","15-NQ/CB"}, {"1","HELPER_ASSIGNED","20/10/2026","","","Nguyễn Thị Hương"},
 {"2","SOURCE_LISTED","15/10/2026","15-NQ/CB"},
 {"3","SOURCE_LISTED","15/10/2026","15-NQ/CB"}, {"3","HELPER_ASSIGNED","20/10/2026","","","Trần Văn Bình"}};
for (var sheet : java.util.Map.of("Quần chúng", people, "Các bước", steps).entrySet()) {
    var s = wb.getSheet(sheet.getKey());
    for (int i = 0; i < sheet.getValue().length; i++) {
        var row = s.createRow(i + 1);
        for (int c = 0; c < sheet.getValue()[i].length; c++)
            if (!sheet.getValue()[i][c].isEmpty()) row.createCell(c).setCellValue(sheet.getValue()[i][c]);
    }
}
try (var out = new java.io.FileOutputStream("/tmp/ptdv-anh/danh-sach-moi.xlsx")) { wb.write(out); }
/exit
EOF
jshell --class-path "$JAR" "$WORK/fill.jsh" >/dev/null 2>&1
nav reports
click 406 355 2                                               # Nhập từ Excel…
choose_file '^Chọn tệp' "$WORK/danh-sach-moi.xlsx"
shot_dialog '^Nhập từ Excel' nhap-excel
eval "$(xdotool getwindowgeometry --shell "$(wait_window '^Nhập từ Excel')")"
xdotool mousemove $((X + 378)) $((Y + 171)) click 1; sleep 4  # Nhập
click 282 179 2                                               # Xuất báo cáo Excel…
choose_file '^Lưu tệp' "$WORK/bao-cao-2026.xlsx"
shot bao-cao
nav settings
click 697 17; shot cai-dat-sao-luu
click 854 17 3; shot cai-dat-nhat-ky
# A new candidate saved with nothing filled in: the form says what is missing, field by field.
nav candidates
xdotool key ctrl+n; sleep 1.5
xdotool key ctrl+s; sleep 2
shot them-quan-chung
kill "$APP"; APP=""
ls -l "$OUT"/*.png
