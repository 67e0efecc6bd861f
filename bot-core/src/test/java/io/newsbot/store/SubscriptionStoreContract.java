package io.newsbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link SubscriptionStore} does; each implementation's test extends this. */
public abstract class SubscriptionStoreContract {
    private static final ChatRef TEAM = new ChatRef("slack", "C123", ChatType.GROUP);
    private static final Instant AT = Instant.parse("2026-11-23T08:00:00Z");

    protected abstract SubscriptionStore store();

    @Test
    void keeps_a_subscription_with_its_chat_time_zone_and_topics() {
        Subscription s = new Subscription(TEAM, LocalTime.of(7, 30), ZoneId.of("Europe/Berlin"), List.of("Syria", "North Korea"),
                "slack:U1", AT);

        store().put(s);

        assertThat(store().find(TEAM)).contains(s);
        assertThat(store().all()).containsExactly(s);
    }

    @Test
    void a_second_subscription_of_a_chat_replaces_the_first() {
        store().put(new Subscription(TEAM, LocalTime.of(7, 30), ZoneId.of("UTC"), List.of("Syria"), "slack:U1", AT));
        Subscription later = new Subscription(TEAM, LocalTime.of(18, 0), ZoneId.of("Asia/Tokyo"), List.of(), "slack:U2", AT.plusSeconds(60));

        store().put(later);

        assertThat(store().all()).containsExactly(later);
    }

    @Test
    void removes_a_subscription_once() {
        store().put(new Subscription(TEAM, LocalTime.of(7, 30), ZoneId.of("UTC"), List.of(), "slack:U1", AT));

        assertThat(store().remove(TEAM)).isTrue();
        assertThat(store().remove(TEAM)).isFalse();
        assertThat(store().find(TEAM)).isEmpty();
    }
}
