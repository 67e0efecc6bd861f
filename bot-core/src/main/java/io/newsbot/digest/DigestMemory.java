package io.newsbot.digest;

import io.newsbot.platform.ChatRef;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * Which articles each chat's daily digests showed, so that a story already sent comes back only with what is new.
 * Articles are recorded when a daily digest is composed and count as shown once the ledger has that digest as
 * sent: a digest that failed, or that another instance composed and sent instead, shows nothing.
 */
public interface DigestMemory {

    /** Records the articles the chat's digest of the date shows (replacing what an earlier composition recorded). */
    void shown(ChatRef chat, LocalDate date, Collection<Long> articleIds);

    /** Those of the articles that the chat's digests sent before the date showed. */
    Set<Long> shownBefore(ChatRef chat, LocalDate date, Collection<Long> articleIds);
}
