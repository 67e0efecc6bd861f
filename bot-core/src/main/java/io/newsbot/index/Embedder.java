package io.newsbot.index;

import java.util.List;

/** Turns text into unit-length vectors for semantic search. */
public interface Embedder {
    /** The model's name, recorded in the index so a change of model is noticed. */
    String name();

    /** The length of its vectors, known without loading the model. */
    int dimension();

    /** Loads the model now, if it loads lazily, so that the first question does not wait for it. */
    default void load() {
    }

    /** Embeds a passage to be searched. */
    List<float[]> embedPassages(List<String> texts);

    /** Embeds a question (some models want an instruction in front of queries). */
    float[] embedQuery(String text);
}
