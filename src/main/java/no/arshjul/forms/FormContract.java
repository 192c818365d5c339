package no.arshjul.forms;

import java.util.List;

/** The fields a handler reads from one form (by its key, the id camunda:formRef points to). */
public record FormContract(String formKey, List<ContractField<?>> fields) {

    public static FormContract of(String formKey, ContractField<?>... fields) {
        return new FormContract(formKey, List.of(fields));
    }
}
