package no.arshjul.competence;

import no.arshjul.organisation.Employee;

import java.util.Date;

/** The variables a competence mapping starts with: one per component, read by the BPMN and checked in HR's models. */
record CompetenceMappingStart(int year, Date mappingReminderAt, Date mappingDeadlineAt,
                              String employeeUserId) {

    static CompetenceMappingStart of(MappingDeadlines deadlines, Employee employee) {
        return new CompetenceMappingStart(deadlines.year(), deadlines.mappingReminderAt(),
                deadlines.mappingDeadlineAt(), employee.getUserId());
    }
}
