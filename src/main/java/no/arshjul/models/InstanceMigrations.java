package no.arshjul.models;

import no.arshjul.forms.FormTexts;
import no.arshjul.engine.SystemEngineCalls;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.batch.BatchStatistics;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Moves running instances of a process from one version to another. Årshjul proposes the plan
 * (activities mapped by equal id, timers and other event triggers updated to the new version),
 * tries it on every instance in a transaction that is rolled back to say which instances cannot move
 * and why, and runs it for the others as a Camunda batch whose progress it reports.
 * <p>
 * HR's right to do this is checked before (only hr); the engine calls run on Årshjul's behalf, so HR
 * gets no engine read access to the instances' variables (talks are private).
 */
@Service
public class InstanceMigrations {

    public record Instruction(String from, String to, boolean updatesEventTrigger) {
    }

    public record InstanceCheck(String processInstanceId, String businessKey, List<String> activities,
                                boolean migratable, List<String> problems) {
    }

    public record Proposal(DeployedModels.Definition source, DeployedModels.Definition target,
                           List<Instruction> instructions, List<String> unmappedActivities, List<String> planProblems,
                           List<InstanceCheck> instances) {

        public long migratable() {
            return instances.stream().filter(InstanceCheck::migratable).count();
        }
    }

    public record Status(String batchId, DeployedModels.Definition source, DeployedModels.Definition target,
                         String startedBy, Instant startedAt, int instances, int skipped, boolean finished,
                         int totalJobs, int completedJobs, int failedJobs, List<String> failures,
                         long migrated, long leftOnSource, long ended, String summary) {
    }

    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final DeployedModels deployed;
    private final MigrationRecordRepository records;
    private final SystemEngineCalls system;
    private final TransactionTemplate rolledBack;
    private final Clock clock;
    private final FormTexts texts;

    InstanceMigrations(RuntimeService runtimeService, ManagementService managementService, DeployedModels deployed,
                       MigrationRecordRepository records, SystemEngineCalls system,
                       PlatformTransactionManager transactionManager, Clock clock, FormTexts texts) {
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.deployed = deployed;
        this.records = records;
        this.system = system;
        this.rolledBack = new TransactionTemplate(transactionManager);
        this.rolledBack.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.texts = texts;
    }

    public Proposal propose(String sourceDefinitionId, String targetDefinitionId) {
        DeployedModels.Definition source = process(sourceDefinitionId);
        DeployedModels.Definition target = process(targetDefinitionId);
        if (source.id().equals(target.id())) {
            throw new MigrationRefusedException(texts.get("model.migration.sameVersion",
                    String.valueOf(source.version()), source.key()));
        }
        if (!source.key().equals(target.key())) {
            throw new MigrationRefusedException(texts.get("model.migration.otherProcess",
                    source.key(), target.key()));
        }
        return system.call(() -> {
            List<ProcessInstance> running = runtimeService.createProcessInstanceQuery()
                    .processDefinitionId(source.id()).list();
            MigrationPlan plan;
            try {
                plan = plan(source, target);
            } catch (MigrationPlanValidationException e) {
                List<String> problems = new ArrayList<>();
                for (MigrationInstructionValidationReport report : e.getValidationReport().getInstructionReports()) {
                    MigrationInstruction instruction = report.getMigrationInstruction();
                    report.getFailures().forEach(failure -> problems.add(instruction.getSourceActivityId() + " → "
                            + instruction.getTargetActivityId() + ": " + failure));
                }
                List<InstanceCheck> instances = running.stream().map(pi -> check(pi, false,
                        List.of(texts.get("model.migration.planInvalid")))).toList();
                return new Proposal(source, target, List.of(), List.of(), problems, instances);
            }
            List<Instruction> instructions = plan.getInstructions().stream()
                    .map(i -> new Instruction(i.getSourceActivityId(), i.getTargetActivityId(), i.isUpdateEventTrigger()))
                    .toList();
            Set<String> mapped = new HashSet<>();
            instructions.forEach(i -> mapped.add(i.from()));
            List<String> unmapped = flowNodeIds(source).stream().filter(id -> !mapped.contains(id)).toList();
            return new Proposal(source, target, instructions, unmapped, List.of(), checkInstances(plan, running));
        });
    }

    /** Starts the batch for the instances that can move; the others stay where they are. */
    public Status start(String sourceDefinitionId, String targetDefinitionId, String user) {
        Proposal proposal = propose(sourceDefinitionId, targetDefinitionId);
        List<String> ids = proposal.instances().stream().filter(InstanceCheck::migratable)
                .map(InstanceCheck::processInstanceId).toList();
        if (ids.isEmpty()) {
            throw new MigrationRefusedException(texts.get("model.migration.noneMovable",
                    String.valueOf(proposal.source().version()), proposal.source().key(),
                    String.valueOf(proposal.target().version())));
        }
        Batch batch = system.call(() -> runtimeService
                .newMigration(plan(proposal.source(), proposal.target())).processInstanceIds(ids).executeAsync());
        records.save(new MigrationRecord(batch.getId(), proposal.source().id(), proposal.target().id(), ids,
                proposal.instances().size() - ids.size(), user, Instant.now(clock)));
        return status(batch.getId());
    }

    public Status status(String batchId) {
        MigrationRecord record = records.findByBatchId(batchId)
                .orElseThrow(() -> new UnknownModelException(texts.get("model.migration.unknown", batchId)));
        return system.call(() -> status(record));
    }

