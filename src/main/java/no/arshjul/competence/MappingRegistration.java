package no.arshjul.competence;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an employee sent in "Registrer kompetansen din", read from the registration form's fields: the
 * list of holdings (each one from the profile carries its {@code holdingId}; one the employee ends
 * has {@code ended}) and the real competence in the employee's own words, one text per category.
 */
public record MappingRegistration(List<Row> holdings, Map<RealCategory, String> realCompetence) {

    /** The registration form's fields for real competence, one per category. */
    public static final Map<String, RealCategory> REAL_COMPETENCE_FIELDS;

    static {
        Map<String, RealCategory> fields = new LinkedHashMap<>();
        fields.put("realProfessional", RealCategory.PROFESSIONAL);
        fields.put("realAdministrative", RealCategory.ADMINISTRATIVE);
        fields.put("realSocial", RealCategory.SOCIAL);
        fields.put("realPersonal", RealCategory.PERSONAL);
        REAL_COMPETENCE_FIELDS = Collections.unmodifiableMap(fields);
    }

    /**
     * One row of the list as sent. {@code holdingIdText} is what the form sent (kept to name it when
     * it is not a number); dates that do not parse are kept as text for the same reason.
     */
    public record Row(int index, String holdingIdText, String entryType, String title, String catalogueCode,
                      String institution, String level, String completedDateText, String validUntilText,
                      boolean ended) {

        public Long holdingId() {
            try {
                return holdingIdText == null ? null : Long.valueOf(holdingIdText.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }

        public boolean fromProfile() {
            return holdingIdText != null;
        }

        public LocalDate completedDate() {
            return date(completedDateText);
        }

        public LocalDate validUntil() {
            return date(validUntilText);
        }

        String field(String name) {
            return "holdings[" + index + "]." + name;
        }
    }

    public MappingRegistration {
        holdings = List.copyOf(holdings);
        realCompetence = Map.copyOf(realCompetence);
    }

    /** Reads the form's values (a submission's data, or what the form opens with). */
    public static MappingRegistration of(Map<?, ?> data) {
        List<Row> rows = new ArrayList<>();
        if (data.get("holdings") instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Map<?, ?> h = list.get(i) instanceof Map<?, ?> map ? map : Map.of();
                rows.add(new Row(i, text(h.get("holdingId")), text(h.get("entryType")), text(h.get("title")),
                        text(h.get("catalogueCode")), text(h.get("institution")), text(h.get("level")),
                        text(h.get("completedDate")), text(h.get("validUntil")),
                        Boolean.TRUE.equals(h.get("ended")) || "true".equals(String.valueOf(h.get("ended")))));
            }
        }
        Map<RealCategory, String> real = new EnumMap<>(RealCategory.class);
        REAL_COMPETENCE_FIELDS.forEach((field, category) -> {
            String description = text(data.get(field));
            if (description != null) {
                real.put(category, description.strip());
            }
        });
        return new MappingRegistration(rows, real);
    }

    static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
