package io.newsbot.ingest.http;

import io.newsbot.ingest.IngestException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Decides which URLs newsbot may fetch: http(s) only, and (unless allowed in configuration) no host that
 * resolves to a loopback, private, link-local, carrier-grade NAT, multicast or cloud metadata address.
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
        this.resolver = resolver;
    }

    public static AddressPolicy standard(boolean allowPrivate) {
        return new AddressPolicy(allowPrivate, InetAddress::getAllByName);
    }

    /** @throws IngestException when the URL must not be fetched */
    public void check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IngestException("Only http and https URLs can be added, not " + (scheme.isEmpty() ? "this address" : scheme + ":") + ".");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) throw new IngestException("The URL has no host name.");
        if (uri.getUserInfo() != null) throw new IngestException("URLs with a user name or password are not accepted.");
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new IngestException("The host " + host + " could not be found.", e);
        }
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
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) || first >= 240;
        }
        if (a instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) return true; // unique local fc00::/7
            boolean mapped = true;
            for (int i = 0; i < 10; i++) mapped &= b[i] == 0;
            mapped &= (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
            if (mapped) {
                try {
                    return isInternal(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }
}
