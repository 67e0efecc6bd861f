package io.newsbot.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newsbot.index.Embedder;
import io.newsbot.index.Terms;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A topic answer's sentences weighed by their closeness in meaning to the question: the sentence that answers leads even
 * when another shares more of the question's words.
 */
class SentenceMeaningTest {
    private static final String QUESTION = "Who led the rescue in Roscoff?";
    private static final String ANSWER = "The fire chief Anne Morvan took boats into the streets.";
    private static final String ECHO = "The rescue in Roscoff went on all night.";

    /** Vectors chosen by hand: the answer points the question's way, the echo across it. */
    private static final class PlacedEmbedder implements Embedder {
        final List<Integer> batches = new ArrayList<>();
        private final Map<String, float[]> vectors = Map.of(
                QUESTION, new float[] {1, 0},
                ANSWER, new float[] {0.9f, 0.4359f},
                ECHO, new float[] {0.2f, 0.9798f});

        @Override
        public String name() {
            return "placed";
        }

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public List<float[]> embedPassages(List<String> texts) {
            batches.add(texts.size());
            return texts.stream().map(vectors::get).toList();
        }

        @Override
        public float[] embedQuery(String text) {
            return vectors.get(text);
        }
    }

    @Test
    void gives_each_sentence_its_cosine_to_the_question_from_one_batch() {
        PlacedEmbedder embedder = new PlacedEmbedder();

        double[] cosines = new SentenceMeaning(embedder).cosines(QUESTION, List.of(ANSWER, ECHO));

        assertThat(cosines[0]).isCloseTo(0.9, within(1e-4));
        assertThat(cosines[1]).isCloseTo(0.2, within(1e-4));
        assertThat(embedder.batches).containsExactly(2);
    }

    @Test
    void a_sentence_close_in_meaning_outranks_one_sharing_more_words_when_meaning_counts() {
        double[] cosines = new SentenceMeaning(new PlacedEmbedder()).cosines(QUESTION, List.of(ANSWER, ECHO));
        Question question = new Question(QUESTION, QUESTION, "", null, Question.Intent.ABOUT);

        double[] withMeaning = scores(SentenceScorer.Weights.DEFAULT.withMeaning(1.0), question, cosines);
        double[] wordsOnly = scores(SentenceScorer.Weights.DEFAULT.withMeaning(0), question, cosines);

        assertThat(wordsOnly[1]).isGreaterThan(wordsOnly[0]);
        assertThat(withMeaning[0]).isGreaterThan(withMeaning[1]);
    }

    private static double[] scores(SentenceScorer.Weights weights, Question question, double[] cosines) {
        SentenceScorer scorer = new SentenceScorer(weights);
        List<String> texts = List.of(ANSWER, ECHO);
        SentenceScorer.Query q = scorer.weighted(scorer.query(question), texts.stream().map(Terms::of).toList(), texts);
        return new double[] {scorer.score(q, ANSWER, Terms.of(ANSWER), 1.0, 0, cosines[0]), scorer.score(q, ECHO, Terms.of(ECHO), 1.0, 0, cosines[1])};
    }
}
