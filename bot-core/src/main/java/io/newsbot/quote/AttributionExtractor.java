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
    public static final String VERSION = "4";
    /** Between a statement and its continuation: the closing mark, perhaps the attribution, then a paragraph break. */
    private static final java.util.regex.Pattern CONTINUATION = java.util.regex.Pattern.compile("(?s)^\"?[^\"\\n]{0,250}\\n\\s*\"$");
    /** How far past a statement its quotation mark's partner may stand ("a disaster. It will fail," he said). */
    private static final int PARTNER_REACH = 300;
    private final SentenceSplitter splitter;

    public AttributionExtractor(SentenceSplitter splitter) {
        this.splitter = splitter;
    }

    /** The attributions in an article's body, in text order, with offsets into it and contents as it has them. */
    public List<Attribution> extract(String raw) {
        // Work on straightened text; it keeps every offset, so contents are cut from the raw text at the end.
        String body = QuoteText.sameLength(raw);
        Sentences sentences = new Sentences(splitter.split(body));
        List<Attribution> out = new ArrayList<>();
        Speakers speakers = new Speakers(new ArticleNames(body));
        int paragraphStart = 0;
        while (paragraphStart < body.length()) {
            int paragraphEnd = body.indexOf("\n\n", paragraphStart);
            if (paragraphEnd < 0) paragraphEnd = body.length();
            out.addAll(paragraph(body, paragraphStart, paragraphEnd, sentences, speakers));
            paragraphStart = paragraphEnd + 2;
        }
        List<Attribution> found = new ArrayList<>();
        java.util.Set<Long> spans = new java.util.HashSet<>();
        for (Attribution a : continued(body, out)) {
            // Quotes marked with doubled apostrophes are found like any other, but are not counted as direct quotes: the
            // PolNeAR scorer (docs/benchmarks.md) only takes double quotation marks for those.
            int start = a.contentStart();
            int end = a.contentEnd();
            // A quotation mark left alone at either end of a statement (its partner outside it) would dangle in an answer.
            if (unbalanced(body, start, end)) {
                if (body.charAt(start) == '"') {
                    start++;
                } else if (body.charAt(end - 1) == '"') {
                    end--;
                } else {
                    // "the plan "a disaster. It will fail," he said: take in the partner right outside the statement.
                    // The partner is looked for in the same paragraph, a bounded way off, so the pass stays linear.
                    int after = end;
                    while (after < Math.min(body.length(), end + PARTNER_REACH) && body.charAt(after) != '"' && body.charAt(after) != '\n') after++;
                    int before = start - 1;
                    while (before >= Math.max(0, start - PARTNER_REACH) && body.charAt(before) != '"' && body.charAt(before) != '\n') before--;
                    if (after < body.length() && body.charAt(after) == '"') end = after + 1;
                    else if (before >= 0 && body.charAt(before) == '"') start = before;
                }
            }
            while (start < end && Character.isWhitespace(body.charAt(start))) start++;
            while (end > start && Character.isWhitespace(body.charAt(end - 1))) end--;
            if (end - start < 2 || !spans.add(((long) start << 32) | end)) continue;
            boolean direct = a.direct() && doubleMarkAround(raw, a.contentStart(), a.contentEnd());
            found.add(new Attribution(a.source(), a.cue(), raw.substring(start, end), start, end, direct, a.sourceStart(), a.sourceEnd()));
        }
        return FollowingQuotes.attributed(body, EnclosedQuotes.attributed(MostlyQuoted.promoted(raw, NestedStatements.outermost(found))));
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
                out.set(out.size() - 1, new Attribution(a.source(), a.cue(), body.substring(a.contentStart(), b.contentEnd()), a.contentStart(),
                        b.contentEnd(), true, a.sourceStart(), a.sourceEnd()));
            } else {
                out.add(b);
            }
        }
        return out;
    }

    private static boolean unbalanced(String body, int start, int end) {
        int marks = 0;
        for (int i = start; i < end; i++) if (body.charAt(i) == '"') marks++;
        return marks % 2 == 1;
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

    private static List<Attribution> paragraph(String body, int from, int to, Sentences sentences, Speakers speakers) {
        List<QuoteSpan> quotes = QuoteSpan.in(body, from, to);
        // The quotes' speakers are read after the reported speech, but "he added" in this paragraph may refer to them.
        for (SpeakerFinder.Phrase named : DirectQuotes.namedAfter(body, to, quotes)) speakers.resolve(named);
        // Reported speech first, sentence by sentence, so quotes inside such a sentence can take its speaker.
        List<Attribution> reported = new ArrayList<>();
        for (Sentence s : sentences.within(from, to)) {
            reported.addAll(ReportedSpeech.in(s, quotes, speakers));
        }
        // Quotes take their speaker from the widest statement around them: the first of each sentence, in text order.
        List<Attribution> outer = new ArrayList<>();
        for (Attribution a : reported) {
            if (outer.isEmpty() || a.contentStart() >= outer.get(outer.size() - 1).contentEnd()) outer.add(a);
        }
        List<Attribution> direct = new ArrayList<>(DirectQuotes.in(body, from, to, quotes, sentences, outer, speakers));
        direct.sort(Comparator.comparingInt(Attribution::contentStart));
        reported.sort(Comparator.comparingInt(Attribution::contentStart));
        return merge(reported, direct);
    }

    /** Direct quotes win over reported speech that covers the same text; both lists are in text order. */
    private static List<Attribution> merge(List<Attribution> reported, List<Attribution> direct) {
        List<Attribution> out = new ArrayList<>(direct);
        int d = 0;
        for (Attribution r : reported) {
            while (d < direct.size() && direct.get(d).contentStart() < r.contentStart() - 2) d++;
            boolean covered = false;
            for (int k = d; k < direct.size() && direct.get(k).contentStart() <= r.contentEnd() + 2 && !covered; k++) {
                Attribution q = direct.get(k);
                covered = q.contentEnd() <= r.contentEnd() + 2 && (q.contentEnd() - q.contentStart()) * 10 >= (r.contentEnd() - r.contentStart()) * 8;
            }
            if (!covered) out.add(r);
        }
        out.sort(Comparator.comparingInt(Attribution::contentStart));
        return out;
    }
}
