package no.arshjul.models;

import no.arshjul.forms.FormTexts;
import no.arshjul.engine.ProcessContract;
import no.arshjul.organisation.Role;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityBehavior;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.ModelException;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.xml.sax.SAXParseException;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.CAMUNDA_NS;

/**
 * The checks that matter to Årshjul for a BPMN file: user tasks have a Camunda Form that exists and
 * are assigned to known groups or through expressions over known beans and variables, service tasks
 * name beans that exist, timers parse, every process keeps its history time to live, and processes
 * the app starts read only the variables it passes in (its {@link ProcessContract}).
 */
class BpmnRules {

    /** Names the engine resolves in any expression, multi-instance counters and built-in functions included. */
    private static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "externalTask", "authenticatedUserId",
            "variableScope", "nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances", "loopCounter",
            "now", "dateTime", "currentUser", "currentUserGroups", "S", "XML", "JSON");

    private static final String KNOWN_GROUPS = Arrays.stream(Role.values()).map(Role::groupId)
            .collect(Collectors.joining(", "));

    /** What a process may read: its names, and whether an unknown name is an error. */
    private record Scope(String key, boolean strict, Set<String> passedIn, Set<String> fromForms, Set<String> known) {
    }

    private final ModelFile file;
    private final XmlOutline outline;
    private final ModelEnvironment env;
    private final FormTexts texts;
    private final List<Finding> findings;
    private final Map<Process, Scope> scopes = new HashMap<>();

    private BpmnRules(ModelFile file, XmlOutline outline, ModelEnvironment env, FormTexts texts, List<Finding> findings) {
        this.file = file;
        this.outline = outline;
        this.env = env;
        this.texts = texts;
        this.findings = findings;
    }

    /** Adds the file's findings; returns the process keys it defines (empty when it does not parse). */
    static Set<String> check(ModelFile file, ModelEnvironment env, FormTexts texts, List<Finding> findings) {
        Optional<XmlOutline> wellFormed = XmlOutline.wellFormed(file, findings, texts);
        if (wellFormed.isEmpty()) {
            return Set.of();
        }
        XmlOutline outline = wellFormed.get();
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(file.content()));
        } catch (ModelException e) {
            SAXParseException cause = saxCause(e);
            findings.add(Finding.error(file.name(), null, cause == null ? null : cause.getLineNumber(),
                    texts.get("model.bpmn.invalid", cause == null ? rootMessage(e) : cause.getMessage())));
            return Set.of();
        }
        CodeInModelRules.checkBpmn(file, env::isBean, texts, findings);
        return new BpmnRules(file, outline, env, texts, findings).check(model);
    }

    private Set<String> check(BpmnModelInstance model) {
        Set<String> keys = new LinkedHashSet<>();
        for (Process process : model.getModelElementsByType(Process.class)) {
            keys.add(process.getId());
            checkProcess(process);
            scopes.put(process, scope(model, process));
        }
        model.getModelElementsByType(UserTask.class).forEach(this::checkUserTask);
        model.getModelElementsByType(BaseElement.class).forEach(this::checkDelegates);
        model.getModelElementsByType(CamundaExecutionListener.class).forEach(l -> checkListener(l,
                l.getCamundaDelegateExpression(), l.getCamundaClass(), l.getCamundaExpression(), ExecutionListener.class));
        model.getModelElementsByType(CamundaTaskListener.class).forEach(l -> checkListener(l,
                l.getCamundaDelegateExpression(), l.getCamundaClass(), l.getCamundaExpression(), TaskListener.class));
        model.getModelElementsByType(TimerEventDefinition.class).forEach(this::checkTimer);
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (flow.getConditionExpression() != null) {
                checkExpression(flow, texts.get("model.bpmn.what.condition"), flow.getConditionExpression().getTextContent());
            }
        }
        for (MultiInstanceLoopCharacteristics loop : model.getModelElementsByType(MultiInstanceLoopCharacteristics.class)) {
            String collection = loop.getCamundaCollection();
            if (collection != null && !ElExpressions.isExpression(collection)) {
                collection = "${" + collection + "}";
            }
            checkExpression(loop, texts.get("model.bpmn.what.collection"), collection);
            if (loop.getCompletionCondition() != null) {
                checkExpression(loop, texts.get("model.bpmn.what.completionCondition"), loop.getCompletionCondition().getTextContent());
            }
            if (loop.getLoopCardinality() != null) {
                checkExpression(loop, texts.get("model.bpmn.what.loopCardinality"), loop.getLoopCardinality().getTextContent());
            }
        }
        for (CamundaInputParameter input : model.getModelElementsByType(CamundaInputParameter.class)) {
            checkExpression(input, texts.get("model.bpmn.what.inputParameter", input.getCamundaName()), input.getTextContent());
        }
        for (CamundaOutputParameter output : model.getModelElementsByType(CamundaOutputParameter.class)) {
            checkExpression(output, texts.get("model.bpmn.what.outputParameter", output.getCamundaName()), output.getTextContent());
        }
        for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
            String ref = task.getCamundaDecisionRef();
            if (ref != null && !ElExpressions.isExpression(ref) && !env.decisionExists(ref)) {
                error(task, texts.get("model.bpmn.unknownDecision", ref));
            }
        }
        for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
            String called = call.getCalledElement();
            if (called != null && !ElExpressions.isExpression(called) && !env.processExists(called)) {
                warning(call, texts.get("model.bpmn.unknownCalledProcess", called));
            }
        }
        return keys;
    }

    // ---- processes

    private void checkProcess(Process process) {
        if (!process.isExecutable()) {
            warning(process, texts.get("model.bpmn.notExecutable"));
        }
        String ttl = process.getCamundaHistoryTimeToLiveString();
        if (ttl == null || ttl.isBlank()) {
            error(process, texts.get("model.bpmn.noHistoryTimeToLive"));
        }
        for (String group : splitList(process.getCamundaCandidateStarterGroups())) {
            checkGroup(process, group);
        }
    }

    private Scope scope(BpmnModelInstance model, Process process) {
        Optional<ProcessContract> contract = env.contractOf(process.getId());
        Set<String> passedIn = contract.map(ProcessContract::passedAtStart).orElse(Set.of());
        Set<String> fromForms = new TreeSet<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String ref = task.getCamundaFormRef();
            if (processOf(task) == process && ref != null && !ElExpressions.isExpression(ref)) {
                env.formProcessVariables(ref).ifPresent(fromForms::addAll);
            }
        }
        Set<String> known = new LinkedHashSet<>(passedIn);
        known.addAll(fromForms);
        contract.ifPresent(c -> known.addAll(c.setBySteps()));
        known.addAll(ENGINE_NAMES);
        for (ModelElementInstance element : model.getModelElementsByType(BaseElement.class)) {
            if (processOf(element) == process) {
                addIfPresent(known, element.getAttributeValueNs(CAMUNDA_NS, "resultVariable"));
            }
        }
        for (MultiInstanceLoopCharacteristics loop : model.getModelElementsByType(MultiInstanceLoopCharacteristics.class)) {
            if (processOf(loop) == process) {
                addIfPresent(known, loop.getCamundaElementVariable());
            }
        }
        for (CamundaOutputParameter output : model.getModelElementsByType(CamundaOutputParameter.class)) {
            addIfPresent(known, output.getCamundaName());
        }
        for (CamundaInputParameter input : model.getModelElementsByType(CamundaInputParameter.class)) {
            addIfPresent(known, input.getCamundaName());
        }
        for (CamundaOut out : model.getModelElementsByType(CamundaOut.class)) {
            addIfPresent(known, out.getCamundaTarget());
        }
        return new Scope(process.getId(), contract.isPresent(), passedIn, fromForms, known);
    }

    // ---- user tasks

    private void checkUserTask(UserTask task) {
        String formRef = task.getCamundaFormRef();
        if (formRef == null || formRef.isBlank()) {
            if (task.getCamundaFormKey() != null) {
                error(task, texts.get("model.bpmn.formKey", task.getCamundaFormKey()));
            } else {
                error(task, texts.get("model.bpmn.noForm"));
            }
        } else if (ElExpressions.isExpression(formRef)) {
            warning(task, texts.get("model.bpmn.formByExpression", formRef));
        } else {
            if (env.formProcessVariables(formRef).isEmpty()) {
                error(task, texts.get("model.bpmn.unknownForm", formRef));
            }
            if (!"deployment".equals(task.getCamundaFormRefBinding())) {
                warning(task, texts.get("model.bpmn.formBinding",
                        Optional.ofNullable(task.getCamundaFormRefBinding()).orElse("latest")));
            }
        }
        String assignee = task.getCamundaAssignee();
        List<String> groups = splitList(task.getCamundaCandidateGroups());
        List<String> users = splitList(task.getCamundaCandidateUsers());
        if (isBlank(assignee) && groups.isEmpty() && users.isEmpty()) {
            warning(task, texts.get("model.bpmn.unassigned"));
        }
        if (!isBlank(assignee)) {
            checkUser(task, texts.get("model.bpmn.what.assignee"), assignee);
        }
        users.forEach(user -> checkUser(task, texts.get("model.bpmn.what.candidateUser"), user));
        groups.forEach(group -> checkGroup(task, group));
        checkDate(task, texts.get("model.bpmn.what.dueDate"), task.getCamundaDueDate());
        checkDate(task, texts.get("model.bpmn.what.followUpDate"), task.getCamundaFollowUpDate());
    }

    private void checkUser(ModelElementInstance element, String what, String value) {
        if (ElExpressions.isExpression(value)) {
            checkExpression(element, what, value);
        } else if (!env.userExists(value)) {
            error(element, texts.get("model.bpmn.unknownUser", what, value));
        }
    }

    private void checkGroup(ModelElementInstance element, String value) {
        if (ElExpressions.isExpression(value)) {
            checkExpression(element, texts.get("model.bpmn.what.candidateGroup"), value);
        } else if (Role.ofGroupId(value).isEmpty()) {
            error(element, texts.get("model.bpmn.unknownGroup", value, KNOWN_GROUPS));
        }
    }

    private void checkDate(ModelElementInstance element, String what, String value) {
        if (isBlank(value)) {
            return;
        }
        if (ElExpressions.isExpression(value)) {
            checkExpression(element, what, value);
        } else {
            TimerValues.problem(TimerValues.Type.DATE, value, texts).ifPresent(problem -> error(element, what + ": " + problem));
        }
    }

    // ---- services, listeners, timers

    private void checkDelegates(BaseElement element) {
        String delegate = element.getAttributeValueNs(CAMUNDA_NS, "delegateExpression");
        String className = element.getAttributeValueNs(CAMUNDA_NS, "class");
        String expression = element.getAttributeValueNs(CAMUNDA_NS, "expression");
        checkService(element, delegate, className, expression, JavaDelegate.class, ActivityBehavior.class);
    }

    private void checkListener(ModelElementInstance listener, String delegate, String className, String expression,
                               Class<?> type) {
        checkService(listener, delegate, className, expression, type, JavaDelegate.class);
    }

    private void checkService(ModelElementInstance element, String delegate, String className, String expression,
                              Class<?>... types) {
        if (!isBlank(delegate)) {
            Set<String> roots = ElExpressions.roots(delegate);
            String bean = roots.isEmpty() ? delegate : roots.iterator().next();
            Optional<Class<?>> type = env.beanType(bean);
            if (type.isEmpty()) {
                error(element, texts.get("model.bpmn.unknownDelegate", bean, delegate));
            } else if (roots.size() == 1 && Arrays.stream(types).noneMatch(t -> t.isAssignableFrom(type.get()))) {
                error(element, texts.get("model.bpmn.wrongDelegateType", bean, types[0].getSimpleName()));
            } else {
                checkExpression(element, texts.get("model.bpmn.what.expression"), delegate);
            }
        }
        if (!isBlank(className)) {
            try {
                Class.forName(className, false, getClass().getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                error(element, texts.get("model.bpmn.unknownClass", className));
            }
        }
        if (!isBlank(expression)) {
            checkExpression(element, texts.get("model.bpmn.what.camundaExpression"), expression);
        }
    }

    private void checkTimer(TimerEventDefinition timer) {
        Map<TimerValues.Type, String> values = new HashMap<>();
        if (timer.getTimeDate() != null) {
            values.put(TimerValues.Type.DATE, timer.getTimeDate().getTextContent());
        }
        if (timer.getTimeDuration() != null) {
            values.put(TimerValues.Type.DURATION, timer.getTimeDuration().getTextContent());
        }
        if (timer.getTimeCycle() != null) {
            values.put(TimerValues.Type.CYCLE, timer.getTimeCycle().getTextContent());
        }
        values.values().removeIf(BpmnRules::isBlank);
        if (values.isEmpty()) {
            error(timer, texts.get("model.bpmn.timerEmpty"));
        }
        values.forEach((type, value) -> {
            if (ElExpressions.isExpression(value)) {
                checkExpression(timer, texts.get("model.bpmn.what.timer", type.attribute()), value);
            } else {
                TimerValues.problem(type, value, texts).ifPresent(problem -> error(timer, problem));
            }
        });
    }

    // ---- expressions

    private void checkExpression(ModelElementInstance element, String what, String text) {
        if (isBlank(text) || !ElExpressions.isExpression(text)) {
            return;
        }
        Optional<String> syntax = env.expressionProblem(text.trim());
        if (syntax.isPresent()) {
            error(element, texts.get("model.bpmn.expressionUnparsable", what, text.trim(), syntax.get()));
            return;
        }
        Scope scope = scopes.get(processOf(element));
        for (String root : ElExpressions.roots(text)) {
            if (env.isBean(root) || scope == null || scope.known().contains(root)) {
                continue;
            }
            if (scope.strict()) {
                error(element, texts.get("model.bpmn.unknownVariable", what, text.trim(), root,
                        list(scope.passedIn()), scope.key(), list(scope.fromForms())));
            } else {
                warning(element, texts.get("model.bpmn.maybeUnknownVariable", what, text.trim(), root));
            }
        }
    }

    // ---- helpers

    private void error(ModelElementInstance element, String message) {
        String id = ownerId(element);
        findings.add(Finding.error(file.name(), id, outline.line(id), message));
    }

    private void warning(ModelElementInstance element, String message) {
        String id = ownerId(element);
        findings.add(Finding.warning(file.name(), id, outline.line(id), message));
    }

    /** The id of the element, or of the nearest element around it that has one (listeners, parameters); an event's, not its definition's. */
    private static String ownerId(ModelElementInstance element) {
        ModelElementInstance start = element instanceof EventDefinition ? element.getParentElement() : element;
        for (ModelElementInstance e = start; e != null; e = e.getParentElement()) {
            String id = e.getAttributeValue("id");
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    static Process processOf(ModelElementInstance element) {
        for (ModelElementInstance e = element; e != null; e = e.getParentElement()) {
            if (e instanceof Process process) {
                return process;
            }
        }
        return null;
    }

    /** Splits a comma-separated list, keeping commas inside ${...} expressions. */
    static List<String> splitList(String value) {
        List<String> items = new ArrayList<>();
        if (isBlank(value)) {
            return items;
        }
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
            if (c == ',' && depth == 0) {
                addIfPresent(items, current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        addIfPresent(items, current.toString().trim());
        return items;
    }

    private static void addIfPresent(Collection<String> names, String name) {
        if (!isBlank(name)) {
            names.add(name.trim());
        }
    }

    private String list(Set<String> names) {
        return names.isEmpty() ? texts.get("model.bpmn.noVariables") : String.join(", ", names);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static SAXParseException saxCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SAXParseException sax) {
                return sax;
            }
        }
        return null;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? e.getMessage() : root.getMessage();
    }
}
