package no.arshjul.organisation;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.List;

@RestController
@RequestMapping("/api/organisation")
class OrganisationController {

    private final OrganisationImportService importService;
    private final OrganisationService organisation;
    private final UnitImportService unitImport;
    private final RoleAdministration roles;

    OrganisationController(OrganisationImportService importService, OrganisationService organisation,
                           UnitImportService unitImport, RoleAdministration roles) {
        this.importService = importService;
        this.organisation = organisation;
        this.unitImport = unitImport;
        this.roles = roles;
    }

    /** The whole unit tree, as in the start-up units file; a unit left out is closed. */
    @PreAuthorize("hasRole('hr')")
    @PostMapping(path = "/units", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    UnitImportReport importUnits(@RequestBody byte[] csv) {
        return unitImport.importUnits(csv);
    }

    @PreAuthorize("hasRole('hr')")
    @PostMapping(path = "/units", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    UnitImportReport importUnitsFile(@RequestPart("file") MultipartFile file) throws IOException {
        return unitImport.importUnits(file.getBytes());
    }

    @PreAuthorize("hasRole('hr')")
    @GetMapping("/roles")
    List<RoleAdministration.RoleHolder> roles() {
        return roles.holders();
    }

    record RoleRequest(String userId, String role, String union) {
    }

    @PreAuthorize("hasRole('hr')")
    @PostMapping("/roles")
    @ResponseStatus(HttpStatus.CREATED)
    RoleAdministration.RoleHolder assignRole(@RequestBody RoleRequest request) {
        return roles.assign(request.userId(), request.role(), request.union());
    }

    @PreAuthorize("hasRole('hr')")
    @DeleteMapping("/roles/{userId}/{role}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeRole(@PathVariable String userId, @PathVariable String role) {
        roles.remove(userId, role);
    }

    @PreAuthorize("hasRole('hr')")
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportReport importFile(@RequestPart("file") MultipartFile file,
                            @RequestParam(defaultValue = "false") boolean deactivateMissing) throws IOException {
        return importService.importEmployees(file.getBytes(), deactivateMissing);
    }

    @PreAuthorize("hasRole('hr')")
    @PostMapping(path = "/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    ImportReport importBody(@RequestBody byte[] csv,
                            @RequestParam(defaultValue = "false") boolean deactivateMissing) {
        return importService.importEmployees(csv, deactivateMissing);
    }

    /** Who leads whom: the caller's own chain, or anybody's for HR. */
    @PreAuthorize("hasRole('hr') or #userId == authentication.name")
    @GetMapping("/people/{userId}/leaders")
    List<PersonView> leaders(@PathVariable String userId) {
        return organisation.leaderChainOf(userId).stream().map(PersonView::of).toList();
    }

    record PersonView(String userId, String name, String positionTitle, String unit) {
        static PersonView of(Employee e) {
            return new PersonView(e.getUserId(), e.getFullName(), e.getPositionTitle(), e.getUnit().getName());
        }
    }
}
