package no.arshjul.notification;

import no.arshjul.engine.UserTaskCreated;
import no.arshjul.support.ArshjulTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.servlet.http.Cookie;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A notification goes to someone whose language Årshjul does not know, so it is written in bokmål
 * even when the person whose action caused it uses the pages in English.
 */
@ArshjulTest
@Transactional
class NotificationLanguageTest {

    private static final String INSTANCE = "notification-language-test";

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    NotificationRepository notifications;

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aNewTaskIsAnnouncedInBokmalWhileTheActingPersonReadsEnglish() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setCookies(new Cookie("arshjul-lang", "en"));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        events.publishEvent(new UserTaskCreated("task-1", "a-task-without-a-text", "Les planen", "kari", List.of(),
                INSTANCE, LocalDate.of(2027, 3, 31).atTime(23, 0).atZone(ZoneId.of("Europe/Oslo")).toInstant(),
                null, 2027));
        events.publishEvent(new UserTaskCreated("task-2", "a-task-without-a-text", "Drøft planen", null,
                List.of("tillitsvalgt"), INSTANCE, null, null, 2027));

        List<Notification> sent = notifications.findByProcessInstanceIdOrderByIdAsc(INSTANCE);
        assertThat(sent).first().satisfies(toKari -> {
            assertThat(toKari.getRecipientUserId()).isEqualTo("kari");
            assertThat(toKari.getSubject()).isEqualTo("Ny oppgave: Les planen");
            assertThat(toKari.getBody()).isEqualTo("Du har fått en ny oppgave i Årshjul: «Les planen». Fristen er 31.03.2027.");
        });
        assertThat(sent).filteredOn(n -> n.getRecipientUserId().equals("tone")).singleElement()
                .satisfies(toTone -> assertThat(toTone.getBody()).startsWith("Det ligger en ny oppgave til «")
                        .endsWith("» i Årshjul: «Drøft planen». Den som tar oppgaven først, gjør den."));
    }
}
