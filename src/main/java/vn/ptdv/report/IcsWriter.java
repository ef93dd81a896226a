package vn.ptdv.report;

import vn.ptdv.persistence.AtomicFile;
import java.io.IOException;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes deadlines as an iCalendar file (RFC 5545) that any calendar program imports: one all-day
 * event per deadline. Lines are folded at 75 octets and text is escaped as the RFC asks; the file is
 * written next to its place and moved there only when complete.
 */
public final class IcsWriter {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    /** One deadline: the day, a short title and the full text. {@code uid} is stable per deadline. */
    public record Event(String uid, LocalDate day, String summary, String description) {
    }

    private IcsWriter() {
    }

    public static void write(Path file, List<Event> events, LocalDateTime now) throws IOException {
        AtomicFile.write(file, stream -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            line(out, "BEGIN:VCALENDAR");
            line(out, "VERSION:2.0");
            line(out, "PRODID:-//PTDV//Phat trien dang vien//VI");
            line(out, "CALSCALE:GREGORIAN");
            for (Event e : events) {
                line(out, "BEGIN:VEVENT");
                line(out, "UID:" + escape(e.uid()) + "@ptdv");
                line(out, "DTSTAMP:" + STAMP.format(now));
                line(out, "DTSTART;VALUE=DATE:" + DAY.format(e.day()));
                line(out, "DTEND;VALUE=DATE:" + DAY.format(e.day().plusDays(1)));
                line(out, "SUMMARY:" + escape(e.summary()));
                line(out, "DESCRIPTION:" + escape(e.description()));
                line(out, "TRANSP:TRANSPARENT");
                line(out, "END:VEVENT");
            }
            line(out, "END:VCALENDAR");
            out.flush();
        });
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** Writes a content line, folded so that no line exceeds 75 octets of UTF-8 (RFC 5545, 3.1). */
    static void line(Writer out, String content) throws IOException {
        StringBuilder current = new StringBuilder();
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            int size = ch.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.write(current.toString());
                out.write("\r\n ");
                current.setLength(0);
                octets = 0;
                limit = 74; // the continuation line starts with a space
            }
            current.append(ch);
            octets += size;
            i += Character.charCount(cp);
        }
        out.write(current.toString());
        out.write("\r\n");
    }
}
