package io.newsbot.index;

import io.newsbot.index.Chunk.Sentence;
import java.util.ArrayList;
import java.util.List;

/** Stores a chunk's sentences in one stored field: "start:end:length" then the text, per sentence. */
public final class SentenceCodec {
    private SentenceCodec() {
    }

    public static String encode(List<Sentence> sentences) {
        StringBuilder sb = new StringBuilder();
        for (Sentence s : sentences) {
            sb.append(s.start()).append(':').append(s.end()).append(':').append(s.text().length()).append(':').append(s.text());
        }
        return sb.toString();
    }

    public static List<Sentence> decode(String encoded) {
        List<Sentence> out = new ArrayList<>();
        int i = 0;
        while (i < encoded.length()) {
            int a = encoded.indexOf(':', i);
            int b = encoded.indexOf(':', a + 1);
            int c = encoded.indexOf(':', b + 1);
            int start = Integer.parseInt(encoded.substring(i, a));
            int end = Integer.parseInt(encoded.substring(a + 1, b));
            int len = Integer.parseInt(encoded.substring(b + 1, c));
            out.add(new Sentence(encoded.substring(c + 1, c + 1 + len), start, end));
            i = c + 1 + len;
        }
        return out;
    }
}
