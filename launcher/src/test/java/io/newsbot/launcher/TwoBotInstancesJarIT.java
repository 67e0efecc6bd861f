package io.newsbot.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.telegram.fake.FakeBotApi;
import io.newsbot.telegram.fake.FakeBotApi.Chat;
import io.newsbot.telegram.fake.FakeBotApi.User;
import io.newsbot.testing.TestDatabase;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two bot processes from the built jar on one PostgreSQL, one Telegram bot (the fake Bot API on 127.0.0.1 ends a
 * waiting getUpdates with 409 when another arrives, as Telegram does): the README's "Running at scale". One instance
 * polls, the other waits; each question is answered once; when the polling one is stopped the other takes over and
 * answers what comes next. Skipped unless NEWSBOT_TEST_PG_URL is set (.ci/run sets it).
 */
class TwoBotInstancesJarIT {
    static final Duration STARTUP = Duration.ofSeconds(120);
    static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path home;

    @Test
    void two_instances_share_one_telegram_bot_and_hand_it_over_when_one_stops() throws Exception {
        String testUrl = TestDatabase.postgresUrl();
        String schema = TestDatabase.uniqueName();
        TestDatabase.newSchemaUrl(schema);
        Path jar = Path.of(System.getProperty("newsbot.jar", "target/newsbot.jar")).toAbsolutePath();
        assertThat(jar).as("built by mvn package").exists();
        try (FakeBotApi telegram = new FakeBotApi(6_200_000_001L, "newsbot_pair_bot", "6200000001:AAE-pair_token")) {
            Process a = start(jar, "a", telegram, testUrl, schema);
            Process b = null;
            try {
                telegram.awaitCalls("getUpdates", 1, STARTUP);
                awaitLog("a", "is polling for updates");
                b = start(jar, "b", telegram, testUrl, schema);
                awaitLog("b", "Another newsbot instance polls Telegram");

                User ann = new User(601, "Ann", "ann");
                Chat chat = Chat.privateWith(ann);
                telegram.userSends(chat, ann, "What was said about Syria?");
                assertThat(telegram.awaitSent(chat.id(), 1, WAIT).get(0).text()).contains("They can help us with Syria");

                a.destroy(); // SIGTERM: a finishes, gives the polling lease up, and b takes over
                assertThat(a.waitFor(60, TimeUnit.SECONDS)).isTrue();
                awaitLog("b", "is polling for updates");
                telegram.userSends(chat, ann, "What did Lavrov say?");
                assertThat(telegram.awaitSent(chat.id(), 2, WAIT).get(1).text()).contains("Lavrov");

                // One more question answered in turn is the signal that nothing else was on its way for this chat.
                telegram.userSends(chat, ann, "What was said about North Korea?");
                assertThat(telegram.awaitSent(chat.id(), 3, WAIT).get(2).text()).contains("North Korea");
                assertThat(telegram.sent(chat.id())).as("each question answered once").hasSize(3);
            } finally {
                for (Process p : new Process[] {a, b}) {
                    if (p == null) continue;
                    p.destroy();
                    if (!p.waitFor(30, TimeUnit.SECONDS)) p.destroyForcibly();
                }
                for (String name : new String[] {"a", "b"}) {
                    if (Files.exists(log(name))) System.out.println("--- instance " + name + "\n" + Files.readString(log(name)));
                }
                TestDatabase.dropSchema(schema);
            }
            for (String name : new String[] {"a", "b"}) {
                assertThat(Files.readString(log(name))).doesNotContain(" ERROR ").doesNotContain(telegram.token());
            }
        }
    }

    private Process start(Path jar, String name, FakeBotApi telegram, String testUrl, String schema) throws IOException {
        ProcessBuilder run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString())
                .directory(home.toFile()).redirectErrorStream(true).redirectOutput(log(name).toFile());
        Map<String, String> env = run.environment();
        env.keySet().removeIf(k -> k.startsWith("NEWSBOT_"));
        Map<String, String> query = query(testUrl);
        env.put("NEWSBOT_STORE", "postgres");
        // As the README says: the URL without credentials, which come from the environment.
        env.put("NEWSBOT_POSTGRES_URL", testUrl.substring(0, testUrl.indexOf('?')) + "?currentSchema=" + schema + ",public");
        env.put("NEWSBOT_POSTGRES_USER", query.getOrDefault("user", ""));
        env.put("NEWSBOT_POSTGRES_PASSWORD", query.getOrDefault("password", ""));
        env.put("NEWSBOT_TELEGRAM_TOKEN", telegram.token());
        env.put("NEWSBOT_TELEGRAM_API_URL", telegram.uri().toString());
        env.put("NEWSBOT_DATA_DIR", home.resolve("data-" + name).toString());
        return run.start();
    }

    private Path log(String name) {
        return home.resolve("newsbot-" + name + ".log");
    }

    private void awaitLog(String name, String text) throws Exception {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log(name)) && Files.readString(log(name)).contains(text)) return;
            Thread.sleep(100);
        }
        throw new AssertionError("instance " + name + " did not log '" + text + "':\n" + Files.readString(log(name)));
    }

    private static Map<String, String> query(String url) {
        Map<String, String> out = new HashMap<>();
        int q = url.indexOf('?');
        if (q < 0) return out;
        for (String pair : url.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) out.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }
}
