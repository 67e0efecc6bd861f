package io.newsbot.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.app.NewsbotCore;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.InboundMessage;
import io.newsbot.platform.PlainTextRenderer;
import io.newsbot.platform.Reply;
import io.newsbot.platform.Sender;
import io.newsbot.testing.TestCore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random and hostile text (markup of every platform, huge strings, emoji, right-to-left marks, NUL, lone
 * surrogates, commands with junk arguments) fed through the bot's entry point and the plain-text renderer:
 * every reply must be non-empty, well-formed text with no control characters, of a sane size. Seeded, so a
 * failure names its seed and case and can be replayed.
 */
class HostileTextFuzzTest {
    static final long SEED = 20261123L;
    static final String[] PIECES = {"<b>", "</b>", "<i>x</i>", "<script>alert(1)</script>", "<a href=\"javascript:alert(1)\">x</a>", "&amp;",
            "&lt;", "&#0;", "&", "<", ">", "*bold*", "_it_", "~strike~", "`code`", "```", "||spoiler||", "[link](http://x)", "<@U123ABC>",
            "<!channel>", "<!here>", "<https://evil.example|click>", "@everyone", "@newsbot", "${jndi:ldap://x/a}", "%s%n%d", "{}", "{0}",
            "'; drop table articles; --", "\" or 1=1 --", "../../etc/passwd", "\\", "\\n", "\"", "'", "😀", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🇺🇦",
            "👍🏽", "\u200F", "\u202E", "\u2066", "\u200B", "\uFEFF", "مرحبا", "שלום", "Лавров", "中文", "\u0000", "\u0007", "\u001B[31m",
            "\u0085", "\u007F", "\uD800", "\uDFFF", "\uFFFD", "\uFFFF", "\n", "\r\n", "\t", " ", "Syria", "Lavrov", "Putin", "Crimea",
            "What", "did", "say", "about", "was", "said", "?", "this week", "yesterday", "and what about", "who said that"};
    static final String[] STARTS = {"", "", "", "/", "/ask ", "/help", "/start", "/sources", "/latest ", "/admin", "/admin ", "/admin help",
            "/admin sources", "/admin articles ", "/admin stats", "/admin admins", "/admin audit ", "/admin grant ", "/admin revoke ",
            "/admin remove-source ", "/admin broadcast ", "/admin frobnicate ", "/latest@newsbot ", "/ASK ", "/" + "x".repeat(38) + "😀"};
    @TempDir
    static Path dataDir;
    static NewsbotCore core;

    @BeforeAll
    static void open() {
        core = TestCore.open(dataDir);
    }

    @AfterAll
    static void close() {
        core.close();
    }

    @Test
    void every_reply_of_the_bot_to_hostile_text_is_valid_text() {
        Random random = new Random(SEED);
        for (int i = 0; i < 2500; i++) {
            String text = hostileText(random);
            // Some cases come from the console user, an admin, so admin commands run too (never add-source: no network here).
            boolean admin = random.nextInt(8) == 0;
            // A user and chat per case: this test is about content, not rate limits.
            Sender sender = admin ? new Sender("console", "admin" + i, "you") : new Sender("telegram", "u" + i, hostileText(random));
            ChatRef chat = admin ? new ChatRef("console", "c" + i, ChatType.PRIVATE)
                    : new ChatRef("telegram", "c" + i, random.nextBoolean() ? ChatType.GROUP : ChatType.PRIVATE);
            String context = "seed " + SEED + ", case " + i + ": " + describe(text);

            Optional<Reply> reply = core.bot().handle(new InboundMessage(chat, sender, text, random.nextBoolean() ? null : "t1", TestCore.NOW));

            assertThat(reply).as(context).isPresent();
            assertThat(reply.get().plainText()).as(context + ": no crash").doesNotContain("something went wrong");
            assertValidReply(reply.get(), context);
        }
    }

