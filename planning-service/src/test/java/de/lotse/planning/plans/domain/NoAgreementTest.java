package de.lotse.planning.plans.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Working without an agreement (docs/domain.md §15): only for an allowed exception — the latest assessment's category
 * X/Y/Z, or a customer who cannot oversee the consequences, with a note.
 */
class NoAgreementTest extends AgreementFixtures {
    @Test
    void anExceptionBelongsOnlyToNoAgreement() {
        Agreement.Terms withException = new Agreement.Terms(
                null,
                TODAY,
                TODAY.plusMonths(6),
                null,
                List.of("a"),
                List.of("b"),
                false,
                null,
                AgreementException.CANNOT_OVERSEE_CONSEQUENCES,
                "Grund");

        assertRule(() -> conclude(withException, LIMITED), "EXCEPTION_ONLY_WITHOUT_AGREEMENT", "exception");
    }

    @Test
    void noAgreementNeedsAnException() {
        assertRule(() -> conclude(none(null, null), LIMITED), "EXCEPTION_REQUIRED", "exception");
    }

    @Test
    void noAgreementForCategoryXyzOnlyWhenTheLatestAssessmentSaysSo() {
        assertRule(
                () -> conclude(
                        none(AgreementException.CATEGORY_X_Y_Z, null),
                        null,
                        assessment(1, TODAY, "D"),
                        false,
                        LIMITED,
                        NOW),
                "NOT_CATEGORY_X_Y_Z",
                "exception");
        assertRule(
                () -> conclude(none(AgreementException.CATEGORY_X_Y_Z, null), null, null, false, LIMITED, NOW),
                "NOT_CATEGORY_X_Y_Z",
                "exception");
    }

    @Test
    void noAgreementInCategoryXyz() {
        for (String category : List.of("X", "Y", "Z")) {
            Agreement a = conclude(
                    none(AgreementException.CATEGORY_X_Y_Z, null),
                    null,
                    assessment(5, TODAY, category),
                    false,
                    LIMITED,
                    NOW);
            assertThat(a.type()).isEqualTo(Agreement.NONE);
            assertThat(a.exception()).isEqualTo(AgreementException.CATEGORY_X_Y_Z);
            assertThat(a.validUntil()).isNull();
            assertThat(a.reviewOn()).isNull();
            assertThat(a.assessmentVersion()).isEqualTo(5);
        }
    }

    @Test
    void cannotOverseeTheConsequencesNeedsANote() {
        assertRule(
                () -> conclude(none(AgreementException.CANNOT_OVERSEE_CONSEQUENCES, null), LIMITED),
                "NOTE_REQUIRED",
                "exceptionNote");
        assertRule(
                () -> conclude(none(AgreementException.CANNOT_OVERSEE_CONSEQUENCES, " "), LIMITED),
                "NOTE_REQUIRED",
                "exceptionNote");
    }

    @Test
    void noAgreementBecauseTheCustomerCannotOverseeTheConsequences() {
        Agreement a =
                conclude(none(AgreementException.CANNOT_OVERSEE_CONSEQUENCES, "akute psychische Krise"), UNLIMITED);

        assertThat(a.type()).isEqualTo(Agreement.NONE);
        assertThat(a.exception()).isEqualTo(AgreementException.CANNOT_OVERSEE_CONSEQUENCES);
        assertThat(a.exceptionNote()).isEqualTo("akute psychische Krise");
        assertThat(a.jobcenterServices()).isEmpty();
        assertThat(a.legalConsequenceInstruction()).isFalse();
    }
}
