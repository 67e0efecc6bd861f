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
    /** Changes whenever the rules change, so that statements stored from an older version are extracted again. */
    public static final String VERSION = "1";
    /** Between a statement and its continuation: the closing mark, perhaps the attribution, then a paragraph break. */
    private static final java.util.regex.Pattern CONTINUATION = java.util.regex.Pattern.compile("(?s)^\"?[^\"\\n]{0,250}\\n\\s*\"$");
    private final SentenceSplitter splitter;

    public AttributionExtractor(SentenceSplitter splitter) {
        this.splitter = splitter;
    }

    /** The attributions in an article's body, in text order, with offsets into it and contents as it has them. */
    public List<Attribution> extract(String raw) {
        // Work on straightened text; it keeps every offset, so contents are cut from the raw text at the end.
        String body = QuoteText.sameLength(raw);
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
        List<Attribution> found = new ArrayList<>();
        for (Attribution a : continued(body, out)) {
            // Quotes marked with doubled apostrophes are found like any other, but are not counted as direct quotes: the
            // PolNeAR scorer (docs/benchmarks.md) only takes double quotation marks for those.
            boolean direct = a.direct() && doubleMarkAround(raw, a.contentStart(), a.contentEnd());
            found.add(new Attribution(a.speaker(), a.cue(), raw.substring(a.contentStart(), a.contentEnd()), a.contentStart(), a.contentEnd(), direct));
        }
        return found;
    }

    /**
     * A quote that opens a paragraph with no attribution of its own goes on with the statement that ended the previous
     * paragraph ({@code "...," she said.} then {@code "..."}): one statement, as annotators mark it.
     */
    private static List<Attribution> continued(String body, List<Attribution> found) {
        List<Attribution> out = new ArrayList<>();
        for (Attribution b : found) {
            Attribution a = out.isEmpty() ? null : out.get(out.size() - 1);
            if (a != null && a.direct() && b.direct() && b.cue().isEmpty() && a.contentEnd() <= b.contentStart() && opensParagraph(body, b.contentStart())
                    && CONTINUATION.matcher(body.substring(a.contentEnd(), b.contentStart())).matches()) {
                out.set(out.size() - 1, new Attribution(a.speaker(), a.cue(), body.substring(a.contentStart(), b.contentEnd()), a.contentStart(),
                        b.contentEnd(), true));
            } else {
                out.add(b);
            }
        }
        return out;
    }

    private static boolean doubleMarkAround(String raw, int start, int end) {
        for (int i = Math.max(0, start - 1); i < Math.min(raw.length(), end + 1); i++) {
            if ("\"\u201C\u201D\u201E\u00AB\u00BB".indexOf(raw.charAt(i)) >= 0) return true;
        }
        return false;
    }

    private static boolean opensParagraph(String body, int contentStart) {
        int mark = contentStart - 1;
        if (mark < 0 || body.charAt(mark) != '"') return false;
        int i = mark - 1;
        while (i >= 0 && body.charAt(i) == ' ') i--;
        return i < 0 || body.charAt(i) == '\n';
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
