package de.lotse.intake.cases.api;

import de.lotse.intake.eligibility.api.EligibilityView;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

@Serdeable
@Schema(name = "Vormerkungsergebnis", description = "Der vorgemerkte Fall und die Zugangsprüfung, auf der er beruht")
public record ReferralView(UUID caseId, String status, CaseView caseFile, EligibilityView eligibility) {}
