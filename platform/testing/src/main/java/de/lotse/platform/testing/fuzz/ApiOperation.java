package de.lotse.platform.testing.fuzz;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One operation of an OpenAPI document, as the fuzzer needs it: where it is, what it takes and
 * which status codes its document promises.
 *
 * @param document      the document's file name under {@code /swagger/}
 * @param method        HTTP method, upper case
 * @param path          the path template, e.g. {@code /api/cases/{caseId}/admission}
 * @param operationId   the document's operation id
 * @param parameters    path, query and header parameters (schemas fully resolved)
 * @param body          the JSON request body's schema, fully resolved; null without a body
 * @param bodyRequired  whether the document marks the body as required
 * @param responses     the documented status codes ({@code "200"}, {@code "404"}, {@code "default"} …)
 */
public record ApiOperation(
        String document,
        String method,
        String path,
        String operationId,
        List<Parameter> parameters,
        Schema<?> body,
        boolean bodyRequired,
        Set<String> responses) {

    /** {@code METHOD /path}: stable across builds, unlike generated operation ids. */
    public String key() {
        return method + " " + path;
    }

    public List<Parameter> parameters(String in) {
        return parameters.stream().filter(p -> in.equals(p.getIn())).toList();
    }

    /** The single documented 2xx code, if the document names exactly one. */
    public Optional<Integer> documentedSuccess() {
        List<Integer> success = responses.stream()
                .filter(code -> code.matches("2\\d\\d"))
                .map(Integer::valueOf)
                .toList();
        return success.size() == 1 ? Optional.of(success.get(0)) : Optional.empty();
    }

    public boolean documents(int status) {
        return responses.contains(Integer.toString(status)) || responses.contains(status / 100 + "XX");
    }

    @Override
    public String toString() {
        return key();
    }
}
