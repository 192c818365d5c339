package no.arshjul.privacy;

import no.arshjul.AccessLog.What;
import no.arshjul.organisation.OrganisationChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts every change of roles and units into the access log, in the transaction that makes the
 * change: the data protection officer finds them beside the reads, and a person sees on Min side
 * who gave or took their roles.
 */
@Component
class OrganisationChangeRecorder {

    private final AccessLogService accessLog;

    OrganisationChangeRecorder(AccessLogService accessLog) {
        this.accessLog = accessLog;
    }

    @EventListener
    void on(OrganisationChanged change) {
        What what = change.subjectUserId() != null ? What.ROLE_CHANGE : What.UNIT_CHANGE;
        String detail = change.unitCode() == null ? change.change() : change.change() + " " + change.unitCode();
        accessLog.recordOrganisationChange(change.actor(), change.subjectUserId(), what, detail);
    }
}
