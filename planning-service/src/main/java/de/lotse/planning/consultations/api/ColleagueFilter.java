package de.lotse.planning.consultations.api;

import de.lotse.planning.consultations.application.Colleagues;
import de.lotse.platform.security.CurrentUser;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;

/**
 * Notes the team of every FM and team lead who uses planning's API (after the request, when the token has
 * been checked), so a consultation's participants can be checked against the presenter's team before a
 * directory of staff exists ({@link Colleagues}).
 */
@ServerFilter("/api/**")
class ColleagueFilter {
    private final Colleagues colleagues;

    ColleagueFilter(Colleagues colleagues) {
        this.colleagues = colleagues;
    }

    @ResponseFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    void seen(HttpRequest<?> request) {
        request.getUserPrincipal(Authentication.class).map(CurrentUser::of).ifPresent(colleagues::seen);
    }
}
