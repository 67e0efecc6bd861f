package io.newsbot.digest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.app.NewsbotCore;
import io.newsbot.outbox.MessengerCourier;
import io.newsbot.outbox.OutboxSender;
import io.newsbot.platform.ChatRef;
import io.newsbot.testing.ManualScheduler;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.InboundMessage;
import io.newsbot.platform.Reply;
import io.newsbot.platform.Sender;
import io.newsbot.store.DigestLedger;
import io.newsbot.testing.TestCore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The digest commands and the daily delivery through a real core with the demo articles. */
class DigestCommandsTest {
    @TempDir
    static Path dataDir;
    static NewsbotCore core;
    static final MutableClock clock = new MutableClock(TestCore.NOW);
    static final AtomicInteger tests = new AtomicInteger();
    // Fresh chats and users per test: the bot's rate limits are per chat and user, and tests move the clock back.
    final int n = tests.incrementAndGet();
    final ChatRef GROUP = new ChatRef("telegram", "-100" + n, ChatType.GROUP);
    final ChatRef PRIVATE = new ChatRef("telegram", "5" + n, ChatType.PRIVATE);
    final String member = "member" + n;
    final String admin = "admin" + n;

    @BeforeAll
    static void openCoreWithDemoArticles() {
        core = TestCore.open(dataDir, clock); // the demo articles are ingested at TestCore.NOW
    }

    @AfterAll
    static void close() {
        core.close();
    }

    @BeforeEach
    void resetClockAndGrantAdmin() {
        clock.set(TestCore.NOW);
        core.admins().grant("telegram:" + admin, "console:local-user", TestCore.NOW);
    }

    private Reply say(ChatRef chat, String userId, String text) {
        return core.bot().handle(new InboundMessage(chat, new Sender(chat.platform(), userId, "someone"), text, null, clock.instant()))
                .orElseThrow();
    }

    @Test
    void anyone_subscribes_a_private_chat_and_sees_and_stops_it() {
        Reply subscribed = say(PRIVATE, member, "/subscribe 07:30 Europe/Berlin Syria, North Korea");
        Reply shown = say(PRIVATE, member, "/subscriptions");
        Reply stopped = say(PRIVATE, member, "/unsubscribe");

        assertThat(subscribed.kind()).isEqualTo(Reply.Kind.INFO);
        assertThat(subscribed.plainText()).contains("07:30 Europe/Berlin").contains("Syria, North Korea")
                .contains("Tuesday 24 November at 07:30");
        assertThat(shown.plainText()).contains("every day at 07:30 Europe/Berlin").doesNotContain("failed");
        assertThat(stopped.plainText()).contains("Unsubscribed");
        assertThat(core.subscriptions().find(PRIVATE)).isEmpty();
    }

    @Test
    void the_configured_zone_is_the_default() {
        say(PRIVATE, member, "/subscribe 18:00");

        assertThat(core.subscriptions().find(PRIVATE)).hasValueSatisfying(s -> {
            assertThat(s.zone()).isEqualTo(core.settings().zone());
            assertThat(s.time()).isEqualTo(LocalTime.of(18, 0));
            assertThat(s.topics()).isEmpty();
        });
    }

    @Test
    void only_a_bot_admin_subscribes_or_unsubscribes_a_group() {
        Reply refused = say(GROUP, member, "/subscribe 07:30");
        Reply allowed = say(GROUP, admin, "/subscribe 07:30");
        Reply refusedStop = say(GROUP, member, "/unsubscribe");

        assertThat(refused.kind()).isEqualTo(Reply.Kind.REFUSED);
        assertThat(refused.plainText()).contains("Only a bot admin");
        assertThat(allowed.kind()).isEqualTo(Reply.Kind.INFO);
        assertThat(refusedStop.kind()).isEqualTo(Reply.Kind.REFUSED);
        assertThat(core.subscriptions().find(GROUP)).isPresent();
    }

    @Test
    void a_bad_time_or_zone_gets_the_format() {
        Reply badTime = say(PRIVATE, member, "/subscribe half past seven");
        Reply badZone = say(PRIVATE, member, "/subscribe 07:30 Europe/Atlantis");

        assertThat(badTime.kind()).isEqualTo(Reply.Kind.ERROR);
        assertThat(badTime.plainText()).contains("HH:MM").contains("Europe/Berlin");
        assertThat(badZone.plainText()).contains("Europe/Atlantis").contains("IANA");
        assertThat(core.subscriptions().find(PRIVATE)).isEmpty();
    }