    @Test
    void the_plain_text_renderer_turns_any_reply_into_valid_text() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < 5000; i++) {
            Reply reply = hostileReply(random);
            String context = "seed " + (SEED + 1) + ", case " + i;

            String rendered = PlainTextRenderer.render(reply);

            assertValidText(rendered, context, 10_000_000);
            if (hasVisibleCharacter(reply)) assertThat(rendered).as(context).isNotBlank();
        }
    }

    static String hostileText(Random random) {
        return hostileText(random, 20);
    }

    /** @param hugeOneIn how rare a huge string is: one case in this many */
    static String hostileText(Random random, int hugeOneIn) {
        StringBuilder b = new StringBuilder(STARTS[random.nextInt(STARTS.length)]);
        if (random.nextInt(hugeOneIn) == 0) return b.append(PIECES[random.nextInt(PIECES.length)].repeat(1 + random.nextInt(20_000))).toString(); // huge
        int pieces = random.nextInt(12);
        for (int p = 0; p < pieces; p++) {
            if (random.nextInt(6) == 0) b.appendCodePoint(randomCodePoint(random));
            else b.append(PIECES[random.nextInt(PIECES.length)]);
            if (random.nextBoolean()) b.append(' ');
        }
        return b.toString();
    }

    /** Any code point, including the surrogate range, which Java strings can hold alone. */
    static int randomCodePoint(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> random.nextInt(0x20);
            case 1 -> random.nextInt(0x10000);
            case 2 -> 0xD800 + random.nextInt(0x800);
            default -> random.nextInt(0x110000);
        };
    }

    static Reply hostileReply(Random random) {
        List<Reply.Section> sections = new ArrayList<>();
        int n = random.nextInt(4);
        int citations = random.nextInt(3);
        for (int s = 0; s < n; s++) {
            List<Reply.Item> items = new ArrayList<>();
            for (int k = random.nextInt(4); k > 0; k--) {
                List<Integer> cites = citations == 0 ? List.of() : List.of(1 + random.nextInt(citations));
                items.add(new Reply.Item(random.nextBoolean() ? "" : hostileText(random, 400), hostileText(random, 400), cites));
            }
            sections.add(new Reply.Section(random.nextBoolean() ? "" : hostileText(random, 400), items));
        }
        List<Reply.Citation> cited = new ArrayList<>();
        for (int c = 1; c <= citations; c++) {
            cited.add(new Reply.Citation(c, c, hostileText(random, 400), hostileText(random, 400), random.nextBoolean() ? "2026-11-23" : "",
                    random.nextBoolean() ? "https://news.example/" + hostileText(random, 400) : ""));
        }
        Reply.Kind kind = Reply.Kind.values()[random.nextInt(Reply.Kind.values().length)];
        return new Reply(kind, random.nextInt(5) == 0 ? "" : hostileText(random, 400), sections, cited);
    }

    static void assertValidReply(Reply reply, String context) {
        assertThat(reply.plainText()).as(context).isNotBlank();
        assertValidText(reply.plainText(), context, 20_000);
        // The structured reply itself, which the Telegram and Slack adapters render on their own, must be well-formed too.
        List<String> parts = new ArrayList<>(List.of(reply.intro()));
        for (Reply.Section s : reply.sections()) {
            parts.add(s.heading());
            for (Reply.Item item : s.items()) {
                parts.add(item.speaker());
                parts.add(item.text());
            }
        }
        for (Reply.Citation c : reply.citations()) parts.addAll(List.of(c.title(), c.source(), c.date(), c.url()));
        for (String part : parts) assertWellFormed(part, context + " (part " + describe(part) + ")");
    }

    static void assertValidText(String text, String context, int maxChars) {
        assertWellFormed(text, context);
        assertThat(text.length()).as(context + ": reply length").isLessThanOrEqualTo(maxChars);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t') {
                throw new AssertionError(context + ": control character U+" + Integer.toHexString(c) + " at " + i + " in " + describe(text));
            }
        }
    }

    static void assertWellFormed(String text, String context) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new AssertionError(context + ": lone surrogate at " + i + " in " + describe(text));
            }
        }
    }

    static boolean hasVisibleCharacter(Reply reply) {
        StringBuilder all = new StringBuilder(reply.intro());
        reply.sections().forEach(s -> {
            all.append(s.heading());
            s.items().forEach(it -> all.append(it.speaker()).append(it.text()));
        });
        reply.citations().forEach(c -> all.append(c.title()));
        return all.codePoints().anyMatch(cp -> Character.isLetterOrDigit(cp) && !Character.isSurrogate((char) cp));
    }

    /** A short, printable description of a string for failure messages. */
    static String describe(String text) {
        StringBuilder b = new StringBuilder("\"");
        text.codePoints().limit(80).forEach(cp -> {
            if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || (cp >= 0xD800 && cp < 0xE000) || cp == 0x200F || cp == 0x202E || cp == 0x2066) {
                b.append(String.format("\\u%04X", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.append(text.length() > 80 ? "…\" (" + text.length() + " chars)" : "\"").toString();
    }
}
