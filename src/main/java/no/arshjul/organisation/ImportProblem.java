package no.arshjul.organisation;

import java.util.Arrays;
import java.util.List;

/**
 * A problem found in a file before it is told to anyone: the line, the column, the text's code and
 * its arguments (as text, so 2027 does not become "2 027"). {@link ImportRefusals} puts it into words.
 */
record ImportProblem(int line, String field, String code, List<String> args) {

    static ImportProblem of(int line, String field, String code, Object... args) {
        return new ImportProblem(line, field, code, Arrays.stream(args).map(String::valueOf).toList());
    }
}
