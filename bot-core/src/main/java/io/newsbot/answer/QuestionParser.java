package io.newsbot.answer;

import io.newsbot.index.SearchQuery;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a question as people type it (see {@link QuestionNormaliser}): who it asks about and on what topic, which
 * dates and publishers. Follow-ups ("and Ukraine?", "and Peskov?", "what else did he say?", "more", "who said that?")
 * are read against the conversation's previous question; with none before them they are read as fresh questions.
 */
public final class QuestionParser {
    private static final int F = Pattern.CASE_INSENSITIVE;
    private static final Pattern LEAD = Pattern.compile("^(?:and|but|also|plus)\\b[,\\s]*(?<rest>.*)$", F);
    private static final Pattern FULL_QUESTION = Pattern.compile("^(?:what|what's|whats|who|whose|which|how|why|when|where|did|does|do|is|are|was|"
            + "were|has|have|can|could|tell|any|anything|is\\s+there|latest|news)\\b", F);
    private static final Pattern WHO_SAID_THAT = Pattern.compile("^(?:who\\s+(?:said|says|say|wrote|stated|made)\\s+(?:that|this|it|those|these|so|them)"
            + "(?:\\s+(?:statement|statements|quote|quotes|one))?|whose\\s+(?:words|quotes?|statements?|comments?)\\s+(?:are|is|were|was)\\s+"
            + "(?:that|those|these|this|they)|who\\s+(?:was|were|is|are)\\s+(?:that|those|they|these|speaking|quoted)|who's\\s+(?:that|speaking|quoted)|"
            + "who\\s+said\\s+what|who\\s+are\\s+they\\s+quoting|who\\s+is\\s+being\\s+quoted)$", F);
    private static final Pattern MORE = Pattern.compile("^(?:more|more\\s+please|tell\\s+me\\s+more|show\\s+me\\s+more|give\\s+me\\s+more|(?:any|some)\\s*more|"
            + "anything\\s+(?:else|more)|something\\s+else|what\\s+else|what\\s+more|go\\s+on|continue|keep\\s+going|next|"
            + "more\\s+(?:on|about|of)\\s+(?:that|this|it)|then\\s+what|what\\s+else\\s+(?:was|is|has\\s+been)\\s+said|what\\s+else\\s+is\\s+there|"
            + "what\\s+else\\s+do\\s+you\\s+have|what\\s+else\\s+do\\s+(?:the\\s+)?articles\\s+say|(?:any\\s+)?other\\s+(?:statements|quotes|comments)|"
            + "more\\s+(?:statements|quotes|comments|details|info))$", F);
    private static final Pattern WHAT_ELSE = Pattern.compile("^what\\s+else\\s+(?:did|does|has|have|had|is|was)\\s+(?<who>.+?)\\s+(?:say|said|saying|"
            + "think|thought|mention|mentioned|tell|told|comment|commented)(?:\\s+(?:about|on|regarding)\\s+(?<topic>.+))?$", F);
    private static final Pattern FOLLOW_UP = Pattern.compile("^(?:(?:what|how)\\s+about|what\\s+of|same\\s+(?:for|with|about))\\s+(?<x>.+)$", F);
    private static final Pattern LEADING_PREPOSITION = Pattern.compile("^(?:on|about|regarding|concerning|in|for|with|from)\\s+", F);
    private static final Pattern LATEST = Pattern.compile(
            "^(?:what'?s|whats|what\\s+is|anything|any\\s+news|any\\s+updates?|updates?|is\\s+there\\s+anything|latest|the\\s+latest|latest\\s+news)"
                    + "\\s+(?:the\\s+)?(?:new\\s+|latest\\s+|news\\s+)?(?:new\\s+)?(?:on|about|with|in|regarding|from)\\s+(.+)$", F);
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "him", "her", "it", "them");
    private static final Pattern SCAFFOLD = Pattern.compile(
            "\\b(?:what|whats|what's|who|whom|which|how|why|when|where|was|were|is|are|been|being|said|say|says|saying|"
                    + "about|tell|me|us|please|news|any|anything|there|latest|new|did|does|do|has|have|had|reported|report|"
                    + "reports|articles?|stories|story|regarding|concerning|can|could|you|know|give|show|the|a|an|of|on|"
                    + "happening|happened|going|up|with|coverage|summary|summarize|summarise)\\b", F);
    private static final Pattern FROM_PUBLISHER = Pattern.compile("\\b(?:from|in|by|on)\\s+([\\p{L}0-9.&' -]{2,40}?)\\s*$", F);

    private final QuestionNormaliser normaliser = new QuestionNormaliser();
    private final DateFilters dates;
    private final KnownSpeakers speakers;

    /** A parser that tells speakers from topics by the look of the name alone ({@link NameShapes}). */
    public QuestionParser(Clock clock, ZoneId zone) {
        this(clock, zone, new NameShapes());
    }

    public QuestionParser(Clock clock, ZoneId zone, KnownSpeakers speakers) {
        this.dates = new DateFilters(clock, zone);
        this.speakers = speakers;
    }

    /**
     * Parses a question.
     *
     * @param previous   the conversation's previous question, or {@code null}
     * @param publishers the known publishers (lower case), for "... from Politico"
     */
    public Question parse(String text, Question previous, Collection<String> publishers) {
        Question q = understood(text, previous, publishers);
        boolean dated = q.filter().from() != null || q.filter().to() != null;
        if (!dated) return q;
        // The dates are the question's own when it set any, else the previous question's, and so is their vagueness.
        DateFilters.Window own = dates.read(normaliser.normalise(text).text());
        boolean preferred = own.from() != null || own.to() != null ? own.preferred() : previous != null && previous.datesPreferred();
        return q.withDatesPreferred(preferred);
    }

    private Question understood(String text, Question previous, Collection<String> publishers) {
        String q = normaliser.normalise(text).text();
        Matcher lead = LEAD.matcher(q);
        boolean led = lead.matches() && !lead.group("rest").isBlank();
        String rest = led ? lead.group("rest") : q;
        if (previous != null) {
            Optional<Question> followUp = continuation(text, rest, previous);
            if (followUp.isPresent()) return followUp.get();
        }
        DateFilters.Window window = dates.read(rest);
        String body = window.rest();
        Set<String> pubs = Set.of();
        Matcher from = FROM_PUBLISHER.matcher(body);
        if (from.find() && publishers.contains(from.group(1).toLowerCase(Locale.ROOT).strip())) {
            pubs = Set.of(from.group(1).toLowerCase(Locale.ROOT).strip());
            body = body.substring(0, from.start()).strip();
        }
        SearchQuery.Filter filter = new SearchQuery.Filter(window.from(), window.to(), pubs);
        SearchQuery.Filter inherited = filter.isNone() && previous != null ? previous.filter() : filter;
        Optional<SpeakerFrames.Asked> asked = SpeakerFrames.read(body, speakers);
        if (asked.isPresent()) {
            String who = asked.get().who();
            if (PRONOUNS.contains(who.toLowerCase(Locale.ROOT))) {
                if (previous != null && !previous.speaker().isEmpty()) {
                    return new Question(text, topicOf(asked.get().topic()), previous.speaker(), inherited, Question.Intent.SPEAKER);
                }
                return new Question(text, asked.get().topic().isEmpty() ? topic(body) : topicOf(asked.get().topic()), "", filter,
                        Question.Intent.ABOUT);
            }
            return new Question(text, topicOf(asked.get().topic()), capitalised(who), filter, Question.Intent.SPEAKER);
        }
        Matcher follow = FOLLOW_UP.matcher(body);
        boolean shortFollowUp = led && !FULL_QUESTION.matcher(body).find() && body.split("\\s+").length <= 6;
        if (follow.matches() || shortFollowUp) {
            String x = LEADING_PREPOSITION.matcher(follow.matches() ? follow.group("x") : body).replaceFirst("");
            return previous == null ? new Question(text, topic(x), "", filter, Question.Intent.ABOUT) : switched(text, x, previous, inherited);
        }
        Matcher m = LATEST.matcher(body);
        if (m.matches()) return new Question(text, topic(m.group(1)), "", filter, Question.Intent.LATEST);
        return new Question(text, topic(body), "", filter, Question.Intent.ABOUT);
    }

    /** "who said that?", "more", "what else did he say?": the previous question again, in another light. */
    private static Optional<Question> continuation(String text, String q, Question previous) {
        if (WHO_SAID_THAT.matcher(q).matches()) {
            return Optional.of(new Question(text, previous.topic(), previous.speaker(), previous.filter(), Question.Intent.WHO_SAID_THAT));
        }
        if (MORE.matcher(q).matches()) return Optional.of(more(text, previous, previous.topic()));
        Matcher m = WHAT_ELSE.matcher(q);
        if (m.matches()) {
            String who = m.group("who").replaceFirst("(?i)^the\\s+", "");
            boolean same = PRONOUNS.contains(who.toLowerCase(Locale.ROOT)) || io.newsbot.quote.NameMatch.matches(previous.speaker(), who);
            if (same) return Optional.of(more(text, previous, m.group("topic") == null ? previous.topic() : topicOf(m.group("topic"))));
        }
        return Optional.empty();
    }

    private static Question more(String text, Question previous, String topic) {
        Question.Intent intent = previous.intent() == Question.Intent.WHO_SAID_THAT ? Question.Intent.ABOUT : previous.intent();
        return new Question(text, topic, previous.speaker(), previous.filter(), intent, true);
    }

    /** "and X?" after a question: another speaker on the same topic, or the same speaker (or none) on another topic. */
    private Question switched(String text, String x, Question previous, SearchQuery.Filter filter) {
        Optional<SpeakerFrames.Asked> asked = SpeakerFrames.read(x, speakers);
        if (asked.isPresent()) {
            return new Question(text, topicOf(asked.get().topic()), capitalised(asked.get().who()), filter, Question.Intent.SPEAKER);
        }
        if (!previous.speaker().isEmpty()) {
            String name = x.replaceFirst("(?i)^the\\s+", "");
            if (speakers.isQuoted(name)) return new Question(text, previous.topic(), capitalised(name), filter, Question.Intent.SPEAKER);
            return new Question(text, topic(x), previous.speaker(), filter, Question.Intent.SPEAKER);
        }
        Question.Intent intent = previous.intent() == Question.Intent.LATEST ? Question.Intent.LATEST : Question.Intent.ABOUT;
        return new Question(text, topic(x), "", filter, intent);
    }

    private static String topicOf(String raw) {
        return raw.isBlank() ? "" : topic(raw);
    }

    static String topic(String q) {
        String t = SCAFFOLD.matcher(q.replaceFirst("(?i)^(?:and|but|so|also|ok|okay)\\b,?\\s*", "")).replaceAll(" ")
                .replaceAll("[?!.,;:\"]", " ").replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? q.strip() : t;
    }

    /** A name typed all in lower case, as people do in chat, written as a name. */
    private static String capitalised(String name) {
        if (!name.equals(name.toLowerCase(Locale.ROOT))) return name;
        StringBuilder out = new StringBuilder();
        for (String w : name.split("\\s+")) {
            if (out.length() > 0) out.append(' ');
            boolean particle = Set.of("de", "van", "von", "al", "bin", "da", "di", "le", "la").contains(w);
            out.append(particle || w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return out.toString();
    }
}
