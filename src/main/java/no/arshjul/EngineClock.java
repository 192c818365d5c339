package no.arshjul;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One clock for the app and the engine: records are stamped with the time the engine's timers
 * see, so a test that moves the engine's clock moves Årshjul's too.
 */
@Configuration(proxyBeanMethods = false)
public class EngineClock {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    /**
     * The day a due date falls on as people read it: a deadline lasts its whole day and is stored
     * as midnight after it (YearCalendar.endOf), which is still that day.
     */
    public static LocalDate deadlineDay(Instant due) {
        return LocalDate.ofInstant(due.minusMillis(1), OSLO);
    }

    /** Today in Oslo by the engine's clock, for code that has no {@link Clock} bean to ask (entities). */
    public static LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), OSLO);
    }

    @Bean
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return OSLO;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.fixed(instant(), zone);
            }

            @Override
            public Instant instant() {
                return ClockUtil.getCurrentTime().toInstant();
            }
        };
    }
}
