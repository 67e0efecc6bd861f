package io.newsbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.app.CoreSettings;
import io.newsbot.app.NewsbotCore;
import io.newsbot.article.ArticleDraft;
import io.newsbot.ingest.Ingestor;
import io.newsbot.platform.Reply;
import io.newsbot.testing.TestCore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A topic answer leads with a sentence that answers: not one that asks the question itself (a news quiz), not a photo
 * caption, and, when a question gives context before it asks, one that holds the words of the asking part.
 */
class AnswerLeadTest {
    @TempDir
    static Path dataDir;
    static NewsbotCore core;

    @BeforeAll
    static void openCoreWithAQuizAndAReport() {
        core = NewsbotCore.open(CoreSettings.defaults(dataDir).withSeedDemo(false), Clock.fixed(TestCore.NOW, ZoneOffset.UTC));
        String quiz = """
                Which storm flooded the harbour town of Roscoff in Brittany this weekend?

                Hide Caption 3 of 9 Photos: The flooded harbour town of Roscoff in Brittany, seen from the lighthouse after the storm.

                Storm Lena hit Roscoff on Saturday night.

                Which bridge reopened in Brest after repairs? The old swing bridge over the Penfeld reopened on Friday.""";
        String report = """
                Storm Lena flooded the harbour town of Roscoff on Monday night, and water stood in the streets of the harbour town until noon.

                The rescue was led by the fire chief Anne Morvan, whose teams took boats into the streets.

                The harbour town of Roscoff has seen many storms, and the town says Storm Lena was among the worst it remembers.""";
        core.ingestor().ingestDrafts(List.of(
                new ArticleDraft("test:quiz", "https://example.com/quiz", "The week's news quiz", "Example News", TestCore.NOW, quiz),
                new ArticleDraft("test:report", "https://example.com/report", "Roscoff counts the cost", "Example News", TestCore.NOW, report)),
                null, Ingestor.Progress.NONE);
    }

    @AfterAll
    static void close() {
        core.close();
    }

    @Test
    void leads_with_the_answer_rather_than_a_quiz_asking_the_same_question() {
        Reply reply = TestCore.ask(core, "Which storm flooded the harbour town of Roscoff in Brittany?");

        String lead = reply.sections().get(0).items().get(0).text();
        assertThat(lead).doesNotEndWith("?").doesNotContain("Hide Caption").contains("Storm Lena");
    }

    @Test
    void leads_with_the_sentence_that_holds_the_words_of_the_asking_part() {
        Reply reply = TestCore.ask(core, "Storm Lena flooded the harbour town of Roscoff. Who led the rescue?");

        assertThat(reply.sections().get(0).items().get(0).text()).contains("Anne Morvan");
    }
}
