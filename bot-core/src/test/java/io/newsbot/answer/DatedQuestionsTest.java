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
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "This week" and "last week" read as people mean them: the last 7 days and the 7 before, a preference rather than a
 * cut, so a question is refused only when no article of any date covers it. The clock is a Monday morning.
 */
class DatedQuestionsTest {
    @TempDir
    static Path dataDir;
    static NewsbotCore core;

    @BeforeAll
    static void openCoreWithStormsOfSeveralDates() {
        core = NewsbotCore.open(CoreSettings.defaults(dataDir).withSeedDemo(false), Clock.fixed(TestCore.NOW, ZoneOffset.UTC));
        core.ingestor().ingestDrafts(List.of(
                storm("test:recent", "Storm Lena floods Roscoff", 3, "Storm Lena hit the harbour of Roscoff in Brittany on Friday night and"
                        + " flooded the streets of the town. Firefighters said 42 people were rescued from the flooded houses by boat."),
                storm("test:older", "Storm Karl floods Roscoff", 300, "Storm Karl hit the harbour of Roscoff in Brittany and flooded the"
                        + " streets of the town. Firefighters said 12 people were rescued from the flooded houses by boat."),
                storm("test:volcano", "Volcano erupts in Iceland", 10, "A volcano erupted on the Reykjanes peninsula of Iceland, and the"
                        + " fishing town of Grindavik was evacuated as lava flowed towards its houses and its harbour.")),
                null, Ingestor.Progress.NONE);
    }

    private static ArticleDraft storm(String id, String title, int daysAgo, String text) {
        return new ArticleDraft(id, "https://example.com/" + id.substring(5), title, "Example News", TestCore.NOW.minus(Duration.ofDays(daysAgo)),
                text + "\n\n" + text.replace("Firefighters said", "Rescue teams confirmed that"));
    }

    @AfterAll
    static void close() {
        core.close();
    }

    @Test
    void answers_this_week_from_the_last_seven_days_when_the_week_began_today() {
        Reply reply = TestCore.ask(core, "Which storm flooded the harbour of Roscoff this week?");

        assertThat(reply.kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(reply.sections().get(0).items().get(0).text()).contains("Storm Lena");
        assertThat(reply.citations()).extracting(Reply.Citation::title).containsExactly("Storm Lena floods Roscoff");
    }

    @Test
    void answers_last_week_from_seven_to_fourteen_days_back() {
        Reply reply = TestCore.ask(core, "Which town was evacuated last week?");

        assertThat(reply.kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(reply.citations()).extracting(Reply.Citation::title).first().isEqualTo("Volcano erupts in Iceland");
    }

    @Test
    void answers_from_older_articles_when_none_of_the_week_covers_the_question() {
        Reply reply = TestCore.ask(core, "Which town was evacuated as lava flowed towards it this week?");

        assertThat(reply.kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(reply.plainText()).contains("Grindavik");
    }
}
