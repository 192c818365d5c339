package no.arshjul.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long Årshjul keeps personal data ({@code arshjul.retention.*}).
 *
 * @param years           a talk, a mapping, drafts, notifications and access log rows are deleted
 *                        this many whole years after the year they belong to
 * @param leaverDays      everything about a person is deleted this many days after they became inactive
 * @param historyDays     Camunda's history time to live, set on every process definition deployed
 * @param batchSize       leavers handled per transaction batch of the nightly job
 * @param cron            when the nightly job runs (Europe/Oslo); "-" turns it off
 */
@ConfigurationProperties("arshjul.retention")
public record RetentionProperties(Integer years, Integer leaverDays, Integer historyDays, Integer batchSize,
                                  String cron) {

    public RetentionProperties {
        years = positive("years", years, 5);
        leaverDays = positive("leaver-days", leaverDays, 365);
        historyDays = positive("history-days", historyDays, 5 * 366);
        batchSize = positive("batch-size", batchSize, 100);
        cron = cron == null ? "0 30 2 * * *" : cron;
    }

    private static int positive(String name, Integer value, int otherwise) {
        if (value == null) {
            return otherwise;
        }
        if (value < 1) {
            throw new IllegalArgumentException("arshjul.retention." + name + " must be at least 1, not " + value);
        }
        return value;
    }
}
