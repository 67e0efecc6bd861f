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

/** Topic answers lead with the sentence that holds the fact asked for, in whole sentences. */
class TopicAnswersTest {
    @TempDir
    static Path dataDir;
    static NewsbotCore core;

    @BeforeAll
    static void openCoreWithAStormReport() {
        core = TestCore.open(CoreSettings.defaults(dataDir).withSeedDemo(false), Clock.fixed(TestCore.NOW, ZoneOffset.UTC));
        String text = """
                Storm Lena hit the coast of Brittany on Monday night, bringing floods to the harbour town of Roscoff.

                The storm flooded the harbour, and rescue teams worked through the night in the flooded streets of the town.

                Firefighters said 42 people were rescued from the flooded houses by boat.

                The harbour of Roscoff has seen many storms, and people in the town say this one was among the worst they remember.""";
        core.ingestor().ingestDrafts(List.of(new ArticleDraft("test:storm", "https://example.com/storm", "Storm Lena floods Roscoff", "Example News",
                TestCore.NOW, text)), null, Ingestor.Progress.NONE);
    }

    @AfterAll
    static void close() {
        core.close();
    }

    @Test
    void leads_with_the_sentence_that_holds_the_number_asked_for() {
        Reply reply = TestCore.ask(core, "How many people were rescued from the flooded town after the storm?");

        assertThat(reply.kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(reply.sections().get(0).items().get(0).text()).contains("42 people were rescued");
    }

    @Test
    void leads_with_the_sentence_that_holds_the_name_asked_for() {
        Reply reply = TestCore.ask(core, "Which storm flooded the harbour town?");

        assertThat(reply.sections().get(0).items().get(0).text()).contains("Storm Lena");
    }
}
