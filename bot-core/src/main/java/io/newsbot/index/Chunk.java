package io.newsbot.index;

import java.util.List;
import java.util.Objects;

/**
 * A run of whole sentences of one article: the unit the index searches.
 *
 * @param articleId the article it belongs to
 * @param ordinal   its position in the article, from 0
 * @param sentences the sentences, with offsets into the article's body
 */
public record Chunk(long articleId, int ordinal, List<Sentence> sentences) {
    public Chunk {
        sentences = List.copyOf(Objects.requireNonNull(sentences, "sentences"));
        if (sentences.isEmpty()) throw new IllegalArgumentException("sentences must not be empty");
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Sentence s : sentences) {
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(s.text());
        }
        return sb.toString();
    }

    /**
     * One sentence and where it stands in the article's body.
     *
     * @param start offset of its first character in the body
     * @param end   offset after its last character
     */
    public record Sentence(String text, int start, int end) {
        public Sentence {
            Objects.requireNonNull(text, "text");
            if (start < 0 || end < start) throw new IllegalArgumentException("start and end must satisfy 0 <= start <= end");
        }
    }
}
