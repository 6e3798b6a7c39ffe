package de.lotse.planning.casereferences.api;

import de.lotse.platform.casereference.CaseReferenceEndpoint;
import de.lotse.platform.casereference.CaseReferences;
import io.micronaut.http.annotation.Controller;

/**
 * Which cases planning knows (from case-opened), as the platform's shared projection keeps them: what the demo data
 * and the system tests wait for before they work on a new case here.
 */
@Controller(CaseReferenceEndpoint.PATH)
class CaseReferenceController extends CaseReferenceEndpoint {

    CaseReferenceController(CaseReferences references) {
        super(references);
    }
}
