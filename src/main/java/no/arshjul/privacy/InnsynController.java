package no.arshjul.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;

/**
 * Innsyn as one JSON file and a readable PDF: HR and the data protection officer for anyone, each
 * person for themselves from Min side.
 */
@Controller
class InnsynController {

    private final InnsynService innsyn;
    private final ObjectMapper json;
    private final TemplateEngine templates;

    InnsynController(InnsynService innsyn, ObjectMapper json, TemplateEngine templates) {
        this.innsyn = innsyn;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        this.templates = templates;
    }

    @GetMapping("/api/privacy/innsyn/{userId}.json")
    @PreAuthorize("hasAnyRole('hr', 'personvernombud')")
    ResponseEntity<byte[]> jsonFor(@PathVariable String userId, Authentication me) throws IOException {
        return asJson(innsyn.export(me.getName(), userId));
    }

    @GetMapping("/api/privacy/innsyn/{userId}.pdf")
    @PreAuthorize("hasAnyRole('hr', 'personvernombud')")
    ResponseEntity<byte[]> pdfFor(@PathVariable String userId, Authentication me) throws IOException {
        return asPdf(innsyn.export(me.getName(), userId));
    }

    @GetMapping("/min-side/innsyn.json")
    ResponseEntity<byte[]> myJson(Authentication me) throws IOException {
        return asJson(innsyn.export(me.getName(), me.getName()));
    }

    @GetMapping("/min-side/innsyn.pdf")
    ResponseEntity<byte[]> myPdf(Authentication me) throws IOException {
        return asPdf(innsyn.export(me.getName(), me.getName()));
    }

    private ResponseEntity<byte[]> asJson(InnsynService.Export export) throws IOException {
        return file(export, "json", MediaType.APPLICATION_JSON, json.writeValueAsBytes(export));
    }

    private ResponseEntity<byte[]> asPdf(InnsynService.Export export) throws IOException {
        Context context = new Context(LocaleContextHolder.getLocale());
        context.setVariable("export", export);
        String html = templates.process("innsyn", context);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(html, null);
        builder.toStream(pdf);
        builder.run();
        return file(export, "pdf", MediaType.APPLICATION_PDF, pdf.toByteArray());
    }

    private static ResponseEntity<byte[]> file(InnsynService.Export export, String extension, MediaType type, byte[] body) {
        String name = "innsyn-" + export.person() + "-" + LocalDate.ofInstant(export.exportedAt(),
                no.arshjul.EngineClock.OSLO) + "." + extension;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
