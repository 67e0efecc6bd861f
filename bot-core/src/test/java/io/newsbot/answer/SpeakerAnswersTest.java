package io.newsbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.app.CoreSettings;
import io.newsbot.app.NewsbotCore;
import io.newsbot.article.ArticleDraft;
import io.newsbot.index.SearchQuery;
import io.newsbot.ingest.Ingestor;
import io.newsbot.platform.Reply;
import io.newsbot.testing.TestCore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "What did X say?" answered from the statement store, on a small corpus made for it. */
class SpeakerAnswersTest {
    @TempDir
    static Path dataDir;
    static NewsbotCore core;
    static Answerer answerer;

    @BeforeAll
    static void openCoreWithArticlesThatQuotePeople() {
        core = TestCore.open(CoreSettings.defaults(dataDir).withSeedDemo(false), Clock.fixed(TestCore.NOW, ZoneOffset.UTC));
        List<ArticleDraft> drafts = new ArrayList<>();
        drafts.add(draft("summit", "Trump meets reporters", 1, """
                Donald Trump met reporters at the White House on Monday before the summit.

                "We will talk about Syria and a ceasefire there," Trump said. Trump said North Korea must give up its nuclear weapons.

                "Ukraine is a problem for Europe to solve," he added. The White House said the meeting would last an hour.

                Jack White, a senator from Ohio, said he doubted the summit would achieve anything."""));
        drafts.add(draft("clintons", "The Clintons in Ohio", 2, """
                Hillary Clinton spoke to supporters in Columbus, Ohio, on Saturday evening.

                "We are stronger together, and we will win this state," Clinton said to loud applause.

                Bill Clinton told the crowd that his wife was the most qualified candidate in history. "She is ready on day one," Bill Clinton said."""));
        drafts.add(draft("visit", "A visit to Paris", 3, """
                Angela Merkel will visit Paris next week to discuss the budget of the European Union with French leaders.
                Officials in Berlin said the trip had been planned for months and would take two days."""));
        StringBuilder speech = new StringBuilder("Donald Trump gave a long speech in Iowa on Tuesday night.\n\n");
        for (int i = 1; i <= 24; i++) {
            speech.append("\"This is point number ").append(i).append(" of my plan, and it is a very good point about farms, jobs, roads and the "
                    + "taxes that people in Iowa pay every single year,\" Trump said.\n\n");
        }
        drafts.add(draft("speech", "Trump's Iowa speech", 4, speech.toString()));
        drafts.add(draft("runon", "A very long statement", 5, "Ted Cruz spoke for an hour. Cruz said that " + "the plan and the budget and the law ".repeat(250)
                + "would all fail."));
        drafts.add(draft("plant", "Barra visits the Detroit plant", 6, """
                Mary Barra toured the Detroit plant on Thursday with workers and union leaders.

                "Every car we build here will be electric by the end of the decade," Barra said.

                "We owe that to the workers who have stayed with us through every downturn," she said.

                Later, Tom Udall, a senator, met the workers. He said that the union contract would protect the jobs."""));
        drafts.add(draft("race", "Grayson's Senate race", 7, """
                Rep. Alan Grayson is running for the Senate in Florida.

                The source said Grayson demanded to know which rival campaign leaked the information about the trip.

                "I will win this race," Grayson said on Monday."""));
        core.ingestor().ingestDrafts(drafts, null, Ingestor.Progress.NONE);
        answerer = new ExtractiveAnswerer(core.retriever(), core.articles(), core.statements(), core.topics(), new SentenceScorer(SentenceScorer.Weights.DEFAULT));
    }

    @AfterAll
    static void close() {
        core.close();
    }

    private static ArticleDraft draft(String id, String title, int day, String text) {
        return new ArticleDraft("test:" + id, "https://example.com/" + id, title, "Example News", Instant.parse("2026-11-1" + day + "T08:00:00Z"), text);
    }

    private static Reply ask(String speaker, String topic) {
        return answerer.answer(new Question("What did " + speaker + " say?", topic, speaker, SearchQuery.Filter.NONE, Question.Intent.SPEAKER), null);
    }

