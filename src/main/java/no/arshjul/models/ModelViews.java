package no.arshjul.models;

import no.arshjul.forms.FormTexts;

import java.time.Instant;
import java.util.List;

/** The JSON shapes of the models API. */
final class ModelViews {

    private ModelViews() {
    }

    record FindingView(String severity, String file, String elementId, Integer line, String message, String text) {
        /** The severity is a fixed value of the API (feil, advarsel) that clients compare; the text is told. */
        static FindingView of(Finding f, FormTexts texts) {
            return new FindingView(f.isError() ? "feil" : "advarsel", f.file(), f.elementId(), f.line(), f.message(),
                    f.text(texts));
        }
    }

    record IncludedView(String file, String reason) {
    }

    record CheckView(boolean valid, List<String> files, List<FindingView> errors, List<FindingView> warnings,
                     List<IncludedView> included, List<ModelChange> changes, List<String> notes) {
        static CheckView of(ModelDeployer.Check check, FormTexts texts) {
            return new CheckView(check.report().valid(), check.uploaded().stream().map(ModelFile::name).toList(),
                    check.report().errors().stream().map(f -> FindingView.of(f, texts)).toList(),
                    check.report().warnings().stream().map(f -> FindingView.of(f, texts)).toList(),
                    check.included().stream().map(i -> new IncludedView(i.file().name(), i.reason())).toList(),
                    check.changes(), check.notes());
        }
    }

    record DeployedView(String deploymentId, Instant deployedAt, List<ModelDeployer.DefinitionRef> definitions,
                        CheckView check) {
        static DeployedView of(ModelDeployer.Deployed deployed, FormTexts texts) {
            return new DeployedView(deployed.deploymentId(), deployed.deployedAt(), deployed.definitions(),
                    CheckView.of(deployed.check(), texts));
        }
    }

    record MigrationRequest(String sourceDefinitionId, String targetDefinitionId) {
    }
}
