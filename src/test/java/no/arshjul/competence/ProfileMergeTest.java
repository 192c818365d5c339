package no.arshjul.competence;

import no.arshjul.competence.ProfileChanges.Change;
import no.arshjul.competence.ProfileChanges.FieldChange;
import no.arshjul.support.ArshjulTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A confirmed mapping merges into the profile: what the employee did not touch stays, a change
 * updates the same entry, an ended entry is kept as history, new ones are added; the leader's list
 * of changes is the same difference, in words; bad registrations are refused at their fields with
 * nothing saved. Each test in a transaction that is rolled back; Morten Nilsen is this class's own.
 */
@ArshjulTest
@Transactional
class ProfileMergeTest {

    static final String MORTEN = "morten.nilsen";

    @Autowired
    CompetenceProfileService profiles;
    @Autowired
    CompetenceMappingMerge merge;
    @Autowired
    CompetenceHoldingRepository holdings;

    CompetenceHolding craft;
    CompetenceHolding firstAid;

    @BeforeEach
    void mortenHasAProfile() {
        List<CompetenceHolding> saved = profiles.confirmRegistration(MORTEN, List.of(
                new HoldingDraft("CRAFT_CERTIFICATE", "Fagbrev helsefagarbeider", "FB-HFA", "Fjordvik vgs",
                        "UPPER_SECONDARY", null, LocalDate.of(2010, 6, 20), null, null),
                new HoldingDraft("COURSE", "Førstehjelpskurs", "FORSTEHJ", null, null, null,
                        LocalDate.of(3100, 3, 1), LocalDate.of(3102, 3, 1), null)), "lars");
        craft = saved.get(0);
        firstAid = saved.get(1);
        // Real competence in his own words, from an earlier mapping.
        merge.merge(MORTEN, registration(List.of(), Map.of("realSocial", "Erfaring med pårørendesamtaler")), "lars");
    }

