package io.newsbot.ingest.http;

import io.newsbot.ingest.Fetcher;
import io.newsbot.ingest.IngestException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fetches http(s) documents with limits: every hop of a redirect chain checked by {@link AddressPolicy}, at
 * most {@code maxRedirects} hops, at most {@code maxBytes} read, and a time limit per request.
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
            HttpResponse<InputStream> response = send(current);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.headers().firstValue("location").isPresent()) {
                close(response);
                current = current.resolve(response.headers().firstValue("location").get().strip());
                continue;
            }
            if (status != 200) {
                close(response);
                throw new IngestException(uri + " answered with HTTP status " + status + ".");
            }
            String contentType = response.headers().firstValue("content-type").orElse("");
            return new Fetched(current, contentType, read(response, contentType, uri));
        }
        throw new IngestException(uri + " redirects more than " + maxRedirects + " times.");
    }

    private HttpResponse<InputStream> send(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("User-Agent", "newsbot/0.1 (+https://github.com/newsbot)")
                .header("Accept", "text/html, application/rss+xml, application/atom+xml, application/xml, text/plain;q=0.9, */*;q=0.5")
                .GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new IngestException(uri + " did not answer within " + timeout.toSeconds() + " seconds.", e);
        } catch (IOException e) {
            throw new IngestException(uri + " could not be reached: " + e.getClass().getSimpleName() + ".", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestException("Fetching " + uri + " was interrupted.", e);
        }
    }

    private String read(HttpResponse<InputStream> response, String contentType, URI uri) {
        long declared = response.headers().firstValueAsLong("content-length").orElse(-1);
        if (declared > maxBytes) {
            close(response);
            throw new IngestException(uri + " is larger than the " + maxBytes / 1024 + " KiB newsbot reads.");
        }
        try (InputStream in = response.body()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new IngestException(uri + " is larger than the " + maxBytes / 1024 + " KiB newsbot reads.");
            }
            return new String(bytes, charset(contentType));
        } catch (IOException e) {
            throw new IngestException(uri + " could not be read: " + e.getClass().getSimpleName() + ".", e);
        }
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

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // the connection is discarded anyway
        }
    }
}
