package no.arshjul.planning;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import no.arshjul.organisation.Employee;
import no.arshjul.organisation.OrganisationService;
import no.arshjul.security.Roles;
import no.arshjul.web.LocaleConfiguration;
import no.arshjul.web.Texts;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The SKUP as a readable page and as a PDF. An adopted plan is published to everyone; drafts, and
 * a plan in progress before its first draft, are for HR, the rådmann, union representatives and
 * Kompetanseforum (403 for others). Figures come with small groups
 * suppressed, since the document is shared.
 */
@Controller
class SkupDocumentController {

    /** The options the plan's forms offer; a value HR adds to a form later is shown as it is. */
    private static final List<String> FUNDING_SOURCES = List.of("COMPETENCE_ACCOUNT", "UNIT_DEVELOPMENT_FUNDS",
            "EARMARKED_STATE_FUNDS", "CENTRAL_FUNDS", "SECTOR_OPERATING_BUDGET");
    private static final List<String> OUTCOMES = List.of("AGREEMENT", "AGREEMENT_WITH_REMARKS", "DISAGREEMENT");
    private static final List<String> MEETING_TYPES = List.of("MEDBESTEMMELSESMOTE", "DROFTINGSMOTE", "KONTAKTUTVALG");

    private static final List<String> WORDS = List.of("title", "now", "startsOn", "calendar", "step", "who", "by",
            "state.DONE", "state.NOW", "state.COMING", "notDrafted", "sectorInputs", "evaluations", "readers", "noDate");

    private final SkupService skup;
    private final PlanProgress progress;
    private final PlanDocuments documents;
    private final GapAnalysisService analysis;
    private final OrganisationService organisation;
    private final TemplateEngine templates;
    private final Texts texts;
    private final Clock clock;

