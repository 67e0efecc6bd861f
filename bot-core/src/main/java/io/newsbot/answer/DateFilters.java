package io.newsbot.answer;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates a question restricts itself to ("this week", "since Monday", "in the last 3 days"), in the bot's zone.
 * "This week" is the last 7 days and "last week" the 7 before them, not calendar weeks: on a Monday, "this week" means
 * the last few days too. Those and "this month" are vague, so they only make a preference ({@link Window#preferred()}).
 */
final class DateFilters {
    private static final int F = Pattern.CASE_INSENSITIVE;
    private static final Pattern LAST_DAYS = Pattern.compile("\\b(?:in\\s+|over\\s+)?the\\s+(?:last|past)\\s+(\\d{1,3})\\s+days?\\b", F);
    private static final Pattern SINCE_DAY = Pattern.compile("\\bsince\\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b", F);
    private static final Pattern SINCE_DATE = Pattern.compile("\\bsince\\s+(\\d{4}-\\d{2}-\\d{2})\\b", F);
    private static final Pattern RELATIVE = Pattern.compile("\\b(today|yesterday|this\\s+week|last\\s+week|this\\s+month)\\b", F);
    private final Clock clock;
    private final ZoneId zone;

    DateFilters(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * A window (either end may be open) and the question with the words that set it removed.
     *
     * @param preferred the words were vague ("this week"): articles outside the window may still answer
     */
    record Window(Instant from, Instant to, String rest, boolean preferred) {
        Window(Instant from, Instant to, String rest) {
            this(from, to, rest, false);
        }
    }

    Window read(String q) {
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
                // Not a real date ("since 2024-13-45"): read the question without a window rather than refuse it.
                return new Window(null, null, q);
            }
        }
        m = RELATIVE.matcher(q);
        if (m.find()) {
            String r = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            return switch (r) {
                case "today" -> window(today, null, q, m);
                case "yesterday" -> window(today.minusDays(1), today, q, m);
                case "this week" -> preferred(window(today.minusDays(7), null, q, m));
                case "last week" -> preferred(window(today.minusDays(14), today.minusDays(7), q, m));
                default -> preferred(window(today.withDayOfMonth(1), null, q, m));
            };
        }
        return new Window(null, null, q);
    }

    private static Window preferred(Window w) {
        return new Window(w.from(), w.to(), w.rest(), true);
    }

    private Window window(LocalDate from, LocalDate to, String q, Matcher m) {
        String rest = (q.substring(0, m.start()) + " " + q.substring(m.end())).replaceAll("\\s+", " ").strip();
        return new Window(from.atStartOfDay(zone).toInstant(), to == null ? null : to.atStartOfDay(zone).toInstant(), rest);
    }
}
