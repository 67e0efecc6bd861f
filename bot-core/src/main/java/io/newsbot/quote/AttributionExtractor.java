package io.newsbot.quote;

import io.newsbot.index.Chunk.Sentence;
import io.newsbot.index.SentenceSplitter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds who said what in an article: direct quotes ({@code "..." X said}, {@code X told Y: "..."}, {@code X cited
 * Y as saying}) and reported speech ({@code X said that ...}, {@code according to X, ...}), with pronoun speakers
 * resolved to the last named speaker. Rules over the text, no model: fast and predictable. Measured against
 * PolNeAR's annotations in the benchmark (docs/benchmarks.md, "Who said what").
 */
public final class AttributionExtractor {
    private final SentenceSplitter splitter;

    public AttributionExtractor(SentenceSplitter splitter) {
        this.splitter = splitter;
    }

    /** The attributions in an article's body, in text order, with offsets into it. */
    public List<Attribution> extract(String body) {
        List<Sentence> sentences = splitter.split(body);
        List<Attribution> out = new ArrayList<>();
        SpeakerMemory speakers = new SpeakerMemory();
        int paragraphStart = 0;
        while (paragraphStart < body.length()) {
            int paragraphEnd = body.indexOf("\n\n", paragraphStart);
            if (paragraphEnd < 0) paragraphEnd = body.length();
            out.addAll(paragraph(body, paragraphStart, paragraphEnd, sentences, speakers));
            paragraphStart = paragraphEnd + 2;
        }
        return out;
    }

    private static List<Attribution> paragraph(String body, int from, int to, List<Sentence> sentences, SpeakerMemory speakers) {
        List<QuoteSpan> quotes = QuoteSpan.in(body, from, to);
        // Reported speech first, sentence by sentence, so quotes inside such a sentence can take its speaker.
        List<Attribution> reported = new ArrayList<>();
        for (Sentence s : sentences) {
            if (s.start() < from || s.end() > to) continue;
            Attribution a = ReportedSpeech.in(s, quotes, speakers);
            if (a != null) reported.add(a);
        }
        return merge(reported, DirectQuotes.in(body, from, to, quotes, sentences, reported, speakers));
    }

    /** Direct quotes win over reported speech that covers the same text. */
    private static List<Attribution> merge(List<Attribution> reported, List<Attribution> direct) {
        List<Attribution> out = new ArrayList<>(direct);
        for (Attribution r : reported) {
            boolean covered = direct.stream().anyMatch(d -> d.contentStart() >= r.contentStart() - 2 && d.contentEnd() <= r.contentEnd() + 2
                    && (d.contentEnd() - d.contentStart()) * 10 >= (r.contentEnd() - r.contentStart()) * 8);
            if (!covered) out.add(r);
        }
        out.sort(Comparator.comparingInt(Attribution::contentStart));
        return out;
    }
}
