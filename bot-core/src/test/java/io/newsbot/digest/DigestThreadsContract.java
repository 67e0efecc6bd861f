package io.newsbot.digest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.Reply;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a {@link DigestThreads} store promises: where digests were sent, kept by message (migration V11). */
public abstract class DigestThreadsContract {
    static final ChatRef CHAT = new ChatRef("slack", "C1", ChatType.GROUP);
    static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");
    static final Reply DIGEST = new Reply(Reply.Kind.DIGEST, "Daily digest", List.of(new Reply.Section("Top of the day: Syria talks (2 outlets)",
            List.of(new Reply.Item("", "Talks will be held in Astana.", List.of(1))))),
            List.of(new Reply.Citation(1, 7, "Syria talks", "World Wire", "2026-11-23", "https://news.example/syria")));

    protected abstract DigestThreads store();

    @Test
    void finds_the_digest_a_message_carries_in_its_chat_only() {
        store().sent(CHAT, "1800000000.000100", DIGEST, AT);

        assertThat(store().find(CHAT, "1800000000.000100")).hasValueSatisfying(d -> {
            assertThat(d.digest()).isEqualTo(DIGEST);
            assertThat(d.sentAt()).isEqualTo(AT);
        });
        assertThat(store().find(new ChatRef("slack", "C2", ChatType.GROUP), "1800000000.000100")).isEmpty();
        assertThat(store().find(CHAT, "1800000000.000200")).isEmpty();
    }

    @Test
    void recording_a_message_again_is_harmless() {
        store().sent(CHAT, "5", DIGEST, AT);
        store().sent(CHAT, "5", DIGEST, AT.plusSeconds(1));

        assertThat(store().find(CHAT, "5")).hasValueSatisfying(d -> assertThat(d.sentAt()).isEqualTo(AT));
    }

    @Test
    void forgets_the_digest_messages_older_than_a_month_and_keeps_the_rest() {
        // given: the clock a month and a day past the first digest
        Clock clock = Clock.fixed(AT.plus(DigestThreads.KEPT).plus(Duration.ofDays(1)), ZoneOffset.UTC);
        store().sent(CHAT, "old", DIGEST, AT);
        store().sent(CHAT, "recent", DIGEST, clock.instant().minus(DigestThreads.KEPT).plusSeconds(1));

        // when
        int forgotten = store().forgetSentBefore(clock.instant().minus(DigestThreads.KEPT));

        // then
        assertThat(forgotten).isEqualTo(1);
        assertThat(store().find(CHAT, "old")).isEmpty();
        assertThat(store().find(CHAT, "recent")).isPresent();
    }

    @Test
    void the_stories_read_back_from_the_digest_are_its_sections_with_their_articles() {
        assertThat(DigestStories.of(DIGEST).stories()).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("Syria talks");
            assertThat(s.articleIds()).containsExactly(7L);
        });
    }
}
