package no.arshjul.appraisal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface TalkMinutesRepository extends JpaRepository<TalkMinutes, Long> {

    Optional<TalkMinutes> findByTalk(AppraisalTalk talk);

    List<TalkMinutes> findByTalkIn(Collection<AppraisalTalk> talks);
}
