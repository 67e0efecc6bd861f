package io.newsbot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries Bot API calls the way Telegram asks: after a 429 it waits the {@code retry_after} seconds of the
 * error's {@code parameters}; after a 5xx or a network error it backs off exponentially. Gives up after
 * {@code attempts} tries and lets the last answer or error through.
 */
final class RetryInterceptor implements Interceptor {
    private static final Logger log = LoggerFactory.getLogger(RetryInterceptor.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(8);
    private final ObjectMapper json = new ObjectMapper();
    private final Pause pause;
    private final int attempts;
    private final boolean retryFailures;

    /**
     * @param retryFailures whether 5xx and network errors are retried here; off for long polling, whose
     *                      session backs off on its own
     */
    RetryInterceptor(Pause pause, int attempts, boolean retryFailures) {
        this.pause = pause;
        this.attempts = attempts;
        this.retryFailures = retryFailures;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        String method = method(chain);
        for (int attempt = 1; ; attempt++) {
            Response response;
            try {
                response = chain.proceed(chain.request());
            } catch (IOException e) {
                if (!retryFailures || attempt >= attempts || chain.call().isCanceled()) throw e;
                Duration wait = backoff(attempt);
                log.warn("Telegram {} failed ({}); retrying in {} ms", method, e.toString(), wait.toMillis());
                await(wait);
                continue;
            }
            Duration wait = null;
            if (response.code() == 429) wait = retryAfter(response);
            else if (response.code() >= 500 && retryFailures) wait = backoff(attempt);
            if (wait == null || attempt >= attempts) return response;
            log.warn("Telegram {} answered {}; retrying in {} ms", method, response.code(), wait.toMillis());
            response.close();
            await(wait);
        }
    }

    private Duration retryAfter(Response response) {
        try {
            JsonNode seconds = json.readTree(response.peekBody(64 * 1024).string()).path("parameters").path("retry_after");
            if (seconds.canConvertToInt() && seconds.asInt() > 0) return Duration.ofSeconds(seconds.asInt());
        } catch (IOException | RuntimeException e) {
            log.debug("A 429 without a readable retry_after", e);
        }
        return Duration.ofSeconds(1);
    }

    static Duration backoff(int attempt) {
        long millis = FIRST_BACKOFF.toMillis() << Math.min(attempt - 1, 10);
        return Duration.ofMillis(Math.min(millis, MAX_BACKOFF.toMillis()));
    }

    private void await(Duration wait) throws InterruptedIOException {
        try {
            pause.pause(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to retry a Telegram call");
        }
    }

    /** The Bot API method, the last segment of /bot<token>/<method>: never the token. */
    private static String method(Chain chain) {
        var segments = chain.request().url().pathSegments();
        return segments.isEmpty() ? "call" : segments.get(segments.size() - 1);
    }
}
