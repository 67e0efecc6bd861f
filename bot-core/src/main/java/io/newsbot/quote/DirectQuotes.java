package io.newsbot.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds direct quotes in a paragraph and who said them. A statement interrupted by its attribution
 * ({@code "First part," she said. "Second part."}) is one attribution spanning both parts, as annotators and readers
 * take it; a short quote inside someone else's sentence ({@code called him a "blowhard"}) is not a direct quote.
 */
final class DirectQuotes {
    static final int MIN_WORDS = 3;
    /** The longest trailing clause after a cue ("said X, who ...") that still joins the quotes around it. */
    private static final int MAX_CLAUSE = 250;
    /** A word of a speaker's description: no sentence punctuation, except in abbreviations ("Gov.", "U.S."). */
    private static final String WORD = "(?:(?:Sen|Rep|Gov|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Capt|Sgt|Rev|St|Jr|Sr|Prof|Maj|Adm|Cmdr|U\\.S|U\\.N|[A-Z])\\.|\\([^()\"]{1,30}\\)|[^\\s,.;:!?\"()])+";
    private static final String PHRASE = "(" + WORD + "(?:\\s+" + WORD + "){0,11}?)";
    private static final Pattern AFTER_INVERTED = Pattern.compile("^\\s*,?\\s*(" + Cues.QUOTE_VERBS + ")\\s+" + PHRASE
            + "(?=\\s*(?:[,.;:!?\"(]|$)|\\s+(?:who|whose)\\s)");
    /** Words that open a clause of the writer's after a quote ("..., after Clinton's spokesman expressed"): no attribution. */
    private static final String SUBORDINATE = "(?!(?:after|before|when|while|because|since|until|although|though|if|as|once)\\s)";
    private static final Pattern AFTER_NORMAL = Pattern.compile("^\\s*,?\\s*" + SUBORDINATE + PHRASE + Cues.GAP + "(" + Cues.QUOTE_VERBS + ")\\b");
    private static final Pattern AFTER_CITED = Pattern.compile("^\\s*,?\\s*" + Names.NAME + "\\s+(?:cited|quoted)\\s+(" + Names.NAME + ")\\s+as\\s+(saying)");
    private static final Pattern BEFORE_COLON = Pattern.compile("\\b(" + Cues.QUOTE_VERBS + ")\\b[^.!?\"]{0,60}[:,]\\s*$");
    private static final Pattern BEFORE_ACCORDING = Pattern.compile("\\b(according to)\\s+" + Cues.SPEAKER + "\\s*[,:]?\\s*$");
    private static final Pattern INTRODUCED = Pattern.compile("(?s)^[^\"]{0," + 100 + "}:\\s*$");
    private static final Pattern PARTICIPLE = Pattern.compile("\\b(?:adding|saying|noting|continuing|explaining|remarking|insisting|arguing|asking|writing|telling)\\b");
    private static final Pattern ONLY_PUNCTUATION = Pattern.compile("^[\\s.,;:!?\\u2014\\u2013-]*$");
    /** A sentence ending inside an attribution's clause; a title or an initial ("adviser to Mr. Netanyahu") ends none. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<!\\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Rev|St|Jr|Sr|Prof|Maj|Adm|"
            + "Calif|Fla|Tex|Ill|Mass|Pa|Va|N\\.Y|D\\.C|U\\.S|[A-Z]))[.!?]\\s+[A-Z\"]");

    private DirectQuotes() {
    }

    /** Who said a quote and with which verb; {@code end} is where the cue's words end in the body. */
    record Cue(SpeakerFinder.Phrase speaker, String verb, int end, boolean introducesNext) {
        Cue(SpeakerFinder.Phrase speaker, String verb, int end) {
            this(speaker, verb, end, false);
        }
    }

    /** One quote and the cues right after and right before it. */
    record Piece(QuoteSpan span, Cue after, Cue before, boolean embedded) {
    }

