package de.lotse.platform.testing.fuzz;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads an OpenAPI document with swagger-parser, references and {@code allOf} resolved. */
public final class ApiDocument {
    private ApiDocument() {}

    /** The operations of the document {@code name} whose text is {@code yaml}, in document order. */
    public static List<ApiOperation> operations(String name, String yaml) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        options.setResolveCombinators(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(yaml, null, options);
        OpenAPI api = result.getOpenAPI();
        if (api == null || api.getPaths() == null) {
            throw new IllegalStateException("cannot read OpenAPI document " + name + ": " + result.getMessages());
        }
        List<ApiOperation> operations = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                    path.getValue().readOperationsMap().entrySet()) {
                Operation operation = entry.getValue();
                List<Parameter> parameters = new ArrayList<>();
                if (path.getValue().getParameters() != null) {
                    parameters.addAll(path.getValue().getParameters());
                }
                if (operation.getParameters() != null) {
                    parameters.addAll(operation.getParameters());
                }
                Schema<?> body = null;
                boolean bodyRequired = false;
                if (operation.getRequestBody() != null
                        && operation.getRequestBody().getContent() != null) {
                    MediaType json = operation.getRequestBody().getContent().get("application/json");
                    if (json != null) {
                        body = json.getSchema();
                        bodyRequired =
                                Boolean.TRUE.equals(operation.getRequestBody().getRequired());
                    }
                }
                operations.add(new ApiOperation(
                        name,
                        entry.getKey().name(),
                        path.getKey(),
                        operation.getOperationId(),
                        List.copyOf(parameters),
                        body,
                        bodyRequired,
                        operation.getResponses() == null
                                ? Set.of()
                                : new LinkedHashSet<>(operation.getResponses().keySet())));
            }
        }
        return operations;
    }
}
