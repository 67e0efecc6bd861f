package io.newsbot.ingest;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Reads a URL someone typed as a source, with one sentence for anything malformed, so a bad address never reaches
 * the store or the log as a stack trace. Whether the address may be fetched is decided afterwards by the guarded
 * fetcher, before anything is recorded.
 */
public final class SourceUrl {
    /** Longer addresses are refused unread: no real article URL comes near it. */
    public static final int MAX_CHARS = 2000;

    private SourceUrl() {
    }

    /** Whether the text names a URL (has a scheme) rather than a local path. */
    public static boolean looksLikeUrl(String text) {
        return text.matches("(?is)^[a-z][a-z0-9+.-]*:.*") && !text.matches("(?is)^[a-z]:[\\\\/].*");
    }

    /** @throws IngestException with one sentence when the text is not a usable absolute URL */
    public static URI parse(String text) {
        String shown = shown(text);
        if (text.length() > MAX_CHARS) throw new IngestException("That URL is longer than " + MAX_CHARS + " characters.");
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new IngestException(shown + " is not a valid URL (" + e.getReason().toLowerCase(java.util.Locale.ROOT)
                    + "); give a full address such as https://example.com/feed.xml.");
        }
        if (!uri.isAbsolute()) throw new IngestException(shown + " is not a full URL; give one such as https://example.com/feed.xml.");
        return uri;
    }

    /** The text as it may be shown back: short, one line, and without the password someone put in it. */
    static String shown(String text) {
        String s = text.strip().replaceAll("(?<=://)[^/@\\s]*@", "…@").replaceAll("\\p{Cntrl}", "?");
        if (s.codePointCount(0, s.length()) > 80) s = s.substring(0, s.offsetByCodePoints(0, 79)) + "…";
        return "'" + s + "'";
    }
}
