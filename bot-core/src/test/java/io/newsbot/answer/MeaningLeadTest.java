package io.newsbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.app.CoreSettings;
import io.newsbot.app.NewsbotCore;
import io.newsbot.app.StoreSettings;
import io.newsbot.article.ArticleDraft;
import io.newsbot.index.Embedder;
import io.newsbot.ingest.Ingestor;
import io.newsbot.platform.Reply;
import io.newsbot.testing.HashingEmbedder;
import io.newsbot.testing.TestCore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The core's topic answers weigh each sentence's closeness in meaning to the question, by the core's own embedder: the
 * sentence that answers leads though another holds more of the question's words.
 */
class MeaningLeadTest {
    private static final String ANSWER = "Fire chief Anne Morvan took boats through Roscoff for the rescue.";
    private static final String WORDY = "Mayor Paul Breton led the tributes to the rescue in Roscoff.";

    /**
     * Words hashed as usual, but the question and the answer share a direction of their own, and the wordy sentence lies
     * across it, as a model that reads meaning would place them.
     */
    private static final class MeaningEmbedder implements Embedder {
        private final HashingEmbedder words = new HashingEmbedder(64);

        @Override
        public String name() {
            return "meaning-test-embedder";
        }

        @Override
        public int dimension() {
            return 64;
        }

        @Override
        public List<float[]> embedPassages(List<String> texts) {
            List<float[]> out = new ArrayList<>();
            for (String t : texts) out.add(t.equals(ANSWER) ? axis(0) : t.equals(WORDY) ? axis(1) : words.embedPassages(List.of(t)).get(0));
            return out;
        }

        @Override
        public float[] embedQuery(String text) {
            return text.contains("rescue") ? axis(0) : words.embedQuery(text);
        }

        private static float[] axis(int i) {
            float[] v = new float[64];
            v[i] = 1;
            return v;
        }
    }

    @Test
    void leads_with_the_sentence_closest_in_meaning_when_another_holds_more_of_the_words(@TempDir Path dataDir) {
        CoreSettings settings = CoreSettings.defaults(dataDir).withSeedDemo(false);
        try (NewsbotCore core = NewsbotCore.open(settings, StoreSettings.EMBEDDED, Clock.fixed(TestCore.NOW, ZoneOffset.UTC), null,
                (model, executor) -> new MeaningEmbedder())) {
            core.ingestor().ingestDrafts(List.of(new ArticleDraft("test:storm", "https://example.com/storm", "Storm Lena hits Brittany",
                    "Example News", TestCore.NOW, "Storm Lena flooded the harbour of Roscoff on Monday night. " + WORDY + " " + ANSWER)),
                    null, Ingestor.Progress.NONE);

            Reply reply = TestCore.ask(core, "Who led the rescue in Roscoff?");

            assertThat(reply.sections().get(0).items().get(0).text()).isEqualTo(ANSWER);
        }
    }
}
