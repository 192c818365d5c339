package no.arshjul.competence;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import no.arshjul.web.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The municipality's competence catalogue. Everyone reads the active entries; HR creates, changes
 * and deactivates them. Bad input is refused whole, every field named, and nothing is saved.
 */
@Service
@Transactional(readOnly = true)
public class CompetenceCatalogueService {

    private final CompetenceItemRepository items;
    private final Validator validator;
    private final Texts texts;

    public CompetenceCatalogueService(CompetenceItemRepository items, Validator validator, Texts texts) {
        this.items = items;
        this.validator = validator;
        this.texts = texts;
    }

    /** The active entries, or all of them (for HR, who also sees what has been deactivated). */
    public List<CompetenceItem> catalogue(boolean includeInactive) {
        return includeInactive ? items.findAllByOrderByCode() : items.findByActiveTrueOrderByCode();
    }

    public CompetenceItem byCode(String code) {
        return items.findByCode(code).orElseThrow(() -> new UnknownCatalogueItemException(code));
    }

    @Transactional
    public CompetenceItem create(CatalogueItemRequest request) {
        List<InvalidField> errors = validate(request);
        if (errors.isEmpty() && items.existsByCode(request.code())) {
            errors.add(new InvalidField("code", texts.forCaller("competence.catalogue.code.exists", request.code())));
        }
        refuseIfAny(errors);
        CompetenceItem item = new CompetenceItem(request.code());
        describe(item, request);
        return items.save(item);
    }

    /** Changes an entry; its code is its identity (measures and plans refer to it) and stays. */
    @Transactional
    public CompetenceItem update(String code, CatalogueItemRequest request) {
        CompetenceItem item = byCode(code);
        List<InvalidField> errors = validate(request);
        if (request.code() != null && !request.code().equals(code)) {
            errors.add(new InvalidField("code", texts.forCaller("competence.catalogue.code.unchangeable", code)));
        }
        refuseIfAny(errors);
        describe(item, request);
        return item;
    }

    /** Hides the entry from new registrations; holdings that refer to it keep it. */
    @Transactional
    public CompetenceItem deactivate(String code) {
        CompetenceItem item = byCode(code);
        item.deactivate();
        return item;
    }

    private List<InvalidField> validate(CatalogueItemRequest request) {
        Set<ConstraintViolation<CatalogueItemRequest>> violations = validator.validate(request);
        List<InvalidField> errors = new ArrayList<>();
        violations.forEach(v -> errors.add(new InvalidField(v.getPropertyPath().toString(), v.getMessage())));
        return errors;
    }

    private static void refuseIfAny(List<InvalidField> errors) {
        if (!errors.isEmpty()) {
            throw new CompetenceValidationException(errors);
        }
    }

    private static void describe(CompetenceItem item, CatalogueItemRequest request) {
        item.describe(request.name().strip(), CompetenceClass.valueOf(request.kind()), request.itemType(),
                blankToNull(request.description()), request.validityMonths());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public boolean exists(String code) {
        return items.findByCode(code).isPresent();
    }
}
