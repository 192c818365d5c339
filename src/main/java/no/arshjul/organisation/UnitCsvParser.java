package no.arshjul.organisation;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the units file {@code kode;navn;niva;overordnet} (';' or ',', UTF-8 with or without BOM),
 * the same file the start-up bootstrap reads. Checks each line on its own; the tree as a whole
 * (unknown parents, duplicates, rings, units closed with people in them) is the import's job.
 */
class UnitCsvParser {

    static final String CODE = "kode";
    static final String NAME = "navn";
    static final String LEVEL = "niva";
    static final String PARENT = "overordnet";

    static final List<String> REQUIRED_COLUMNS = List.of(CODE, NAME, LEVEL, PARENT);

    private static final int MAX_CODE = 40;
    private static final int MAX_NAME = 200;
    private static final Pattern CODE_PATTERN = Pattern.compile("\\S+");

    record UnitRow(int line, String code, String name, LevelType level, String parentCode) {
    }

    record ParsedUnits(List<UnitRow> rows, List<ImportProblem> errors) {
    }

    ParsedUnits parse(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return new ParsedUnits(List.of(), List.of(ImportProblem.of(1, "fil", "emptyFile")));
        }
        char delimiter = text.lines().findFirst().orElse("").contains(";") ? ';' : ',';
        List<ImportProblem> controlCharacters = EmployeeCsvParser.controlCharacters(text, delimiter);
        if (!controlCharacters.isEmpty()) {
            return new ParsedUnits(List.of(), controlCharacters);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreHeaderCase(true).setTrim(true).setIgnoreEmptyLines(true).get();
        List<UnitRow> rows = new ArrayList<>();
        List<ImportProblem> errors = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Set<String> header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toSet());
            List<String> missing = REQUIRED_COLUMNS.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                errors.add(ImportProblem.of(1, "kolonner", "missingColumns", String.join(", ", missing),
                        String.join(";", REQUIRED_COLUMNS)));
                return new ParsedUnits(rows, errors);
            }
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                read(record, line, errors).ifPresent(rows::add);
            }
        } catch (IOException | RuntimeException e) {
            errors.add(ImportProblem.of(1, "fil", "unreadable", e.getMessage()));
        }
        return new ParsedUnits(rows, errors);
    }

    private static Optional<UnitRow> read(CSVRecord record, int line, List<ImportProblem> errors) {
        if (!record.isConsistent()) {
            errors.add(ImportProblem.of(line, "linje", "wrongFieldCount", record.size(),
                    record.getParser().getHeaderNames().size()));
            return Optional.empty();
        }
        int before = errors.size();
        String code = required(record, CODE, MAX_CODE, line, errors);
        if (code != null && !CODE_PATTERN.matcher(code).matches()) {
            errors.add(ImportProblem.of(line, CODE, "invalidUnitCode", code));
        }
        String name = required(record, NAME, MAX_NAME, line, errors);
        String levelText = required(record, LEVEL, MAX_CODE, line, errors);
        LevelType level = null;
        if (levelText != null) {
            level = Arrays.stream(LevelType.values()).filter(l -> l.name().equalsIgnoreCase(levelText)).findFirst()
                    .orElse(null);
            if (level == null) {
                errors.add(ImportProblem.of(line, LEVEL, "invalidLevel", levelText,
                        Arrays.stream(LevelType.values()).map(Enum::name).collect(Collectors.joining(", "))));
            }
        }
        String parent = record.get(PARENT);
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new UnitRow(line, code, name, level, parent == null || parent.isBlank() ? null : parent));
    }

    private static String required(CSVRecord record, String column, int max, int line, List<ImportProblem> errors) {
        String value = record.get(column);
        if (value == null || value.isBlank()) {
            errors.add(ImportProblem.of(line, column, "missingValue"));
            return null;
        }
        if (value.length() > max) {
            errors.add(ImportProblem.of(line, column, "tooLong", value.length(), max));
            return null;
        }
        return value;
    }
}
