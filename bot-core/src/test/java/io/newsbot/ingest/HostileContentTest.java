package io.newsbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.app.CoreSettings;
import io.newsbot.app.NewsbotCore;
import io.newsbot.article.Article;
import io.newsbot.article.ArticleDraft;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.Reply;
import io.newsbot.testing.TestCore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The short version of the hostile-content benchmark (bench/run --only hostile has the timings): each hostile article
 * is taken in within the limits, or refused with one sentence, and a question about it gets an answer or a refusal,
 * never an error. No timing here: the limits are what bound the work, and those are checked.
 */
class HostileContentTest {
    static final ContentLimits LIMITS = new ContentLimits(20_000, 40, 64, 1 << 20);
    static Path dir;
    static NewsbotCore core;

    @BeforeAll
    static void open(@org.junit.jupiter.api.io.TempDir Path tmp) {
        dir = tmp;
        core = TestCore.open(CoreSettings.defaults(dir.resolve("data")).withSeedDemo(false).withLimits(LIMITS),
                Clock.fixed(TestCore.NOW, ZoneOffset.UTC));
    }

    @AfterAll
    static void close() {
        core.close();
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> hostile() {
        StringBuilder categories = new StringBuilder();
        for (int cp = 0; cp < 0x30000 && categories.length() < 60_000; cp += 7) {
            categories.appendCodePoint(cp);
            if (cp % 8 == 0) categories.append(' ');
        }
        String quotes = "\"We will win,\" the mayor said. She called it \"a \"deal\" of sorts\". \"Nobody answered. ".repeat(700);
        return Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("one huge paragraph", "The mayor said the plan would work. ".repeat(3000)),
                org.junit.jupiter.params.provider.Arguments.of("100k tiny paragraphs", "Yes.\n".repeat(100_000)),
                org.junit.jupiter.params.provider.Arguments.of("10k quotation marks", quotes),
                org.junit.jupiter.params.provider.Arguments.of("one 100k-word sentence", "word ".repeat(100_000)),
                org.junit.jupiter.params.provider.Arguments.of("1 MB of one word", "a".repeat(1 << 20)),
                org.junit.jupiter.params.provider.Arguments.of("mixed scripts", "The talks went on. Переговоры продолжались. استمرت المحادثات. 会谈仍在继续。 ".repeat(400)),
                org.junit.jupiter.params.provider.Arguments.of("every Unicode category, lone surrogates included", categories.toString()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void a_hostile_article_is_kept_within_the_limits_and_a_question_about_it_gets_a_reply(String name, String text) {
        // Given a hostile article
        ArticleDraft draft = new ArticleDraft("test:hostile/" + name, "", "Hostile: " + name, "test", null, text);

        // When it is ingested
        IngestReport report = core.ingestor().ingestDrafts(List.of(draft), null, Ingestor.Progress.NONE);

        // Then it is stored within the limits, or refused with one sentence
        if (report.added() == 1) {
            Article stored = core.articles().latest(50).stream().filter(a -> a.locator().equals(draft.locator())).findFirst().orElseThrow();
            assertThat(stored.body().length()).isLessThanOrEqualTo(LIMITS.maxArticleChars());
            if (text.length() > LIMITS.maxArticleChars()) assertThat(report.notes()).anySatisfy(n -> assertThat(n).contains("kept the first"));
        } else {
            assertThat(report.failures()).singleElement().asString().doesNotContain("\n").doesNotContain("Exception");
        }
        assertThat(core.index().chunkCount()).isLessThanOrEqualTo((long) LIMITS.maxChunks() * core.articles().count());

        // And a question about it gets an answer or says it is not covered, never an error
        Reply reply = core.bot().handle(TestCore.from("test", "reader", "reader", ChatType.PRIVATE, "What did the mayor say about " + name + "?"))
                .orElseThrow();
        assertThat(reply.kind()).isIn(Reply.Kind.ANSWER, Reply.Kind.NOT_COVERED, Reply.Kind.INFO);
    }
}