    @Test
    void the_digest_command_previews_todays_digest_without_counting_it() {
        clock.set(TestCore.NOW.plus(Duration.ofHours(1)));

        Reply preview = say(PRIVATE, member, "/digest");

        assertThat(preview.kind()).isEqualTo(Reply.Kind.DIGEST);
        assertThat(preview.intro()).startsWith("Preview of the digest").contains("2 new articles");
        assertThat(preview.citations()).extracting(Reply.Citation::title).contains("Trump may meet Putin");
        assertThat(core.digestLedger().lastCoveredUntil(PRIVATE)).isEmpty();
    }

    @Test
    void admins_see_failed_digests() {
        core.digestLedger().claim(GROUP, LocalDate.of(2026, 11, 22), "a", TestCore.NOW.minus(Duration.ofDays(1)));
        core.digestLedger().failed(GROUP, LocalDate.of(2026, 11, 22), 4, "Bad Gateway");

        Reply asAdmin = say(GROUP, admin, "/subscriptions");
        Reply asMember = say(GROUP, member, "/subscriptions");

        assertThat(asAdmin.plainText()).contains("digest(s) failed in the last 7 days").contains("telegram:" + GROUP.id() + " on 2026-11-22").contains("Bad Gateway");
        assertThat(asMember.plainText()).doesNotContain("Bad Gateway");
    }

    @Test
    void help_lists_the_digest_commands() {
        assertThat(say(PRIVATE, member, "/help").plainText()).contains("/subscribe").contains("/unsubscribe").contains("/subscriptions")
                .contains("/digest");
    }

    @Test
    void a_subscribed_group_receives_one_grouped_cited_digest_at_its_time() {
        RecordingMessenger telegram = new RecordingMessenger("telegram");
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        OutboxSender sender = new OutboxSender(core.outbox(), new MessengerCourier(telegram), clock, ManualScheduler.onCallingThread(clock),
                Runnable::run, OutboxSender.Options.defaults("test"));
        try (DigestScheduler scheduler = new DigestScheduler(core.subscriptions(), core.digestLedger(), core.chats(), core.digestComposer(),
                core.outbox(), core.transactions(), p -> p.equals("telegram") ? Optional.of(sender) : Optional.empty(), executor, clock,
                DigestScheduler.Options.defaults("test", EmptyDay.MESSAGE))) {
            say(GROUP, admin, "/subscribe 12:00 Europe/Berlin"); // at 11:00 in Berlin

            clock.set(TestCore.NOW.plus(Duration.ofMinutes(59)));
            scheduler.poll();
            clock.set(TestCore.NOW.plus(Duration.ofHours(1)));
            scheduler.poll();
            scheduler.poll();

            assertThat(telegram.sent()).singleElement().satisfies(s -> {
                assertThat(s.chat()).isEqualTo(GROUP);
                Reply digest = s.reply();
                assertThat(digest.kind()).isEqualTo(Reply.Kind.DIGEST);
                assertThat(digest.sections().get(0).heading()).startsWith("Top of the day: ");
                assertThat(digest.sections()).hasSizeGreaterThan(1);
                assertThat(digest.sections()).allSatisfy(section -> assertThat(section.heading()).isNotBlank())
                        .flatExtracting(Reply.Section::items).allSatisfy(item -> assertThat(item.citations()).isNotEmpty());
                assertThat(digest.citations()).hasSize(2);
            });
            assertThat(core.digestLedger().find(GROUP, LocalDate.of(2026, 11, 23)))
                    .hasValueSatisfying(d -> assertThat(d.status()).isEqualTo(DigestLedger.Status.SENT));
            System.out.println(telegram.sent().get(0).reply().plainText());
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void next_due_time_skips_a_day_already_delivered() {
        core.digestLedger().claim(PRIVATE, LocalDate.of(2026, 11, 23), "a", TestCore.NOW);

        Reply subscribed = say(PRIVATE, member, "/subscribe 20:00 UTC");

        assertThat(subscribed.plainText()).contains("Tuesday 24 November at 20:00");
        assertThat(List.of(ZoneId.of("UTC"))).contains(core.subscriptions().find(PRIVATE).orElseThrow().zone());
    }
}
