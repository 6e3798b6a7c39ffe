package de.lotse.platform.casereference;

import de.lotse.platform.problem.ProblemDocs;
import de.lotse.platform.problem.ProblemException;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.UUID;

/**
 * Shows which cases this service knows (from case-opened); ids and codes only. A service that keeps case references
 * exposes this explicitly in its own {@code api} package: a subclass annotated with {@code @Controller(PATH)}.
 */
@ProblemDocs.Standard
@Tag(name = "Fallbezug", description = "Fälle, die dieser Dienst aus case-opened kennt")
public abstract class CaseReferenceEndpoint {
    public static final String PATH = "/api/case-references";

    private final CaseReferences references;

    protected CaseReferenceEndpoint(CaseReferences references) {
        this.references = references;
    }

    @Get("/{caseId}")
    @Secured({Roles.FM, Roles.TL})
    @Operation(summary = "Fallbezug lesen (nur im eigenen Jobcenter)")
    @ProblemDocs.NotFound
    public CaseReference get(@PathVariable UUID caseId, Authentication authentication) {
        return references
                .find(CurrentUser.of(authentication).requireJobcenter(), caseId)
                .orElseThrow(() -> ProblemException.notFound("Fall"));
    }
}
