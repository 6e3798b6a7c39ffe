package de.lotse.assessment;

import de.lotse.platform.testing.ServiceBaselineContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class ServiceBaselineIT extends ServiceBaselineContract {
    @Override
    protected String service() {
        return "assessment";
    }

    @Override
    protected String protectedPath() {
        return "/api/catalogue";
    }

    @Override
    protected String writePath() {
        return "/api/cases/" + java.util.UUID.randomUUID() + "/assessments";
    }
}
