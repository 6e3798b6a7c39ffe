package de.lotse.platform.problem;

import de.lotse.platform.domain.RuleViolation;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Turns a refused request ({@link ProblemException}) into its problem+json response. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
class ProblemExceptionHandler implements ExceptionHandler<ProblemException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ProblemException exception) {
        return HttpResponse.<Problem>status(exception.status())
                .contentType(Problem.MEDIA_TYPE)
                .body(ProblemResponses.of(exception, request));
    }
}

/** Turns a refused domain rule into problem+json 422. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
class RuleViolationHandler implements ExceptionHandler<RuleViolation, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, RuleViolation violation) {
        ProblemException problem = ProblemException.rule(violation.field(), violation.rule(), violation.getMessage());
        return HttpResponse.<Problem>status(problem.status())
                .contentType(Problem.MEDIA_TYPE)
                .body(ProblemResponses.of(problem, request));
    }
}
