package de.lotse.network.consents.application;

import de.lotse.network.consents.domain.ConsentForm;
import de.lotse.network.consents.domain.Scope;
import de.lotse.network.consents.infrastructure.ConsentStore;
import de.lotse.platform.domain.RuleViolation;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Consent form versions taken over from another system (docs/import.md) under the id derived from their source
 * key: created as a new version of their code, as {@link ConsentService#createForm} does, with the day they are
 * valid from. A form version is never changed: imported again it is unchanged, changed it is refused
 * ({@code IMPORTED_HISTORY_CHANGED}) — new wording is a new version, a record of its own.
 */
@Singleton
public class FormRecords {
    private final ConsentStore consents;

    FormRecords(ConsentStore consents) {
        this.consents = consents;
    }

    /** A consent form record of the file; codes as given. */
    public record Imported(
            UUID id, String code, String text, List<String> scopes, List<String> purposes, LocalDate validFrom) {}

    /** CREATED or UNCHANGED. */
    public record Taken(UUID id, String result, int version) {}

    public Taken take(String jobcenterId, Imported in, LocalDate today, Instant now) {
        List<RuleViolation.Broken> broken = new ArrayList<>();
        // the source system's code of the form, as it names it (Lotse's own forms use upper-case codes)
        if (in.code() == null || in.code().isBlank() || in.code().length() > 60) {
            broken.add(new RuleViolation.Broken("code", "CODE", "Ein Formularcode hat 1 bis 60 Zeichen."));
        }
        if (in.text() == null || in.text().isBlank()) {
            broken.add(new RuleViolation.Broken("text", "REQUIRED", "Das Formular hat einen Wortlaut."));
        }
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        List<String> givenScopes = in.scopes() == null ? List.of() : in.scopes();
        for (int i = 0; i < givenScopes.size(); i++) {
            try {
                scopes.add(Scope.valueOf(givenScopes.get(i)));
            } catch (IllegalArgumentException | NullPointerException e) {
                broken.add(new RuleViolation.Broken(
                        "scopes[" + i + "]",
                        "UNKNOWN_CODE",
                        "Diese Informationsart kennt Lotse nicht (siehe API-Dokumentation)."));
            }
        }
        Set<String> purposes = new LinkedHashSet<>();
        List<String> givenPurposes = in.purposes() == null ? List.of() : in.purposes();
        for (int i = 0; i < givenPurposes.size(); i++) {
            String purpose = givenPurposes.get(i);
            if (purpose == null || !purpose.matches("[A-Z0-9_]{2,60}")) {
                broken.add(new RuleViolation.Broken(
                        "purposes[" + i + "]",
                        "CODE",
                        "Ein Zweck ist ein Code aus Großbuchstaben, Ziffern und Unterstrichen."));
            } else {
                purposes.add(purpose);
            }
        }
        if (in.validFrom() == null) {
            broken.add(new RuleViolation.Broken("validFrom", "REQUIRED", "Ab wann gilt die Formularversion?"));
        } else if (in.validFrom().isAfter(today)) {
            broken.add(new RuleViolation.Broken("validFrom", "IN_FUTURE", "Übernommen wird, was schon galt."));
        }
        if (!broken.isEmpty()) {
            throw new RuleViolation(broken);
        }
        ConsentForm known = consents.form(jobcenterId, in.id()).orElse(null);
        if (known != null) {
            List<String> changed = new ArrayList<>();
            if (!known.code().equals(in.code())) {
                changed.add("code");
            }
            if (!known.text().equals(in.text())) {
                changed.add("text");
            }
            if (!known.scopes().equals(scopes)) {
                changed.add("scopes");
            }
            if (!known.purposes().equals(purposes)) {
                changed.add("purposes");
            }
            if (!consents.formValidFrom(known.id()).equals(in.validFrom())) {
                changed.add("validFrom");
            }
            if (!changed.isEmpty()) {
                throw new RuleViolation(changed.stream()
                        .map(field -> new RuleViolation.Broken(
                                field,
                                "IMPORTED_HISTORY_CHANGED",
                                "Diese Formularversion ist bereits übernommen (Version " + known.version()
                                        + ") und unveränderlich: ein neuer Wortlaut ist eine neue Version."))
                        .toList());
            }
            return new Taken(known.id(), "UNCHANGED", known.version());
        }
        ConsentForm form = ConsentForm.create(
                in.id(),
                jobcenterId,
                in.code(),
                consents.nextFormVersion(jobcenterId, in.code()),
                in.text(),
                scopes,
                purposes,
                now);
        consents.insertForm(form);
        consents.formValidFrom(form.id(), in.validFrom());
        return new Taken(form.id(), "CREATED", form.version());
    }
}