    public List<Status> recent() {
        return records.findTop20ByOrderByStartedAtDesc().stream().map(r -> system.call(() -> status(r))).toList();
    }

    private Status status(MigrationRecord record) {
        DeployedModels.Definition source = deployed.byId(record.getSourceDefinitionId()).orElse(null);
        DeployedModels.Definition target = deployed.byId(record.getTargetDefinitionId()).orElse(null);
        BatchStatistics batch = managementService.createBatchStatisticsQuery().batchId(record.getBatchId()).singleResult();
        List<String> failures = new ArrayList<>();
        if (batch != null) {
            for (Job job : managementService.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId())
                    .withException().list()) {
                failures.add(job.getExceptionMessage());
            }
        }
        Set<String> ids = new HashSet<>(record.getInstanceIds());
        long migrated = ids.isEmpty() ? 0 : runtimeService.createProcessInstanceQuery().processInstanceIds(ids)
                .processDefinitionId(record.getTargetDefinitionId()).count();
        long left = ids.isEmpty() ? 0 : runtimeService.createProcessInstanceQuery().processInstanceIds(ids)
                .processDefinitionId(record.getSourceDefinitionId()).count();
        long ended = record.getInstanceCount() - migrated - left;
        boolean finished = batch == null;
        String summary = finished
                ? texts.get("model.migration.done", String.valueOf(migrated), String.valueOf(record.getInstanceCount()),
                        versionText(target),
                        left > 0 ? texts.get("model.migration.left", String.valueOf(left), versionText(source)) : "",
                        ended > 0 ? texts.get("model.migration.ended", String.valueOf(ended)) : "")
                : texts.get("model.migration.running", String.valueOf(batch.getCompletedJobs()),
                        String.valueOf(batch.getTotalJobs()), batch.getFailedJobs() > 0
                                ? texts.get("model.migration.failed", String.valueOf(batch.getFailedJobs())) : "");
        return new Status(record.getBatchId(), source, target, record.getStartedBy(), record.getStartedAt(),
                record.getInstanceCount(), record.getSkippedCount(), finished,
                batch == null ? record.getInstanceCount() : batch.getTotalJobs(),
                batch == null ? record.getInstanceCount() : batch.getCompletedJobs(),
                batch == null ? 0 : batch.getFailedJobs(), failures, migrated, left, ended, summary);
    }

    private String versionText(DeployedModels.Definition definition) {
        return definition == null ? "" : texts.get("model.migration.onVersion", String.valueOf(definition.version()));
    }

    private MigrationPlan plan(DeployedModels.Definition source, DeployedModels.Definition target) {
        return runtimeService.createMigrationPlan(source.id(), target.id()).mapEqualActivities().updateEventTriggers().build();
    }

    /** Tries the migration in transactions that are rolled back: all at once, then one by one if any fails. */
    private List<InstanceCheck> checkInstances(MigrationPlan plan, List<ProcessInstance> running) {
        if (running.isEmpty()) {
            return List.of();
        }
        List<String> ids = running.stream().map(ProcessInstance::getId).toList();
        if (tryMigration(plan, ids).isEmpty()) {
            return running.stream().map(pi -> check(pi, true, List.of())).toList();
        }
        return running.stream().map(pi -> {
            List<String> problems = tryMigration(plan, List.of(pi.getId()));
            return check(pi, problems.isEmpty(), problems);
        }).toList();
    }

    private List<String> tryMigration(MigrationPlan plan, List<String> ids) {
        try {
            rolledBack.executeWithoutResult(status -> {
                status.setRollbackOnly();
                runtimeService.newMigration(plan).processInstanceIds(ids).execute();
            });
            return List.of();
        } catch (MigratingProcessInstanceValidationException e) {
            return problems(e.getValidationReport());
        } catch (ProcessEngineException e) {
            return List.of(BpmnRules.rootMessage(e));
        }
    }

    private List<String> problems(MigratingProcessInstanceValidationReport report) {
        List<String> problems = new ArrayList<>(report.getFailures());
        for (MigratingActivityInstanceValidationReport activity : report.getActivityInstanceReports()) {
            activity.getFailures().forEach(f -> problems.add(
                    texts.get("model.migration.activityProblem", activity.getSourceScopeId(), f)));
        }
        for (MigratingTransitionInstanceValidationReport transition : report.getTransitionInstanceReports()) {
            transition.getFailures().forEach(f -> problems.add(
                    texts.get("model.migration.activityProblem", transition.getSourceScopeId(), f)));
        }
        return problems;
    }

    private InstanceCheck check(ProcessInstance instance, boolean migratable, List<String> problems) {
        List<String> activities = instance.isEnded() ? List.of()
                : List.copyOf(new LinkedHashSet<>(runtimeService.getActiveActivityIds(instance.getId())));
        return new InstanceCheck(instance.getId(), instance.getBusinessKey(), activities, migratable, problems);
    }

    private List<String> flowNodeIds(DeployedModels.Definition definition) {
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(deployed.file(definition).content()));
        return model.getModelElementsByType(FlowNode.class).stream()
                .filter(node -> BpmnRules.processOf(node) != null && definition.key().equals(BpmnRules.processOf(node).getId()))
                .map(FlowNode::getId).toList();
    }

    private DeployedModels.Definition process(String definitionId) {
        return deployed.byId(definitionId).filter(d -> d.kind() == ModelKind.BPMN)
                .orElseThrow(() -> new UnknownModelException(texts.get("model.migration.unknownProcessVersion", definitionId)));
    }
}
