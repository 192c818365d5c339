package no.arshjul.appraisal;

import no.arshjul.organisation.Employee;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;

/** The year's talk records of many people at once, for overviews that follow them step by step. */
@Service
@Transactional(readOnly = true)
public class AppraisalRecords {

    private final AppraisalTalkRepository talks;
    private final TalkMinutesRepository minutes;
    private final DevelopmentMeasureRepository measures;

    AppraisalRecords(AppraisalTalkRepository talks, TalkMinutesRepository minutes, DevelopmentMeasureRepository measures) {
        this.talks = talks;
        this.minutes = minutes;
        this.measures = measures;
    }

    public List<AppraisalTalk> talksOf(Collection<Employee> employees, int year) {
        return talks.findByEmployeeInAndYear(employees, year);
    }

    public List<TalkMinutes> minutesOf(Collection<AppraisalTalk> talks) {
        return minutes.findByTalkIn(talks);
    }

    public List<DevelopmentMeasure> measuresOf(Collection<AppraisalTalk> talks) {
        return measures.findByTalkIn(talks);
    }
}
