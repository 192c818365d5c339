package no.arshjul.engine;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.beans.factory.InitializingBean;

/**
 * A refused form is a person's mistake, not an outage: the engine logs every exception that ends a
 * command at ERROR with its stack trace ("ENGINE-16004 Exception while closing command context").
 * For form validation refusals only, that line is replaced by one INFO line without a stack
 * trace; every other exception is still logged by the engine as before.
 */
class RefusedFormLogging implements InitializingBean {

    static final String COMMAND_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";
    private static final org.slf4j.Logger refusals = LoggerFactory.getLogger("no.arshjul.engine.RefusedForms");

    @Override
    public void afterPropertiesSet() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback
                && logback.getTurboFilterList().stream().noneMatch(RefusedFormFilter.class::isInstance)) {
            RefusedFormFilter filter = new RefusedFormFilter();
            filter.start();
            logback.addTurboFilter(filter);
        }
    }

    static final class RefusedFormFilter extends TurboFilter {

        @Override
        public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
            if (level != Level.ERROR || logger == null || !COMMAND_CONTEXT_LOGGER.equals(logger.getName())) {
                return FilterReply.NEUTRAL;
            }
            Throwable thrown = t != null ? t
                    : params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last : null;
            if (thrown instanceof FormFieldValidationException) {
                refusals.info("Form refused: {}", thrown.getMessage());
                return FilterReply.DENY;
            }
            return FilterReply.NEUTRAL;
        }
    }
}
