package no.arshjul.cycle;

import no.arshjul.organisation.EmployeeJoined;
import no.arshjul.engine.SystemEngineCalls;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Clock;
import java.time.Year;

/** Employees hired during the year get this year's mapping and talk once the import has committed. */
@Component
class NewcomerLaunch {

    private final CycleLaunchService launch;
    private final SystemEngineCalls system;
    private final Clock clock;

    NewcomerLaunch(CycleLaunchService launch, SystemEngineCalls system, Clock clock) {
        this.launch = launch;
        this.system = system;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onJoined(EmployeeJoined joined) {
        // the importing HR user's engine rights do not matter: this is Årshjul starting the year for someone
        system.run(() -> launch.launchLate(joined.userId(), Year.now(clock).getValue()));
    }
}
