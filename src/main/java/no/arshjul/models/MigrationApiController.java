package no.arshjul.models;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Moving running instances to another version: the proposed plan, starting it, and its progress. */
@RestController
@RequestMapping("/api/models/migrations")
@PreAuthorize("hasRole('hr')")
class MigrationApiController {

    private final InstanceMigrations migrations;

    MigrationApiController(InstanceMigrations migrations) {
        this.migrations = migrations;
    }

    @PostMapping("/plan")
    InstanceMigrations.Proposal plan(@RequestBody ModelViews.MigrationRequest request) {
        return migrations.propose(request.sourceDefinitionId(), request.targetDefinitionId());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    InstanceMigrations.Status start(@RequestBody ModelViews.MigrationRequest request, Authentication user) {
        return migrations.start(request.sourceDefinitionId(), request.targetDefinitionId(), user.getName());
    }

    @GetMapping
    List<InstanceMigrations.Status> recent() {
        return migrations.recent();
    }

    @GetMapping("/{batchId}")
    InstanceMigrations.Status status(@PathVariable String batchId) {
        return migrations.status(batchId);
    }
}
