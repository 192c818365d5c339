package no.arshjul.privacy;

import no.arshjul.PersonalRecords;
import no.arshjul.organisation.Employee;
import no.arshjul.organisation.OrganisationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deletes personal data on time, every night: each feature's yearly records once they are older
 * than {@code arshjul.retention.years}, and everything about a person {@code leaver-days} after they
 * became inactive. Each feature deletes its own tables ({@link PersonalRecords}); a leaver is
 * deleted whole or not at all (one transaction per person), leavers in batches, and every run is
 * logged with its counts. Camunda's own history is deleted by the engine's history cleanup in
 * its nightly window (application.yml), with the time to live {@link HistoryTimeToLivePlugin} sets.
 */
@Service
public class RetentionService {

    private static final Logger log = LoggerFactory.getLogger(RetentionService.class);

    private final List<PersonalRecords> records;
    private final OrganisationService organisation;
    private final RetentionProperties retention;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RetentionService(List<PersonalRecords> records, OrganisationService organisation, RetentionProperties retention,
                     TransactionTemplate transactions, Clock clock) {
        this.records = records;
        this.organisation = organisation;
        this.retention = retention;
        this.transactions = transactions;
        this.clock = clock;
    }

    public record RetentionRun(int beforeYear, Map<String, Integer> yearlyRowsDeleted, List<String> leaversDeleted,
                               int leaverRowsDeleted) {
    }

    @Scheduled(cron = "${arshjul.retention.cron:0 30 2 * * *}", zone = "Europe/Oslo")
    public void nightly() {
        run();
    }

    /** One run, now by the engine's clock. */
    public RetentionRun run() {
        int beforeYear = LocalDate.now(clock).getYear() - retention.years();
        Map<String, Integer> yearly = new LinkedHashMap<>();
        for (PersonalRecords feature : records) {
            Integer deleted = transactions.execute(status -> feature.deleteYearsBefore(beforeYear));
            yearly.put(feature.name(), deleted);
        }
        log.info("Retention: deleted records of years before {}: {}", beforeYear, yearly);

        LocalDate inactiveBefore = LocalDate.now(clock).minusDays(retention.leaverDays());
        List<String> leavers = organisation.allEmployees().stream()
                .filter(e -> !e.isActive() && e.getInactiveSince() != null && e.getInactiveSince().isBefore(inactiveBefore))
                .map(Employee::getUserId).toList();
        int rows = 0;
        List<String> deleted = new java.util.ArrayList<>();
        for (int from = 0; from < leavers.size(); from += retention.batchSize()) {
            List<String> batch = leavers.subList(from, Math.min(leavers.size(), from + retention.batchSize()));
            for (String userId : batch) {
                try {
                    rows += deletePerson(userId);
                    deleted.add(userId);
                } catch (RuntimeException e) {
                    // That person's transaction rolled back whole; the others still go, and the next night retries.
                    log.error("Retention: could not delete leaver {}; nothing of theirs was deleted", userId, e);
                }
            }
            log.info("Retention: deleted {} of {} leavers inactive since before {}", Math.min(leavers.size(),
                    from + retention.batchSize()), leavers.size(), inactiveBefore);
        }
        log.info("Retention: {} of {} leavers deleted, {} rows", deleted.size(), leavers.size(), rows);
        return new RetentionRun(beforeYear, yearly, deleted, rows);
    }

    /** Everything about one person, in one transaction; the employee row last. */
    int deletePerson(String userId) {
        Integer deleted = transactions.execute(status -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (PersonalRecords feature : records) {
                counts.put(feature.name(), feature.deletePerson(userId));
            }
            log.info("Retention: deleted leaver {}: {}", userId, counts);
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        });
        return deleted == null ? 0 : deleted;
    }
}
