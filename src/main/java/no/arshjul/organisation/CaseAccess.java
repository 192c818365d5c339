package no.arshjul.organisation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Who may read one person's appraisal and mapping: the person, and their leaders up to the number
 * of levels the municipality has chosen (arshjul.privacy.leader-levels, 1 = the closest leader).
 * No role reaches individual content by itself: not HR, not the rådmann, not union representatives.
 */
@Service
@Transactional(readOnly = true)
public class CaseAccess {

    private final OrganisationService organisation;
    private final int leaderLevels;

    public CaseAccess(OrganisationService organisation, @Value("${arshjul.privacy.leader-levels:1}") int leaderLevels) {
        this.organisation = organisation;
        this.leaderLevels = leaderLevels;
    }

    public boolean canRead(String viewerUserId, String employeeUserId) {
        return viewerUserId.equals(employeeUserId) || isLeaderOf(viewerUserId, employeeUserId);
    }

    public boolean isLeaderOf(String viewerUserId, String employeeUserId) {
        if (organisation.findByUserId(employeeUserId).isEmpty()) {
            return false;
        }
        List<Employee> chain = organisation.leaderChainOf(employeeUserId);
        return chain.stream().limit(leaderLevels).anyMatch(leader -> leader.getUserId().equals(viewerUserId));
    }
}
