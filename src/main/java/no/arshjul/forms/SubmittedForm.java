package no.arshjul.forms;

import java.util.Map;

/**
 * A validated submission on its way into the records: the task it completes, the form and version
 * it was made with, the values, who sent it, and the process variables in the task's scope. Handlers read
 * the values through the fields they declared ({@link #get(ContractField)}).
 */
public record SubmittedForm(
        String taskId,
        String taskDefinitionKey,
        String taskName,
        String processInstanceId,
        String processDefinitionKey,
        String businessKey,
        String formKey,
        int formVersion,
        Map<String, Object> data,
        String userId,
        Map<String, Object> processVariables) implements FieldValues {

    public Object variable(String name) {
        return processVariables.get(name);
    }
}
