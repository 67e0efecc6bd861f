package io.newsbot.bench;

import io.newsbot.index.SentenceSplitter;
import io.newsbot.quote.AttributionExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Whether finding who said what, and splitting sentences, stay linear in an article's size: each shape of text is
 * generated at a base size and at twenty times it, and the time of one extraction (and of one split) at both sizes is
 * compared. Linear work gives a ratio near 20; work quadratic in paragraphs, quotes or sentence length gives hundreds.
 * The shapes are the ones that broke the extractor or could: many one-line paragraphs, one huge paragraph, thousands
 * of quotation marks, one endless sentence, one word over and over.
 */
final class AttributionScaling {
    static final int FACTOR = 20;

    /** One shape's timings at the base size and at {@link #FACTOR} times it. */
    record Result(String shape, int baseChars, double extractBase, double extractLarge, double splitBase, double splitLarge) {
        double extractRatio() {
            return extractLarge / extractBase;
        }

        double splitRatio() {
            return splitLarge / splitBase;
        }
    }

    static List<Result> run(String normalText, int baseChars) {
        List<Result> out = new ArrayList<>();
        out.add(measure("news articles (PolNeAR, concatenated)", n -> repeat(normalText, n), baseChars));
        out.add(measure("one-line paragraphs", n -> repeat("Sergei Lavrov said the talks had stalled.\n\n", n), baseChars));
        out.add(measure("one paragraph, no line breaks", n -> repeat(normalText.replace('\n', ' '), n), baseChars));
        out.add(measure("quotation marks (\"a\" \"b\" ...)", n -> repeat("\"We will\" \"not\" \"wait,\" she said \"", n), baseChars));
        out.add(measure("one sentence, no punctuation", n -> repeat("officials in the capital said that ", n), baseChars));
        out.add(measure("one word repeated", n -> repeat("said ", n), baseChars));
        return out;
    }

    private static Result measure(String shape, IntFunction<String> text, int baseChars) {
        String base = text.apply(baseChars);
        String large = text.apply(baseChars * FACTOR);
        AttributionExtractor extractor = new AttributionExtractor(new SentenceSplitter());
        SentenceSplitter splitter = new SentenceSplitter();
        extractor.extract(base); // warm-up
        double eb = time(() -> extractor.extract(base));
        double el = time(() -> extractor.extract(large));
        // One split of the base text takes a few milliseconds: timed over twenty of them, so the clock's grain does not count.
        double sb = time(() -> {
            for (int i = 0; i < FACTOR; i++) splitter.split(base);
        }) / FACTOR;
        double sl = time(() -> splitter.split(large));
        return new Result(shape, base.length(), eb, el, sb, sl);
    }

    /** The best of three runs, in seconds: the least disturbed by other work on a shared machine. */
    private static double time(Runnable r) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            r.run();
            best = Math.min(best, (System.nanoTime() - t) / 1e9);
        }
        return best;
    }

    private static String repeat(String unit, int chars) {
        StringBuilder sb = new StringBuilder(chars + unit.length());
        while (sb.length() < chars) sb.append(unit);
        return sb.substring(0, chars);
    }
}
