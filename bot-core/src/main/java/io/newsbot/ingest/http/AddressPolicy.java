package io.newsbot.ingest.http;

import io.newsbot.ingest.IngestException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Decides which URLs newsbot may fetch: http(s) only, no user names or passwords in them, and (unless allowed
 * in configuration) no host that resolves to a loopback, private, link-local, carrier-grade NAT, multicast,
 * reserved or cloud metadata address, including IPv4 addresses wrapped in IPv6 (mapped, compatible, NAT64,
 * 6to4). Every address a name resolves to must pass, so a name with one public and one internal address is
 * refused.
 */
public final class AddressPolicy {
    private final boolean allowPrivate;
    private final HostResolver resolver;

    /** Resolves host names; tests pass their own. */
    @FunctionalInterface
    public interface HostResolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    public AddressPolicy(boolean allowPrivate, HostResolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = java.util.Objects.requireNonNull(resolver, "resolver");
    }

    /**
     * The policy on the system resolver. The JVM caches a lookup (30 s by default), so the address checked here
     * is the one the HTTP client connects to moments later; that is what stands between a short-lived DNS
     * answer ("rebinding") and an internal address.
     */
    public static AddressPolicy standard(boolean allowPrivate) {
        return new AddressPolicy(allowPrivate, InetAddress::getAllByName);
    }

    /** @throws IngestException when the URL must not be fetched */
    public void check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IngestException("Only http and https URLs can be added, not " + (scheme.isEmpty() ? "this address" : scheme + ":") + ".");
        }
        if (uri.isOpaque()) throw new IngestException("The URL must look like http://host/path.");
        if (uri.getRawUserInfo() != null) throw new IngestException("URLs with a user name or password are not accepted.");
        String host = uri.getHost();
        if (host == null || host.isBlank()) throw new IngestException("The URL has no host name newsbot can use.");
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new IngestException("The host " + host + " could not be found.", e);
        }
        if (addresses == null || addresses.length == 0) throw new IngestException("The host " + host + " could not be found.");
        if (allowPrivate) return;
        for (InetAddress a : addresses) {
            if (isInternal(a)) {
                throw new IngestException("The host " + host + " points to an internal address, which newsbot does not fetch.");
            }
        }
    }

    static boolean isInternal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) return isInternalV4(b);
        if (a instanceof Inet6Address) return isInternalV6(b);
        return true;
    }

    private static boolean isInternalV4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        int third = b[2] & 0xff;
        return first == 0 || first == 10 || first == 127 || first >= 224 // this network, private, loopback, multicast, reserved
                || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT (and Alibaba's metadata 100.100.100.200)
                || (first == 169 && second == 254) // link-local, where cloud metadata lives (169.254.169.254)
                || (first == 172 && second >= 16 && second < 32) || (first == 192 && second == 168)
                || (first == 192 && second == 0 && (third == 0 || third == 2)) // IETF assignments (Oracle metadata 192.0.0.192), TEST-NET-1
                || (first == 198 && (second == 18 || second == 19)) // benchmarking
                || (first == 198 && second == 51 && third == 100) || (first == 203 && second == 0 && third == 113); // TEST-NET-2, -3
    }

    private static boolean isInternalV6(byte[] b) {
        int first = b[0] & 0xff;
        if ((first & 0xfe) == 0xfc) return true; // unique local fc00::/7 (AWS metadata fd00:ec2::254)
        if (first == 0xfe && (b[1] & 0xc0) == 0x80) return true; // link-local fe80::/10
        if (first == 0xfe && (b[1] & 0xc0) == 0xc0) return true; // site-local fec0::/10
        if (first == 0xff) return true; // multicast
        if (first == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0) return true; // Teredo 2001::/32 tunnels anywhere
        if (first == 0x20 && b[1] == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) return true; // documentation
        if (allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) return embedded(b, 12); // ::ffff:a.b.c.d
        if (allZero(b, 0, 12)) return true; // ::, ::1 and the deprecated IPv4-compatible ::a.b.c.d
        if (first == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) return embedded(b, 12); // NAT64 64:ff9b::/96
        if (first == 0x20 && b[1] == 0x02) return embedded(b, 2); // 6to4 2002:a.b.c.d::/48
        return false;
    }

    private static boolean embedded(byte[] b, int from) {
        return isInternalV4(Arrays.copyOfRange(b, from, from + 4));
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) if (b[i] != 0) return false;
        return true;
    }
}
