package io.newsbot.quote;

import io.newsbot.index.Chunk.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds reported speech in a sentence, with or without quotation marks: {@code X said (that) ...}, {@code ..., X said},
 * {@code according to X, ...}, and the verbs that report a stance ({@code X warned/insisted/denied/believes/wants ...}),
 * every one of them: "Radio Liberty reported that Lavrov said that ..." holds two statements, one inside the other.
 */
final class ReportedSpeech {
    /** "according to" and its source, up to the next comma or the end of the sentence. */
    private static final Pattern ACCORDING = Pattern.compile("\\b([Aa]ccording to)\\s+([^,;:\"]{2,120}?)\\s*(?:[,;:]|[.!?]?\\s*$)");
    private static final Pattern THAT = Pattern.compile("^[^.!?\",;]{0,35}?\\b(that)\\s+");
    /** After a verb with an addressee ("telling supporters after his victory in the primary that"), "that" stands further off. */
    private static final Pattern THAT_AFTER_ADDRESSEE = Pattern.compile("^[^.!?\",;]{0,80}?\\b(that)\\s+");
    private static final java.util.Set<String> ADDRESSED = java.util.Set.of("told", "tell", "tells", "telling", "assured", "assuring", "reminded",
            "reminding", "informed", "informing", "warned", "warning", "promised", "promising");
    private static final Pattern QUOTE_FOLLOWS = Pattern.compile("^(?:[^\"]{0,60}:\\s*|\\s*,?\\s*)\"");
    /** What may follow the verb when the statement stood before it: "..., his spokesman said on Monday, after ...". */
    private static final Pattern TRAILING = Pattern.compile("^\\s*(?:[,.;:!?]|$|(?:on|in|at|during|late|early|last|this|after|before|"
            + "when|while|as|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|to|of|about)\\b)");
    private static final int MIN_CONTENT_WORDS = 3;
    /** A speaker named after the verb: a name or a described person, up to the punctuation that ends it. */
    private static final Pattern INVERTED_SPEAKER = Pattern.compile("^\\s+((?:[A-Z]|(?:the|a|an|one|another)\\s)[^,.;:!?\"()]{1,80}?)\\s*(?=[,.;:!?(]|$)");
    private static final int MAX_ROLE_WORDS = 30;
    /** A sentence's subject when it opens the sentence: a name (with its title) or a pronoun. */
    private static final Pattern SUBJECT = Pattern.compile("^(?:(?:But|And|Still|Yet|However|Meanwhile|Now|So|Instead|Also),?\\s+)?"
            + "((?:[A-Z][\\p{L}.'\u2019-]*\\s+){0,4}[A-Z][\\p{L}'\u2019-]*|[Hh]e|[Ss]he|[Tt]hey|[Ww]e)(?=\\s+[a-z])");
    private static final Pattern QUESTION = Pattern.compile("^\\s+(?:whether|if|how|what|why|who|when|where|about)\\b");
    /** A headline or an interview's line: "Mark Cuban: I'd consider a White House bid", "Q: And the wall?". */
    private static final Pattern LABELLED = Pattern.compile("^((?:[A-Z][\\p{L}.'\u2019-]*\\s?){1,5}):\\s+(\\S.{7,})$", Pattern.DOTALL);

    private ReportedSpeech() {
    }

    /** The reported statements of a sentence, in text order; cues inside quotation marks do not count. */
    static List<Attribution> in(Sentence s, List<QuoteSpan> quotes, Speakers speakers) {
        String text = s.text();
        List<Attribution> out = new ArrayList<>();
        Matcher label = LABELLED.matcher(text);
        if (label.find() && !inside(s.start() + label.start(2), quotes)) {
            SpeakerFinder.Phrase who = new SpeakerFinder.Phrase(label.group(1).strip(), s.start(), s.start() + label.group(1).strip().length());
            add(out, attribution(speakers.resolve(who), ":", s, label.start(2), text.length()));
        }
        Matcher acc = ACCORDING.matcher(text);
        if (acc.find() && !inside(s.start() + acc.start(), quotes)) add(out, according(s, acc, speakers));
        for (WordMatcher.Match cue = Cues.REPORTING.find(text, 0); cue != null; cue = Cues.REPORTING.find(text, cue.end())) {
            if (inside(s.start() + cue.start(), quotes)) continue;
            String after = text.substring(cue.end(), Math.min(text.length(), cue.end() + 80));
            if (QUOTE_FOLLOWS.matcher(after).find()) continue; // a direct quote follows: DirectQuotes has it
            int window = Math.max(0, cue.start() - SpeakerFinder.WINDOW);
            SpeakerFinder.Phrase phrase = participle(text, cue) ? subject(text) : SpeakerFinder.before(text.substring(window, cue.start()), cue.phrase().endsWith("ing")).shift(window);
            if (phrase.isEmpty() && sharesSubject(text, cue)) phrase = subject(text);
            if (phrase.isEmpty() && QUESTION.matcher(after).find()) {
                // "was asked whether ...": a question put by someone the article does not name.
                add(out, attribution(SourceMention.NONE, cue.phrase(), s, cue.end(), text.length()));
                continue;
            }
            if (phrase.isEmpty() && Cues.VERB_SET.contains(cue.phrase())) {
                // "The approach is made possible by its resources, said Katie Harbath, Facebook's director": speaker after the verb.
                add(out, inverted(s, cue, speakers));
                continue;
            }
            if (phrase.isEmpty() || closesQuote(text, phrase.start()) && !closesPartialQuote(text, phrase.start())) continue;
            Attribution a = statement(s, cue, phrase, speakers);
            if (a != null) add(out, a);
        }
        dropReporters(s, out);
        return out;
    }

