package no.arshjul.forms;

import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every field the submission handlers read, collected from the handlers themselves, and the check that a
 * form still gives each of them: present under the same key, of a kind that delivers the value, required
 * when the handler relies on it, offering the values the handler branches on.
 */
@Component
public class FormContracts {

    /** What is wrong between a form and a field a handler reads. */
    public enum Reason {
        MISSING, WRONG_KIND, NOT_REQUIRED, MISSING_VALUES
    }

    /**
     * One broken promise: {@code path} is the field's key, or {@code list.key} for a field of a dynamic
     * list's rows; {@code found} is the component the form has under that key (null when missing).
     */
    public record Breach(String formKey, String handler, String path, ContractField<?> field, Reason reason,
                         FormComponent found, Set<String> missingValues) {
    }

    private record Declared(String handler, FormContract contract) {
    }

    private final List<Declared> declared = new ArrayList<>();

    public FormContracts(List<FormSubmissionHandler> handlers) {
        for (FormSubmissionHandler handler : handlers) {
            String name = ClassUtils.getUserClass(handler).getSimpleName();
            handler.contracts().forEach(contract -> declared.add(new Declared(name, contract)));
        }
    }

    /** The keys of the forms whose fields some handler reads. */
    public Set<String> handledFormKeys() {
        Set<String> keys = new TreeSet<>();
        declared.stream().filter(d -> !d.contract().fields().isEmpty()).forEach(d -> keys.add(d.contract().formKey()));
        return keys;
    }

    /** Every field a handler reads that this form does not give as declared; empty when it keeps them all. */
    public List<Breach> check(FormModel form) {
        List<Breach> breaches = new ArrayList<>();
        for (Declared d : declared) {
            if (d.contract().formKey().equals(form.id())) {
                check(form.id(), d.handler(), d.contract().fields(), form.components(), "", breaches);
            }
        }
        return breaches;
    }

    private static void check(String formKey, String handler, List<ContractField<?>> fields, List<FormComponent> scope,
                              String prefix, List<Breach> breaches) {
        for (ContractField<?> field : fields) {
            String path = prefix + field.key();
            Optional<FormComponent> found = FormModel.find(scope, field.key());
            if (found.isEmpty()) {
                breaches.add(new Breach(formKey, handler, path, field, Reason.MISSING, null, Set.of()));
                continue;
            }
            FormComponent component = found.get();
            if (!field.kind().accepts(component)) {
                breaches.add(new Breach(formKey, handler, path, field, Reason.WRONG_KIND, component, Set.of()));
                continue;
            }
            if (field.isRequired() && !component.required()) {
                breaches.add(new Breach(formKey, handler, path, field, Reason.NOT_REQUIRED, component, Set.of()));
            }
            Set<String> missingValues = new TreeSet<>(field.values());
            component.values().forEach(missingValues::remove);
            if (!missingValues.isEmpty()) {
                breaches.add(new Breach(formKey, handler, path, field, Reason.MISSING_VALUES, component, missingValues));
            }
            if (field.kind() == FieldKind.LIST) {
                check(formKey, handler, field.rowFields(), component.children(), path + ".", breaches);
            }
        }
    }
}
