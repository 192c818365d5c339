package no.arshjul.organisation;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles of Årshjul. Each is a Camunda group with the same id, so task routing
 * ({@code candidateGroups="hr"}) and authorizations speak the same language as the organisation.
 * {@code personvernombud} is the data protection officer, who may search the access log.
 */
public enum Role {
    EMPLOYEE("employee", false),
    LEADER("leader", false),
    KOMMUNALSJEF("kommunalsjef", false),
    HR("hr", true),
    RADMANN("radmann", true),
    TILLITSVALGT("tillitsvalgt", true),
    KOMPETANSEFORUM("kompetanseforum", true),
    PERSONVERNOMBUD("personvernombud", true),
    CAMUNDA_ADMIN("camunda-admin", true);

    private final String groupId;
    private final boolean assigned;

    Role(String groupId, boolean assigned) {
        this.groupId = groupId;
        this.assigned = assigned;
    }

    public String groupId() {
        return groupId;
    }

    /** The key of the role's name in the message files. */
    public String textKey() {
        return "role." + groupId;
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
