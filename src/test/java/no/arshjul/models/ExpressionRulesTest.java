package no.arshjul.models;

import no.arshjul.forms.FormTexts;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** The expression walk on its own: what the shipped models write passes; every way around the list is found. */
class ExpressionRulesTest {

    static final Predicate<String> APP_BEANS = Set.of("leaders", "formSubmissionRepository", "appraisalService",
            "taskReminder")::contains;

    /** The app's message files in bokmål, as an upload without a chosen language gets them. */
    static final FormTexts TEXTS = bokmal();

    @Test
    void whatTheShippedModelsWritePasses() {
        for (String expression : new String[]{"${leaders.of(employeeUserId)}", "${sectorHeads.of(sectorCode)}",
                "${unitLeaders.of(unitCode)}", "${taskReminder}", "${skupPlanYear.toString()}",
                "${employeeAck == 'DISAGREE'}", "${launchBatches}", "${execution.getVariable('year')}",
                "${execution.processBusinessKey}", "${now()}", "${empty measureIds ? 'x' : measureIds[0]}"}) {
            assertThat(ExpressionRules.problems(expression, APP_BEANS, TEXTS)).as(expression).isEmpty();
        }
    }

    @Test
    void reflectionIsFoundHoweverItIsWritten() {
        assertThat(ExpressionRules.problems("${''.getClass()}", APP_BEANS, TEXTS)).singleElement().asString()
                .contains("«getClass()» er ikke tillatt");
        assertThat(ExpressionRules.problems("${year.class.classLoader}", APP_BEANS, TEXTS)).first().asString()
                .contains("«class» er ikke tillatt");
        assertThat(ExpressionRules.problems("${year['class']}", APP_BEANS, TEXTS)).first().asString()
                .contains("«class» er ikke tillatt");
        assertThat(ExpressionRules.problems("${year[memberName]()}", APP_BEANS, TEXTS)).first().asString()
                .contains("metode kalles med et navn som regnes ut");
        assertThat(ExpressionRules.problems("${execution['processEngineServices']}", APP_BEANS, TEXTS)).first().asString()
                .contains("«processEngineServices» er ikke tillatt");
    }

    @Test
    void beansOutsideTheListAndMethodsTheListDoesNotGiveAreFound() {
        assertThat(ExpressionRules.problems("${formSubmissionRepository}", APP_BEANS, TEXTS)).singleElement().asString()
                .startsWith("«formSubmissionRepository» er en tjeneste i Årshjul som modeller ikke har tilgang til");
        assertThat(ExpressionRules.problems("${leaders.organisation}", APP_BEANS, TEXTS)).singleElement().asString()
                .contains("Tjenesten «leaders» har ingen egenskaper");
        assertThat(ExpressionRules.problems("${taskReminder.execute(execution)}", APP_BEANS, TEXTS)).singleElement().asString()
                .contains("Tjenesten «taskReminder» tilbyr ikke «execute()»");
        assertThat(ExpressionRules.problems("${execution.getProcessInstance()}", APP_BEANS, TEXTS)).singleElement().asString()
                .startsWith("«getProcessInstance()» på execution eller task er ikke tillatt");
        assertThat(ExpressionRules.problems("${year.wait()}", APP_BEANS, TEXTS)).singleElement().asString()
                .startsWith("Metoden «wait()» er ikke tillatt på en variabel");
        assertThat(ExpressionRules.problems("${T(java.lang.Runtime)}", APP_BEANS, TEXTS)).singleElement().asString()
                .startsWith("Funksjonen «T()» er ikke tillatt");
    }

    private static FormTexts bokmal() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new FormTexts(messages, () -> Locale.forLanguageTag("nb"));
    }
}
