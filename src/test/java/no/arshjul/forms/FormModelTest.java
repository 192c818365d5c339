package no.arshjul.forms;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The parsed form: the keys a submission has, what the process routes on, and where each field sits. */
class FormModelTest {

    static final String FORM = """
            {"id": "plan", "type": "default", "components": [
              {"id": "intro", "type": "text", "text": "Hei"},
              {"id": "decision", "type": "radio", "key": "decision", "properties": {"processVariable": "true"},
               "values": [{"label": "Ja", "value": "YES"}, {"label": "Nei", "value": "NO"}]},
              {"id": "g", "type": "group", "components": [
                {"id": "note", "type": "textarea", "key": "note", "validate": {"required": true}},
                {"id": "flag", "type": "checkbox", "key": "flag", "properties": {"processVariable": "true"}}]},
              {"id": "addr", "type": "group", "path": "address.home", "components": [
                {"id": "street", "type": "textfield", "key": "street", "properties": {"processVariable": "true"}}]},
              {"id": "rows", "type": "dynamiclist", "path": "measures", "conditional": {"hide": "=decision = \\"NO\\""},
               "components": [{"id": "due", "type": "datetime", "subtype": "date", "key": "dueDate",
                               "validate": {"required": true}}]},
              {"id": "widget", "type": "filepicker", "key": "attachment"}
            ]}""";

    final FormModel form = FormModel.parse(FORM);

    @Test
    void submittedKeysAreTheTopLevelOnesInFormOrder() {
        assertThat(form.id()).isEqualTo("plan");
        assertThat(form.submittedKeys()).containsExactly("decision", "note", "flag", "address", "measures");
    }

    @Test
    void processVariablesAreTheMarkedFieldsOfTheTopLevelScope() {
        assertThat(form.processVariableKeys()).containsExactly("decision", "flag");
    }

    @Test
    void keyedComponentsCarryTheirPathInTheSubmission() {
        assertThat(form.keyedComponents()).extracting(FormModel.Placed::path)
                .containsExactly("decision", "note", "flag", "address.home.street", "measures.dueDate", "attachment");
    }

    @Test
    void findLooksThroughGroupsWithoutPathButNotIntoListsAndAFieldThatMayBeHiddenIsNotRequired() {
        assertThat(FormModel.find(form.components(), "note")).get().extracting(FormComponent::required).isEqualTo(true);
        assertThat(FormModel.find(form.components(), "dueDate")).isEmpty();
        FormComponent rows = FormModel.find(form.components(), "measures").orElseThrow();
        FormComponent due = FormModel.find(rows.children(), "dueDate").orElseThrow();
        assertThat(due.requiredAsWritten()).isTrue();
        assertThat(due.required()).isFalse();
        assertThat(FormModel.find(form.components(), "decision").orElseThrow().values()).containsExactly("YES", "NO");
    }

    @Test
    void aComponentTheCheckDoesNotKnowMakesTheFormUncheckableButStillReadable() {
        assertThatThrownBy(form::requireCheckable).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("filepicker");
        assertThat(FormModel.parse("{\"id\": \"x\"}").hasComponents()).isFalse();
        assertThatThrownBy(() -> FormModel.parse("[1]")).isInstanceOf(FormModel.UnreadableFormException.class);
        assertThatThrownBy(() -> FormModel.parse("{\"id\": ")).isInstanceOf(FormModel.UnreadableFormException.class)
                .satisfies(e -> assertThat(((FormModel.UnreadableFormException) e).line()).isEqualTo(1));
        assertThat(List.of(FormComponent.isKnownType("filepicker"), FormComponent.isInputType("datetime")))
                .containsExactly(false, true);
    }
}
