package io.newsbot.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.command.Access;
import io.newsbot.command.Bot;
import io.newsbot.command.Command;
import io.newsbot.command.CommandContext;
import io.newsbot.command.CommandRouter;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.InboundMessage;
import io.newsbot.platform.Reply;
import io.newsbot.platform.Sender;
import io.newsbot.store.jdbc.Database;
import io.newsbot.store.jdbc.JdbcAdminStore;
import io.newsbot.store.jdbc.JdbcChatStore;
import io.newsbot.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The bot's entry point under floods and hostile input, with a stand-in for the answering command. */
class BotAbuseTest {
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final ChatRef GROUP = new ChatRef("telegram", "-100", ChatType.GROUP);
    final MutableClock clock = new MutableClock(NOW);
    final Database db = Database.inMemory("abuse-" + UUID.randomUUID());
    final List<String> answered = new CopyOnWriteArrayList<>();
    volatile CountDownLatch blockAlice = new CountDownLatch(0);
    final CountDownLatch aliceInside = new CountDownLatch(1);
    final Bot bot = bot(20, 60);

    Bot bot(int userPerMinute, int chatPerMinute) {
        CommandRouter router = new CommandRouter(new Access(new JdbcAdminStore(db), Set.of()));
        router.register(new Command() {
            public String name() {
                return "ask";
            }

            public String arguments() {
                return "";
            }

            public String summary() {
                return "";
            }

            public Reply run(CommandContext context) {
                if (context.message().sender().id().equals("alice")) {
                    aliceInside.countDown();
                    try {
                        blockAlice.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                answered.add(context.message().sender().id());
                return Reply.info("answer for " + context.message().sender().id());
            }
        });
        return new Bot(router, new JdbcChatStore(db), new InputPolicy(200), new RateLimiter(userPerMinute, userPerMinute, clock),
                new RateLimiter(chatPerMinute, chatPerMinute, clock), clock);
    }

    @AfterEach
    void close() {
        blockAlice.countDown();
        db.close();
    }

    static InboundMessage from(String user, ChatRef chat, String text) {
        return new InboundMessage(chat, new Sender(chat.platform(), user, user), text, null, NOW);
    }

    @Test
    void a_flooding_user_gets_one_slow_down_and_never_reaches_the_commands_past_the_limit() {
        List<Optional<Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 100; i++) replies.add(bot.handle(from("alice", GROUP, "question " + i)));

        assertThat(replies.subList(0, 20)).allSatisfy(r -> assertThat(r).get().extracting(Reply::kind).isEqualTo(Reply.Kind.INFO));
        assertThat(replies.get(20)).get().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Reply.Kind.REFUSED);
            assertThat(r.plainText()).contains("slow down");
        });
        assertThat(replies.subList(21, 100)).allSatisfy(r -> assertThat(r).isEmpty());
        assertThat(answered).hasSize(20);
    }

    @Test
    void another_user_in_the_same_chat_is_still_answered_during_a_flood() {
        for (int i = 0; i < 100; i++) bot.handle(from("alice", GROUP, "question " + i));

        Optional<Reply> bob = bot.handle(from("bob", GROUP, "what about Syria?"));

        assertThat(bob).get().extracting(Reply::plainText).isEqualTo("answer for bob");
    }

    @Test
    void the_slow_down_comes_again_only_after_a_window() {
        for (int i = 0; i < 30; i++) bot.handle(from("alice", GROUP, "q"));
        clock.advance(Duration.ofSeconds(30));
        long warnings = 0;
        for (int i = 0; i < 30; i++) warnings += bot.handle(from("alice", GROUP, "q")).filter(r -> r.kind() == Reply.Kind.REFUSED).isPresent() ? 1 : 0;
        assertThat(warnings).isZero();
        clock.advance(Duration.ofSeconds(31));
        for (int i = 0; i < 30; i++) warnings += bot.handle(from("alice", GROUP, "q")).filter(r -> r.kind() == Reply.Kind.REFUSED).isPresent() ? 1 : 0;
        assertThat(warnings).isOne();
    }

    @Test
    void a_busy_chat_is_limited_as_a_whole_with_one_slow_down() {
        Bot strict = bot(20, 5);
        List<Reply.Kind> kinds = new ArrayList<>();
        for (int i = 0; i < 12; i++) strict.handle(from("user" + i, GROUP, "hello")).ifPresent(r -> kinds.add(r.kind()));

        assertThat(kinds).filteredOn(k -> k == Reply.Kind.INFO).hasSize(5);
        assertThat(kinds).filteredOn(k -> k == Reply.Kind.REFUSED).hasSize(1);
        Optional<Reply> elsewhere = strict.handle(from("user0", new ChatRef("telegram", "42", ChatType.PRIVATE), "hello"));
        assertThat(elsewhere).get().extracting(Reply::kind).isEqualTo(Reply.Kind.INFO);
    }

    @Test
    void a_flood_from_several_threads_does_not_hold_up_another_user() throws Exception {
        blockAlice = new CountDownLatch(1); // alice's first answer is slow: it holds her thread inside the command
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<Optional<Reply>>> flood = new ArrayList<>();
            for (int i = 0; i < 400; i++) flood.add(CompletableFuture.supplyAsync(() -> bot.handle(from("alice", GROUP, "flood")), pool));
            assertThat(aliceInside.await(10, TimeUnit.SECONDS)).isTrue();

            Optional<Reply> bob = CompletableFuture.supplyAsync(() -> bot.handle(from("bob", GROUP, "hi"))).get(10, TimeUnit.SECONDS);

            assertThat(bob).get().extracting(Reply::plainText).isEqualTo("answer for bob");
            assertThat(blockAlice.getCount()).as("alice is still being answered").isEqualTo(1);
            blockAlice.countDown();
            CompletableFuture.allOf(flood.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
            assertThat(answered.stream().filter("alice"::equals)).hasSize(20);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void each_input_problem_gets_its_own_clear_reply_and_reaches_no_command() {
        Bot lenient = bot(1000, 1000);
        assertThat(lenient.handle(from("carol", GROUP, "")).orElseThrow().plainText()).isEqualTo(InputPolicy.EMPTY);
        assertThat(lenient.handle(from("carol", GROUP, "x".repeat(201))).orElseThrow().plainText()).contains("201 characters", "under 200");
        assertThat(lenient.handle(from("carol", GROUP, "a\u0000b")).orElseThrow().plainText()).isEqualTo(InputPolicy.NUL);
        assertThat(lenient.handle(from("carol", GROUP, "a\u001Bb")).orElseThrow().plainText()).isEqualTo(InputPolicy.CONTROL);
        assertThat(lenient.handle(from("carol", GROUP, "a\uD800b")).orElseThrow().plainText()).isEqualTo(InputPolicy.BROKEN);
        assertThat(lenient.handle(from("carol", GROUP, "a\uFFFDb")).orElseThrow().plainText()).isEqualTo(InputPolicy.BROKEN);
        assertThat(lenient.handle(from("carol", GROUP, "\u200B\u200B")).orElseThrow().plainText()).isEqualTo(InputPolicy.NO_TEXT);
        assertThat(answered).isEmpty();
    }
}
