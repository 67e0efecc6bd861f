package io.newsbot.answer;

import io.newsbot.index.SearchQuery;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a question: who it asks about, what topic, which dates and publishers. Follow-ups ("and what about
 * Ukraine?", "who said that?") are read against the previous question of the conversation.
 */
public final class QuestionParser {
    private static final int F = Pattern.CASE_INSENSITIVE;
    private static final Pattern SPEAKER = Pattern.compile(
            "^(?:so\\s+|and\\s+)?(?:what|how)\\s+(?:did|does|do|has|have|had)\\s+(.+?)\\s+(?:say|said|tell|told|think|claim|"
                    + "announce|comment|state|reply|respond|argue|mention|warn|promise)(?:\\s+(?:about|on|regarding|concerning|of)\\s+(.+))?$", F);
    private static final Pattern SPEAKER_QUOTES = Pattern.compile("^(?:quotes|statements|comments)\\s+(?:from|by)\\s+(.+)$", F);
    private static final Pattern LATEST = Pattern.compile(
            "^(?:what'?s|what\\s+is|anything|any\\s+news|is\\s+there\\s+anything|latest)\\s+(?:new\\s+)?(?:new\\s+)?"
                    + "(?:on|about|with|in|regarding|from)\\s+(.+)$", F);
    private static final Pattern FOLLOW_UP = Pattern.compile("^(?:and\\s+|but\\s+|ok,?\\s+|okay,?\\s+)?(?:what|how)\\s+about\\s+(.+)$", F);
    private static final Pattern WHO_SAID_THAT = Pattern.compile("^(?:and\\s+)?who\\s+(?:said|says)\\s+(?:that|this|it|those|these)$", F);
    private static final Pattern SCAFFOLD = Pattern.compile(
            "\\b(?:what|whats|what's|who|whom|which|how|why|when|where|was|were|is|are|been|being|said|say|says|saying|"
                    + "about|tell|me|us|please|news|any|anything|there|latest|new|did|does|do|has|have|had|reported|report|"
                    + "reports|articles?|stories|story|regarding|concerning|can|could|you|know|give|show|the|a|an|of|on|"
                    + "happening|happened|going|up|with|coverage|summary|summarize|summarise)\\b", F);
    private static final Pattern LAST_DAYS = Pattern.compile("\\b(?:in\\s+)?the\\s+(?:last|past)\\s+(\\d{1,3})\\s+days?\\b", F);
    private static final Pattern SINCE_DAY = Pattern.compile("\\bsince\\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b", F);
    private static final Pattern SINCE_DATE = Pattern.compile("\\bsince\\s+(\\d{4}-\\d{2}-\\d{2})\\b", F);
    private static final Pattern RELATIVE = Pattern.compile("\\b(today|yesterday|this\\s+week|last\\s+week|this\\s+month)\\b", F);
    private static final Pattern FROM_PUBLISHER = Pattern.compile("\\b(?:from|in|by|on)\\s+([\\p{L}0-9.&' -]{2,40}?)\\s*$", F);

    private final Clock clock;
    private final ZoneId zone;

    public QuestionParser(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * Parses a question.
     *
     * @param previous   the conversation's previous question, or {@code null}
     * @param publishers the known publishers (lower case), for "... from Politico"
     */
    public Question parse(String text, Question previous, Collection<String> publishers) {
        String q = text.strip().replaceAll("[?!.]+$", "").replaceAll("\\s+", " ");
        if (WHO_SAID_THAT.matcher(q).matches() && previous != null) {
            return new Question(text, previous.topic(), previous.speaker(), previous.filter(), Question.Intent.WHO_SAID_THAT);
        }
        DateFilter dates = dates(q);
        q = dates.rest().strip();
        Set<String> pubs = Set.of();
        Matcher from = FROM_PUBLISHER.matcher(q);
        if (from.find() && publishers.contains(from.group(1).toLowerCase(Locale.ROOT).strip())) {
            pubs = Set.of(from.group(1).toLowerCase(Locale.ROOT).strip());
            q = q.substring(0, from.start()).strip();
        }
        SearchQuery.Filter filter = new SearchQuery.Filter(dates.from(), dates.to(), pubs);
        Matcher m = SPEAKER.matcher(q);
        if (m.matches()) {
            String speaker = m.group(1).replaceFirst("(?i)^the\\s+", "");
            String topic = m.group(2) == null ? "" : m.group(2);
            return new Question(text, topic, speaker, filter, Question.Intent.SPEAKER);
        }
        m = SPEAKER_QUOTES.matcher(q);
        if (m.matches()) return new Question(text, "", m.group(1), filter, Question.Intent.SPEAKER);
        m = FOLLOW_UP.matcher(q);
        if (m.matches() && previous != null) {
            Question.Intent intent = previous.intent() == Question.Intent.LATEST ? Question.Intent.LATEST : Question.Intent.ABOUT;
            SearchQuery.Filter f = filter.isNone() ? previous.filter() : filter;
            return new Question(text, topic(m.group(1)), "", f, intent);
        }
        m = LATEST.matcher(q);
        if (m.matches()) return new Question(text, topic(m.group(1)), "", filter, Question.Intent.LATEST);
        return new Question(text, topic(q), "", filter, Question.Intent.ABOUT);
    }

    static String topic(String q) {
        String t = SCAFFOLD.matcher(q.replaceFirst("(?i)^(?:and|but|so|also|ok|okay)\\b,?\\s*", "")).replaceAll(" ").replaceAll("[?!.,;:\"]", " ").replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? q : t;
    }

    private record DateFilter(Instant from, Instant to, String rest) {
    }

    private DateFilter dates(String q) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Matcher m = LAST_DAYS.matcher(q);
        if (m.find()) return window(today.minusDays(Integer.parseInt(m.group(1))), null, q, m);
        m = SINCE_DAY.matcher(q);
        if (m.find()) {
            DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            return window(today.with(TemporalAdjusters.previousOrSame(day)), null, q, m);
        }
        m = SINCE_DATE.matcher(q);
        if (m.find()) {
            try {
                return window(LocalDate.parse(m.group(1)), null, q, m);
            } catch (DateTimeParseException e) {
                return new DateFilter(null, null, q);
            }
        }
        m = RELATIVE.matcher(q);
        if (m.find()) {
            String r = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return switch (r) {
                case "today" -> window(today, null, q, m);
                case "yesterday" -> window(today.minusDays(1), today, q, m);
                case "this week" -> window(monday, null, q, m);
                case "last week" -> window(monday.minusWeeks(1), monday, q, m);
                default -> window(today.withDayOfMonth(1), null, q, m);
            };
        }
        return new DateFilter(null, null, q);
    }

    private DateFilter window(LocalDate from, LocalDate to, String q, Matcher m) {
        String rest = (q.substring(0, m.start()) + " " + q.substring(m.end())).replaceAll("\\s+", " ");
        return new DateFilter(from.atStartOfDay(zone).toInstant(), to == null ? null : to.atStartOfDay(zone).toInstant(), rest);
    }
}
