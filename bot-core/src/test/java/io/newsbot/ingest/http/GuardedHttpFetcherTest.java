package io.newsbot.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsbot.ingest.Fetcher;
import io.newsbot.ingest.IngestException;
import io.newsbot.testing.LocalWebServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fetcher against a real server on 127.0.0.1. To test the guard on redirects, "localhost" plays a public
 * site: the policy's resolver says it is 93.184.216.34 (so the first hop passes the check) while the HTTP
 * client connects to it on loopback, where the server answers with a redirect to an internal address.
 */
class GuardedHttpFetcherTest {
    static final long MAX_BYTES = 64 * 1024;
    static final AddressPolicy.HostResolver LOCALHOST_LOOKS_PUBLIC = host -> host.equals("localhost")
            ? new InetAddress[] {InetAddress.getByAddress("localhost", new byte[] {93, (byte) 184, (byte) 216, 34})}
            : AddressPolicyTest.FAKE_DNS.resolve(host);
    final LocalWebServer server = new LocalWebServer();
    final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void stop() {
        server.close();
    }

    GuardedHttpFetcher fetcher(Duration timeout) {
        return new GuardedHttpFetcher(client, new AddressPolicy(false, LOCALHOST_LOOKS_PUBLIC), 3, MAX_BYTES, timeout);
    }

    String publicUrl(String path) {
        return "http://localhost:" + server.port() + path;
    }

    @Test
    void fetches_a_page_from_an_allowed_host_following_an_allowed_redirect() {
        server.redirect("/old", "/new").text("/new", "text/html; charset=utf-8", "<html><body><p>Grüße</p></body></html>");

        Fetcher.Fetched page = fetcher(Duration.ofSeconds(5)).fetch(URI.create(publicUrl("/old")));

        assertThat(page.body()).contains("Grüße");
        assertThat(page.finalUri().getPath()).isEqualTo("/new");
        assertThat(server.requested()).containsExactly("/old", "/new");
    }

    @Test
    void refuses_loopback_directly_without_connecting() {
        server.text("/secret", "text/plain", "internal");

        assertThatThrownBy(() -> fetcher(Duration.ofSeconds(5)).fetch(URI.create(server.url("/secret"))))
                .isInstanceOf(IngestException.class).hasMessageContaining("internal address");
        assertThat(server.requested()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:PORT/secret", "http://10.0.0.7/admin", "http://169.254.169.254/latest/meta-data/",
            "http://[::1]:PORT/secret", "http://metadata.example/computeMetadata/v1/"})
    void refuses_a_redirect_from_an_allowed_host_to_an_internal_one(String target) {
        server.redirect("/start", target.replace("PORT", Integer.toString(server.port()))).text("/secret", "text/plain", "internal");

        assertThatThrownBy(() -> fetcher(Duration.ofSeconds(5)).fetch(URI.create(publicUrl("/start"))))
                .isInstanceOf(IngestException.class).hasMessageContaining("internal address");
        assertThat(server.requested()).containsExactly("/start");
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://news.example/feed.xml"})
    void refuses_a_redirect_to_another_scheme(String target) {
        server.redirect("/start", target);

        assertThatThrownBy(() -> fetcher(Duration.ofSeconds(5)).fetch(URI.create(publicUrl("/start"))))
                .isInstanceOf(IngestException.class).hasMessageContaining("Only http and https");
    }

    @Test
    void refuses_file_and_ftp_urls() {
        assertThatThrownBy(() -> fetcher(Duration.ofSeconds(5)).fetch(URI.create("file:///etc/passwd"))).hasMessageContaining("Only http");
        assertThatThrownBy(() -> fetcher(Duration.ofSeconds(5)).fetch(URI.create("ftp://news.example/"))).hasMessageContaining("Only http");
    }

    @Test
    void stops_after_the_allowed_number_of_redirects() {
        server.redirect("/loop", "/loop");

        assertThatThrownBy(() -> fetcher(Duration.ofSeconds(5)).fetch(URI.create(publicUrl("/loop"))))
                .isInstanceOf(IngestException.class).hasMessageContaining("redirects more than 3 times");
        assertThat(server.requested()).hasSize(4);
    }

    @Test
    void reports_a_redirect_to_a_malformed_location() {
        server.redirect("/bad", "http://exa mple.com/%%");

        assertThatThrownBy(() -> fetcher(Duration.ofSeconds(5)).fetch(URI.create(publicUrl("/bad"))))
                .isInstanceOf(IngestException.class).hasMessageContaining("not a valid URL");
    }

    @Test
    void refuses_a_1_gb_response_by_its_declared_length_without_reading_it() {
        AtomicLong written = new AtomicLong();
        server.route("/huge", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/plain");
            ex.sendResponseHeaders(200, 1L << 30);
            stream(ex.getResponseBody(), 1L << 30, written);
        });

        assertThatThrownBy(() -> fetcher(Duration.ofSeconds(10)).fetch(URI.create(publicUrl("/huge"))))
                .isInstanceOf(IngestException.class).hasMessageContaining("larger than the 64 KiB");
        assertThat(written.get()).isLessThan(64L * 1024 * 1024);
    }

