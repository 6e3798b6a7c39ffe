package de.lotse.platform.audit;

import de.lotse.platform.security.Roles;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The audit chain's verification in every service, for operators and data-protection officers (ADMIN). */
@Controller("/api/admin/audit-chain")
@Tag(name = "Audit-Kette", description = "Manipulationsschutz des Zugriffsprotokolls")
class AuditChainController {
    private final AuditChainVerification verification;

    AuditChainController(AuditChainVerification verification) {
        this.verification = verification;
    }

    @Get("/verification")
    @Secured(Roles.ADMIN)
    @Operation(
            summary = "Audit-Kette dieses Dienstes prüfen",
            description = "Prüft jede Versiegelung, jeden versiegelten Eintrag und die Anker auf Kafka. Nennt den "
                    + "ersten veränderten, gelöschten und eingefügten Eintrag mit Position und Nummer; keine Inhalte.")
    AuditChainReport verification() {
        return verification.verify();
    }
}
