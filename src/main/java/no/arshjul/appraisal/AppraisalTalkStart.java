package no.arshjul.appraisal;

import no.arshjul.organisation.Employee;

import java.util.Date;

/** The variables an appraisal talk starts with: one per component, read by the BPMN and checked in HR's models. */
record AppraisalTalkStart(int year, Date prepReminderAt, Date prepDeadlineAt, Date talksDeadlineAt,
                          String employeeUserId) {

    static AppraisalTalkStart of(TalkDeadlines deadlines, Employee employee) {
        return new AppraisalTalkStart(deadlines.year(), deadlines.prepReminderAt(), deadlines.prepDeadlineAt(),
                deadlines.talksDeadlineAt(), employee.getUserId());
    }
}
