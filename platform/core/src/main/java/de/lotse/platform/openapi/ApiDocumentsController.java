package de.lotse.platform.openapi;

import de.lotse.platform.problem.ProblemException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.List;

/**
 * Serves the OpenAPI documents as {@code application/yaml; charset=utf-8} (the static resource
 * mapping would call a {@code .yml} file {@code text/plain}: Micronaut knows no YAML file type) and
 * an index of them under {@code /swagger/} — HTML for people, {@code /swagger/index.json} for tools.
 * Anonymous like the documents: they describe the API, not its data.
 */
@Hidden
@Controller("/swagger")
@Secured(SecurityRule.IS_ANONYMOUS)
class ApiDocumentsController {
    static final String YAML = "application/yaml; charset=utf-8";
    static final String HTML = "text/html; charset=utf-8";

    private final ApiDocuments documents;

    ApiDocumentsController(ApiDocuments documents) {
        this.documents = documents;
    }

    @Get(
            uris = {"/", "/index.html"},
            produces = HTML)
    HttpResponse<String> index() {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="de"><head><meta charset="utf-8"><title>API-Dokumentation</title></head>
                <body><h1>API-Dokumentation</h1><ul>
                """);
        for (ApiDocuments.Document document : documents.all()) {
            html.append("<li><a href=\"")
                    .append(escape(document.url()))
                    .append("\">")
                    .append(escape(document.title()))
                    .append("</a> (Version ")
                    .append(escape(document.version()))
                    .append(")</li>\n");
        }
        html.append(
                "</ul><p><a href=\"/swagger-ui/index.html\">Swagger UI</a> · <a href=\"/swagger/index.json\">index.json</a></p></body></html>\n");
        return HttpResponse.ok(html.toString()).contentType(HTML);
    }

    @Get(uri = "/index.json", produces = MediaType.APPLICATION_JSON)
    List<ApiDocuments.Document> list() {
        return documents.all();
    }

    @Get(uri = "/{document}", produces = YAML)
    HttpResponse<byte[]> document(@PathVariable String document) {
        byte[] content = documents.content(document).orElseThrow(() -> ProblemException.notFound("API-Dokument"));
        return HttpResponse.ok(content).contentType(YAML);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
