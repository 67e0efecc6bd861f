package io.newsbot.bench;

import dev.langchain4j.data.document.splitter.DocumentBySentenceSplitter;
import io.newsbot.index.Chunk.Sentence;
import io.newsbot.index.SentenceSplitter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Sentence splitting compared on the benchmark's articles: newsbot's rule-based {@link SentenceSplitter} against the
 * OpenNLP-model splitter it replaced (LangChain4j's {@code DocumentBySentenceSplitter}, paragraph by paragraph, as the
 * old class ran it). With no gold sentence boundaries in the data, errors are counted by two proxies: cuts after an
 * abbreviation that never ends a sentence (a title before a name, an initial, a month before a date), and sentences
 * that hold an ordinary word, a full stop and a capitalised word that opens a sentence (a missed boundary).
 */
final class SentenceSplitBench {
    private static final Pattern BAD_CUT = Pattern.compile("(?:\\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|St|Prof|Rev|Sens|Reps)|"
            + "(?:^|\\s)[A-Z])\\.[\"'\u201D\u2019]?$");
    private static final Pattern MONTH_END = Pattern.compile("\\b(?:Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec)\\.$");
    private static final Pattern MISSED = Pattern.compile("\\b[a-z]{3,}[.!?][\"'\u201D\u2019]?\\s+(?:The|He|She|It|They|We|But|In|This|That|His|Her)\\s");

    /** One splitter's counts over the corpus. */
    record Result(String name, int sentences, int badCuts, int missed, double seconds) {
    }

    static List<Result> run(Collection<String> texts) {
        SentenceSplitter rules = new SentenceSplitter();
        DocumentBySentenceSplitter opennlp = new DocumentBySentenceSplitter(Integer.MAX_VALUE, 0);
        List<Result> out = new ArrayList<>();
        // Warm both up once, so the timed pass measures splitting rather than class loading and the model's load.
        for (String t : texts) {
            rules.split(t);
            openNlp(opennlp, t);
        }
        out.add(measure("newsbot rules (SentenceSplitter)", texts, rules::split));
        out.add(measure("OpenNLP model (LangChain4j DocumentBySentenceSplitter)", texts, t -> openNlp(opennlp, t)));
        return out;
    }

    private static Result measure(String name, Collection<String> texts, Function<String, List<Sentence>> split) {
        long started = System.nanoTime();
        List<List<Sentence>> all = new ArrayList<>();
        for (String t : texts) all.add(split.apply(t));
        double seconds = (System.nanoTime() - started) / 1e9;
        int sentences = 0;
        int bad = 0;
        int missed = 0;
        for (List<Sentence> ss : all) {
            for (int i = 0; i < ss.size(); i++) {
                String s = ss.get(i).text();
                sentences++;
                boolean nextIsNumber = i + 1 < ss.size() && Character.isDigit(ss.get(i + 1).text().charAt(0));
                if (i + 1 < ss.size() && (BAD_CUT.matcher(s).find() || nextIsNumber && MONTH_END.matcher(s).find())) bad++;
                var m = MISSED.matcher(s);
                while (m.find()) missed++;
            }
        }
        return new Result(name, sentences, bad, missed, seconds);
    }

    /** The splitter newsbot used before: the OpenNLP model on each paragraph, offsets found again in the text. */
    static List<Sentence> openNlp(DocumentBySentenceSplitter splitter, String body) {
        List<Sentence> out = new ArrayList<>();
        int paragraphStart = 0;
        while (paragraphStart < body.length()) {
            int paragraphEnd = body.indexOf("\n\n", paragraphStart);
            if (paragraphEnd < 0) paragraphEnd = body.length();
            String paragraph = body.substring(paragraphStart, paragraphEnd);
            int cursor = 0;
            if (!paragraph.isBlank()) {
                for (String raw : splitter.split(paragraph)) {
                    String s = raw.strip();
                    int at = s.isEmpty() ? -1 : paragraph.indexOf(s, cursor);
                    if (at < 0) continue;
                    out.add(new Sentence(s, paragraphStart + at, paragraphStart + at + s.length()));
                    cursor = at + s.length();
                }
            }
            paragraphStart = paragraphEnd + 2;
        }
        return out;
    }
}