    static List<Attribution> in(String body, int from, int to, List<QuoteSpan> spans, Sentences sentences, List<Attribution> reported,
                                Speakers speakers) {
        List<Piece> pieces = new ArrayList<>();
        int previousEnd = from;
        for (int i = 0; i < spans.size(); i++) {
            QuoteSpan q = spans.get(i);
            int limit = i + 1 < spans.size() ? spans.get(i + 1).open() : to;
            Cue after = q.closed() ? after(body, q, limit) : null;
            Cue before = before(body, Math.max(previousEnd, sentences.startOf(q.open())), q.open());
            if (before == null && i == 0) before = introduced(body, from, q.open(), sentences);
            pieces.add(new Piece(q, after, before, before == null && embedded(body, from, q.open())));
            previousEnd = Math.min(to, q.close() + 1);
        }
        List<Attribution> out = new ArrayList<>();
        SourceMention previousSpeaker = SourceMention.NONE;
        int previousClose = from;
        int i = 0;
        while (i < pieces.size()) {
            int j = i;
            if (pieces.get(i).embedded()) {
                int sentence = sentences.startOf(pieces.get(i).span().open());
                while (j + 1 < pieces.size() && pieces.get(j + 1).embedded() && sentences.startOf(pieces.get(j + 1).span().open()) == sentence
                        && PartialQuotes.CUE_WORDS.find(body.substring(pieces.get(j).span().close(), pieces.get(j + 1).span().open()), 0) == null) j++;
                Attribution partial = PartialQuotes.of(body, pieces.subList(i, j + 1), sentence, sentences.endOf(pieces.get(i).span().open()), speakers);
                int opening = pieces.get(i).span().open();
                i = j + 1;
                if (partial != null && pieces.get(j).after() != null && partial.contentStart() < opening
                        && Cues.VERB_WORDS.find(body.substring(partial.contentStart(), opening), 0) == null) {
                    // Teachers are "looking to see who is on the ticket," she said. "That's got to scare an educator.": the
                    // quote after the attribution goes on with the sentence's quoted words, one statement as annotated. A
                    // sentence with a verb of saying before its quote (Feinstein said "...," she said. "...") keeps them apart.
                    int k = j;
                    while (k + 1 < pieces.size() && joins(body, pieces.get(k), pieces.get(k + 1))) k++;
                    if (k > j) {
                        int end = pieces.get(k).span().contentEnd();
                        partial = new Attribution(partial.source(), partial.cue(), body.substring(partial.contentStart(), end), partial.contentStart(), end,
                                true, partial.sourceStart(), partial.sourceEnd());
                        i = k + 1;
                    }
                }
                if (partial != null) out.add(partial);
                continue;
            }
            while (true) {
                // A title or scare quote inside the attribution ("said on NBC's "Meet the Press."") does not end the statement.
                int k = j + 1;
                while (k + 1 < pieces.size() && minor(body, pieces.get(k))) k++;
                if (k >= pieces.size() || !joins(body, pieces.get(j), pieces.get(k))) break;
                j = k;
            }
            List<Piece> group = pieces.subList(i, j + 1);
            i = j + 1;
            Piece first = group.get(0);
            Piece last = group.get(group.size() - 1);
            String content = body.substring(first.span().contentStart(), last.span().contentEnd());
            if (content.strip().split("\\s+").length < MIN_WORDS) continue;
            Cue cue = cue(group);
            SourceMention speaker;
            String verb;
            if (cue != null) {
                speaker = speakers.resolve(cue.speaker());
                verb = cue.verb();
            } else {
                Attribution around = enclosing(reported, first.span().open());
                if (around != null) {
                    speaker = SourceMention.of(around);
                    verb = around.cue();
                } else {
                    speaker = first.span().open() - previousClose < 200 && body.substring(previousClose, first.span().open()).strip().length() < 120
                            ? previousSpeaker : SourceMention.NONE;
                    verb = "";
                }
            }
            if (speaker.speaker().isEmpty() && PartialQuotes.title(content)) continue;
            String stripped = content.strip();
            int start = first.span().contentStart() + content.indexOf(stripped);
            out.add(speaker.attribution(verb, stripped, start, start + stripped.length(), true));
            if (!speaker.speaker().isEmpty()) previousSpeaker = speaker;
            previousClose = Math.min(to, last.span().close() + 1);
        }
        return out;
    }

