package io.newsbot.launcher.console;

import io.newsbot.testing.TestCore;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.app.CoreSettings;
import io.newsbot.app.NewsbotCore;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.Messenger;
import io.newsbot.platform.Reply;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console chat: the operator's own terminal. */
class ConsoleChatTest {
    @TempDir
    static Path dir;
    static NewsbotCore core;

    @BeforeAll
    static void open() {
        core = TestCore.open(CoreSettings.defaults(dir.resolve("data")), Clock.systemUTC());
    }

    @AfterAll
    static void close() {
        core.close();
    }

    static final class Replies implements Messenger {
        final List<Reply> sent = new ArrayList<>();

        @Override
        public String platform() {
            return ConsoleChat.PLATFORM;
        }

        @Override
        public void send(ChatRef chat, String threadId, Reply reply) {
            sent.add(reply);
        }
    }

    @Test
    void the_operator_is_not_rate_limited_however_many_lines_are_piped_in() {
        // Given the console, where the configured limit is 20 messages a minute for everyone else
        Replies replies = new Replies();
        ConsoleChat chat = new ConsoleChat(core.bot(), replies, Clock.systemUTC(), dir.resolve("history"));

        // When 40 questions arrive at once
        for (int i = 0; i < 40; i++) chat.handle("What was said about Syria?");

        // Then every one is answered
        assertThat(replies.sent).hasSize(40).allSatisfy(r -> assertThat(r.kind()).isEqualTo(Reply.Kind.ANSWER));
    }

    @Test
    void the_questions_after_a_digest_are_asked_about_it_until_the_next_command() {
        // Given a digest shown in the console (the demo articles' two stories)
        core.router().register(new io.newsbot.testing.TestCommand("testdigest", context -> io.newsbot.testing.TestDigests.demo(core)));
        Replies replies = new Replies();
        ConsoleChat chat = new ConsoleChat(core.bot(), replies, Clock.systemUTC(), dir.resolve("history"), core.digestThreads());
        chat.handle("/testdigest");

        // When questions follow it, then a command, then a question again
        chat.handle("What was said about Syria?");
        chat.handle("more on the second one");
        chat.handle("/sources");
        chat.handle("What was said about Syria?");

        // Then the first two are about the digest, the last is an ordinary question
        assertThat(replies.sent.get(1).intro()).startsWith("From today's digest:");
        assertThat(replies.sent.get(2).intro()).startsWith("From today's digest, on " + io.newsbot.testing.TestDigests.SECOND_TITLE);
        assertThat(replies.sent.get(4).intro()).doesNotContain("digest");
        assertThat(replies.sent.get(4).kind()).isEqualTo(Reply.Kind.ANSWER);
    }

    @Test
    void empty_and_blank_lines_are_ignored_quietly() {
        Replies replies = new Replies();
        ConsoleChat chat = new ConsoleChat(core.bot(), replies, Clock.systemUTC(), dir.resolve("history"));

        assertThat(chat.handle("")).isTrue();
        assertThat(chat.handle("   \t ")).isTrue();

        assertThat(replies.sent).isEmpty();
    }

    @Test
    void escape_sequences_in_piped_input_are_echoed_inert() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConsoleChat chat = new ConsoleChat(core.bot(), new Replies(), Clock.systemUTC(), dir.resolve("history"));

        chat.runPiped(new BufferedReader(new StringReader("Syria \u001b]0;pwned\u0007 and \u001b[2J cleared, \u009b31m red\n")),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u009b")
                .contains("you> Syria ^[]0;pwned^G and ^[[2J cleared, ^9B31m red");
    }

    @Test
    void bidirectional_overrides_in_a_reply_are_dropped() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConsoleMessenger messenger = new ConsoleMessenger(new PrintStream(out, true, StandardCharsets.UTF_8));

        messenger.send(ConsoleChat.CHAT, null, Reply.info("An article titled \u202Etxt.exe\u202C here"));

        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("\u202E").contains("An article titled txt.exe here");
    }

    @Test
    void a_rateable_answer_ends_with_the_rate_line_and_bad_asks_once_what_was_wrong() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream printed = new PrintStream(out, true, StandardCharsets.UTF_8);
        ConsoleChat chat = new ConsoleChat(core.bot(), new ConsoleMessenger(printed), Clock.systemUTC(), dir.resolve("history"));

        chat.runPiped(new BufferedReader(new StringReader("What was said about Syria?\n/bad\nother\n/help\n")), printed);

        String transcript = out.toString(StandardCharsets.UTF_8);
        assertThat(transcript).containsPattern("\\[1\\] .*\\n\\s*(\\[\\d+\\] .*\\n\\s*)*rate: /good /bad   \\(answer \\d+\\)\\n")
                .contains("Thanks for the 👎 on answer ", "What was wrong? Reply with one word", "Noted: other. Thank you.");
        assertThat(transcript.split("rate: /good /bad", -1)).hasSize(2);
    }
}
