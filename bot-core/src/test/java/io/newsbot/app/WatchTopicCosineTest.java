package io.newsbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.index.ModelDescription;
import io.newsbot.testing.TestCore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A topic watch matches by meaning at the cosine calibrated for the embedding model the core runs on, not one model's value for all. */
class WatchTopicCosineTest {
    @TempDir
    Path dir;

    static java.util.List<String> models() {
        return ModelDescription.names();
    }

    @ParameterizedTest
    @MethodSource("models")
    void topic_watches_use_the_cosine_calibrated_for_the_configured_model(String model) {
        // Given settings that name the model
        CoreSettings d = CoreSettings.defaults(dir.resolve(model)).withSeedDemo(false);
        CoreSettings settings = new CoreSettings(d.dataDir(), model, d.chunkWords(), d.coverage(), d.fusion(), d.zone(), d.maxQuestionChars(),
                d.userPerMinute(), d.chatPerMinute(), d.admins(), d.fetch(), d.seedDemo(), d.limits());
        // When the core opens
        try (NewsbotCore core = TestCore.open(settings, Clock.fixed(TestCore.NOW, ZoneOffset.UTC))) {
            // Then its watches take that model's topic cosine
            assertThat(core.watchSettings().topicThreshold()).isEqualTo(ModelDescription.named(model).topicCosine());
        }
    }
}
