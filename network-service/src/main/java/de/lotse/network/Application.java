package de.lotse.network;

import io.micronaut.openapi.annotation.OpenAPIGroupInfo;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

@OpenAPIDefinition(
        info =
                @Info(
                        title = "Lotse network-service",
                        version = "1",
                        description =
                                "Netzwerkpartner, §16a-Leistungen, Schweigepflichtentbindungen, Partnerzuweisungen"),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
@OpenAPIGroupInfo(
        names = "staff",
        info =
                @OpenAPIDefinition(
                        info =
                                @Info(
                                        title = "Lotse network-service",
                                        version = "1",
                                        description =
                                                "Partnerverzeichnis, Einwilligungen, Überweisungen für Jobcenter-Personal")))
@OpenAPIGroupInfo(
        names = "partner",
        info =
                @OpenAPIDefinition(
                        info =
                                @Info(
                                        title = "Lotse Partner-API",
                                        version = "1",
                                        description =
                                                "Eingeschränkte Schnittstelle für Beratungsstellen und Träger: eigene Überweisungen, Kundendaten "
                                                        + "nur im Rahmen der Einwilligung, strukturierte Rückmeldungen")))
public class Application {
    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