    private static List<Reply.Item> items(Reply reply) {
        return reply.sections().stream().flatMap(s -> s.items().stream()).toList();
    }

    @Test
    void answers_a_speaker_and_topic_with_only_that_persons_statements_on_the_topic() {
        Reply reply = ask("Trump", "Syria");

        assertThat(reply.kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(items(reply)).isNotEmpty().allSatisfy(i -> {
            assertThat(i.speaker()).isEqualTo("Donald Trump");
            assertThat(i.text()).contains("Syria");
            assertThat(i.citations()).isNotEmpty();
        });
        assertThat(reply.plainText()).doesNotContain("North Korea").doesNotContain("Ukraine");
    }

    @Test
    void says_plainly_when_the_person_said_nothing_on_the_topic_and_offers_a_few_other_statements() {
        Reply reply = ask("Trump", "Iran");

        assertThat(reply.intro()).isEqualTo("The articles don't quote Donald Trump on Iran. Other things Donald Trump said:");
        assertThat(items(reply)).hasSizeBetween(1, 3).allSatisfy(i -> assertThat(i.speaker()).isEqualTo("Donald Trump"));
    }

    @Test
    void a_name_is_matched_as_a_person_not_as_a_word_of_an_organisation() {
        Reply reply = ask("White", "");

        assertThat(items(reply)).singleElement().satisfies(i -> {
            assertThat(i.speaker()).isEqualTo("Jack White");
            assertThat(i.text()).contains("doubted the summit");
        });
        assertThat(reply.plainText()).doesNotContain("last an hour");
    }

    @Test
    void an_ambiguous_last_name_lists_each_person_by_full_name() {
        Reply reply = ask("Clinton", "");

        assertThat(reply.intro()).contains("Hillary Clinton").contains("Bill Clinton");
        assertThat(items(reply)).extracting(Reply.Item::speaker).contains("Hillary Clinton", "Bill Clinton").allMatch(s -> s.contains(" Clinton"));
        assertThat(reply.plainText()).contains("stronger together").contains("ready on day one");
    }

    @Test
    void someone_the_articles_name_but_never_quote_is_said_so_with_where_they_are_named() {
        Reply reply = ask("Merkel", "");

        assertThat(reply.kind()).isEqualTo(Reply.Kind.NOT_COVERED);
        assertThat(reply.intro()).isEqualTo("The articles don't quote Merkel, but they mention them:");
        assertThat(items(reply)).singleElement().satisfies(i -> assertThat(i.text()).contains("Angela Merkel will visit Paris"));
    }

    @Test
    void someone_the_articles_never_name_is_said_so_plainly() {
        Reply reply = ask("Macron", "");

        assertThat(reply.kind()).isEqualTo(Reply.Kind.NOT_COVERED);
        assertThat(reply.plainText()).isEqualTo("The articles I have don't quote Macron or mention them.");
    }

    @Test
    void a_name_typed_in_lower_case_is_read_as_a_speaker_when_the_articles_quote_them() {
        Reply reply = TestCore.ask(core, "cruz on the budget");

        assertThat(items(reply)).isNotEmpty().allSatisfy(i -> assertThat(i.speaker()).isEqualTo("Ted Cruz"));
    }

    @Test
    void a_long_name_the_articles_never_name_is_echoed_only_as_a_short_excerpt() {
        String name = "Macron " + "de la Something ".repeat(20);
        Reply reply = ask(name, "");

        assertThat(reply.kind()).isEqualTo(Reply.Kind.NOT_COVERED);
        assertThat(reply.plainText()).doesNotContain(name.strip()).hasSizeLessThan(120);
    }

    @Test
    void a_speaker_described_by_a_role_alone_is_looked_for_in_the_passages() {
        Reply reply = answerer.answer(new Question("What did the senator say about the summit?", "summit", "senator", SearchQuery.Filter.NONE,
                Question.Intent.SPEAKER), null);

        assertThat(reply.kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(reply.plainText()).contains("doubted the summit");
    }

    @Test
    void more_gives_the_next_statements_and_never_one_twice() {
        Question first = new Question("What did Trump say?", "", "Trump", SearchQuery.Filter.NONE, Question.Intent.SPEAKER);
        Question more = new Question("more", "", "Trump", SearchQuery.Filter.NONE, Question.Intent.SPEAKER, true);
        List<String> seen = new ArrayList<>();
        Reply reply = answerer.answer(first, null);
        int pages = 0;
        while (reply.kind() == Reply.Kind.ANSWER && pages++ < 10) {
            assertThat(ReplySize.of(reply)).isLessThanOrEqualTo(ReplySize.ONE_MESSAGE);
            for (Reply.Item i : items(reply)) {
                assertThat(seen).doesNotContain(i.text());
                seen.add(i.text());
            }
            reply = answerer.answer(more, reply);
        }

        assertThat(pages).isGreaterThan(1);
        assertThat(seen).hasSize(core.statements().byName("trump").size());
        assertThat(reply.plainText()).isEqualTo("That is all the articles quote. Ask about another person or topic.");
    }

    @Test
    void statements_that_name_the_speaker_come_first_and_those_given_as_she_said_after_more() {
        Reply first = ask("Barra", "");

        assertThat(items(first)).singleElement().satisfies(i -> {
            assertThat(i.speaker()).isEqualTo("Mary Barra");
            assertThat(i.text()).contains("Barra said");
        });
        assertThat(first.intro()).isEqualTo("What Mary Barra said, according to the articles (1 more credited from context: ask \"more\"):");

        Reply more = answerer.answer(new Question("more", "", "Barra", SearchQuery.Filter.NONE, Question.Intent.SPEAKER, true), first);

        assertThat(more.intro()).startsWith("Credited to Mary Barra from context (the article says \"he\" or \"she\"");
        assertThat(items(more)).singleElement().satisfies(i -> {
            assertThat(i.speaker()).isEqualTo("Mary Barra");
            assertThat(i.text()).contains("she said");
        });
    }

    @Test
    void what_another_speaker_reports_someone_said_comes_after_more_as_second_hand() {
        Reply first = ask("Grayson", "");

        assertThat(items(first)).singleElement().satisfies(i -> assertThat(i.text()).contains("I will win"));
        assertThat(first.intro()).contains("1 more credited from context");

        Reply more = answerer.answer(new Question("more", "", "Grayson", SearchQuery.Filter.NONE, Question.Intent.SPEAKER, true), first);

        assertThat(more.intro()).contains("or gives someone else's account of it");
        assertThat(items(more)).singleElement().satisfies(i -> {
            assertThat(i.speaker()).isEqualTo("Alan Grayson");
            assertThat(i.text()).contains("demanded to know");
        });
    }

    @Test
    void a_person_quoted_only_from_context_on_another_topic_is_said_not_to_be_quoted_on_it() {
        Reply reply = ask("Udall", "Syria");

        assertThat(reply.intro()).startsWith("The articles don't quote Tom Udall on Syria. Credited to Tom Udall from context");
        assertThat(items(reply)).singleElement().satisfies(i -> assertThat(i.text()).contains("union contract"));
    }

    @Test
    void a_person_the_articles_quote_only_as_he_said_is_answered_at_once_and_told_so() {
        Reply reply = ask("Udall", "");

        assertThat(reply.kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(reply.intro()).startsWith("Credited to Tom Udall from context");
        assertThat(items(reply)).singleElement().satisfies(i -> {
            assertThat(i.speaker()).isEqualTo("Tom Udall");
            assertThat(i.text()).contains("union contract");
        });
    }

    @Test
    void a_run_on_statement_is_clipped_and_the_answer_fits_one_message() {
        Reply reply = ask("Cruz", "");

        assertThat(ReplySize.of(reply)).isLessThanOrEqualTo(ReplySize.ONE_MESSAGE);
        assertThat(items(reply)).anySatisfy(i -> assertThat(i.text()).endsWith("\u2026").hasSizeLessThanOrEqualTo(600));
    }
}
