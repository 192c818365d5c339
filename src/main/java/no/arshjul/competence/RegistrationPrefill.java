package no.arshjul.competence;

import no.arshjul.engine.ProcessEmployee;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import no.arshjul.TransactionMemo;
import no.arshjul.forms.FormSubmission;
import no.arshjul.forms.SubmittedAnswers;
import no.arshjul.organisation.OrganisationService;
import no.arshjul.organisation.UnknownEmployeeException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Registrer kompetansen din" opens with the person's profile: each current entry as a row of the
 * list (with its {@code holdingId}, so the employee can change or end it), and the real competence
 * in their own words. When the leader has sent the registration back, it opens with what the
 * employee sent last time instead. Set on the task as local variables, which the form reads (on
 * Årshjul's page and in Camunda Tasklist alike) and which go with the task when it ends.
 */
@Component("competenceRegistrationPrefill")
class RegistrationPrefill implements TaskListener {

    private static final List<String> KEPT_FROM_LAST_TIME = List.of("realProfessional", "realAdministrative",
            "realSocial", "realPersonal", "developmentWishes");

    private final ProcessEmployee processEmployee;
    private final CompetenceMappingMerge merge;
    private final OrganisationService organisation;
    private final SubmittedAnswers submissions;
    private final ObjectMapper mapper;

    RegistrationPrefill(CompetenceMappingMerge merge, OrganisationService organisation, SubmittedAnswers submissions,
                        ObjectMapper mapper, ProcessEmployee processEmployee) {
        this.processEmployee = processEmployee;
        this.merge = merge;
        this.organisation = organisation;
        this.submissions = submissions;
        this.mapper = mapper;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean startingNow = TransactionMemo.remembered(CompetenceMappingService.NEW_INSTANCES,
                task.getExecution().getProcessBusinessKey()).isPresent();
        Map<String, Object> values = (startingNow ? Optional.<FormSubmission>empty()
                : submissions.latest(task.getProcessInstanceId(), CompetenceMappingMerge.REGISTRATION))
                .map(s -> lastTime(s.getData()))
                .orElseGet(() -> fromProfile(processEmployee.userIdOf(task)));
        values.forEach((key, value) -> {
            if (value instanceof List<?> rows) {
                if (!rows.isEmpty()) {
                    task.setVariableLocal(key, Variables.objectValue(rows)
                            .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
                }
            } else if (value != null) {
                task.setVariableLocal(key, value.toString());
            }
        });
    }

    /** The profile as the form's values. */
    Map<String, Object> fromProfile(String employeeUserId) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        var employee = organisation.findByUserId(employeeUserId)
                .orElseThrow(() -> new UnknownEmployeeException(employeeUserId));
        for (CompetenceHolding h : merge.current(employee)) {
            if (h.getEntryType() == EntryType.REAL_COMPETENCE) {
                MappingRegistration.REAL_COMPETENCE_FIELDS.forEach((field, category) -> {
                    if (category == h.getRealCategory() && h.getDescription() != null) {
                        values.putIfAbsent(field, h.getDescription());
                    }
                });
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("holdingId", String.valueOf(h.getId()));
            row.put("entryType", h.getEntryType().name());
            row.put("title", h.getTitle());
            putIfPresent(row, "catalogueCode", h.getCompetenceItem() == null ? null : h.getCompetenceItem().getCode());
            putIfPresent(row, "institution", h.getInstitution());
            putIfPresent(row, "level", h.getLevel() == null ? null : h.getLevel().name());
            putIfPresent(row, "completedDate", h.getCompletedDate() == null ? null : h.getCompletedDate().toString());
            putIfPresent(row, "validUntil", h.getValidUntil() == null ? null : h.getValidUntil().toString());
            row.put("ended", false);
            rows.add(row);
        }
        values.put("holdings", rows);
        return values;
    }

    private Map<String, Object> lastTime(String json) {
        try {
            Map<?, ?> data = mapper.readValue(json, Map.class);
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("holdings", data.get("holdings") instanceof List<?> rows ? rows : List.of());
            KEPT_FROM_LAST_TIME.forEach(key -> values.put(key, data.get(key)));
            return values;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void putIfPresent(Map<String, Object> row, String key, Object value) {
        if (value != null) {
            row.put(key, value);
        }
    }
}
