package no.arshjul.models;

import no.arshjul.engine.ProcessContract;

import java.util.List;
import java.util.Optional;

/** What the rules ask about the running app and the other models: beans, people, forms, decisions, processes. */
interface ModelEnvironment {

    boolean isBean(String name);

    /** The bean's class, or empty when there is no such bean. */
    Optional<Class<?>> beanType(String name);

    boolean userExists(String userId);

    /** What Årshjul's code passes to and sets on this process; empty when the app does not start it. */
    Optional<ProcessContract> contractOf(String processKey);

    /** The processVariable fields of the form with this key, in the upload or deployed; empty when there is no such form. */
    Optional<List<String>> formProcessVariables(String formKey);

    boolean decisionExists(String key);

    boolean processExists(String key);

    /** Why the expression cannot be parsed; empty when it can. */
    Optional<String> expressionProblem(String expression);
}
