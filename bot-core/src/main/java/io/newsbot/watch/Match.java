package io.newsbot.watch;

import java.util.Objects;

/**
 * A watch that a new article matched, and what to tell the chat.
 *
 * @param watch    the watch
 * @param headline who said it ("Sergei Lavrov said") or what it is on ("On North Korea sanctions")
 * @param text     the statement, or the article's lead
 * @param how      how it matched, for logs and the benchmark: "speaker", "words" or "meaning"
 */
public record Match(Watch watch, String headline, String text, String how) {
    public Match {
        Objects.requireNonNull(watch, "watch");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(how, "how");
    }
}