    SkupDocumentController(SkupService skup, PlanProgress progress, PlanDocuments documents,
                           GapAnalysisService analysis, OrganisationService organisation,
                           TemplateEngine templates, Texts texts, Clock clock) {
        this.skup = skup;
        this.progress = progress;
        this.documents = documents;
        this.analysis = analysis;
        this.organisation = organisation;
        this.templates = templates;
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * The plan a person finds from the menu: for those who read drafts, next year's while it is being
     * made; otherwise the newest adopted one (next year's, this year's or last year's).
     */
    @GetMapping("/skup")
    @Transactional(readOnly = true)
    String current(Authentication me) {
        int year = LocalDate.now(clock).getYear();
        List<String> groups = Roles.groupIds(me);
        boolean mayReadDraft = groups.contains("hr") || groups.stream().anyMatch(PlanningController.AGGREGATE_READERS::contains);
        for (int y = year + 1; y >= year - 1; y--) {
            boolean adopted = skup.find(y).map(SkupPlan::isAdopted).orElse(false);
            if (adopted || (mayReadDraft && (skup.find(y).isPresent() || progress.skup(y, LocaleConfiguration.BOKMAL).known()))) {
                return "redirect:/skup/" + y;
            }
        }
        throw new ResponseStatusException(NOT_FOUND, texts.forCaller("skup.document.none"));
    }

    @GetMapping("/skup/{year}")
    @Transactional(readOnly = true)
    String page(@PathVariable int year, Authentication me, Model model) {
        model.addAllAttributes(document(year, me, true));
        return "skup";
    }

    @GetMapping("/skup/{year}.pdf")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> pdf(@PathVariable int year, Authentication me) throws IOException {
        Map<String, Object> document = document(year, me, false);
        if (document.get("plan") == null) {
            // a plan in progress has a page, but no document to print before HR's first draft
            throw new ResponseStatusException(NOT_FOUND, texts.forCaller("skup.document.notFound", String.valueOf(year)));
        }
        Context context = new Context();
        context.setVariables(document);
        String html = templates.process("skup", context);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(html, null);
        builder.toStream(pdf);
        builder.run();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"SKUP-" + year + ".pdf\"")
                .body(pdf.toByteArray());
    }

    /**
     * The document is written in bokmål (templates/skup.html), for page and PDF alike; so are its labels.
     * A plan in progress, before HR's first draft has made its record, is a page too: for those who
     * read drafts it shows where the work stands and what each is asked by when. The page (not the
     * PDF) shows them the sectors' input and evaluations as well (PlanDocuments says who reads those).
     */
    private Map<String, Object> document(int year, Authentication me, boolean pdfLink) {
        Optional<SkupPlan> found = skup.find(year);
        PlanProgress.State state = progress.skup(year, LocaleConfiguration.BOKMAL);
        if (found.isEmpty() && !state.known()) {
            throw new ResponseStatusException(NOT_FOUND, texts.forCaller("skup.document.notFound", String.valueOf(year)));
        }
        List<String> groups = Roles.groupIds(me);
        boolean mayReadDraft = groups.contains("hr") || groups.stream().anyMatch(PlanningController.AGGREGATE_READERS::contains);
        if (!found.map(SkupPlan::isAdopted).orElse(false) && !mayReadDraft) {
            throw new AccessDeniedException(texts.forCaller("skup.document.notAdopted"));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("planYear", year);
        model.put("municipality", organisation.municipalityName());
        model.put("pdfLink", pdfLink && found.isPresent());
        model.put("work", pdfLink && mayReadDraft ? state : null);
        model.put("sectorInputs", pdfLink && mayReadDraft ? documents.sectorInputs(year, me.getName()) : List.of());
        model.put("evaluations", pdfLink && mayReadDraft ? documents.evaluations(year, me.getName()) : List.of());
        model.put("words", words());
        model.put("plan", found.orElse(null));
        model.put("statusText", found.map(p -> texts.bokmal("skupStatus." + p.getStatus()))
                .orElse(texts.bokmal("skupWork.notDrafted")));
        if (found.isEmpty()) {
            return model;
        }
        SkupPlan plan = found.get();
        // copied here: the page is rendered after the transaction has ended
        model.put("priorities", List.copyOf(plan.getPriorities()));
        model.put("measures", List.copyOf(plan.getMeasures()));
        model.put("fundingNames", labels("fundingSource.", FUNDING_SOURCES));
        model.put("overallGoals", plan.getOverallGoals() == null ? List.of()
                : Arrays.stream(plan.getOverallGoals().split("\\R")).filter(s -> !s.isBlank()).toList());
        GapAnalysisService.Analysis figures = analysis.analyse(year, GapAnalysisService.Scenario.NORMAL,
                LocalDate.now(clock), true);
        model.put("analysis", figures);
        model.put("leavingPercent", Math.round(figures.annualLeavingRate() * 1000) / 10.0);
        model.put("totalCost", plan.getMeasures().stream().map(SkupMeasure::getCostNok).reduce(BigDecimal.ZERO, BigDecimal::add));
        model.put("outcomeText", plan.getConsultationOutcome() == null ? ""
                : labels("consultationOutcome.", OUTCOMES).getOrDefault(plan.getConsultationOutcome(), plan.getConsultationOutcome()));
        model.put("meetingTypeText", plan.getConsultationType() == null ? ""
                : labels("consultationType.", MEETING_TYPES).getOrDefault(plan.getConsultationType(), plan.getConsultationType()));
        model.put("approvedByName", plan.getApprovedBy() == null ? "" : organisation.findByUserId(plan.getApprovedBy())
                .map(Employee::getFullName).orElse(plan.getApprovedBy()));
        return model;
    }

    /** The page's own words about the work, in bokmål like the rest of the document. */
    private Map<String, String> words() {
        Map<String, String> words = new HashMap<>();
        for (String key : WORDS) {
            words.put(key, texts.bokmal("skupWork." + key));
        }
        return words;
    }

    private Map<String, String> labels(String keyPrefix, List<String> codes) {
        Map<String, String> labels = new HashMap<>();
        codes.forEach(code -> labels.put(code, texts.bokmal(keyPrefix + code)));
        return labels;
    }
}
