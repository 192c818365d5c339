package no.arshjul.planning;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.servlet.http.HttpServletResponse;
import no.arshjul.organisation.OrganisationService;
import no.arshjul.web.Texts;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The follow-up of the SKUP's measures as pages: {@code /skup/{year}/tiltak}, where HR records each
 * measure's status and spend and everyone who may read it sees the changes; and the tertial report
 * {@code /skup/{year}/tertial/{n}} as a page and as a PDF for the rådmann.
 */
@Controller
class SkupMeasurePageController {

    private final SkupMeasureProgress progress;
    private final TertialReports reports;
    private final OrganisationService organisation;
    private final TemplateEngine templates;
    private final Texts texts;

    SkupMeasurePageController(SkupMeasureProgress progress, TertialReports reports, OrganisationService organisation,
                              TemplateEngine templates, Texts texts) {
        this.progress = progress;
        this.reports = reports;
        this.organisation = organisation;
        this.templates = templates;
        this.texts = texts;
    }

    /** What HR typed into a measure's form that was refused, shown again with the message at the field. */
    record Refused(long measureId, String field, String message, String status, String spentNok, String comment) {
    }

    @GetMapping("/skup/{year}/tiltak")
    String page(@PathVariable int year, Authentication me, Model model) {
        reports.checkReader(me);
        return page(year, me, model, null);
    }

    @PostMapping("/skup/{year}/tiltak/{measureId}")
    String save(@PathVariable int year, @PathVariable long measureId, @RequestParam(required = false) String status,
                @RequestParam(required = false) String spentNok, @RequestParam(required = false) String comment,
                @RequestParam(required = false) Long version, Authentication me, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        reports.checkHr(me);
        try {
            SkupMeasureProgress.Line saved = progress.update(year, measureId,
                    new SkupMeasureProgress.Update(status, amount(spentNok), comment, version), me.getName(), true);
            redirect.addFlashAttribute("message", texts.forCaller("skupMeasure.page.saved", saved.title()));
            return "redirect:/skup/" + year + "/tiltak#tiltak-" + measureId;
        } catch (ErrorResponseException refused) {
            response.setStatus(refused.getStatusCode().value());
            return page(year, me, model, new Refused(measureId, SkupMeasureRefusal.field(refused),
                    refused.getBody().getDetail(), status, spentNok, comment));
        } catch (ConcurrencyFailureException lost) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(year, me, model, new Refused(measureId, "version",
                    texts.forCaller("skupMeasure.refused.changedMeanwhile"), status, spentNok, comment));
        }
    }

    @GetMapping("/skup/{year}/tertial/{tertial}")
    String report(@PathVariable int year, @PathVariable int tertial, Authentication me, Model model) {
        reports.checkReader(me);
        model.addAllAttributes(report(year, tertial, true));
        return "tertial-report";
    }

    @GetMapping("/skup/{year}/tertial/{tertial}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable int year, @PathVariable int tertial, Authentication me) throws IOException {
        reports.checkReader(me);
        Context context = new Context(LocaleContextHolder.getLocale());
        context.setVariables(report(year, tertial, false));
        String html = templates.process("tertial-report", context);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(html, null);
        builder.toStream(pdf);
        builder.run();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"SKUP-" + year + "-T" + tertial + ".pdf\"")
                .body(pdf.toByteArray());
    }

    private String page(int year, Authentication me, Model model, Refused refused) {
        SkupMeasureProgress.YearProgress followUp = progress.of(year);
        model.addAttribute("progress", followUp);
        model.addAttribute("changes", progress.history(year));
        model.addAttribute("titles", titles(followUp));
        model.addAttribute("statuses", Arrays.asList(SkupMeasureStatus.values()));
        model.addAttribute("mayUpdate", TertialReports.isHr(me) && followUp.adopted());
        model.addAttribute("refused", refused);
        return "skup-measures";
    }

    private Map<String, Object> report(int year, int tertial, boolean pdfLink) {
        Map<String, Object> model = new HashMap<>();
        model.put("report", reports.report(year, tertial));
        model.put("municipality", organisation.municipalityName());
        model.put("pdfLink", pdfLink);
        return model;
    }

    private static Map<Long, String> titles(SkupMeasureProgress.YearProgress year) {
        Map<Long, String> titles = new HashMap<>();
        year.measures().forEach(m -> titles.put(m.id(), m.title()));
        return titles;
    }

    /** An amount as people type it: "12 500", "12500,50" or "12500.50". */
    private BigDecimal amount(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String plain = typed.replaceAll("[\\s\\u00a0]", "").replace(',', '.');
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            throw SkupMeasureRefusal.of(HttpStatus.BAD_REQUEST, "spentNok", texts.forCaller("skupMeasure.refused.spendFormat"));
        }
    }
}
