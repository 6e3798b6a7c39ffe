package de.lotse.planning;

import de.lotse.platform.testing.ServiceBaselineContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class ServiceBaselineIT extends ServiceBaselineContract {
    @Override
    protected String service() {
        return "planning";
    }

    @Override
    protected String protectedPath() {
        return "/api/worklists/contacts-due";
    }

    @Override
    protected String writePath() {
        return "/api/cases/" + java.util.UUID.randomUUID() + "/notes";
    }
}
