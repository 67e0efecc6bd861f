package io.newsbot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Display names from Slack's {@code users.info} (scope {@code users:read}), remembered for a day per user, bounded.
 * A failed look-up (no scope, unknown user, Slack unreachable) is remembered too, briefly, so one question naming a
 * user costs at most one call; the mention is then dropped from the question, never shown as a raw id.
 */
final class UsersInfoNames implements UserNames {
    private static final Logger log = LoggerFactory.getLogger(UsersInfoNames.class);
    private static final Duration KEEP = Duration.ofDays(1);
    private static final Duration KEEP_FAILURE = Duration.ofMinutes(10);
    private static final int CAPACITY = 10_000;
    private final MethodsClient methods;
    private final Clock clock;
    private final Map<String, Entry> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > CAPACITY;
        }
    };

    private record Entry(Optional<String> name, Instant until) {
    }

    UsersInfoNames(MethodsClient methods, Clock clock) {
        this.methods = methods;
        this.clock = clock;
    }

    @Override
    public Optional<String> displayName(String userId) {
        Instant now = clock.instant();
        synchronized (cache) {
            Entry e = cache.get(userId);
            if (e != null && now.isBefore(e.until())) return e.name();
        }
        Optional<String> name = lookUp(userId);
        synchronized (cache) {
            cache.put(userId, new Entry(name, now.plus(name.isPresent() ? KEEP : KEEP_FAILURE)));
        }
        return name;
    }

    private Optional<String> lookUp(String userId) {
        try {
            UsersInfoResponse r = methods.usersInfo(req -> req.user(userId));
            if (!r.isOk() || r.getUser() == null) {
                log.warn("Slack users.info for {} failed ({}); the mention is left out of the question", userId, r.getError());
                return Optional.empty();
            }
            return name(r.getUser());
        } catch (IOException | SlackApiException e) {
            log.warn("Slack users.info for {} failed; the mention is left out of the question", userId, e);
            return Optional.empty();
        }
    }

    /** What Slack shows: the display name people chose, else their full name, else the handle. */
    static Optional<String> name(User u) {
        User.Profile p = u.getProfile();
        return Stream.of(p == null ? null : p.getDisplayName(), p == null ? null : p.getRealName(), u.getRealName(), u.getName())
                .filter(s -> s != null && !s.isBlank()).map(String::strip).findFirst();
    }
}
