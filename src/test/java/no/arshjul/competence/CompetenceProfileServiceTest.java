package no.arshjul.competence;

import no.arshjul.organisation.UnknownEmployeeException;
import no.arshjul.support.ArshjulTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The competence profile's rules, each test in a transaction that is rolled back. */
@ArshjulTest
@Transactional
class CompetenceProfileServiceTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    CompetenceProfileService profiles;
    @Autowired
    CompetencePersonalRecords personalRecords;

    @Test
    void confirmingReplacesOnlySelfRegisteredHoldingsAndLinksCatalogueCodes() {
        CompetenceHolding fromMeasure = profiles.addFromCompletedMeasure("anne", "FST-1", null, LocalDate.of(2025, 5, 1));
        profiles.confirmRegistration("anne", List.of(
                draft("BASIC_EDUCATION", "Helse- og oppvekstfag Vg1", null),
                draft("COURSE", "Førstehjelp", "FORSTEHJ")), "lars");

        List<CompetenceHolding> confirmed = profiles.confirmRegistration("anne", List.of(
                draft("CRAFT_CERTIFICATE", "Fagbrev helsefagarbeider", "FB-HFA"),
                draft("COURSE", "Kurs som ikke står i katalogen", "FINNES-IKKE"),
                new HoldingDraft("REAL_COMPETENCE", "Tolker for arabisktalende beboere", null, null, null, null,
                        null, null, "SOCIAL")), "lars");

        assertThat(confirmed).hasSize(3).allSatisfy(h -> {
            assertThat(h.getSource()).isEqualTo(HoldingSource.SELF_REGISTERED);
            assertThat(h.getConfirmedBy()).isEqualTo("lars");
            assertThat(h.getConfirmedAt()).isNotNull();
            assertThat(h.getUpdatedAt()).isNotNull();
        });
        List<CompetenceHolding> profile = profiles.profileOf("anne");
        assertThat(profile).extracting(CompetenceHolding::getTitle).containsExactlyInAnyOrder(
                "Fagstigen, trinn 1", "Fagbrev helsefagarbeider", "Kurs som ikke står i katalogen",
                "Tolker for arabisktalende beboere");
        assertThat(profile).filteredOn(h -> h.getSource() == HoldingSource.MEASURE).singleElement()
                .satisfies(h -> {
                    assertThat(h.getId()).isEqualTo(fromMeasure.getId());
                    assertThat(h.isConfirmed()).isFalse();
                });
        assertThat(byTitle(profile, "Fagbrev helsefagarbeider").getCompetenceItem().getCode()).isEqualTo("FB-HFA");
        assertThat(byTitle(profile, "Kurs som ikke står i katalogen").getCompetenceItem()).isNull();
        assertThat(byTitle(profile, "Tolker for arabisktalende beboere").getRealCategory()).isEqualTo(RealCategory.SOCIAL);
    }

    @Test
    void aProfileListsTitlesInNorwegianOrderWhateverTheDatabaseSortsBy() {
        profiles.confirmRegistration("anne", List.of(
                draft("COURSE", "Åpen omsorg", null),
                draft("COURSE", "Ørretoppdrett", null),
                draft("COURSE", "Ærlig tilbakemelding", null),
                draft("COURSE", "Zumba for beboere", null),
                draft("BASIC_EDUCATION", "Vg1", null)), "lars");

        // H2, like PostgreSQL with the C locale, sorts by code point: Å before Æ and Ø
        assertThat(profiles.profileOf("anne")).extracting(CompetenceHolding::getTitle).containsExactly(
                "Vg1", "Zumba for beboere", "Ærlig tilbakemelding", "Ørretoppdrett", "Åpen omsorg");
        assertThat(personalRecords.export("anne").get("competenceProfile")).as("the innsyn export lists them alike")
                .extracting(holding -> holding.get("title"))
                .containsExactly("Vg1", "Zumba for beboere", "Ærlig tilbakemelding", "Ørretoppdrett", "Åpen omsorg");
    }

    @Test
    void competenceClassFollowsTheEntryType() {
        List<CompetenceHolding> saved = profiles.confirmRegistration("anne", List.of(
                draft("BASIC_EDUCATION", "Vg1", null),
                draft("COURSE", "Kurs", null),
                draft("AUTHORISATION", "Autorisasjon", "AUT-SPL"),
                draft("OCCUPATIONAL_ROLE", "Primærkontakt", null),
                draft("OTHER_EXPERIENCE", "Frivillig i Røde Kors", null),
                new HoldingDraft("REAL_COMPETENCE", "Veileder nyansatte", null, null, null, null, null, null, "PROFESSIONAL")),
                "lars");

        assertThat(saved).extracting(h -> h.getEntryType() + "=" + h.getCompetenceClass()).containsExactly(
                "BASIC_EDUCATION=FORMAL", "COURSE=FORMAL", "AUTHORISATION=FORMAL",
                "OCCUPATIONAL_ROLE=REAL", "OTHER_EXPERIENCE=REAL", "REAL_COMPETENCE=REAL");
    }

    @ParameterizedTest
    @EnumSource(EntryType.class)
    void everyEntryTypeHasItsClass(EntryType type) {
        Set<EntryType> real = Set.of(EntryType.OCCUPATIONAL_ROLE, EntryType.OTHER_EXPERIENCE, EntryType.REAL_COMPETENCE);
        assertThat(type.competenceClass()).isEqualTo(real.contains(type) ? CompetenceClass.REAL : CompetenceClass.FORMAL);
    }

    @Test
    void badDraftsAreRefusedWholeAndTheProfileStaysAsItWas() {
        List<String> before = profiles.profileOf("kari").stream().map(CompetenceHolding::getTitle).toList();

        assertThatThrownBy(() -> profiles.confirmRegistration("kari", List.of(
                draft("COURSE", "Et godt kurs", null),
                draft("FAGBREV", " ", null),
                new HoldingDraft("REAL_COMPETENCE", "Uten kategori", null, null, "DOKTOR", new BigDecimal("-5"),
                        LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1), null)), "lars"))
                .isInstanceOfSatisfying(CompetenceValidationException.class, e -> assertThat(e.getErrors())
                        .extracting(InvalidField::field).containsExactly(
                                "holdings[1].entryType", "holdings[1].title", "holdings[2].credits",
                                "holdings[2].level", "holdings[2].realCategory", "holdings[2].validUntil"));

        assertThat(profiles.profileOf("kari")).extracting(CompetenceHolding::getTitle).containsExactlyElementsOf(before);
    }

    @Test
    void aCompletedMeasureAddsAnUnconfirmedHoldingThatExpiresLikeItsCatalogueEntry() {
        CompetenceHolding firstAid = profiles.addFromCompletedMeasure("per", "FORSTEHJ", null, LocalDate.of(2025, 9, 3));
        CompetenceHolding other = profiles.addFromCompletedMeasure("per", null, "Kurs i velferdsteknologi", LocalDate.of(2025, 10, 1));

        assertThat(firstAid.getSource()).isEqualTo(HoldingSource.MEASURE);
        assertThat(firstAid.isConfirmed()).isFalse();
        assertThat(firstAid.getTitle()).isEqualTo("Førstehjelpskurs, ½ dag");
        assertThat(firstAid.getEntryType()).isEqualTo(EntryType.COURSE);
        assertThat(firstAid.getValidUntil()).isEqualTo(LocalDate.of(2027, 9, 3));
        assertThat(other.getCompetenceItem()).isNull();
        assertThat(other.getValidUntil()).isNull();
        assertThat(profiles.profileOf("per")).extracting(CompetenceHolding::getTitle)
                .contains("Autorisasjon sykepleier", "Førstehjelpskurs, ½ dag", "Kurs i velferdsteknologi");
        assertThatThrownBy(() -> profiles.addFromCompletedMeasure("per", null, " ", TODAY))
                .isInstanceOf(CompetenceValidationException.class);
        assertThatThrownBy(() -> profiles.addFromCompletedMeasure("finnes.ikke", "FORSTEHJ", null, TODAY))
                .isInstanceOf(UnknownEmployeeException.class);
    }

    @Test
    void expiringWithinFindsHoldingsWhoseValidityEndsBeforeThen() {
        profiles.confirmRegistration("anne", List.of(
                new HoldingDraft("CERTIFICATE", "Truckførerbevis", null, null, null, null, null, TODAY.plusDays(10), null),
                new HoldingDraft("CERTIFICATE", "Gammelt bevis", null, null, null, null, null, TODAY.minusDays(1), null),
                new HoldingDraft("CERTIFICATE", "Nytt bevis", null, null, null, null, null, TODAY.plusYears(3), null)),
                "lars");

        assertThat(titlesOfAnne(profiles.expiringWithin(30))).containsExactly("Gammelt bevis", "Truckførerbevis");
        assertThat(titlesOfAnne(profiles.expiringWithin(5))).containsExactly("Gammelt bevis");
        assertThat(profiles.expiringWithin(30)).allSatisfy(h ->
                assertThat(h.getValidUntil()).isBefore(TODAY.plusDays(30)));
    }

    @Test
    void aProfileIsForThePersonTheClosestLeaderAndHr() {
        assertThat(profiles.canSeeProfile("kari", "kari")).isTrue();
        assertThat(profiles.canSeeProfile("lars", "kari")).isTrue();
        assertThat(profiles.canSeeProfile("hege", "kari")).isTrue();
        assertThat(profiles.canSeeProfile("per", "kari")).isFalse();
        assertThat(profiles.canSeeProfile("siri", "kari")).isFalse();
        assertThat(profiles.canSeeProfile("rita", "kari")).isFalse();
        assertThat(profiles.canSeeProfile("tone", "kari")).isFalse();
        assertThat(profiles.canSeeProfile("lars", "eva")).isFalse();
        assertThat(profiles.canSeeProfile(null, "kari")).isFalse();
    }

    private static HoldingDraft draft(String entryType, String title, String catalogueCode) {
        return new HoldingDraft(entryType, title, catalogueCode, null, null, null, null, null, null);
    }

    private static CompetenceHolding byTitle(List<CompetenceHolding> holdings, String title) {
        return holdings.stream().filter(h -> h.getTitle().equals(title)).findFirst().orElseThrow();
    }

    private static List<String> titlesOfAnne(List<CompetenceHolding> holdings) {
        return holdings.stream().filter(h -> h.getEmployee().getUserId().equals("anne"))
                .map(CompetenceHolding::getTitle).toList();
    }
}
