package de.lotse.assessment.assessments.api;

import de.lotse.assessment.assessments.domain.CategoryChangeReason;
import de.lotse.assessment.assessments.domain.NeedCode;
import de.lotse.assessment.assessments.domain.ProgressDimension;
import de.lotse.assessment.assessments.domain.StrengthKind;
import de.lotse.platform.codes.KeyGroup;
import de.lotse.platform.problem.ProblemDocs;
import de.lotse.platform.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;

@Controller("/api/catalogue")
@ProblemDocs.Standard
@Tag(name = "Katalog", description = "Schlüsselgruppen, Handlungsbedarfe, Stärken, Fortschrittsskala")
class CatalogueController {

    @Serdeable
    record KeyGroupEntry(String code, String label, List<NeedEntry> needs) {}

    @Serdeable
    record NeedEntry(String code, String label, boolean healthRelated) {}

    @Serdeable
    record Catalogue(
            List<KeyGroupEntry> keyGroups,
            List<String> strengthKinds,
            List<String> categoryChangeReasons,
            List<DimensionEntry> progressDimensions,
            List<String> scaleAnchors) {}

    @Serdeable
    record DimensionEntry(String code, String label) {}

    @Get
    @Secured({Roles.FM, Roles.TL, Roles.AV})
    @Operation(summary = "Katalog für die Erfassung (U25: schulische Qualifikation als erste Schlüsselgruppe)")
    Catalogue catalogue(@Nullable @QueryValue String ageGroup) {
        boolean u25 = "U25".equals(ageGroup);
        List<KeyGroupEntry> groups = Arrays.stream(KeyGroup.values())
                .map(group -> new KeyGroupEntry(
                        group.name(),
                        NeedCode.keyGroupLabel(group, u25),
                        Arrays.stream(NeedCode.values())
                                .filter(c -> c.keyGroup() == group)
                                .map(c -> new NeedEntry(c.name(), c.label(), c.healthRelated()))
                                .toList()))
                .toList();
        return new Catalogue(
                groups,
                Arrays.stream(StrengthKind.values()).map(Enum::name).toList(),
                Arrays.stream(CategoryChangeReason.values()).map(Enum::name).toList(),
                Arrays.stream(ProgressDimension.values())
                        .map(d -> new DimensionEntry(d.name(), d.label()))
                        .toList(),
                List.of(ProgressDimension.ANCHORS));
    }
}
