package no.arshjul.competence;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

@RestController
@RequestMapping("/api/competence")
class CompetenceController {

    private final CompetenceCatalogueService catalogue;
    private final CompetenceProfileService profiles;
    private final CompetenceMappingMerge merge;
    private final CompetenceExpiry expiry;
    private final Clock clock;

    CompetenceController(CompetenceCatalogueService catalogue, CompetenceProfileService profiles,
                         CompetenceMappingMerge merge, CompetenceExpiry expiry, Clock clock) {
        this.catalogue = catalogue;
        this.profiles = profiles;
        this.merge = merge;
        this.expiry = expiry;
        this.clock = clock;
    }

    /** The active catalogue for everyone; HR may add {@code includeInactive=true}. */
    @GetMapping("/catalogue")
    List<CatalogueItemView> catalogue(@RequestParam(defaultValue = "false") boolean includeInactive,
                                      Authentication authentication) {
        if (includeInactive && authentication.getAuthorities().stream().noneMatch(a -> "ROLE_hr".equals(a.getAuthority()))) {
            throw new AccessDeniedException("Only HR sees deactivated catalogue entries");
        }
        return catalogue.catalogue(includeInactive).stream().map(CatalogueItemView::of).toList();
    }

    @PreAuthorize("hasRole('hr')")
    @PostMapping("/catalogue")
    @ResponseStatus(HttpStatus.CREATED)
    CatalogueItemView create(@Valid @RequestBody CatalogueItemRequest request) {
        return CatalogueItemView.of(catalogue.create(request));
    }

    @PreAuthorize("hasRole('hr')")
    @PutMapping("/catalogue/{code}")
    CatalogueItemView update(@PathVariable String code, @Valid @RequestBody CatalogueItemRequest request) {
        return CatalogueItemView.of(catalogue.update(code, request));
    }

    @PreAuthorize("hasRole('hr')")
    @DeleteMapping("/catalogue/{code}")
    CatalogueItemView deactivate(@PathVariable String code) {
        return CatalogueItemView.of(catalogue.deactivate(code));
    }

    @PreAuthorize("@competenceProfileService.canSeeProfile(authentication.name, #userId)")
    @GetMapping("/profiles/{userId}")
    List<HoldingView> profile(@PathVariable String userId, Authentication me) {
        return profiles.profileSeenBy(me.getName(), userId).stream().map(h -> HoldingView.of(h, expiry.state(h))).toList();
    }

    /**
     * What the person's mapping of the year changes in the profile (new, changed, ended), for the
     * person, their closest leader and HR; 404 when there is no registration that year.
     */
    @PreAuthorize("@competenceProfileService.canSeeProfile(authentication.name, #userId)")
    @GetMapping("/profiles/{userId}/changes")
    ResponseEntity<ProfileChanges> changes(@PathVariable String userId, @RequestParam(required = false) Integer year,
                                           Authentication me) {
        return ResponseEntity.of(merge.changesSeenBy(me.getName(), userId,
                year == null ? LocalDate.now(clock).getYear() : year));
    }

    record CatalogueItemView(String code, String name, CompetenceClass kind, String itemType, String description,
                             Integer validityMonths, boolean active) {
        static CatalogueItemView of(CompetenceItem i) {
            return new CatalogueItemView(i.getCode(), i.getName(), i.getKind(), i.getItemType(), i.getDescription(),
                    i.getValidityMonths(), i.isActive());
        }
    }

    record HoldingView(Long id, EntryType entryType, CompetenceClass competenceClass, RealCategory realCategory,
                       String title, String catalogueCode, String institution, EducationLevel level,
                       BigDecimal credits, LocalDate completedDate, LocalDate validUntil, HoldingSource source,
                       String confirmedBy, LocalDateTime confirmedAt, LocalDateTime updatedAt, String description,
                       LocalDate endedOn, String expiry) {
        static HoldingView of(CompetenceHolding h, String expiry) {
            CompetenceItem item = h.getCompetenceItem();
            return new HoldingView(h.getId(), h.getEntryType(), h.getCompetenceClass(), h.getRealCategory(),
                    h.getTitle(), item == null ? null : item.getCode(), h.getInstitution(), h.getLevel(),
                    h.getCredits(), h.getCompletedDate(), h.getValidUntil(), h.getSource(), h.getConfirmedBy(),
                    h.getConfirmedAt(), h.getUpdatedAt(), h.getDescription(), h.getEndedOn(), expiry);
        }
    }
}
