package de.lotse.network.workinggroups.api;

import de.lotse.network.workinggroups.application.WorkingGroups;
import de.lotse.network.workinggroups.domain.WorkingGroup;
import de.lotse.platform.problem.ProblemDocs;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.openapi.annotation.OpenAPIGroup;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@OpenAPIGroup("staff")
@Controller("/api/working-groups")
@ProblemDocs.Standard
@Secured({Roles.FM, Roles.TL, Roles.ADMIN})
@Tag(name = "Arbeitskreise", description = "Arbeitskreise des Netzwerks und teilnehmende Fachkräfte")
class WorkingGroupController {
    private final WorkingGroups groups;

    WorkingGroupController(WorkingGroups groups) {
        this.groups = groups;
    }

    @Serdeable
    @Schema(name = "Arbeitskreis")
    record GroupRequest(
            @NotBlank @Size(max = 200) String name,
            @NotNull WorkingGroup.Topic topic,
            @NotNull @Size(max = 100) List<@NotBlank @Size(max = 150) String> members) {}

    @Serdeable
    @Schema(name = "ArbeitskreisAnsicht")
    record GroupView(UUID id, String name, String topic, List<String> members) {
        static GroupView of(WorkingGroup g) {
            return new GroupView(g.id(), g.name(), g.topic().name(), g.members());
        }
    }

    @Post
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Status(HttpStatus.CREATED)
    @Secured({Roles.TL, Roles.ADMIN})
    @Operation(summary = "Arbeitskreis anlegen")
    HttpResponse<GroupView> create(@Valid @Body GroupRequest request, Authentication authentication) {
        WorkingGroup g =
                groups.save(CurrentUser.of(authentication), null, request.name(), request.topic(), request.members());
        return HttpResponse.created(GroupView.of(g), URI.create("/api/working-groups/" + g.id()));
    }

    @Put("/{groupId}")
    @ProblemDocs.NotFound
    @ProblemDocs.Conflict
    @ProblemDocs.Unprocessable
    @Secured({Roles.TL, Roles.ADMIN})
    @Operation(summary = "Arbeitskreis und Mitglieder ändern")
    GroupView update(@PathVariable UUID groupId, @Valid @Body GroupRequest request, Authentication authentication) {
        return GroupView.of(groups.save(
                CurrentUser.of(authentication), groupId, request.name(), request.topic(), request.members()));
    }

    @Get("{?member}")
    @Operation(summary = "Arbeitskreise des Jobcenters (optional: in denen eine Fachkraft mitwirkt)")
    List<GroupView> list(@Nullable @QueryValue String member, Authentication authentication) {
        return groups.list(CurrentUser.of(authentication), member).stream()
                .map(GroupView::of)
                .toList();
    }
}
