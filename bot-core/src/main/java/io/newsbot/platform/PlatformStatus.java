package io.newsbot.platform;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Where an adapter's connection to its platform stands, for {@code /healthz} and the log.
 *
 * @param state  connected, unreachable, ...
 * @param detail one line on why, when it is not connected (never a token); empty otherwise
 * @param since  when it came to this state
 */
public record PlatformStatus(State state, String detail, Instant since) {
    /** The states a platform connection goes through. */
    public enum State {
        /** Not yet connected for the first time. */
        STARTING,
        /** Receiving and sending. */
        CONNECTED,
        /** The platform cannot be reached or answers errors; newsbot keeps trying with backoff. */
        UNREACHABLE,
        /** The platform refused the token: trying again will not help until the token is fixed. */
        REJECTED,
        /** Shut down. */
        STOPPED;

        /** The name /healthz reports, e.g. {@code unreachable}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public PlatformStatus {
        Objects.requireNonNull(state, "state");
        detail = detail == null ? "" : detail;
        Objects.requireNonNull(since, "since");
    }
}
