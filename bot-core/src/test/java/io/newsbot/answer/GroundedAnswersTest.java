package io.newsbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.app.NewsbotCore;
import io.newsbot.platform.Reply;
import io.newsbot.testing.TestCore;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroundedAnswersTest {
    @TempDir
    static Path dataDir;
    static NewsbotCore core;

    @BeforeAll
    static void openCoreWithDemoArticles() {
        core = TestCore.open(dataDir);
    }

    @AfterAll
    static void close() {
        core.close();
    }

    @Test
    void quotes_the_syria_passage_and_cites_its_article() {
        Reply reply = TestCore.ask(core, "What was said about Syria?");
        System.out.println(reply.plainText());
        assertThat(reply.kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(reply.plainText()).contains("They can help us with Syria");
        assertThat(reply.citations()).extracting(Reply.Citation::title).contains("Trump may meet Putin");
    }

    @Test
    void says_the_articles_do_not_cover_the_weather() {
        Reply reply = TestCore.ask(core, "What is the weather in Paris?");
        System.out.println(reply.plainText());
        assertThat(reply.kind()).isEqualTo(Reply.Kind.NOT_COVERED);
        assertThat(reply.plainText()).contains("don't cover");
        assertThat(reply.citations()).isEmpty();
    }

    @Test
    void leads_with_what_lavrov_said() {
        Reply reply = TestCore.ask(core, "What did Lavrov say?");
        System.out.println(reply.plainText());
        assertThat(reply.kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(reply.sections().get(0).items().get(0).speaker()).contains("Lavrov");
        assertThat(reply.plainText()).contains("political infighting");
    }

    @Test
    void answers_what_sarah_sanders_said_about_a_meeting() {
        Reply reply = TestCore.ask(core, "What did Sarah Sanders say about a meeting?");
        System.out.println(reply.plainText());
        assertThat(reply.plainText()).contains("there was never a meeting confirmed");
        assertThat(reply.sections().get(0).items().get(0).speaker()).contains("Sanders");
    }

    @Test
    void answers_north_korea_ukraine_and_iran() {
        for (String topic : new String[] {"North Korea", "Ukraine", "Iran"}) {
            Reply reply = TestCore.ask(core, "What's new on " + topic + "?");
            System.out.println(reply.plainText());
            assertThat(reply.kind()).as(topic).isEqualTo(Reply.Kind.ANSWER);
            assertThat(reply.plainText()).as(topic).contains(topic.split(" ")[0]);
        }
    }

    @Test
    void follows_up_on_the_previous_question_in_the_same_conversation() {
        TestCore.ask(core, "What was said about Syria?");
        Reply next = TestCore.ask(core, "and what about Ukraine?");
        assertThat(next.kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(next.plainText()).contains("Ukraine");
        Reply who = TestCore.ask(core, "who said that?");
        assertThat(who.sections().get(0).items()).extracting(Reply.Item::speaker).anyMatch(s -> s.contains("Trump"));
    }

    @Test
    void a_date_filter_that_excludes_every_article_is_not_covered() {
        Reply reply = TestCore.ask(core, "What was said about Syria yesterday?");
        assertThat(reply.kind()).isEqualTo(Reply.Kind.NOT_COVERED);
    }
}
