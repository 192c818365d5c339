package no.arshjul.models;

import static no.arshjul.models.ModelUploads.change;
import static no.arshjul.models.ModelUploads.read;

/** The example changes HR makes in Camunda Modeler, applied to the repository's models. */
final class HrModelChanges {

    static final String TALK = "appraisal-talk.bpmn";
    static final String HMS_FORM = "appraisal-hms-review.form";

    private HrModelChanges() {
    }

    static String talk() {
        return read("processes/" + TALK);
    }

    static String hmsForm() {
        return read("src/test/resources/models/" + HMS_FORM);
    }

    /** A new step for the verneombud between the leader's preparation and scheduling the talk. */
    static String talkWithHmsStep() {
        String model = change(talk(), "<bpmn:outgoing>flow-to-schedule-talk</bpmn:outgoing>",
                "<bpmn:outgoing>flow-to-hms-review</bpmn:outgoing>");
        return change(model,
                "<bpmn:sequenceFlow id=\"flow-to-schedule-talk\" sourceRef=\"prepare-leader\" targetRef=\"schedule-talk\" />", """
                <bpmn:sequenceFlow id="flow-to-hms-review" sourceRef="prepare-leader" targetRef="hms-review" />
                <bpmn:userTask id="hms-review" name="Gå gjennom HMS med verneombudet"
                               camunda:assignee="${leaders.of(employeeUserId)}"
                               camunda:dueDate="${talksDeadlineAt}"
                               camunda:formRef="appraisal-hms-review" camunda:formRefBinding="deployment">
                  <bpmn:incoming>flow-to-hms-review</bpmn:incoming>
                  <bpmn:outgoing>flow-to-schedule-talk</bpmn:outgoing>
                </bpmn:userTask>
                <bpmn:sequenceFlow id="flow-to-schedule-talk" sourceRef="hms-review" targetRef="schedule-talk" />""");
    }

    /** The employee's preparation is due at the talks deadline, not four weeks before it: due date and escalation. */
    static String talkWithPreparationDueAtTalksDeadline() {
        String model = change(talk(), "camunda:dueDate=\"${prepDeadlineAt}\"", "camunda:dueDate=\"${talksDeadlineAt}\"");
        return change(model, "${prepDeadlineAt}</bpmn:timeDate>", "${talksDeadlineAt}</bpmn:timeDate>");
    }

    /** A new question in the employee's preparation form. */
    static String prepFormWithHmsQuestion() {
        return change(read("forms/appraisal-prep-employee.form"), "\"components\": [",
                "\"components\": [ { \"id\": \"hms-question\", \"type\": \"textarea\", \"key\": \"hmsConcerns\","
                        + " \"label\": \"Har du noe å ta opp om HMS?\", \"validate\": { \"maxLength\": 500 } },");
    }
}
