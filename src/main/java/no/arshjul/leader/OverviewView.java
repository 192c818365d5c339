package no.arshjul.leader;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which rows of the leader overview to show and in which order, as the leader chose on the page
 * ({@code show}, {@code sort}, {@code q}): the same choice filters the page, the JSON and the Excel file.
 */
public record OverviewView(Show show, Sort sort, String search) {

    /** Rows to show: everyone, those late with a step, or those waiting for the leader. */
    public enum Show {
        ALL("all"), LATE("late"), NEEDS_ME("needs-me");

        private final String value;

        Show(String value) {
            this.value = value;
        }

        public String value() {
            return value;
        }
    }

    /** By name, or the latest first (most late steps, then name). */
    public enum Sort {
        NAME("name"), LATE("late");

        private final String value;

        Sort(String value) {
            this.value = value;
        }

        public String value() {
            return value;
        }
    }

    /** Everyone, by name: the view when nothing is chosen. */
    public static final OverviewView EVERYONE = new OverviewView(Show.ALL, Sort.NAME, "");

    private static final int MAX_SEARCH = 100;

    /** The view the request asked for; an unknown choice is refused with a message naming the parameter. */
    static OverviewView of(String show, String sort, String search, MessageSource messages) {
        Show s = parse(Show.values(), show, Show.ALL, Show::value, "show", messages);
        Sort o = parse(Sort.values(), sort, Sort.NAME, Sort::value, "sort", messages);
        String q = search == null ? "" : search.strip();
        if (q.length() > MAX_SEARCH) {
            throw refused(messages, "leader.view.searchTooLong", "q", MAX_SEARCH);
        }
        return new OverviewView(s, o, q);
    }

    boolean includes(LeaderOverviewService.EmployeeRow row) {
        boolean shown = switch (show) {
            case ALL -> true;
            case LATE -> row.late();
            case NEEDS_ME -> row.needsMe();
        };
        return shown && (search.isEmpty() || contains(row.name(), search) || contains(row.position(), search));
    }

    Comparator<LeaderOverviewService.EmployeeRow> order(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        Comparator<LeaderOverviewService.EmployeeRow> byName = Comparator.comparing(LeaderOverviewService.EmployeeRow::name, collator);
        return sort == Sort.LATE
                ? Comparator.comparingLong(LeaderOverviewService.EmployeeRow::lateSteps).reversed().thenComparing(byName)
                : byName;
    }

    public boolean filtered() {
        return show != Show.ALL || !search.isEmpty();
    }

    private static boolean contains(String text, String search) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(search.toLowerCase(Locale.ROOT));
    }

    private interface Named<E> {
        String value(E e);
    }

    private static <E> E parse(E[] values, String given, E fallback, Named<E> named, String parameter, MessageSource messages) {
        if (given == null || given.isBlank()) {
            return fallback;
        }
        return Arrays.stream(values).filter(v -> named.value(v).equals(given.strip())).findFirst()
                .orElseThrow(() -> refused(messages, "leader.view.unknown", parameter, given.strip(),
                        Arrays.stream(values).map(named::value).collect(Collectors.joining(", "))));
    }

    private static ResponseStatusException refused(MessageSource messages, String key, Object... args) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST,
                messages.getMessage(key, args, LocaleContextHolder.getLocale()));
    }

    List<LeaderOverviewService.EmployeeRow> apply(List<LeaderOverviewService.EmployeeRow> rows, Locale locale) {
        return rows.stream().filter(this::includes).sorted(order(locale)).toList();
    }
}
