package no.arshjul.organisation;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the employee file exported from the payroll/HR system. Accepts ';' (Excel in Norway) or ','
 * as separator, UTF-8 with or without BOM, dates as 2024-08-01 or 01.08.2024, and decimal commas.
 * Checks each line on its own; checks across lines and against the database are the import's job.
 */
class EmployeeCsvParser {

    static final String EMPLOYEE_NUMBER = "ansattnummer";
    static final String USER_ID = "brukernavn";
    static final String FIRST_NAME = "fornavn";
    static final String LAST_NAME = "etternavn";
    static final String EMAIL = "epost";
    static final String DATE_OF_BIRTH = "fodselsdato";
    static final String POSITION = "stilling";
    static final String PERCENTAGE = "stillingsprosent";
    static final String START_DATE = "startdato";
    static final String UNIT = "enhet";
    static final String ACTIVE = "aktiv";
    static final String LEADS = "leder_for";

    static final List<String> REQUIRED_COLUMNS = List.of(EMPLOYEE_NUMBER, USER_ID, FIRST_NAME, LAST_NAME, EMAIL,
            DATE_OF_BIRTH, POSITION, PERCENTAGE, START_DATE, UNIT, ACTIVE);

    private static final Map<String, Integer> MAX_LENGTHS = Map.of(EMPLOYEE_NUMBER, 20, USER_ID, 64,
            FIRST_NAME, 100, LAST_NAME, 100, EMAIL, 200, POSITION, 200, UNIT, 40);
    private static final Pattern USER_ID_PATTERN = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern EMAIL_PATTERN = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT));
    private static final Set<String> YES = Set.of("ja", "j", "true", "1", "aktiv");
    private static final Set<String> NO = Set.of("nei", "n", "false", "0", "inaktiv", "sluttet");

    record ParsedRow(int line, EmployeeData data) {
    }

    record ParsedFile(List<ParsedRow> rows, List<ImportProblem> errors) {
    }

    ParsedFile parse(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return new ParsedFile(List.of(), List.of(ImportProblem.of(1, "fil", "emptyFile")));
        }
        String headerLine = text.lines().findFirst().orElse("");
        char delimiter = headerLine.contains(";") ? ';' : ',';
        List<ImportProblem> controlCharacters = controlCharacters(text, delimiter);
        if (!controlCharacters.isEmpty()) {
            return new ParsedFile(List.of(), controlCharacters);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreHeaderCase(true)
                .setTrim(true)
                .setIgnoreEmptyLines(true)
                .get();
        List<ParsedRow> rows = new ArrayList<>();
        List<ImportProblem> errors = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Set<String> header = parser.getHeaderNames().stream()
                    .map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            List<String> missing = REQUIRED_COLUMNS.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                errors.add(ImportProblem.of(1, "kolonner", "missingColumns", String.join(", ", missing),
                        String.join(";", REQUIRED_COLUMNS) + ";" + LEADS));
                return new ParsedFile(rows, errors);
            }
            boolean hasLeads = header.contains(LEADS);
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                new RowReader(record, line, hasLeads, errors).read().ifPresent(rows::add);
            }
        } catch (IOException | RuntimeException e) {
            errors.add(ImportProblem.of(1, "fil", "unreadable", e.getMessage()));
        }
        return new ParsedFile(rows, errors);
    }

    /**
     * Control characters (NUL, escape, ...) have no place in a name or an address and can upset
     * whatever later reads the data. Looked for in the raw text, because the CSV reader's trimming
     * would quietly drop those at the ends of a cell. Line breaks end lines; tabs are refused too.
     */
    static List<ImportProblem> controlCharacters(String text, char delimiter) {
        List<ImportProblem> errors = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        List<String> header = Arrays.asList(lines[0].replace("\r", "").split(Pattern.quote(String.valueOf(delimiter)), -1));
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            int at = firstControlCharacter(line);
            if (at < 0) {
                continue;
            }
            String field = "linje";
            if (line.indexOf('"') < 0) {
                int column = (int) line.substring(0, at).chars().filter(c -> c == delimiter).count();
                if (column < header.size()) {
                    field = header.get(column).trim().toLowerCase(Locale.ROOT);
                }
            }
            errors.add(ImportProblem.of(i + 1, field, "controlCharacter",
                    String.format("U+%04X", (int) line.charAt(at)), i + 1));
        }
        return errors;
    }

    private static int firstControlCharacter(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isISOControl(line.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static final class RowReader {
        private final CSVRecord record;
        private final int line;
        private final boolean hasLeads;
        private final List<ImportProblem> errors;
        private boolean ok = true;

        RowReader(CSVRecord record, int line, boolean hasLeads, List<ImportProblem> errors) {
            this.record = record;
            this.line = line;
            this.hasLeads = hasLeads;
            this.errors = errors;
        }

        java.util.Optional<ParsedRow> read() {
            if (!record.isConsistent()) {
                error("linje", "wrongFieldCount", record.size(), record.getParser().getHeaderNames().size());
                return java.util.Optional.empty();
            }
            String employeeNumber = text(EMPLOYEE_NUMBER);
            String userId = text(USER_ID);
            if (userId != null && !USER_ID_PATTERN.matcher(userId).matches()) {
                error(USER_ID, "invalidUserId", userId);
            }
            String firstName = text(FIRST_NAME);
            String lastName = text(LAST_NAME);
            String email = text(EMAIL);
            if (email != null && !EMAIL_PATTERN.matcher(email).matches()) {
                error(EMAIL, "invalidEmail", email);
            }
            LocalDate dateOfBirth = date(DATE_OF_BIRTH);
            String position = text(POSITION);
            BigDecimal percentage = percentage();
            LocalDate startDate = date(START_DATE);
            String unit = text(UNIT);
            Boolean active = yesNo();
            Set<String> leads = hasLeads ? codes(record.get(LEADS)) : Set.of();
            if (!ok) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new ParsedRow(line, new EmployeeData(employeeNumber, userId, firstName,
                    lastName, email, dateOfBirth, position, percentage, startDate, unit, active, leads)));
        }

        private String text(String column) {
            String value = record.get(column);
            if (value == null || value.isBlank()) {
                error(column, "missingValue");
                return null;
            }
            Integer max = MAX_LENGTHS.get(column);
            if (max != null && value.length() > max) {
                error(column, "tooLong", value.length(), max);
                return null;
            }
            return value;
        }

        private LocalDate date(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            for (DateTimeFormatter f : DATE_FORMATS) {
                try {
                    return LocalDate.parse(value, f);
                } catch (DateTimeParseException ignored) {
                    // try the next accepted format
                }
            }
            error(column, "invalidDate", value);
            return null;
        }

        private BigDecimal percentage() {
            String value = text(PERCENTAGE);
            if (value == null) {
                return null;
            }
            try {
                BigDecimal pct = new BigDecimal(value.replace(',', '.').replace("%", "").trim());
                if (pct.signum() < 0 || pct.compareTo(BigDecimal.valueOf(100)) > 0) {
                    error(PERCENTAGE, "percentageOutOfRange", value);
                    return null;
                }
                return pct;
            } catch (NumberFormatException e) {
                error(PERCENTAGE, "notANumber", value);
                return null;
            }
        }

        private Boolean yesNo() {
            String value = text(ACTIVE);
            if (value == null) {
                return null;
            }
            String v = value.toLowerCase(Locale.ROOT);
            if (YES.contains(v)) {
                return true;
            }
            if (NO.contains(v)) {
                return false;
            }
            error(ACTIVE, "notYesNo", value);
            return null;
        }

        private static Set<String> codes(String value) {
            if (value == null || value.isBlank()) {
                return Set.of();
            }
            return Arrays.stream(value.split("[|]")).map(String::trim).filter(s -> !s.isEmpty())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }

        private void error(String field, String code, Object... args) {
            ok = false;
            errors.add(ImportProblem.of(line, field, code, args));
        }
    }
}
