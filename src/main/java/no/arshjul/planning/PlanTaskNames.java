package no.arshjul.planning;

import no.arshjul.engine.TaskTitles;
import no.arshjul.organisation.OrgUnit;
import no.arshjul.organisation.OrganisationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every task of the plan processes names what it is about: the sector or unit it is for and the
 * plan year ("Send innspill til SKUP 2027 fra Helse og omsorg", "Vedta SKUP 2027"). The name is
 * set as the task is created, in place of the model's plain name, so Camunda Tasklist, the API,
 * the new-task notice and "Mine oppgaver" all read the same. A plan-evaluation task for a plan
 * year that has no adopted SKUP in Årshjul (the first year) says so in its name. The texts are in
 * the message files ({@link TaskTitles#nameWithSubject}); the models are not changed, and a task
 * HR adds to these processes gets its sector, unit and year after its own name.
 */
@Component
class PlanTaskNames extends AbstractProcessEnginePlugin {

    static final Set<String> PLAN_PROCESSES = Set.of(PlanProcesses.SKUP, PlanProcesses.PLAN_EVALUATION);

    private final ObjectProvider<TaskTitles> titles;
    private final ObjectProvider<OrganisationService> organisation;
    private final ObjectProvider<SkupPlanRepository> plans;

    PlanTaskNames(ObjectProvider<TaskTitles> titles, ObjectProvider<OrganisationService> organisation,
                  ObjectProvider<SkupPlanRepository> plans) {
        this.titles = titles;
        this.organisation = organisation;
        this.plans = plans;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                String processKey = activity.getProcessDefinition() instanceof ProcessDefinitionEntity d ? d.getKey() : null;
                if (PLAN_PROCESSES.contains(processKey)
                        && activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    TaskDefinition definition = behavior.getTaskDefinition();
                    definition.setNameExpression(new Name(processKey, activity.getId(), definition.getNameExpression()));
                }
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    /** The name as the task is created, from the variables in its scope. */
    String name(String processKey, String taskKey, String modelName, Object planYear, Object sectorCode, Object unitCode) {
        Object code = unitCode != null ? unitCode : sectorCode;
        String subject = code == null ? null : organisation.getObject().allUnits().stream()
                .filter(u -> u.getCode().equals(code.toString())).map(OrgUnit::getName).findFirst().orElse(code.toString());
        String key = taskKey;
        if (PlanProcesses.PLAN_EVALUATION.equals(processKey) && planYear instanceof Number year
                && plans.getObject().findByPlanYear(year.intValue()).filter(SkupPlan::isAdopted).isEmpty()) {
            key = taskKey + ".noPlan";
        }
        return titles.getObject().nameWithSubject(key, modelName, subject, planYear);
    }

    /** The model's name expression, wrapped: its value is the plain name the texts build on. */
    private final class Name implements Expression {

        private final String processKey;
        private final String taskKey;
        private final Expression model;

        Name(String processKey, String taskKey, Expression model) {
            this.processKey = processKey;
            this.taskKey = taskKey;
            this.model = model;
        }

        @Override
        public Object getValue(VariableScope scope) {
            Object modelName = model == null ? null : model.getValue(scope);
            Object year = scope.getVariable("planYear");
            if (year == null && scope instanceof DelegateExecution execution) {
                year = execution.getProcessBusinessKey();
            }
            return name(processKey, taskKey, modelName == null ? null : modelName.toString(), year,
                    scope.getVariable("sectorCode"), scope.getVariable("unitCode"));
        }

        @Override
        public void setValue(Object value, VariableScope scope) {
            throw new UnsupportedOperationException("A task's name is not written to");
        }

        @Override
        public String getExpressionText() {
            return model == null ? null : model.getExpressionText();
        }

        @Override
        public boolean isLiteralText() {
            return false;
        }
    }
}
