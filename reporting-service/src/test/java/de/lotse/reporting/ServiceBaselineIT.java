package de.lotse.reporting;

import de.lotse.platform.testing.ServiceBaselineContract;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ServiceBaselineIT extends ServiceBaselineContract {
    @Override
    protected String service() {
        return "reporting";
    }

    @Override
    protected String protectedPath() {
        return "/api/caseload";
    }

    @Override
    protected String writePath() {
        return "/api/supervision/samples";
    }

    @Test
    void csvDownloadsAreNeitherStoredNorSniffed() {
        HttpResponse<String> csv = client.toBlocking()
                .exchange(HttpRequest.GET("/api/caseload/export").bearerAuth(validToken()), String.class);
        assertThat(csv.getHeaders().get("Content-Type")).startsWith("text/csv");
        assertThat(csv.getHeaders().get("Cache-Control")).isEqualTo("no-store");
        assertThat(csv.getHeaders().get("X-Content-Type-Options")).isEqualTo("nosniff");
    }
}