    /** The statement a cue reports, given its speaker phrase (offsets within the sentence). */
    private static Attribution statement(Sentence s, WordMatcher.Match cue, SpeakerFinder.Phrase phrase, Speakers speakers) {
        String text = s.text();
        String after = text.substring(cue.end());
        Matcher that = (ADDRESSED.contains(cue.phrase()) ? THAT_AFTER_ADDRESSEE : THAT).matcher(after);
        int comma = text.lastIndexOf(',', phrase.start());
        boolean aside = comma >= 0 && phrase.start() - comma < 4 && after.stripLeading().startsWith(",");
        boolean trailing = (comma > 20 || aside) && phrase.start() - comma < 4 && TRAILING.matcher(after).find();
        int from;
        int to = text.length();
        if (trailing && after.stripLeading().startsWith(",") && words(after) > MIN_CONTENT_WORDS && !participleFollows(after)) {
            // "Vice President Joe Biden, Rubio said, had been in the Senate ...": the sentence around the attribution.
            from = 0;
        } else if (trailing) {
            // "Cameron will not be bullied, his spokesman said on Monday, after ...": the statement came first.
            from = 0;
            to = comma;
        } else if (that.find()) {
            from = cue.end() + that.start(1);
            to = ClauseEnd.of(text, from, to);
        } else if (words(after) >= MIN_CONTENT_WORDS && !after.startsWith(" as ") && !after.stripLeading().startsWith(",")) {
            from = cue.end();
            to = ClauseEnd.of(text, from, to);
        } else {
            return null;
        }
        SourceMention speaker = speakers.resolve(phrase.shift(s.start()));
        return attribution(speaker, cue.phrase(), s, from, to);
    }

    /**
     * {@code STATEMENT, said X[, role].}: the statement before the comma, its speaker named after the verb, up to the end
     * of the sentence when what follows is X's role.
     */
    private static Attribution inverted(Sentence s, WordMatcher.Match cue, Speakers speakers) {
        String text = s.text();
        int comma = cue.start() - 1;
        while (comma >= 0 && text.charAt(comma) == ' ') comma--;
        if (comma < 0 || text.charAt(comma) != ',' || words(text.substring(0, comma)) < MIN_CONTENT_WORDS) return null;
        Matcher m = INVERTED_SPEAKER.matcher(text.substring(cue.end()));
        if (!m.find()) return null;
        int from = cue.end() + m.start(1);
        int to = cue.end() + m.end(1);
        String rest = text.substring(to);
        if (rest.startsWith(",") && words(rest) <= MAX_ROLE_WORDS) {
            to = text.length();
            while (to > from && ".!?\" ".indexOf(text.charAt(to - 1)) >= 0) to--;
        }
        SourceMention speaker = speakers.resolve(new SpeakerFinder.Phrase(text.substring(from, to), s.start() + from, s.start() + to));
        if (speaker.speaker().isEmpty()) return null;
        return attribution(speaker, cue.phrase(), s, 0, comma);
    }

    /**
     * "Gov. Rick Scott blasted Congress and said ...", "Rubio responded before adding ...", "Trump rallied thousands by
     * promising ...": a second verb of the sentence's subject.
     */
    private static boolean sharesSubject(String text, WordMatcher.Match cue) {
        int i = cue.start();
        while (true) {
            int end = i;
            while (end > 0 && text.charAt(end - 1) == ' ') end--;
            int start = end;
            while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
            if (start == end) return false;
            String word = text.substring(start, end);
            if (word.endsWith("ly") || word.equals("also") || word.equals("then") || word.equals("later")) {
                i = start;
                continue;
            }
            boolean ing = cue.phrase().endsWith("ing");
            return word.equals("and") || word.equals("but") || ing && (word.equals("by") || word.equals("before") || word.equals("after")
                    || word.equals("while") || word.equals("when") || word.equals("without"));
        }
    }

    /** "Trump attacked Clinton on Monday, saying ...": a participle after a comma reports its sentence's subject. */
    private static boolean participle(String text, WordMatcher.Match cue) {
        if (!cue.phrase().endsWith("ing")) return false;
        int i = cue.start() - 1;
        while (i >= 0 && text.charAt(i) == ' ') i--;
        return i >= 0 && text.charAt(i) == ',';
    }

