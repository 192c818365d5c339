package no.arshjul.models;

import java.time.Instant;
import java.util.List;

/** The JSON shapes of the models API. */
final class ModelViews {

    private ModelViews() {
    }

    record FindingView(String severity, String file, String elementId, Integer line, String message, String text) {
        static FindingView of(Finding f) {
            return new FindingView(f.isError() ? "feil" : "advarsel", f.file(), f.elementId(), f.line(), f.message(), f.text());
        }
    }

    record IncludedView(String file, String reason) {
    }

    record CheckView(boolean valid, List<String> files, List<FindingView> errors, List<FindingView> warnings,
                     List<IncludedView> included, List<ModelChange> changes, List<String> notes) {
        static CheckView of(ModelDeployer.Check check) {
            return new CheckView(check.report().valid(), check.uploaded().stream().map(ModelFile::name).toList(),
                    check.report().errors().stream().map(FindingView::of).toList(),
                    check.report().warnings().stream().map(FindingView::of).toList(),
                    check.included().stream().map(i -> new IncludedView(i.file().name(), i.reason())).toList(),
                    check.changes(), check.notes());
        }
    }

    record DeployedView(String deploymentId, Instant deployedAt, List<ModelDeployer.DefinitionRef> definitions,
                        CheckView check) {
        static DeployedView of(ModelDeployer.Deployed deployed) {
            return new DeployedView(deployed.deploymentId(), deployed.deployedAt(), deployed.definitions(),
                    CheckView.of(deployed.check()));
        }
    }

    record MigrationRequest(String sourceDefinitionId, String targetDefinitionId) {
    }
}
