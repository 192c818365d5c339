package no.arshjul.organisation;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles of Årshjul. Each is a Camunda group with the same id, so task routing
 * ({@code candidateGroups="hr"}) and authorizations speak the same language as the organisation.
 */
public enum Role {
    EMPLOYEE("employee", "Medarbeider", false),
    LEADER("leader", "Leder", false),
    KOMMUNALSJEF("kommunalsjef", "Kommunalsjef", false),
    HR("hr", "HR", true),
    RADMANN("radmann", "Rådmann", true),
    TILLITSVALGT("tillitsvalgt", "Tillitsvalgt", true),
    KOMPETANSEFORUM("kompetanseforum", "Kompetanseforum", true),
    CAMUNDA_ADMIN("camunda-admin", "Camunda-administrator", true);

    private final String groupId;
    private final String displayName;
    private final boolean assigned;

    Role(String groupId, String displayName, boolean assigned) {
        this.groupId = groupId;
        this.displayName = displayName;
        this.assigned = assigned;
    }

    public String groupId() {
        return groupId;
    }

    public String displayName() {
        return displayName;
    }

    /** True for roles HR assigns; false for those derived from employment and leadership of units. */
    public boolean isAssigned() {
        return assigned;
    }

    /** Camunda group type: the admin group is a system group, the others are workflow groups. */
    public String groupType() {
        return this == CAMUNDA_ADMIN ? "SYSTEM" : "WORKFLOW";
    }

    public static Optional<Role> ofGroupId(String groupId) {
        return Arrays.stream(values()).filter(r -> r.groupId.equals(groupId)).findFirst();
    }
}
