package de.lotse.intake;

import de.lotse.platform.testing.ServiceBaselineContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class ServiceBaselineIT extends ServiceBaselineContract {
    @Override
    protected String service() {
        return "intake";
    }

    @Override
    protected String protectedPath() {
        return "/api/cases?scope=MY_CASELOAD";
    }

    @Override
    protected String writePath() {
        return "/api/referrals";
    }
}