    /** The subject that opens {@code text}, a name or a pronoun, or an empty phrase. */
    static SpeakerFinder.Phrase subject(String text) {
        Matcher m = SUBJECT.matcher(text);
        return m.find() ? new SpeakerFinder.Phrase(m.group(1), m.start(1), m.end(1)) : SpeakerFinder.Phrase.NONE;
    }

    /** ", adding that ...", ", saying ...": the speaker's next statement follows the attribution, not the rest of the first. */
    private static boolean participleFollows(String after) {
        int at = after.indexOf(',') + 1;
        while (at < after.length() && after.charAt(at) == ' ') at++;
        WordMatcher.Match m = Cues.REPORTING.find(after, at);
        return m != null && m.start() == at && m.phrase().endsWith("ing");
    }

    /** Whether a quotation closes right before the speaker ("...," Trump said): that quote is the statement. */
    private static boolean closesQuote(String text, int phraseStart) {
        int i = phraseStart - 1;
        while (i >= 0 && text.charAt(i) == ' ') i--;
        return i >= 0 && text.charAt(i) == '"';
    }

    /**
     * Whether the quote closing right before the speaker is a few quoted words inside a sentence of the writer's
     * ("Clinton would have to "go more to center," Cuban said"): the statement is the whole sentence before the speaker,
     * which DirectQuotes does not take, as it is not a quote of its own.
     */
    private static boolean closesPartialQuote(String text, int phraseStart) {
        int close = text.lastIndexOf('"', phraseStart);
        int open = close > 0 ? text.lastIndexOf('"', close - 1) : -1;
        if (open < 0) return false;
        int i = open - 1;
        while (i >= 0 && text.charAt(i) == ' ') i--;
        return i >= 0 && Character.isLetterOrDigit(text.charAt(i)) && words(text.substring(0, open)) >= MIN_CONTENT_WORDS;
    }

    /**
     * "Radio Liberty reported that Lavrov said that ...": the statement is Lavrov's, so the report that merely carries it
     * (its content opening with the inner statement's speaker) is dropped.
     */
    private static void dropReporters(Sentence s, List<Attribution> out) {
        out.removeIf(outer -> out.stream().anyMatch(inner -> inner != outer && inner.sourceStart() >= outer.contentStart()
                && opensWith(s, outer.contentStart(), inner.sourceStart()) && inner.contentEnd() <= outer.contentEnd()
                && inner.direct() == outer.direct() && inner.contentStart() > outer.contentStart()));
    }

    /** Whether only "that" and a few words of a title ("that Russian Foreign Minister") stand between two offsets. */
    private static boolean opensWith(Sentence s, int contentStart, int speakerStart) {
        if (speakerStart - contentStart <= 3) return true;
        int from = contentStart - s.start();
        int to = speakerStart - s.start();
        if (from < 0 || to > s.text().length()) return false;
        String between = s.text().substring(from, to);
        return between.startsWith("that ") && words(between) <= 5 && between.indexOf(',') < 0;
    }

    /** Adds a statement unless one already holds exactly that content. */
    private static void add(List<Attribution> out, Attribution a) {
        if (a == null) return;
        for (Attribution b : out) if (b.contentStart() == a.contentStart() && b.contentEnd() == a.contentEnd()) return;
        out.add(a);
    }

    /**
     * {@code According to X, ...}: the rest of the sentence. {@code ..., according to X.}: what comes before.
     * {@code ..., according to X, ...} in the middle: the whole sentence.
     */
    private static Attribution according(Sentence s, Matcher acc, Speakers speakers) {
        String text = s.text();
        SourceMention speaker = speakers.resolve(new SpeakerFinder.Phrase(acc.group(2), s.start() + acc.start(2), s.start() + acc.end(2)));
        int beforeWords = words(text.substring(0, acc.start()));
        int afterWords = words(text.substring(acc.end()));
        if (beforeWords <= 3) return attribution(speaker, "according to", s, acc.end(), text.length());
        if (afterWords < 4) return attribution(speaker, "according to", s, 0, acc.start());
        return attribution(speaker, "according to", s, 0, text.length());
    }

    static int words(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = !Character.isWhitespace(text.charAt(i));
            if (letter && !inWord) count++;
            inWord = letter;
        }
        return count;
    }

    static Attribution attribution(SourceMention speaker, String cue, Sentence s, int from, int to) {
        String raw = s.text().substring(from, to);
        String content = raw.strip();
        while (!content.isEmpty() && ".,;:".indexOf(content.charAt(content.length() - 1)) >= 0) content = content.substring(0, content.length() - 1).stripTrailing();
        if (content.length() < 8) return null;
        int start = s.start() + from + raw.indexOf(content);
        return speaker.attribution(cue, content, start, start + content.length(), false);
    }

    /** Whether {@code offset} lies inside one of the quotes (in text order, none overlapping). */
    static boolean inside(int offset, List<QuoteSpan> quotes) {
        int lo = 0;
        int hi = quotes.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (quotes.get(mid).open() < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo > 0 && offset < quotes.get(lo - 1).close();
    }
}
