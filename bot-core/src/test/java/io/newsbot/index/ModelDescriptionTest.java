package io.newsbot.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ModelDescriptionTest {
    @Test
    void every_shipped_model_has_its_files_in_the_jar() {
        for (ModelDescription m : ModelDescription.SHIPPED) {
            assertThat(getClass().getClassLoader().getResource(m.modelResource())).as(m.modelResource()).isNotNull();
            assertThat(getClass().getClassLoader().getResource(m.tokenizerResource())).as(m.tokenizerResource()).isNotNull();
        }
    }

    @Test
    void every_shipped_model_has_cosines_calibrated_on_its_own_vectors() {
        for (ModelDescription m : ModelDescription.SHIPPED) assertThat(m.calibrated()).as(m.name()).isTrue();
    }

    @Test
    void a_model_is_found_by_its_name_and_the_default_comes_first() {
        assertThat(ModelDescription.named("bge-small-en-v1.5-q")).isSameAs(ModelDescription.BGE_SMALL_EN_V15_Q);
        assertThat(ModelDescription.names()).containsExactly("all-minilm-l6-v2-q", "bge-small-en-v1.5-q");
    }

    @Test
    void an_unknown_name_lists_the_shipped_ones() {
        assertThatThrownBy(() -> ModelDescription.named("gpt")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("embedding model must be one of [all-minilm-l6-v2-q, bge-small-en-v1.5-q], not 'gpt'");
    }

    @Test
    void a_description_names_the_field_it_refuses() {
        assertThatThrownBy(() -> new ModelDescription("m", 0, "", "", "m.onnx", "t.json", 0.5, 0.5, true)).hasMessageContaining("dimension");
        assertThatThrownBy(() -> new ModelDescription("m", 8, "", "", "m.onnx", "t.json", 1.5, 0.5, true)).hasMessageContaining("coverageCosine");
        assertThatThrownBy(() -> new ModelDescription("m", 8, "", "", "m.onnx", "t.json", 0.5, 0, true)).hasMessageContaining("topicCosine");
        assertThatThrownBy(() -> new ModelDescription(" ", 8, "", "", "m.onnx", "t.json", 0.5, 0.5, true)).hasMessageContaining("name");
    }

    @Test
    void only_bge_wants_an_instruction_in_front_of_questions() {
        assertThat(ModelDescription.ALL_MINILM_L6_V2_Q.queryPrefix()).isEmpty();
        assertThat(ModelDescription.BGE_SMALL_EN_V15_Q.queryPrefix()).startsWith("Represent this sentence");
    }
}
