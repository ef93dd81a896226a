package vn.ptdv.report.forms;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.exception.RenderException;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;
import com.deepoove.poi.template.ElementTemplate;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ptdv.service.FieldError;
import vn.ptdv.service.ValidationException;

/**
 * Fills a .docx template with poi-tl: {@code {{name}}} placeholders anywhere (paragraphs, tables,
 * headers), and the row under a {@code {{people}}} tag once per person, with {@code [field]}s. A
 * placeholder the program does not know stops the work with a message naming it, rather than leave a
 * hole in the document that nobody notices.
 */
final class FormFiller {
    /** The tag whose table row below is repeated for each person (the list for the committee above). */
    static final String PEOPLE = "people";

    private FormFiller() {
    }

    private static Configure configure() {
        return Configure.builder().bind(PEOPLE, new LoopRowTableRenderPolicy())
                .setValidErrorHandler(new Configure.AbortHandler()).build();
    }

    /** The placeholders the template uses (those the missing facts are told for). */
    static Set<String> tags(byte[] template, String templateName) {
        try (XWPFTemplate t = compile(template, templateName)) {
            Set<String> tags = new LinkedHashSet<>();
            t.getElementTemplates().forEach(e -> {
                if (e instanceof ElementTemplate element) {
                    tags.add(element.getTagName());
                }
            });
            return tags;
        } catch (IOException e) {
            throw bad(templateName, e);
        }
    }

    static void fill(byte[] template, String templateName, Map<String, Object> data, OutputStream out)
            throws IOException {
        try (XWPFTemplate t = compile(template, templateName)) {
            t.render(data);
            t.write(out);
        } catch (RenderException e) {
            throw new ValidationException(List.of(FieldError.of("template", "forms.template.unknownTag",
                    templateName, unknownTag(e))));
        }
    }

    private static XWPFTemplate compile(byte[] template, String templateName) {
        try {
            return XWPFTemplate.compile(new ByteArrayInputStream(template), configure());
        } catch (RuntimeException e) {
            // Not a Word file (.docx), or one that poi-tl cannot read: said as such, the cause in the log.
            throw bad(templateName, e);
        }
    }

    private static ValidationException bad(String templateName, Exception cause) {
        ValidationException v = new ValidationException(List.of(FieldError.of("template", "forms.template.notDocx",
                templateName)));
        v.initCause(cause);
        return v;
    }

    /** poi-tl names the tag in its message ("Non-existent variable and a variable with illegal value for {{x}}"). */
    private static String unknownTag(RenderException e) {
        String text = String.valueOf(e.getMessage());
        int open = text.indexOf("{{");
        int close = text.indexOf("}}", Math.max(open, 0));
        return open >= 0 && close > open ? text.substring(open, close + 2) : text;
    }
}
