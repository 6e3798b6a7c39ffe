package de.lotse.planning;

import de.lotse.platform.testing.CaseReferenceConsumerContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class CaseReferenceIT extends CaseReferenceConsumerContract {
    @Override
    protected String service() {
        return "planning";
    }
}
