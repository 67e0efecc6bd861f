package io.newsbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.app.NewsbotCore;
import io.newsbot.article.ArticleDraft;
import io.newsbot.ingest.Ingestor;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.InboundMessage;
import io.newsbot.platform.Reply;
import io.newsbot.platform.Sender;
import io.newsbot.testing.TestCore;
import io.newsbot.testing.TestDigests;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Questions asked in reply to a digest, through the real core with the demo articles. */
class DigestThreadQuestionsTest {
    static final String TOP = TestDigests.TOP;
    static final String SECOND = TestDigests.SECOND;
    @TempDir
    static Path dir;
    static NewsbotCore core;
    static final ChatRef CHAT = new ChatRef("telegram", "42", ChatType.PRIVATE);
    static long trump;
    static long summit;
    static long banners;

    @BeforeAll
    static void given_a_digest_of_two_of_the_three_articles_sent_as_message_m1() {
        core = TestCore.open(dir);
        core.ingestor().ingestDrafts(List.of(new ArticleDraft("test:banners", "https://example.com/banners", "Banners stay up in Ruritania",
                "Example Wire", Instant.parse("2026-11-22T08:00:00Z"),
                "The spokesman of the Ruritania festival council said the banners would stay up until the festival ends next week. "
                        + "Shopkeepers in the capital said the banners brought more visitors than any festival before.")),
                null, Ingestor.Progress.NONE);
        // Articles that outrank the digest's second one on the annexation of Crimea, which it mentions only once.
        List<ArticleDraft> crimea = new java.util.ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            crimea.add(new ArticleDraft("test:crimea" + i, "https://example.com/crimea" + i, "The annexation of Crimea, part " + i,
                    "Example Wire", Instant.parse("2026-11-21T08:00:00Z"),
                    "Historians in Sevastopol, lecture " + i + ", went over the annexation of Crimea once more. "
                            + "The annexation of Crimea reshaped the Black Sea coast, the lecturers said of the annexation of Crimea."));
        }
        core.ingestor().ingestDrafts(crimea, null, Ingestor.Progress.NONE);
        trump = TestDigests.id(core, "Trump may meet Putin");
        summit = TestDigests.id(core, TestDigests.SECOND_TITLE);
        banners = TestDigests.id(core, "Banners stay up in Ruritania");
        core.digestThreads().sent(CHAT, "m1", TestDigests.demo(core), TestCore.NOW);
    }

    @AfterAll
    static void close() {
        core.close();
    }

    static Reply ask(String text, String repliesTo) {
        return core.bot().handle(new InboundMessage(CHAT, new Sender("telegram", "42", "Ann"), text, null, TestCore.NOW, repliesTo)).orElseThrow();
    }

    static List<Long> cited(Reply reply) {
        return reply.citations().stream().map(Reply.Citation::articleId).toList();
    }

    @Test
    void a_question_replying_to_a_digest_is_answered_from_its_stories_and_says_so() {
        Reply reply = ask("What was said about Syria?", "m1");

        assertThat(reply.kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(reply.intro()).startsWith("From today's digest:");
        assertThat(cited(reply)).isNotEmpty().allMatch(id -> id == trump || id == summit);
        assertThat(reply.answerId()).as("rated like any answer").isNotNull();
    }

    @Test
    void more_on_the_second_one_is_about_the_digests_second_story_and_leaves_out_what_it_said() {
        Reply reply = ask("more on the second one", "m1");

        assertThat(reply.intro()).startsWith("From today's digest, on Focus at Four: What we know about the upcoming Trump-Putin summit:");
        assertThat(cited(reply)).containsOnly(summit);
        assertThat(reply.plainText()).doesNotContain(SECOND);
    }

    @Test
    void who_said_that_names_who_is_quoted_in_the_digest() {
        Reply reply = ask("who said that?", "m1");

        assertThat(reply.plainText()).startsWith("From today's digest, who said it:").contains("Donald Trump: " + TOP);
    }

    @Test
    void a_question_the_digest_does_not_cover_is_answered_from_all_the_articles_and_says_that() {
        Reply reply = ask("What did the spokesman say about the banners in Ruritania?", "m1");

        assertThat(reply.intro()).startsWith("Today's digest does not cover that; from all the articles I have:");
        assertThat(cited(reply)).contains(banners);
    }

    @Test
    void a_digest_article_the_whole_archive_outranks_is_still_answered_from_the_digest() {
        // given: asked outside the thread, the annexation of Crimea is answered from the other articles alone
        assertThat(cited(ask("What was said about the annexation of Crimea?", null))).isNotEmpty().doesNotContain(summit);

        // when
        Reply reply = ask("What was said about the annexation of Crimea?", "m1");

        // then
        assertThat(reply.intro()).startsWith("From today's digest:");
        assertThat(cited(reply)).containsOnly(summit);
        assertThat(reply.plainText()).contains("annexation of Crimea");
    }

    @Test
    void a_story_the_digest_does_not_have_is_said_so() {
        assertThat(ask("tell me about the third story", "m1").plainText()).isEqualTo("Today's digest has 2 stories.");
    }

    @Test
    void a_question_replying_to_anything_else_is_answered_as_usual() {
        assertThat(ask("What was said about Syria?", "m2").intro()).doesNotContain("digest");
        assertThat(ask("What was said about Syria?", null).intro()).doesNotContain("digest");
    }
}
