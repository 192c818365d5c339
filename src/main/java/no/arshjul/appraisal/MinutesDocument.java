package no.arshjul.appraisal;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import no.arshjul.organisation.CaseAccess;
import no.arshjul.web.Texts;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The minutes of one talk (with its development plan) as a PDF, in the reader's language
 * (templates/minutes-pdf.html, rendered by openhtmltopdf as the SKUP and innsyn are). Readable by
 * the employee and the leaders who may read the case ({@link CaseAccess}), as the case page is;
 * anyone else gets 403, HR too: no role alone opens a person's minutes (HR has innsyn for that).
 */
@Controller
class MinutesDocument {

    private final AppraisalCaseService cases;
    private final CaseAccess access;
    private final TemplateEngine templates;
    private final Texts texts;
    private final Clock clock;

    MinutesDocument(AppraisalCaseService cases, CaseAccess access, TemplateEngine templates,
                    Texts texts, Clock clock) {
        this.cases = cases;
        this.access = access;
        this.templates = templates;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/sak/{userId}/referat/{year}.pdf")
    @Transactional
    ResponseEntity<byte[]> pdf(@PathVariable String userId, @PathVariable int year, Authentication me) {
        AppraisalCaseService.CaseView view = read(me, userId, year);
        if (view.talk() == null) {
            throw new ResponseStatusException(NOT_FOUND, texts.forCaller("minutes.pdf.notFound", view.employeeName(),
                    String.valueOf(year)));
        }
        Context context = new Context(LocaleContextHolder.getLocale());
        context.setVariable("caseView", view);
        context.setVariable("talk", view.talk());
        context.setVariable("printedOn", LocalDate.now(clock));
        String html = templates.process("minutes-pdf", context);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(html, null);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String name = "referat-" + userId + "-" + year + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
                .body(pdf.toByteArray());
    }

    private AppraisalCaseService.CaseView read(Authentication me, String userId, int year) {
        if (access.canRead(me.getName(), userId)) {
            return cases.caseOf(me.getName(), userId, year);
        }
        throw new AccessDeniedException(texts.forCaller("appraisal.case.denied"));
    }
}
