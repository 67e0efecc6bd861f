package io.newsbot.index;

import dev.langchain4j.data.document.splitter.DocumentBySentenceSplitter;
import io.newsbot.index.Chunk.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentences with their offsets, paragraph by paragraph, with LangChain4j's sentence
 * splitter (a bundled OpenNLP model). Thread-safe: one OpenNLP detector per thread.
 */
public final class SentenceSplitter {
    private final ThreadLocal<DocumentBySentenceSplitter> splitter =
            ThreadLocal.withInitial(() -> new DocumentBySentenceSplitter(Integer.MAX_VALUE, 0));

    public List<Sentence> split(String body) {
        List<Sentence> out = new ArrayList<>();
        int paragraphStart = 0;
        while (paragraphStart < body.length()) {
            int paragraphEnd = body.indexOf("\n\n", paragraphStart);
            if (paragraphEnd < 0) paragraphEnd = body.length();
            String paragraph = body.substring(paragraphStart, paragraphEnd);
            if (!paragraph.isBlank()) addSentences(paragraph, paragraphStart, out);
            paragraphStart = paragraphEnd + 2;
        }
        return out;
    }

    private void addSentences(String paragraph, int base, List<Sentence> out) {
        int cursor = 0;
        for (String raw : splitter.get().split(paragraph)) {
            String s = raw.strip();
            if (s.isEmpty()) continue;
            int at = paragraph.indexOf(s, cursor);
            if (at < 0) continue;
            out.add(new Sentence(s, base + at, base + at + s.length()));
            cursor = at + s.length();
        }
    }
}
