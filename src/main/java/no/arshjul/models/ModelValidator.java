package no.arshjul.models;

import no.arshjul.engine.ProcessContract;
import no.arshjul.engine.SystemEngineCalls;
import no.arshjul.forms.FormContracts;
import no.arshjul.forms.FormModel;
import no.arshjul.forms.FormTexts;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Validates a set of model files before anything is deployed: each file by its kind's rules, then,
 * when those pass, a trial deployment inside a transaction that is rolled back, so that whatever the
 * engine itself would refuse is reported too, with its line and element.
 */
@Service
public class ModelValidator {

    private final ApplicationContext applicationContext;
    private final IdentityService identityService;
    private final DeployedModels deployed;
    private final FormRules formRules;
    private final ProcessEngineConfigurationImpl engineConfiguration;
    private final RepositoryService repositoryService;
    private final TransactionTemplate rolledBack;
    private final SystemEngineCalls system;
    private final Map<String, ProcessContract> contracts;
    private final FormTexts texts;

    ModelValidator(ApplicationContext applicationContext, IdentityService identityService, DeployedModels deployed,
                   FormContracts formContracts, FormTexts texts,
                   ProcessEngineConfigurationImpl engineConfiguration, RepositoryService repositoryService,
                   PlatformTransactionManager transactionManager, SystemEngineCalls system,
                   List<ProcessContract> contracts) {
        this.applicationContext = applicationContext;
        this.identityService = identityService;
        this.deployed = deployed;
        this.texts = texts;
        this.formRules = new FormRules(formContracts, texts);
        this.engineConfiguration = engineConfiguration;
        this.repositoryService = repositoryService;
        this.rolledBack = new TransactionTemplate(transactionManager);
        this.rolledBack.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.system = system;
        this.contracts = contracts.stream().collect(Collectors.toMap(ProcessContract::processKey, c -> c));
    }

    public ValidationReport validate(List<ModelFile> files) {
        List<Finding> findings = new ArrayList<>();
        if (files.isEmpty()) {
            findings.add(Finding.error(null, null, null, texts.get("model.check.noFiles")));
            return new ValidationReport(findings);
        }
        Set<String> names = new HashSet<>();
        for (ModelFile file : files) {
            if (file.kind().isEmpty()) {
                findings.add(Finding.error(file.name(), null, null, texts.get("model.check.unknownFileType")));
            }
            if (!names.add(file.name())) {
                findings.add(Finding.error(file.name(), null, null, texts.get("model.check.duplicateFile")));
            }
        }
        Map<String, FormRules.FormInfo> forms = new HashMap<>();
        for (ModelFile file : ofKind(files, ModelKind.FORM)) {
            formRules.check(file, findings).ifPresent(form -> {
                if (forms.putIfAbsent(form.key(), form) != null) {
                    findings.add(Finding.error(file.name(), form.key(), 1, texts.get("model.check.duplicateFormId", form.key())));
                }
            });
        }
        Set<String> decisions = new HashSet<>();
        for (ModelFile file : ofKind(files, ModelKind.DMN)) {
            decisions.addAll(DmnRules.check(file, findings, texts));
        }
        Set<String> processes = new HashSet<>();
        Environment env = new Environment(forms, decisions, processes);
        for (ModelFile file : ofKind(files, ModelKind.BPMN)) {
            for (String key : BpmnRules.check(file, env, texts, findings)) {
                if (!processes.add(key)) {
                    findings.add(Finding.error(file.name(), key, null, texts.get("model.check.duplicateProcess", key)));
                }
            }
        }
        if (findings.stream().noneMatch(Finding::isError)) {
            findings.addAll(trialDeployment(files));
        }
        return new ValidationReport(findings);
    }

    /** Deploys inside a transaction that is always rolled back: the engine's own parse, nothing kept. */
    private List<Finding> trialDeployment(List<ModelFile> files) {
        try {
            rolledBack.executeWithoutResult(status -> {
                status.setRollbackOnly();
                DeploymentBuilder builder = repositoryService.createDeployment().name("arshjul-kontroll");
                files.forEach(file -> builder.addInputStream(file.name(), new ByteArrayInputStream(file.content())));
                builder.deploy();
            });
            return List.of();
        } catch (ParseException e) {
            List<Finding> findings = new ArrayList<>();
            for (ResourceReport report : e.getResorceReports()) {
                for (Problem problem : report.getErrors()) {
                    findings.add(Finding.error(report.getResourceName(), problem.getMainElementId(),
                            problem.getLine() > 0 ? problem.getLine() : null, texts.get("model.check.camundaRejectsModel", problem.getMessage())));
                }
            }
            if (findings.isEmpty()) {
                findings.add(Finding.error(null, null, null, texts.get("model.check.camundaRejectsModels", e.getMessage())));
            }
            return findings;
        } catch (AuthorizationException e) {
            throw e;
        } catch (ProcessEngineException e) {
            return List.of(Finding.error(null, null, null, texts.get("model.check.camundaRejectsModels", BpmnRules.rootMessage(e))));
        }
    }

    private static List<ModelFile> ofKind(List<ModelFile> files, ModelKind kind) {
        return files.stream().filter(f -> f.kind().filter(kind::equals).isPresent()).toList();
    }

    /** Answers the rules' questions from the upload first, then from what is deployed and the running app. */
    private final class Environment implements ModelEnvironment {

        private final Map<String, FormRules.FormInfo> uploadedForms;
        private final Set<String> uploadedDecisions;
        private final Set<String> uploadedProcesses;
        private final Map<String, Optional<List<String>>> deployedForms = new HashMap<>();
        private Map<String, DeployedModels.Definition> latestForms;

        Environment(Map<String, FormRules.FormInfo> forms, Set<String> decisions, Set<String> processes) {
            this.uploadedForms = forms;
            this.uploadedDecisions = decisions;
            this.uploadedProcesses = processes;
        }

        @Override
        public boolean isBean(String name) {
            return applicationContext.containsBean(name);
        }

        @Override
        public Optional<Class<?>> beanType(String name) {
            return isBean(name) ? Optional.ofNullable(applicationContext.getType(name)) : Optional.empty();
        }

        @Override
        public boolean userExists(String userId) {
            return system.call(() -> identityService.createUserQuery().userId(userId).count() > 0);
        }

        @Override
        public Optional<ProcessContract> contractOf(String processKey) {
            return Optional.ofNullable(contracts.get(processKey));
        }

        @Override
        public Optional<List<String>> formProcessVariables(String formKey) {
            if (uploadedForms.containsKey(formKey)) {
                return Optional.of(uploadedForms.get(formKey).processVariables());
            }
            if (latestForms == null) {
                latestForms = deployed.latestForms();
            }
            return deployedForms.computeIfAbsent(formKey, key -> Optional.ofNullable(latestForms.get(key))
                    .map(form -> FormModel.parse(deployed.file(form).text()).processVariableKeys()));
        }

        @Override
        public boolean decisionExists(String key) {
            return uploadedDecisions.contains(key) || deployed.decisionExists(key);
        }

        @Override
        public boolean processExists(String key) {
            return uploadedProcesses.contains(key) || deployed.processExists(key);
        }

        @Override
        public Optional<String> expressionProblem(String expression) {
            try {
                engineConfiguration.getExpressionManager().createExpression(expression);
                return Optional.empty();
            } catch (RuntimeException e) {
                return Optional.of(BpmnRules.rootMessage(e));
            }
        }
    }
}
