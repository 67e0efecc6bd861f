package io.newsbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.app.CoreSettings;
import io.newsbot.app.NewsbotCore;
import io.newsbot.platform.Reply;
import io.newsbot.testing.TestCore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LlmAnswererTest {
    @TempDir
    static Path dataDir;
    static FakeOpenAiServer llm;
    static NewsbotCore core;

    @BeforeAll
    static void openCoreWithAFakeModel() throws Exception {
        llm = new FakeOpenAiServer();
        var model = LanguageModels.create("openai", llm.baseUrl(), "fake-model", "test-key", Duration.ofSeconds(2));
        core = NewsbotCore.open(CoreSettings.defaults(dataDir), io.newsbot.app.StoreSettings.EMBEDDED, Clock.fixed(TestCore.NOW, ZoneOffset.UTC), model);
    }

    @AfterAll
    static void close() {
        core.close();
        llm.close();
    }

    @Test
    void writes_the_answer_from_the_passages_and_keeps_only_real_citations() {
        llm.answer("Trump said Russia \"can help us with Syria\" [1]. Moscow blocked UN sanctions [1][9].\n\nNothing else [42].");
        Reply reply = TestCore.ask(core, "What was said about Syria?");
        assertThat(reply.kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(reply.plainText()).contains("can help us with Syria").contains("Moscow blocked UN sanctions")
                .doesNotContain("[9]").doesNotContain("[42]").doesNotContain("Nothing else");
        assertThat(reply.citations()).extracting(Reply.Citation::title).containsExactly("Trump may meet Putin");
        assertThat(reply.sections().get(0).items()).allSatisfy(i -> assertThat(i.citations()).isNotEmpty());
        String request = llm.requests.get(llm.requests.size() - 1);
        assertThat(request).contains("Syria").contains("[1] Trump may meet Putin").contains("ONLY the numbered passages");
    }

    @Test
    void drops_an_invented_sentence_that_cites_a_passage_that_does_not_exist() {
        llm.answerFrom(request -> firstSentenceOfPassage(request, 1) + " [1]. The moon is made of cheese [7].");
        Reply reply = TestCore.ask(core, "What was said about Syria?");
        assertThat(reply.kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(reply.plainText()).doesNotContain("moon").doesNotContain("cheese").contains(firstSentenceOfPassage(lastRequest(), 1));
    }

    @Test
    void drops_an_invented_sentence_that_cites_a_real_passage_which_does_not_support_it() {
        llm.answerFrom(request -> firstSentenceOfPassage(request, 1) + " [1]. " + firstSentenceOfPassage(request, 2)
                + " [2]. The moon is made of cheese, Lavrov told reporters in Paris [1].");
        Reply reply = TestCore.ask(core, "What was said about Syria?");
        assertThat(reply.plainText()).doesNotContain("cheese").contains(firstSentenceOfPassage(lastRequest(), 1))
                .contains(firstSentenceOfPassage(lastRequest(), 2));
        assertThat(reply.intro()).isEmpty();
    }

    @Test
    void gives_the_extractive_answer_when_fewer_than_half_of_the_sentences_are_supported() {
        llm.answerFrom(request -> firstSentenceOfPassage(request, 1) + " [1]. The moon is made of cheese [1]. Mars has two moons [2].");
        Reply reply = TestCore.ask(core, "What was said about Syria?");
        assertThat(reply.kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(reply.intro()).isEqualTo("Here is what the articles say about Syria:");
        assertThat(reply.plainText()).doesNotContain("moon");
    }

    @Test
    void falls_back_to_the_extractive_answer_when_the_model_errors() {
        llm.fail(500);
        Reply reply = TestCore.ask(core, "What was said about North Korea?");
        assertThat(reply.kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(reply.plainText()).contains("North Korea").doesNotContainIgnoringCase("error");
        llm.answer("");
    }

    @Test
    void answers_speaker_questions_from_the_statements_without_asking_the_model() {
        int before = llm.requests.size();
        Reply reply = TestCore.ask(core, "What did Lavrov say?");
        assertThat(reply.plainText()).contains("political infighting");
        assertThat(reply.sections().get(0).items().get(0).speaker()).isEqualTo("Sergei Lavrov");
        assertThat(llm.requests).hasSize(before);
    }

    private static String lastRequest() {
        return llm.requests.get(llm.requests.size() - 1);
    }

    /** The first sentence of passage n as the prompt (a JSON request body) gives it. */
    private static String firstSentenceOfPassage(String requestJson, int n) {
        try {
            String prompt = new com.fasterxml.jackson.databind.ObjectMapper().readTree(requestJson).path("messages").get(1).path("content").asText();
            String passage = prompt.substring(prompt.indexOf("[" + n + "] "));
            passage = passage.substring(passage.indexOf('\n') + 1);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^.+?[a-z]{2}[.!?](?=\\s+[A-Z]|$)").matcher(passage);
            return m.find() ? m.group().replaceAll("[.!?]$", "") : passage.substring(0, 60);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void falls_back_to_the_extractive_answer_when_the_model_times_out() {
        llm.hang();
        Reply reply = TestCore.ask(core, "What was said about Iran?");
        assertThat(reply.kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(reply.plainText()).contains("Iran nuclear deal");
        llm.answer("");
    }

    @Test
    void an_answer_citing_no_passage_is_not_shown() {
        llm.answer("Paris will be sunny tomorrow.");
        Reply reply = TestCore.ask(core, "What was said about North Korea?");
        assertThat(reply.plainText()).doesNotContain("sunny").contains("North Korea");
        assertThat(reply.citations()).isNotEmpty();
    }

    @Test
    void says_not_covered_without_asking_the_model_when_retrieval_finds_nothing() {
        int before = llm.requests.size();
        Reply reply = TestCore.ask(core, "What is the weather in Paris?");
        assertThat(reply.kind()).isEqualTo(Reply.Kind.NOT_COVERED);
        assertThat(llm.requests).hasSize(before);
    }
}
