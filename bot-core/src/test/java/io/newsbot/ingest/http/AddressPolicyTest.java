package io.newsbot.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsbot.ingest.IngestException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AddressPolicyTest {
    /** Literal addresses parse without DNS; names resolve only from this table, so no test touches the network. */
    static final Map<String, String> NAMES = Map.of("news.example", "93.184.216.34", "intranet.example", "10.1.2.3",
            "metadata.example", "169.254.169.254", "split.example", "93.184.216.34,127.0.0.1");
    static final AddressPolicy.HostResolver FAKE_DNS = host -> {
        String mapped = NAMES.get(host);
        if (mapped != null) {
            String[] parts = mapped.split(",");
            InetAddress[] out = new InetAddress[parts.length];
            for (int i = 0; i < parts.length; i++) out[i] = InetAddress.getByAddress(host, InetAddress.getByName(parts[i]).getAddress());
            return out;
        }
        if (host.matches("[0-9.]+") || host.startsWith("[")) return InetAddress.getAllByName(host);
        throw new UnknownHostException(host);
    };
    final AddressPolicy policy = new AddressPolicy(false, FAKE_DNS);

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/", "http://127.9.9.9:8080/x", "http://10.0.0.1/", "http://10.255.1.1/admin",
            "http://172.16.0.1/", "http://172.31.255.255/", "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data/",
            "http://100.64.0.1/", "http://100.100.100.200/", "http://0.0.0.0/", "http://224.0.0.1/", "http://255.255.255.255/",
            "http://192.0.0.192/", "http://198.18.0.1/", "http://[::1]/", "http://[::]/", "http://[fe80::1]/", "http://[fc00::1]/",
            "http://[fd00:ec2::254]/", "http://[::ffff:127.0.0.1]/", "http://[::ffff:a9fe:a9fe]/", "http://[::7f00:1]/",
            "http://[64:ff9b::a9fe:a9fe]/", "http://[2002:7f00:1::]/", "http://[2001:0:4136:e378::1]/", "http://[ff02::1]/",
            "https://intranet.example/", "https://metadata.example/", "https://split.example/"})
    void refuses_hosts_on_internal_networks(String url) {
        assertThatThrownBy(() -> policy.check(URI.create(url))).isInstanceOf(IngestException.class).hasMessageContaining("internal address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://news.example/feed.xml", "gopher://news.example/", "jar:file:/x.jar!/a",
            "data:text/plain,hello", "javascript:alert(1)", "mailto:a@news.example", "//news.example/relative", "news.example/feed"})
    void refuses_every_scheme_but_http_and_https(String url) {
        assertThatThrownBy(() -> policy.check(URI.create(url))).isInstanceOf(IngestException.class)
                .hasMessageContaining("Only http and https");
    }

    @Test
    void refuses_user_names_and_passwords_in_urls() {
        assertThatThrownBy(() -> policy.check(URI.create("http://news.example@127.0.0.1/"))).isInstanceOf(IngestException.class)
                .hasMessageContaining("user name or password");
    }

    @Test
    void refuses_unknown_hosts_and_urls_without_a_host() {
        assertThatThrownBy(() -> policy.check(URI.create("http://nowhere.example/"))).hasMessageContaining("could not be found");
        assertThatThrownBy(() -> policy.check(URI.create("http:///path"))).hasMessageContaining("no host");
        assertThatThrownBy(() -> policy.check(URI.create("http://bad_host/"))).hasMessageContaining("no host");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://news.example/feed.xml", "http://93.184.216.34/", "HTTP://news.example:8080/a?b=c",
            "http://[2606:2800:220:1:248:1893:25c8:1946]/", "http://8.8.8.8/", "http://172.32.0.1/", "http://100.128.0.1/"})
    void allows_public_addresses(String url) {
        assertThatCode(() -> policy.check(URI.create(url))).doesNotThrowAnyException();
    }

    @Test
    void allows_internal_addresses_only_when_configured_to() {
        AddressPolicy open = new AddressPolicy(true, FAKE_DNS);
        for (String url : List.of("http://127.0.0.1/", "http://10.0.0.1/", "https://intranet.example/")) {
            assertThatCode(() -> open.check(URI.create(url))).as(url).doesNotThrowAnyException();
        }
        assertThatThrownBy(() -> open.check(URI.create("file:///etc/passwd"))).hasMessageContaining("Only http and https");
    }

    @Test
    void classifies_embedded_public_ipv4_in_ipv6_as_public() throws Exception {
        assertThat(AddressPolicy.isInternal(InetAddress.getByName("::ffff:93.184.216.34"))).isFalse();
        assertThat(AddressPolicy.isInternal(InetAddress.getByName("64:ff9b::5db8:d822"))).isFalse();
        assertThat(AddressPolicy.isInternal(InetAddress.getByName("64:ff9b::0a00:0001"))).isTrue();
    }
}
