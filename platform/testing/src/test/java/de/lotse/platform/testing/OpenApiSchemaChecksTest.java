package de.lotse.platform.testing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiSchemaChecksTest {
    private static final String DOCUMENT = """
            openapi: 3.0.1
            info:
              title: t
              version: "1"
            paths:
              /api/x:
                post:
                  requestBody:
                    content:
                      application/json:
                        schema:
                          $ref: "#/components/schemas/Request"
                  responses:
                    "200":
                      description: ok
            components:
              schemas:
                Channel:
                  type: string
                  enum:
                  - WRITTEN
                  - ELECTRONIC
                Sub:
                  type: object
                  properties:
                    s:
                      type: string
                Request:
                  type: object
                  properties:
                    %s
            """;

    private static String withProperty(String property) {
        return DOCUMENT.formatted(property.replace("\n", "\n        "));
    }

    @Test
    void findsTheEnumPropertyMicronautOpenapiWritesInGroupedDocuments() {
        assertThat(OpenApiSchemaChecks.problems(withProperty("""
                channel:
                  type: object
                  description: WRITTEN oder ELECTRONIC
                  allOf:
                  - $ref: "#/components/schemas/Channel"
                  - type: object""")))
                .contains("components.Request.channel: allOf combines a $ref with type: object")
                .anySatisfy(p -> assertThat(p).contains("enum of string values declared as type object"));
    }

    @Test
    void findsARecordPropertyWithTheSameShape() {
        assertThat(OpenApiSchemaChecks.problems(withProperty("""
                sub:
                  type: object
                  allOf:
                  - $ref: "#/components/schemas/Sub"
                  - type: object""")))
                .containsExactly("components.Request.sub: allOf combines a $ref with type: object");
    }

    @Test
    void acceptsDescribedAndNullableReferences() {
        assertThat(OpenApiSchemaChecks.problems(withProperty("""
                channel:
                  description: WRITTEN oder ELECTRONIC
                  nullable: true
                  allOf:
                  - $ref: "#/components/schemas/Channel"
                plain:
                  $ref: "#/components/schemas/Channel"
                sub:
                  description: d
                  allOf:
                  - $ref: "#/components/schemas/Sub\""""))).isEmpty();
    }
}
