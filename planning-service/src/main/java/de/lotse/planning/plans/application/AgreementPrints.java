package de.lotse.planning.plans.application;

import de.lotse.planning.plans.domain.Agreement;
import de.lotse.planning.plans.domain.JobcenterRecord;
import de.lotse.planning.plans.domain.LegalForm;
import de.lotse.planning.plans.domain.Recipient;
import de.lotse.planning.plans.infrastructure.IntakeRecipients;
import de.lotse.platform.domain.StateConflict;
import de.lotse.platform.security.CurrentUser;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * Prints an agreement (docs/domain.md §15.3): the stored agreement (read and audited in a transaction of its own),
 * the Jobcenter's letterhead and the customer's recipient block from intake — read outside any transaction, so no
 * database connection waits on another service. Without the letterhead or the customer nothing is printed.
 */
@Singleton
public class AgreementPrints {
    private final PlanService plans;
    private final Letters letters;
    private final IntakeRecipients recipients;

    AgreementPrints(PlanService plans, Letters letters, IntakeRecipients recipients) {
        this.plans = plans;
        this.letters = letters;
        this.recipients = recipients;
    }

    /** @param bearer the caller's token, relayed to intake */
    public String print(CurrentUser user, UUID caseId, UUID agreementId, String bearer) {
        Agreement agreement = plans.agreement(user, caseId, agreementId);
        JobcenterRecord letterhead = letters.letterhead(agreement.jobcenterId())
                .orElseThrow(() -> new StateConflict(
                        "JOBCENTER_RECORD_MISSING",
                        "Name und Anschrift des Jobcenters fehlen noch; die Fachadministration "
                                + "trägt sie unter „Jobcenter“ ein. Ohne sie wird nichts gedruckt."));
        LegalForm form = Agreement.NONE.equals(agreement.type()) ? null : legalForm(agreement);
        Recipient recipient = recipients.of(caseId, bearer);
        return AgreementDocument.render(agreement, form, letterhead, recipient);
    }

    /** The form the agreement was concluded under; agreements from before the forms were recorded: by their date. */
    private LegalForm legalForm(Agreement agreement) {
        var forms = letters.legalForms();
        if (agreement.legalFormFrom() != null) {
            return forms.stream()
                    .filter(form -> form.effectiveFrom().equals(agreement.legalFormFrom()))
                    .findFirst()
                    .orElseGet(() -> byDate(forms, agreement));
        }
        return byDate(forms, agreement);
    }

    private static LegalForm byDate(java.util.List<LegalForm> forms, Agreement agreement) {
        return LegalForm.inForceOn(forms, agreement.agreedOn())
                .orElseThrow(() -> new IllegalStateException(
                        "agreement " + agreement.id() + " of " + agreement.agreedOn() + " predates every legal form"));
    }
}
