package io.newsbot.story;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year an article's event happened in: its publication year, or, when its date is unknown, the year its text
 * mentions most. Two reports of the same people doing the same kind of thing years apart (a coach hired in 2005
 * and fired in 2008) share most of their words; the year is what tells them apart when no date does.
 */
final class EventYear {
    /** Unknown: no date and no year in the text. */
    static final int UNKNOWN = 0;
    /** A year from 1960 to 2039 standing alone: not inside a longer number, an amount ($2008) or a decimal (2008.5). */
    private static final Pattern YEAR = Pattern.compile("(?<![\\d$.,])(19[6-9]\\d|20[0-3]\\d)(?!\\d|[,.]\\d)");

    private EventYear() {
    }

    static int of(Instant published, String title, String body) {
        if (published != null) return published.atZone(ZoneOffset.UTC).getYear();
        Map<Integer, Integer> counts = new HashMap<>();
        Matcher m = YEAR.matcher(title + "\n" + body);
        while (m.find()) counts.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
        // The most mentioned; on a tie the latest, since a report looks back on earlier years more than forward.
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(UNKNOWN);
    }
}