    @Test
    void cuts_off_a_1_gb_chunked_response_after_the_limit() throws Exception {
        AtomicLong written = new AtomicLong();
        CountDownLatch serverDone = new CountDownLatch(1);
        server.route("/stream", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/plain");
            ex.sendResponseHeaders(200, 0); // chunked: no length declared
            try {
                stream(ex.getResponseBody(), 1L << 30, written);
            } finally {
                serverDone.countDown();
            }
        });

        assertThatThrownBy(() -> fetcher(Duration.ofSeconds(10)).fetch(URI.create(publicUrl("/stream"))))
                .isInstanceOf(IngestException.class).hasMessageContaining("larger than the 64 KiB");
        assertThat(serverDone.await(30, TimeUnit.SECONDS)).as("the server saw the connection closed").isTrue();
        assertThat(written.get()).isLessThan(64L * 1024 * 1024);
    }

    @Test
    void gives_up_on_a_server_that_trickles_its_body() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        server.route("/slow", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/plain");
            ex.sendResponseHeaders(200, 0);
            ex.getResponseBody().write('a');
            ex.getResponseBody().flush();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            assertThatThrownBy(() -> fetcher(Duration.ofMillis(500)).fetch(URI.create(publicUrl("/slow"))))
                    .isInstanceOf(IngestException.class).hasMessageContaining("did not answer within 500 ms");
        } finally {
            release.countDown();
        }
    }

    @Test
    void gives_up_on_a_server_that_never_answers() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        server.route("/silent", ex -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            assertThatThrownBy(() -> fetcher(Duration.ofMillis(500)).fetch(URI.create(publicUrl("/silent"))))
                    .isInstanceOf(IngestException.class).hasMessageContaining("did not answer");
        } finally {
            release.countDown();
        }
    }

    @Test
    void refuses_media_and_binaries_without_reading_them() {
        server.text("/photo", "image/jpeg", "not really a jpeg");

        assertThatThrownBy(() -> fetcher(Duration.ofSeconds(5)).fetch(URI.create(publicUrl("/photo"))))
                .isInstanceOf(IngestException.class).hasMessageContaining("not a web page or feed");
    }

    @Test
    void reports_error_statuses() {
        server.route("/gone", ex -> LocalWebServer.respond(ex, 404, "text/html", "<h1>not here</h1>"));

        assertThatThrownBy(() -> fetcher(Duration.ofSeconds(5)).fetch(URI.create(publicUrl("/gone"))))
                .isInstanceOf(IngestException.class).hasMessageContaining("HTTP status 404");
    }

    @Test
    void refuses_a_client_that_follows_redirects_itself() {
        HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        assertThatThrownBy(() -> new GuardedHttpFetcher(following, AddressPolicy.standard(false), 3, 1024, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void stream(OutputStream out, long total, AtomicLong written) {
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) 'x');
        try {
            while (written.get() < total) {
                out.write(chunk);
                written.addAndGet(chunk.length);
            }
            out.close();
        } catch (IOException e) {
            // the client hung up: what the test expects
        }
    }
}
