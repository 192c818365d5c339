package no.arshjul.privacy;

import no.arshjul.AccessLog;
import no.arshjul.PersonalRecords;
import no.arshjul.organisation.OrganisationService;
import no.arshjul.organisation.UnknownEmployeeException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Innsyn (GDPR art. 15): everything Årshjul holds about one person, gathered from every feature's
 * {@link PersonalRecords}, for the person themselves or for HR and the data protection officer
 * answering their request. An export of someone else's data is itself recorded in the access log.
 */
@Service
public class InnsynService {

    private final List<PersonalRecords> records;
    private final OrganisationService organisation;
    private final AccessLog accessLog;
    private final Clock clock;

    InnsynService(List<PersonalRecords> records, OrganisationService organisation, AccessLog accessLog, Clock clock) {
        this.records = records;
        this.organisation = organisation;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** The export as the JSON file holds it: who, when, by whom, then each feature's records by kind. */
    public record Export(String person, String personName, Instant exportedAt, String exportedBy,
                         Map<String, Map<String, List<Map<String, Object>>>> records) {
    }

    /** Read-write: the export of someone else's data is recorded with the reads, committed together. */
    @Transactional
    public Export export(String requestedBy, String userId) {
        String name = organisation.findByUserId(userId).orElseThrow(() -> new UnknownEmployeeException(userId))
                .getFullName();
        accessLog.recordRead(requestedBy, userId, AccessLog.What.INNSYN_EXPORT);
        Map<String, Map<String, List<Map<String, Object>>>> all = new LinkedHashMap<>();
        // The employee's own profile first, then the features in their order.
        records.stream().sorted((a, b) -> Boolean.compare(!"organisation".equals(a.name()), !"organisation".equals(b.name())))
                .forEach(feature -> all.put(feature.name(), normalised(feature.export(userId))));
        return new Export(userId, name, Instant.now(clock), requestedBy, all);
    }

    /** Column names as lower case, whichever database answered (H2 answers in upper case). */
    private static Map<String, List<Map<String, Object>>> normalised(Map<String, List<Map<String, Object>>> kinds) {
        Map<String, List<Map<String, Object>>> result = new LinkedHashMap<>();
        kinds.forEach((kind, rows) -> result.put(kind, rows.stream().map(row -> {
            Map<String, Object> copy = new LinkedHashMap<>();
            row.forEach((column, value) -> copy.put(column.toLowerCase(Locale.ROOT), value));
            return copy;
        }).toList()));
        return result;
    }
}
