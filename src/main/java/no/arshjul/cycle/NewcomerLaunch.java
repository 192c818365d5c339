package no.arshjul.cycle;

import no.arshjul.engine.SystemEngineCalls;
import no.arshjul.organisation.EmployeesJoined;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Year;
import java.util.List;

/**
 * Employees hired during the year get this year's mapping and talk once the import has committed.
 * An import hands over all its newcomers at once; they are started a launch batch at a time, each
 * batch in its own transaction, like the year's launch, so a large import is never one giant one.
 */
@Component
class NewcomerLaunch {

    private final CycleLaunchService launch;
    private final SystemEngineCalls system;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final int batchSize;

    NewcomerLaunch(CycleLaunchService launch, SystemEngineCalls system, Clock clock,
                   PlatformTransactionManager transactions, @Value("${arshjul.launch.batch-size:200}") int batchSize) {
        this.launch = launch;
        this.system = system;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        // after commit the import's transaction is still bound to the thread: work needs a new one
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.batchSize = batchSize;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void onJoined(EmployeesJoined joined) {
        int year = Year.now(clock).getValue();
        List<String> userIds = joined.userIds();
        if (!Boolean.TRUE.equals(ownTransaction.execute(status -> launch.startsLateComers(year)))) {
            return;
        }
        for (int from = 0; from < userIds.size(); from += batchSize) {
            List<String> batch = userIds.subList(from, Math.min(from + batchSize, userIds.size()));
            // the importing HR user's engine rights do not matter: this is Årshjul starting the year for someone
            ownTransaction.executeWithoutResult(status -> system.run(() -> launch.launchLate(batch, year)));
        }
    }
}
