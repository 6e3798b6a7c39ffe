package de.lotse.network;

import de.lotse.platform.testing.ServiceBaselineContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class ServiceBaselineIT extends ServiceBaselineContract {
    @Override
    protected String service() {
        return "network";
    }

    @Override
    protected String protectedPath() {
        return "/api/partners";
    }

    @Override
    protected String[] openApiDocuments() {
        return new String[] {"lotse-network-service-1-staff.yml", "lotse-partner-api-1-partner.yml"};
    }

    @Override
    protected String writePath() {
        return "/api/partners";
    }
}
