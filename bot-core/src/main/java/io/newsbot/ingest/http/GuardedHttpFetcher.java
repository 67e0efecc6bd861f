package io.newsbot.ingest.http;

import io.newsbot.ingest.Fetcher;
import io.newsbot.ingest.IngestException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fetches http(s) documents with limits: every hop of a redirect chain checked by {@link AddressPolicy} before
 * it is requested, at most {@code maxRedirects} hops, at most {@code maxBytes} read (a larger body is cut off
 * and refused, never read in full), only textual content, and {@code timeout} per request for the headers and
 * the whole body together, so a server trickling bytes cannot hold a fetch open.
 */
public final class GuardedHttpFetcher implements Fetcher {
    private static final Pattern CHARSET = Pattern.compile("charset=\"?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private final HttpClient client;
    private final AddressPolicy policy;
    private final int maxRedirects;
    private final long maxBytes;
    private final Duration timeout;

    public GuardedHttpFetcher(HttpClient client, AddressPolicy policy, int maxRedirects, long maxBytes, Duration timeout) {
        if (client.followRedirects() != HttpClient.Redirect.NEVER) {
            throw new IllegalArgumentException("client must not follow redirects itself: each hop is checked here");
        }
        if (maxRedirects < 0) throw new IllegalArgumentException("maxRedirects must not be negative");
        if (maxBytes < 1) throw new IllegalArgumentException("maxBytes must be at least 1");
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive");
        this.client = client;
        this.policy = policy;
        this.maxRedirects = maxRedirects;
        this.maxBytes = maxBytes;
        this.timeout = timeout;
    }

    @Override
    public Fetched fetch(URI uri) {
        URI current = uri;
        for (int hop = 0; hop <= maxRedirects; hop++) {
            policy.check(current);
            HttpResponse<byte[]> response = exchange(current, uri);
            int status = response.statusCode();
            String contentType = response.headers().firstValue("content-type").orElse("");
            if (isRedirect(status) && response.headers().firstValue("location").isPresent()) {
                current = next(current, response.headers().firstValue("location").get().strip(), uri);
                continue;
            }
            if (status != 200) throw new IngestException(uri + " answered with HTTP status " + status + ".");
            if (!isTextual(contentType)) {
                throw new IngestException(uri + " is not a web page or feed (it is " + contentType.split(";")[0].strip() + ").");
            }
            return new Fetched(current, contentType, new String(response.body(), charset(contentType)));
        }
        throw new IngestException(uri + " redirects more than " + maxRedirects + " times.");
    }

    private HttpResponse<byte[]> exchange(URI target, URI asked) {
        HttpRequest request = HttpRequest.newBuilder(target).timeout(timeout)
                .header("User-Agent", "newsbot/0.1 (+https://github.com/newsbot)")
                .header("Accept", "text/html, application/rss+xml, application/atom+xml, application/xml, text/plain;q=0.9, */*;q=0.5")
                .GET().build();
        AtomicReference<BoundedBody> body = new AtomicReference<>();
        HttpResponse.BodyHandler<byte[]> handler = info -> {
            BoundedBody b;
            if (info.statusCode() != 200 || !isTextual(info.headers().firstValue("content-type").orElse(""))) b = BoundedBody.skipped();
            else if (info.headers().firstValueAsLong("content-length").orElse(-1) > maxBytes) b = BoundedBody.tooLarge();
            else b = BoundedBody.upTo(maxBytes);
            body.set(b);
            return b;
        };
        CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(request, handler);
        try {
            return pending.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            stop(pending, body.get());
            throw new IngestException(asked + " did not answer within " + seconds() + ".", e);
        } catch (InterruptedException e) {
            stop(pending, body.get());
            Thread.currentThread().interrupt();
            throw new IngestException("Fetching " + asked + " was interrupted.", e);
        } catch (ExecutionException e) {
            BoundedBody b = body.get();
            if (b != null && b.refusal() == BoundedBody.Refusal.TOO_LARGE) {
                throw new IngestException(asked + " is larger than the " + maxBytes / 1024 + " KiB newsbot reads.", e);
            }
            Throwable cause = e.getCause();
            if (cause instanceof HttpConnectTimeoutException || cause instanceof HttpTimeoutException) {
                throw new IngestException(asked + " did not answer within " + seconds() + ".", cause);
            }
            if (cause instanceof IOException) {
                throw new IngestException(asked + " could not be reached: " + cause.getClass().getSimpleName() + ".", cause);
            }
            throw new IngestException(asked + " could not be fetched.", cause);
        }
    }

    private static void stop(CompletableFuture<?> pending, BoundedBody body) {
        pending.cancel(true);
        if (body != null) body.abort();
    }

    private String seconds() {
        return timeout.toSeconds() >= 1 ? timeout.toSeconds() + " seconds" : timeout.toMillis() + " ms";
    }

    private static URI next(URI current, String location, URI asked) {
        try {
            return current.resolve(new URI(location));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IngestException(asked + " redirects to an address that is not a valid URL.", e);
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** Pages, feeds and plain text; no media, archives or executables, which are never articles. */
    static boolean isTextual(String contentType) {
        String ct = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        return ct.isEmpty() || ct.startsWith("text/") || ct.equals("application/xml") || ct.endsWith("+xml")
                || ct.equals("application/xhtml+xml") || ct.equals("application/rss") || ct.equals("application/atom");
    }

    private static Charset charset(String contentType) {
        Matcher m = CHARSET.matcher(contentType.toLowerCase(Locale.ROOT));
        if (m.find()) {
            try {
                return Charset.forName(m.group(1));
            } catch (RuntimeException ignored) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }
}
