package de.lotse.platform.idempotency;

import de.lotse.platform.problem.Problem;
import de.lotse.platform.problem.ProblemException;
import de.lotse.platform.web.RequestBody;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.body.CloseableByteBody;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Named;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} on every POST of every service (docs/architecture.md, Failure behaviour): a retry with the same
 * key returns the first answer and writes nothing new, so a client may repeat a request whose answer
 * it never saw (a 503, a timeout, a dropped connection).
 *
 * <p>Keyed by the caller (the token's {@code sub}) and the key. The whole request — the controller,
 * the application service's {@code @Transactional} work and its outbox rows — runs inside one
 * transaction that this filter opens; the application service joins it (propagation REQUIRED). The
 * first answer (status, {@code Location}, body) is stored in that same transaction, so the key commits
 * together with the write or not at all: a crash or a database stall between the write and storing the
 * answer cannot exist, and a retry after an unknown outcome either finds the answer or writes for the
 * first time. Only 2xx answers are stored; a refused request rolls back and its retry is judged anew.
 *
 * <ul>
 *   <li>the same key again: the stored answer, with {@code Idempotent-Replayed: true};</li>
 *   <li>the same key with another method, path or body: 422 naming the header;</li>
 *   <li>the same key while the first request is still running: 409 at once (a transaction-scoped advisory
 *       lock, tried without waiting);</li>
 *   <li>a key that is not 1–255 visible ASCII characters: 400 naming the header.</li>
 * </ul>
 * Keys are kept {@code lotse.idempotency.retention} (24 h), then purged; a POST without the header is
 * not touched.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
final class IdempotencyFilter implements HttpServerFilter {
    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final IdempotencyKeys keys;
    private final TransactionOperations<Connection> transactions;
    private final JsonMapper json;
    private final ExecutorService blocking;

    IdempotencyFilter(
            IdempotencyKeys keys,
            TransactionOperations<Connection> transactions,
            JsonMapper json,
            @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.keys = keys;
        this.transactions = transactions;
        this.json = json;
        this.blocking = blocking;
    }

    @Override
    public int getOrder() {
        // inside security: the caller is known, and a refused token never reaches the database; after the input
        // filter (same phase), whose bytes of the body it hashes and which refuses bad input before a key is kept
        return ServerFilterPhase.SECURITY.after() + 1;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        String key = request.getHeaders().get(HEADER);
        if (key == null || request.getMethod() != HttpMethod.POST) {
            return chain.proceed(request);
        }
        if (!VALID_KEY.matcher(key).matches()) {
            return Publishers.just(ProblemException.invalid(
                    HEADER,
                    "idempotency-key",
                    "Idempotency-Key muss aus 1 bis 255 sichtbaren ASCII-Zeichen bestehen, z. B. eine UUID."));
        }
        Optional<Principal> caller = request.getUserPrincipal();
        if (caller.isEmpty() || !(request instanceof ServerHttpRequest<?> server)) {
            // anonymous: there is no caller to keep the key for (every Lotse POST needs a token)
            return chain.proceed(request);
        }
        PropagatedContext context = PropagatedContext.getOrEmpty();
        CompletableFuture<MutableHttpResponse<?>> answer = new CompletableFuture<>();
        body(server).whenComplete((body, failure) -> {
            if (failure != null) {
                answer.completeExceptionally(unwrap(failure));
                return;
            }
            blocking.execute(() -> {
                // the request's context (correlation id, request, security) goes along to the worker thread
                try (PropagatedContext.Scope ignored = context.propagate()) {
                    answer.complete(exchange(request, chain, caller.get().getName(), key, hash(request, body)));
                } catch (Throwable e) {
                    answer.completeExceptionally(e);
                }
            });
        });
        return Publishers.fromCompletableFuture(answer);
    }

    /**
     * Runs the request in a transaction that also records its key; blocks this worker thread while the
     * route runs on another (it joins the transaction through the propagated context).
     */
    private MutableHttpResponse<?> exchange(
            HttpRequest<?> request, ServerFilterChain chain, String caller, String key, byte[] requestHash) {
        return transactions.executeWrite(status -> {
            if (!keys.lock(caller, key)) {
                throw new ProblemException(
                        HttpStatus.CONFLICT,
                        "conflict",
                        "Eine Anfrage mit diesem Idempotency-Key wird gerade bearbeitet. Bitte die Antwort abwarten "
                                + "und dann mit demselben Key wiederholen.",
                        List.of(new Problem.Violation(
                                HEADER, "idempotency-key-in-flight", "Anfrage mit diesem Key läuft noch")));
            }
            Optional<IdempotencyKeys.StoredAnswer> stored = keys.find(caller, key);
            if (stored.isPresent()) {
                if (!Arrays.equals(stored.get().requestHash(), requestHash)) {
                    throw ProblemException.rule(
                            HEADER,
                            "idempotency-key-reused",
                            "Dieser Idempotency-Key wurde bereits für eine andere Anfrage verwendet "
                                    + "(andere Methode, anderer Pfad oder anderer Inhalt). Für eine neue Anfrage einen "
                                    + "neuen Key verwenden.");
                }
                return replay(stored.get());
            }
            MutableHttpResponse<?> response = await(chain.proceed(request));
            if (response.getStatus().getCode() / 100 != 2) {
                // refused or failed: nothing of it may stay, and the key stays free for a corrected retry
                status.setRollbackOnly();
                return response;
            }
            byte[] body = encode(response);
            String contentType = response.getContentType()
                    .map(MediaType::toString)
                    .orElse(body == null ? null : MediaType.APPLICATION_JSON);
            keys.store(
                    caller,
                    key,
                    new IdempotencyKeys.StoredAnswer(
                            requestHash,
                            response.getStatus().getCode(),
                            response.getHeaders().get(HttpHeaders.LOCATION),
                            contentType,
                            body));
            if (body != null) {
                // the first answer goes out byte for byte as every replay will
                @SuppressWarnings("unchecked")
                MutableHttpResponse<Object> same = (MutableHttpResponse<Object>) response;
                same.body(body).contentType(contentType);
            }
            return response;
        });
    }

    private static MutableHttpResponse<?> replay(IdempotencyKeys.StoredAnswer stored) {
        MutableHttpResponse<Object> response = HttpResponse.status(HttpStatus.valueOf(stored.status()));
        if (stored.location() != null) {
            response.header(HttpHeaders.LOCATION, stored.location());
        }
        response.header(REPLAYED, "true");
        if (stored.body() != null) {
            response.contentType(stored.contentType() == null ? MediaType.APPLICATION_JSON : stored.contentType())
                    .body(stored.body());
        }
        return response;
    }

    private byte[] encode(MutableHttpResponse<?> response) {
        Optional<?> body = response.getBody();
        if (body.isEmpty()) {
            return null;
        }
        Object value = body.get();
        if (value instanceof byte[] bytes) {
            return bytes;
        }
        if (value instanceof CharSequence text) {
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the answer of an idempotent request", e);
        }
    }

    /** SHA-256 of method, path with query, and body: what makes two requests "the same request". */
    private static byte[] hash(HttpRequest<?> request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String target = request.getMethodName()
                    + ' '
                    + request.getUri().getRawPath()
                    + (request.getUri().getRawQuery() == null
                            ? ""
                            : "?" + request.getUri().getRawQuery())
                    + '\n';
            digest.update(target.getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The request body as bytes: as the input filter read it (RequestBody), else read from a copy so the
     * route still binds it.
     */
    private static CompletableFuture<byte[]> body(ServerHttpRequest<?> request) {
        Optional<byte[]> read = RequestBody.read(request);
        if (read.isPresent()) {
            return CompletableFuture.completedFuture(read.get());
        }
        try (CloseableByteBody copy = request.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST)) {
            return copy.buffer().thenApply(buffered -> buffered.toByteArray());
        }
    }

    /** Waits for the one response of the rest of the chain (filters inside this one, then the route). */
    private static MutableHttpResponse<?> await(Publisher<MutableHttpResponse<?>> publisher) {
        CompletableFuture<MutableHttpResponse<?>> result = new CompletableFuture<>();
        publisher.subscribe(new Subscriber<MutableHttpResponse<?>>() {
            @Override
            public void onSubscribe(Subscription subscription) {
                subscription.request(1);
            }

            @Override
            public void onNext(MutableHttpResponse<?> response) {
                result.complete(response);
            }

            @Override
            public void onError(Throwable failure) {
                result.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                // after onNext (the normal case) nothing is left to do: no exception built for nothing
                if (!result.isDone()) {
                    result.completeExceptionally(new IllegalStateException("the route answered nothing"));
                }
            }
        });
        try {
            return result.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the route", e);
        }
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
