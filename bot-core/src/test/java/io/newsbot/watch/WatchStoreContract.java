package io.newsbot.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link WatchStore} and {@link AlertQueue} pair does, whatever it runs on. */
public abstract class WatchStoreContract {
    static final ChatRef TEAM = new ChatRef("slack", "C123", ChatType.GROUP);
    static final ChatRef OTHER = new ChatRef("telegram", "42", ChatType.PRIVATE);
    static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    protected abstract WatchStore watches();

    protected abstract AlertQueue alerts();

    @Test
    void keeps_a_chats_watches_in_the_order_they_were_set() {
        Watch lavrov = watches().add(new Watch(0, TEAM, Watch.Kind.PERSON, "Lavrov", "slack:U1", T0));
        Watch sanctions = watches().add(new Watch(0, TEAM, Watch.Kind.TOPIC, "North Korea sanctions", "slack:U1", T0.plusSeconds(1)));
        watches().add(new Watch(0, OTHER, Watch.Kind.TOPIC, "Brexit", "telegram:42", T0));

        assertThat(lavrov.id()).isPositive();
        assertThat(watches().forChat(TEAM)).containsExactly(lavrov, sanctions);
        assertThat(watches().byId(sanctions.id())).contains(sanctions);
        assertThat(watches().all()).hasSize(3);
    }

    @Test
    void removes_a_watch_only_from_its_own_chat_and_drops_its_waiting_alerts() {
        Watch lavrov = watches().add(new Watch(0, TEAM, Watch.Kind.PERSON, "Lavrov", "slack:U1", T0));
        alerts().queue(alert(lavrov.id(), "article:1", TEAM));

        assertThat(watches().remove(OTHER, lavrov.id())).isFalse();
        assertThat(watches().remove(TEAM, lavrov.id())).isTrue();
        assertThat(watches().remove(TEAM, lavrov.id())).isFalse();
        assertThat(watches().forChat(TEAM)).isEmpty();
        assertThat(alerts().queued(10)).isEmpty();
    }

    @Test
    void queues_one_alert_per_watch_and_group() {
        assertThat(alerts().queue(alert(7, "article:1", TEAM))).isTrue();
        assertThat(alerts().queue(alert(7, "article:1", TEAM))).isFalse();
        assertThat(alerts().queue(alert(7, "story:9", TEAM))).isTrue();
        assertThat(alerts().queue(alert(8, "article:1", TEAM))).isTrue();

        assertThat(alerts().queued(10)).extracting(Alert::groupKey).containsExactly("article:1", "story:9", "article:1");
        Alert first = alerts().queued(10).get(0);
        assertThat(first.headline()).isEqualTo("Sergei Lavrov said");
        assertThat(first.text()).isEqualTo("“We will respond.”");
        assertThat(first.chat()).isEqualTo(TEAM);
        assertThat(first.articleId()).isEqualTo(11);
    }

    @Test
    void an_alert_is_handed_over_once_and_counts_for_the_cap_from_then() {
        alerts().queue(alert(7, "article:1", TEAM));
        long id = alerts().queued(1).get(0).id();

        assertThat(alerts().handOver(id, "a", T0)).isTrue();
        assertThat(alerts().handOver(id, "b", T0)).isFalse();
        alerts().failed(id, "too late: it was handed over");

        assertThat(alerts().queued(10)).isEmpty();
        assertThat(alerts().sentSince(TEAM, T0)).isEqualTo(1);
        assertThat(alerts().sentSince(TEAM, T0.plusSeconds(1))).isZero();
        assertThat(alerts().sentSince(OTHER, T0)).isZero();
        assertThat(alerts().forChat(TEAM, 5)).extracting(Alert::status).containsExactly(Alert.Status.HANDED_OVER);
    }

    @Test
    void a_failed_alert_leaves_the_queue_and_is_not_handed_over() {
        alerts().queue(alert(7, "article:1", TEAM));
        long id = alerts().queued(1).get(0).id();

        alerts().failed(id, "the watch was removed");

        assertThat(alerts().handOver(id, "a", T0)).isFalse();
        assertThat(alerts().queued(10)).isEmpty();
        assertThat(alerts().forChat(TEAM, 5)).extracting(Alert::status).containsExactly(Alert.Status.FAILED);
    }

    static Alert alert(long watchId, String group, ChatRef chat) {
        return new Alert(0, watchId, group, chat, 11, "Sergei Lavrov said", "“We will respond.”", Alert.Status.QUEUED, T0);
    }
}
