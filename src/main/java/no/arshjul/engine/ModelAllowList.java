package no.arshjul.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a model (BPMN, DMN) may reach from an expression: the one list both the upload check and the
 * engine's expression resolver read. A model may name an allow-listed bean and call only the methods
 * listed for it; everything else it names is a process variable. Repositories, services and the
 * engine itself are not reachable by name, and reflection is refused wherever it appears.
 */
public final class ModelAllowList {

    /** A bean a model may name: what it offers a model, and the methods an expression may call on it (none for a delegate). */
    public record ModelBean(String name, String offers, Set<String> methods) {
    }

    private static final Map<String, ModelBean> BEANS = new LinkedHashMap<>();

    static {
        lookup("leaders", "the leader of an employee, for leader tasks: ${leaders.of(employeeUserId)}", "of");
        lookup("sectorHeads", "the head of a sector: ${sectorHeads.of(sectorCode)}", "of");
        lookup("unitLeaders", "the leader of a unit: ${unitLeaders.of(unitCode)}", "of");
        lookup("yearDates", "the calendar's dates: ${yearDates.talksOpenLater(year)}, ${yearDates.talksOpen(year)},"
                + " ${yearDates.publicationLater(planYear)}, ${yearDates.publication(planYear)}",
                "talksOpenLater", "talksOpen", "publicationLater", "publication");
        delegate("launchPlanner", "annual cycle: when the mapping opens, plans the launch batches");
        delegate("yearPlanner", "annual cycle: turns the calendar into the timers' dates, lists the sectors, plans the launch batches");
        delegate("launchBatch", "launch batch: starts one batch of employees' processes");
        delegate("launchSummary", "annual cycle: records how the launch went");
        delegate("gapAnalysisSnapshot", "SKUP: fixes the gap analysis HR drafts the plan from");
        delegate("skupPublisher", "SKUP: publishes the adopted plan and sets unitCodes");
        delegate("competenceProfileUpdater", "competence mapping: the confirmed changes are merged into the profile");
        delegate("competenceRegistrationPrefill", "competence mapping: the registration form opens with the profile (a task listener)");
        delegate("disagreementRecorder", "appraisal talk: tells the leader the employee disagrees with the minutes");
        delegate("measureFollowUpScheduler", "appraisal talk: sets when each measure is followed up");
        delegate("taskReminder", "reminds the assignee of an open task before its deadline");
        delegate("overdueEscalation", "tells the leader that a task's deadline has passed");
    }

    /** Names the engine itself provides: the execution or task the expression runs in, and who is logged in. */
    public static final Set<String> ENGINE_OBJECTS = Set.of("execution", "task", "externalTask", "variableScope");

    /** Methods (and so properties, by their getter) a model may use on {@link #ENGINE_OBJECTS}: variables and where it is. */
    public static final Set<String> ENGINE_OBJECT_METHODS = Set.of("getVariable", "getVariableLocal", "hasVariable",
            "hasVariableLocal", "getVariableNames", "setVariable", "setVariableLocal", "getId", "getProcessInstanceId",
            "getProcessBusinessKey", "getBusinessKey", "getProcessDefinitionId", "getCurrentActivityId",
            "getCurrentActivityName", "getActivityInstanceId", "getEventName", "getTenantId", "getName", "getAssignee",
            "getOwner", "getTaskDefinitionKey", "getDueDate", "getFollowUpDate", "getPriority", "getCreateTime");

    /** Methods a model may call on a value (a variable, or what an allowed call returned). */
    public static final Set<String> VALUE_METHODS = Set.of("toString", "equals", "compareTo", "contains", "containsKey",
            "isEmpty", "size", "length", "get", "startsWith", "endsWith", "toLowerCase", "toUpperCase", "trim",
            "substring", "isBefore", "isAfter");

    /** The engine's built-in functions a model may call. */
    public static final Set<String> FUNCTIONS = Set.of("now", "dateTime", "currentUser", "currentUserGroups");

    /**
     * Members that open the way to code: reflection, class loading, the engine behind an execution or task.
     * Refused on anything, as method or as property.
     */
    public static final Set<String> FORBIDDEN_MEMBERS = Set.of("class", "getClass", "forName", "classLoader",
            "getClassLoader", "contextClassLoader", "getContextClassLoader", "declaringClass", "getDeclaringClass",
            "processEngineServices", "getProcessEngineServices", "processEngine", "getProcessEngine",
            "getMethod", "getMethods", "getDeclaredMethod", "getDeclaredMethods", "getField", "getDeclaredField",
            "getConstructor", "getDeclaredConstructor", "newInstance", "invoke", "exec", "getRuntime", "module",
            "getModule", "protectionDomain", "getProtectionDomain");

    private ModelAllowList() {
    }

    public static Map<String, ModelBean> beans() {
        return BEANS;
    }

    public static Optional<ModelBean> bean(String name) {
        return Optional.ofNullable(BEANS.get(name));
    }

    public static boolean isModelBean(String name) {
        return BEANS.containsKey(name);
    }

    /** Whether a property {@code name} reads through a getter the list allows on an engine object. */
    public static boolean isEngineObjectProperty(String name) {
        return ENGINE_OBJECT_METHODS.contains(getter(name)) || ENGINE_OBJECT_METHODS.contains("is" + capitalised(name));
    }

    public static boolean isForbiddenMember(String name) {
        return name != null && FORBIDDEN_MEMBERS.contains(name);
    }

    private static String getter(String property) {
        return "get" + capitalised(property);
    }

    private static String capitalised(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static void lookup(String name, String offers, String... methods) {
        BEANS.put(name, new ModelBean(name, offers, Set.of(methods)));
    }

    private static void delegate(String name, String offers) {
        BEANS.put(name, new ModelBean(name, offers, Set.of()));
    }
}