    /**
     * The speakers named right after a paragraph's quotes ({@code "...," White House press secretary Josh Earnest said}),
     * other than pronouns: known before the paragraph's reported speech is read, so that its "he added" can refer to them.
     */
    static List<SpeakerFinder.Phrase> namedAfter(String body, int to, List<QuoteSpan> spans) {
        List<SpeakerFinder.Phrase> out = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            QuoteSpan q = spans.get(i);
            if (!q.closed()) continue;
            Cue cue = after(body, q, i + 1 < spans.size() ? spans.get(i + 1).open() : to);
            if (cue != null && !cue.speaker().isEmpty() && !SpeakerPhrase.isPronoun(cue.speaker().text())) out.add(cue.speaker());
        }
        return out;
    }

    private static boolean minor(String body, Piece p) {
        String content = p.span().content(body);
        return p.embedded() && (content.strip().split("\\s+").length < MIN_WORDS || PartialQuotes.title(content));
    }

    /** Whether quote {@code b} continues the statement of quote {@code a}. */
    private static boolean joins(String body, Piece a, Piece b) {
        if (b.embedded()) return false;
        if (a.after() != null) {
            if (b.after() != null || a.after().introducesNext()) return false;
            String rest = body.substring(a.after().end(), b.span().open());
            if (rest.length() > MAX_CLAUSE || SENTENCE_BREAK.matcher(rest.strip()).find()) return false;
            // "...," Clark said, noting he would support the nominee. "...": the attribution's sentence ends before the
            // next quote, so whatever else it reports, the quote after it goes on with the first.
            if (rest.strip().endsWith(".")) return true;
            // "..." Ryan said, though he said, "...": a second verb of saying starts a statement of its own.
            // "...," Graham said, adding, "...": the participle reports a second statement, as annotators mark it.
            return Cues.VERB_WORDS.find(rest, 0) == null && !PARTICIPLE.matcher(rest).find();
        }
        if (b.before() != null || !a.span().closed()) return false;
        return ONLY_PUNCTUATION.matcher(body.substring(a.span().close() + 1, b.span().open())).matches();
    }

    private static Cue cue(List<Piece> group) {
        for (Piece p : group) if (p.after() != null) return p.after();
        return group.get(0).before();
    }

    private static Cue after(String body, QuoteSpan q, int limit) {
        // News style ends a quote with a comma when its attribution follows; after a full stop a new sentence begins.
        if (q.content(body).stripTrailing().endsWith(".")) return null;
        int from = q.close() + 1;
        String after = body.substring(from, Math.min(limit, from + 120));
        Cue cue = afterCue(after, from);
        // "..." she said before adding: "..." also introduces the next quote: it names this one's speaker but joins nothing.
        if (cue != null && body.substring(cue.end(), Math.min(limit, cue.end() + 60)).matches("(?s)^[^.!?\"]{0,60}:\\s*$")) {
            return new Cue(cue.speaker(), cue.verb(), cue.end(), true);
        }
        return cue;
    }

    private static Cue afterCue(String after, int from) {
        Matcher m = AFTER_CITED.matcher(after);
        if (m.find()) return new Cue(phrase(m, 1, from), m.group(2), from + m.end());
        m = AFTER_INVERTED.matcher(after);
        if (m.find()) return new Cue(speaker(phrase(m, 2, from)), m.group(1), from + m.end());
        m = AFTER_NORMAL.matcher(after);
        if (m.find()) return new Cue(speaker(phrase(m, 1, from)), m.group(2), from + m.end());
        return null;
    }

    private static SpeakerFinder.Phrase phrase(Matcher m, int group, int base) {
        return new SpeakerFinder.Phrase(m.group(group), base + m.start(group), base + m.end(group));
    }

    /** The speaker in a phrase before a verb ("Trump spokesperson Ron Lieberman"), or the whole phrase ("the 46-year-old"). */
    private static SpeakerFinder.Phrase speaker(SpeakerFinder.Phrase phrase) {
        SpeakerFinder.Phrase found = Cues.speakerBefore(phrase.text() + " ");
        return found.isEmpty() ? phrase : found.shift(phrase.start());
    }

    private static Cue before(String body, int from, int open) {
        String before = body.substring(from, open);
        Matcher m = BEFORE_ACCORDING.matcher(before);
        if (m.find()) return new Cue(phrase(m, 2, from), m.group(1), open);
        m = BEFORE_COLON.matcher(before);
        if (m.find()) {
            String lead = before.substring(0, m.start(1));
            SpeakerFinder.Phrase speaker = Cues.speakerBefore(lead);
            // "Trump emphasized the meeting and told Fox News: "..."": the second verb's speaker is the sentence's subject.
            if (speaker.isEmpty() && lead.endsWith(" and ")) speaker = ReportedSpeech.subject(before);
            speaker = speaker.shift(from);
            if (!speaker.isEmpty()) return new Cue(speaker, m.group(1), open);
        }
        if (INTRODUCED.matcher(before).matches()) {
            // "Kasich resisted: "..."", "Clinton has since apologized for what happened: "...": a sentence of the writer's
            // that ends in a colon right before the quote hands it to that sentence's subject.
            SpeakerFinder.Phrase subject = ReportedSpeech.subject(before);
            if (!subject.isEmpty()) return new Cue(subject.shift(from), "", open);
        }
        return null;
    }

    /**
     * A quote that opens its paragraph right after a paragraph ending in a colon ("Dr. Ward stated:" then the quote): the
     * statement the colon introduced, said by that sentence's speaker.
     */
    private static Cue introduced(String body, int from, int open, Sentences sentences) {
        if (!body.substring(from, open).isBlank()) return null;
        int colon = from - 1;
        while (colon >= 0 && Character.isWhitespace(body.charAt(colon))) colon--;
        if (colon < 0 || body.charAt(colon) != ':' || from - colon > 6) return null;
        int start = Math.max(sentences.startOf(colon), colon - SpeakerFinder.WINDOW);
        Cue cue = before(body, start, colon + 1);
        return cue == null ? null : new Cue(cue.speaker(), cue.verb(), open);
    }

    /**
     * A quote that opens right after a word ("called him a", "said") sits inside a sentence that reports it, rather than
     * standing as a statement of its own.
     */
    private static boolean embedded(String body, int from, int open) {
        int i = open - 1;
        while (i >= from && Character.isWhitespace(body.charAt(i))) i--;
        return i >= from && Character.isLetterOrDigit(body.charAt(i));
    }

    /** The reported statement (in text order, none overlapping) whose content holds {@code offset}, or null. */
    private static Attribution enclosing(List<Attribution> reported, int offset) {
        int lo = 0;
        int hi = reported.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (reported.get(mid).contentStart() <= offset) lo = mid + 1;
            else hi = mid;
        }
        if (lo == 0) return null;
        Attribution a = reported.get(lo - 1);
        return offset <= a.contentEnd() ? a : null;
    }
}
