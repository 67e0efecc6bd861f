package io.newsbot.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.telegram.fake.FakeBotApi;
import io.newsbot.telegram.fake.FakeBotApi.Chat;
import io.newsbot.telegram.fake.FakeBotApi.Sent;
import io.newsbot.telegram.fake.FakeBotApi.User;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built bot jar, started as a user would ({@code java -jar newsbot.jar} with the token in the
 * environment), talking to a fake Telegram Bot API on 127.0.0.1.
 */
class TelegramBotJarIT {
    static final Duration STARTUP = Duration.ofSeconds(120);
    static final Duration WAIT = Duration.ofSeconds(30);
    static final String BOT = "newsbot_e2e_bot";

    @TempDir
    Path home;

    @Test
    void answers_in_private_chats_and_groups_when_started_from_the_jar() throws Exception {
        Path jar = Path.of(System.getProperty("newsbot.jar", "target/newsbot.jar")).toAbsolutePath();
        assertThat(jar).as("built by mvn package").exists();
        try (FakeBotApi telegram = new FakeBotApi(6_100_000_001L, BOT, "6100000001:AAE-e2e_token")) {
            ProcessBuilder run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString())
                    .directory(home.toFile()).redirectErrorStream(true).redirectOutput(home.resolve("newsbot.log").toFile());
            Map<String, String> env = run.environment();
            env.keySet().removeIf(k -> k.startsWith("NEWSBOT_"));
            env.put("NEWSBOT_TELEGRAM_TOKEN", telegram.token());
            env.put("NEWSBOT_TELEGRAM_API_URL", telegram.uri().toString());
            env.put("NEWSBOT_DATA_DIR", home.resolve("data").toString());
            Process bot = run.start();
            try {
                telegram.awaitCalls("getUpdates", 1, STARTUP);
                User ann = new User(501, "Ann", "ann");
                Chat annChat = Chat.privateWith(ann);
                Chat newsroom = Chat.group(-1001234567890L, "Newsroom");

                telegram.userSends(annChat, ann, "/start");
                assertThat(telegram.awaitSent(annChat.id(), 1, WAIT).get(0).text()).contains("I know 2 articles");

                telegram.userSends(annChat, ann, "What was said about Syria?");
                Sent answer = telegram.awaitSent(annChat.id(), 2, WAIT).get(1);
                assertThat(answer.text()).contains("They can help us with Syria").contains("Sources");

                telegram.userSends(newsroom, ann, "Lovely weather today");
                int ask = telegram.userSends(newsroom, ann, "/ask@" + BOT + " What did Lavrov say?");
                Sent groupAnswer = telegram.awaitSent(newsroom.id(), 1, WAIT).get(0);
                assertThat(groupAnswer.replyTo()).isEqualTo(ask);
                assertThat(groupAnswer.text()).contains("Lavrov");

                // Subscriptions and digests come from the core's commands; the adapter passes them through.
                telegram.userSends(annChat, ann, "/subscribe 09:00 Europe/Berlin");
                telegram.userSends(annChat, ann, "/digest");
                List<Sent> more = telegram.awaitSent(annChat.id(), 4, WAIT);
                assertThat(more.get(2).text()).contains("Subscribed").contains("09:00").contains("Europe/Berlin");
                assertThat(more.get(3).text()).contains("Trump may meet Putin");
                assertThat(telegram.commands().findValuesAsText("command"))
                        .contains("start", "help", "ask", "sources", "latest", "subscribe", "unsubscribe", "digest");
            } finally {
                bot.destroy();
                if (!bot.waitFor(30, TimeUnit.SECONDS)) bot.destroyForcibly();
                System.out.println(Files.readString(home.resolve("newsbot.log")));
                telegram.sent().forEach(s -> System.out.println("bot -> " + s.chatId() + (s.replyTo() == null ? "" : " (reply to " + s.replyTo() + ")")
                        + ":\n" + s.html() + "\n"));
            }
            assertThat(Files.readString(home.resolve("newsbot.log"))).doesNotContain(" ERROR ").doesNotContain(telegram.token());
        }
    }
}
