package no.arshjul.organisation;

import no.arshjul.web.Texts;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;

/** Turns the problems of a refused file into the refusal the uploader reads, in their language. */
@Component
class ImportRefusals {

    static final String PREFIX = "organisation.import.";

    private final Texts texts;

    ImportRefusals(Texts texts) {
        this.texts = texts;
    }

    ImportRejectedException refuse(List<ImportProblem> problems) {
        List<ImportError> errors = problems.stream()
                .sorted(Comparator.comparingInt(ImportProblem::line).thenComparing(ImportProblem::field))
                .map(p -> new ImportError(p.line(), p.field(), p.code(),
                        texts.forCaller(PREFIX + p.code(), p.args().toArray())))
                .toList();
        return new ImportRejectedException(texts.forCaller(PREFIX + "rejected", String.valueOf(errors.size())), errors);
    }
}
