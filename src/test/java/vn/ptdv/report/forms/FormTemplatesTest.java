package vn.ptdv.report.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.service.Services;

/** The built-in templates: what the generator writes, and Word files that LibreOffice opens. */
class FormTemplatesTest {
    @TempDir
    Path folder;

    private Services services;

    @BeforeEach
    void open() {
        services = TestData.services(folder);
        services.demo().fill();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private static String text(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    @Test
    void theCommittedTemplatesAreWhatTheGeneratorWrites() throws Exception {
        Path generated = folder.resolve("generated");
        FormTemplateGenerator.writeAll(generated);
        for (FormKind kind : FormKind.values()) {
            assertThat(text(FormTemplates.builtIn(kind))).as(kind.resourceName() + ": run FormTemplateGenerator")
                    .isEqualTo(text(Files.readAllBytes(generated.resolve(kind.resourceName()))));
        }
    }

    @Test
    void everyFormHasATitleAndATemplateWhosePlaceholdersTheProgramFills() throws Exception {
        FormService forms = new FormService(services);
        for (FormKind kind : FormKind.values()) {
            assertThat(vn.ptdv.i18n.Messages.current().get("forms.form." + kind.name())).isNotBlank();
            // A template with a placeholder the program does not fill fails here, as a cell's would.
            forms.tryTemplate(kind, forms.templates().template(kind));
        }
    }

    private static String soffice() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("soffice", "soffice.exe", "libreoffice")) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        return null;
    }

    @Test
    void libreOfficeConvertsEveryDocumentOfTheDemoCellToPdf() throws Exception {
        String soffice = soffice();
        assumeTrue(soffice != null, "LibreOffice (soffice) is not installed; CI installs it");
        FormService forms = new FormService(services);
        long duc = services.candidates().listWithSteps().stream()
                .filter(x -> x.candidate().fullName().equals("Hoàng Văn Đức")).findFirst().orElseThrow().candidate().id();
        long hoang = services.candidates().listWithSteps().stream()
                .filter(x -> x.candidate().fullName().equals("Lê Văn Hoàng")).findFirst().orElseThrow().candidate().id();
        Path docs = folder.resolve("docs");
        List<String> files = new ArrayList<>();
        for (FormKind kind : FormKind.values()) {
            long who = kind.stage() == FormKind.Stage.ADMISSION ? duc : hoang;
            Path out = docs.resolve(kind.code() + ".docx");
            forms.make(who, kind, 0, out);
            files.add(out.toString());
        }
        Path pdf = folder.resolve("pdf");
        List<String> command = new ArrayList<>(List.of(soffice, "-env:UserInstallation=" + folder.resolve("lo-profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", pdf.toString()));
        command.addAll(files);
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("soffice.log").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
        for (FormKind kind : FormKind.values()) {
            Path converted = pdf.resolve(kind.code() + ".pdf");
            assertThat(converted).as(kind.code() + ".pdf; soffice said: " + Files.readString(folder.resolve("soffice.log")))
                    .exists();
            try (InputStream in = Files.newInputStream(converted)) {
                byte[] head = in.readNBytes(5);
                assertThat(new String(head, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            }
            assertThat(Files.size(converted)).isGreaterThan(5_000);
        }
    }
}
