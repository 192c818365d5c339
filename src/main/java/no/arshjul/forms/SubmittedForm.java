package no.arshjul.forms;

import java.util.Map;

/**
 * A validated submission on its way into the records: the task it completes, the form and version
 * it was made with, the values, who sent it, and the process variables in the task's scope.
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
        Map<String, Object> processVariables) {

    public String text(String key) {
        Object value = data.get(key);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    public Object variable(String name) {
        return processVariables.get(name);
    }
}
