package no.arshjul.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Several cached Spring test contexts live in one JVM, each with an engine named "default", and
 * /engine-rest looks its engine up in Camunda's global registry. Registering the running test's
 * engine before each test makes its HTTP calls reach its own engine, not the last one started.
 */
public class CurrentEngineListener implements TestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(ProcessEngine.class)
                    .ifAvailable(ProcessEngines::registerProcessEngine);
        }
    }
}