    /** A row as the form opens it from the profile. */
    static Map<String, Object> row(CompetenceHolding h) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("holdingId", String.valueOf(h.getId()));
        row.put("entryType", h.getEntryType().name());
        row.put("title", h.getTitle());
        row.put("catalogueCode", h.getCompetenceItem() == null ? null : h.getCompetenceItem().getCode());
        row.put("institution", h.getInstitution());
        row.put("level", h.getLevel() == null ? null : h.getLevel().name());
        row.put("completedDate", h.getCompletedDate() == null ? null : h.getCompletedDate().toString());
        row.put("validUntil", h.getValidUntil() == null ? null : h.getValidUntil().toString());
        row.put("ended", false);
        return row;
    }

    static Map<String, Object> newRow(String type, String title, String code) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("entryType", type);
        row.put("title", title);
        row.put("catalogueCode", code);
        return row;
    }

    static MappingRegistration registration(List<Map<String, Object>> rows, Map<String, Object> more) {
        Map<String, Object> data = new LinkedHashMap<>(more);
        data.put("holdings", rows);
        return MappingRegistration.of(data);
    }

    List<CompetenceHolding> profile() {
        holdings.flush();
        return profiles.profileOf(MORTEN);
    }

    @Test
    void touchingNothingLosesNothing() {
        List<String> before = profile().stream().map(h -> h.getId() + h.getTitle() + h.getValidUntil() + h.isEnded()).toList();

        // The form as it opened, sent back unchanged (real competence included) ...
        MappingRegistration asOpened = registration(List.of(row(craft), row(firstAid)),
                Map.of("realSocial", "Erfaring med pårørendesamtaler"));
        assertThat(merge.changes(MORTEN, asOpened).isEmpty()).isTrue();
        merge.merge(MORTEN, asOpened, "lars");
        // ... and a registration that leaves the rows out altogether: leaving out is not ending.
        MappingRegistration rowsLeftOut = registration(List.of(), Map.of("realSocial", "Erfaring med pårørendesamtaler"));
        assertThat(merge.changes(MORTEN, rowsLeftOut).isEmpty()).isTrue();
        merge.merge(MORTEN, rowsLeftOut, "lars");

        assertThat(profile().stream().map(h -> h.getId() + h.getTitle() + h.getValidUntil() + h.isEnded()).toList())
                .containsExactlyElementsOf(before);
    }

    @Test
    void anEndedEntryIsEndedAndKeptAsHistoryAndTheRestStays() {
        Map<String, Object> ended = row(firstAid);
        ended.put("ended", true);

        merge.merge(MORTEN, registration(List.of(row(craft), ended), Map.of("realSocial", "Erfaring med pårørendesamtaler")),
                "lars");

        List<CompetenceHolding> profile = profile();
        assertThat(profile).extracting(CompetenceHolding::getTitle)
                .containsExactly("Fagbrev helsefagarbeider", "Realkompetanse – sosial", "Førstehjelpskurs");
        CompetenceHolding course = profile.get(2);
        assertThat(course.getId()).isEqualTo(firstAid.getId());
        assertThat(course.isEnded()).isTrue();
        assertThat(course.getEndedOn()).isNotNull();
        assertThat(course.getEndedBy()).isEqualTo("lars");
        assertThat(profile.get(0).isEnded()).isFalse();
        assertThat(profiles.allHoldings()).as("the gap analysis counts what people hold now")
                .extracting(CompetenceHolding::getId).contains(craft.getId()).doesNotContain(firstAid.getId());
        assertThat(profiles.expiringWithin(100_000)).extracting(CompetenceHolding::getId).doesNotContain(firstAid.getId());
    }

    @Test
    void aChangedEntryIsUpdatedInPlaceAndNewOnesAreAdded() {
        Map<String, Object> renewed = row(firstAid);
        renewed.put("completedDate", "3102-02-01");
        renewed.put("validUntil", "3104-02-01");

        merge.merge(MORTEN, registration(List.of(renewed, newRow("COURSE", "Kurs i demensomsorg", null)),
                Map.of("realSocial", "Erfaring med pårørendesamtaler", "realPersonal", "Rolig i krevende situasjoner")),
                "lars");

        List<CompetenceHolding> profile = profile();
        assertThat(profile).extracting(CompetenceHolding::getTitle).containsExactlyInAnyOrder("Fagbrev helsefagarbeider",
                "Førstehjelpskurs", "Kurs i demensomsorg", "Realkompetanse – sosial", "Realkompetanse – personlig");
        CompetenceHolding course = profile.stream().filter(h -> h.getId().equals(firstAid.getId())).findFirst().orElseThrow();
        assertThat(course.getValidUntil()).isEqualTo(LocalDate.of(3104, 2, 1));
        assertThat(course.getCompletedDate()).isEqualTo(LocalDate.of(3102, 2, 1));
        assertThat(course.getCompetenceItem().getCode()).as("what was not changed stays").isEqualTo("FORSTEHJ");
        assertThat(profile).filteredOn(h -> h.getTitle().equals("Kurs i demensomsorg")).singleElement()
                .satisfies(h -> assertThat(h.getConfirmedBy()).isEqualTo("lars"));
        assertThat(profile).filteredOn(h -> h.getRealCategory() == RealCategory.PERSONAL).singleElement()
                .satisfies(h -> assertThat(h.getDescription()).isEqualTo("Rolig i krevende situasjoner"));
        assertThat(profile).filteredOn(h -> h.getRealCategory() == RealCategory.SOCIAL).singleElement()
                .satisfies(h -> assertThat(h.getDescription()).isEqualTo("Erfaring med pårørendesamtaler"));
    }

    @Test
    void theLeaderSeesNewChangedAndEndedEntriesInWords() {
        Map<String, Object> renewed = row(firstAid);
        renewed.put("validUntil", "3104-03-01");
        Map<String, Object> ended = row(craft);
        ended.put("ended", true);

        ProfileChanges changes = merge.changes(MORTEN, registration(List.of(renewed, ended,
                        newRow("CERTIFICATE", "Truckførerbevis", null)),
                Map.of("realSocial", "Erfaring med pårørendesamtaler og veiledning av lærlinger")));

        assertThat(changes.added()).extracting(Change::title, Change::kind).containsExactly(
                org.assertj.core.api.Assertions.tuple("Truckførerbevis", "Sertifikat"));
        assertThat(changes.changed()).extracting(Change::title).containsExactly("Førstehjelpskurs", "Realkompetanse – sosial");
        assertThat(changes.changed().get(0).fields()).containsExactly(
                new FieldChange("Gyldig til", "01.03.3102", "01.03.3104"));
        assertThat(changes.changed().get(1).fields()).containsExactly(new FieldChange("Beskrivelse",
                "Erfaring med pårørendesamtaler", "Erfaring med pårørendesamtaler og veiledning av lærlinger"));
        assertThat(changes.ended()).extracting(Change::title, Change::kind).containsExactly(
                org.assertj.core.api.Assertions.tuple("Fagbrev helsefagarbeider", "Fagbrev"));
    }

    @Test
    void clearedRealCompetenceTextEndsItAndAnEmptyCategoryIsNotTouched() {
        ProfileChanges changes = merge.changes(MORTEN, registration(List.of(), Map.of()));

        assertThat(changes.ended()).extracting(Change::title).containsExactly("Realkompetanse – sosial");
        assertThat(changes.added()).isEmpty();
        assertThat(changes.changed()).isEmpty();
    }

    @Test
    void badRegistrationsAreRefusedAtTheirFieldsAndNothingIsSaved() {
        CompetenceHolding karis = profiles.profileOf("kari").get(0);
        Map<String, Object> notHis = row(karis);
        Map<String, Object> unknownCode = newRow("COURSE", "Kurs", "FINNES-IKKE");
        Map<String, Object> backwards = row(firstAid);
        backwards.put("completedDate", "3102-03-01");
        backwards.put("validUntil", "3101-03-01");
        Map<String, Object> endingANewOne = newRow("COURSE", "Nytt kurs", null);
        endingANewOne.put("ended", true);
        Map<String, Object> craftTwice = row(craft);
        Map<String, Object> notANumber = row(craft);
        notANumber.put("holdingId", "abc");
        List<Map<String, Object>> rows = new ArrayList<>(List.of(notHis, unknownCode, backwards, endingANewOne, row(craft),
                craftTwice, notANumber));
        List<String> before = profile().stream().map(h -> h.getId() + h.getTitle() + h.getValidUntil() + h.isEnded()).toList();

        assertThatThrownBy(() -> merge.merge(MORTEN, registration(rows, Map.of()), "lars"))
                .isInstanceOfSatisfying(CompetenceValidationException.class, e -> assertThat(e.getErrors())
                        .extracting(InvalidField::field).containsExactly("holdings[0].holdingId",
                                "holdings[1].catalogueCode", "holdings[2].validUntil", "holdings[3].ended",
                                "holdings[5].holdingId", "holdings[6].holdingId"));

        assertThat(profile().stream().map(h -> h.getId() + h.getTitle() + h.getValidUntil() + h.isEnded()).toList())
                .containsExactlyElementsOf(before);
    }
}
