package io.newsbot.digest;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code /subscribe HH:MM [Area/City] [topics...]} asks for. Topics are separated by commas
 * ("Syria, North Korea"); without a comma each word is a topic.
 *
 * @param time   the local time of day
 * @param zone   the time zone, the configured one when none was given
 * @param topics the topics, empty for all articles
 */
record SubscribeArgs(LocalTime time, ZoneId zone, List<String> topics) {
    static final String USAGE = "Use /subscribe HH:MM [Area/City] [topics], with a 24-hour time such as 07:30, optionally an IANA time "
            + "zone such as Europe/Berlin, and optionally topics separated by commas, e.g. /subscribe 07:30 Europe/Berlin Syria, North Korea";
    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3])[:.h]([0-5]\\d)");
    private static final int MAX_TOPICS = 10;
    private static final int MAX_TOPIC_CHARS = 60;

    SubscribeArgs {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        topics = List.copyOf(topics);
    }

    /** @throws IllegalArgumentException with one sentence for the user, naming the expected format */
    static SubscribeArgs parse(String args, ZoneId defaultZone) {
        List<String> words = new ArrayList<>(Arrays.asList(args.strip().split("\\s+")));
        if (words.get(0).isEmpty()) throw new IllegalArgumentException(USAGE);
        Matcher time = TIME.matcher(words.remove(0));
        if (!time.matches()) throw new IllegalArgumentException("I couldn't read that time. " + USAGE);
        ZoneId zone = defaultZone;
        if (!words.isEmpty() && looksLikeZone(words.get(0))) zone = zone(words.remove(0));
        return new SubscribeArgs(LocalTime.of(Integer.parseInt(time.group(1)), Integer.parseInt(time.group(2))), zone, topics(words));
    }

    private static boolean looksLikeZone(String word) {
        return word.contains("/") || word.matches("(?i)UTC|GMT|Z|(UTC|GMT)[+-]\\d{1,2}(:\\d\\d)?");
    }

    private static ZoneId zone(String word) {
        try {
            return ZoneId.of(word.matches("(?i)utc|gmt|z") ? word.toUpperCase(Locale.ROOT) : word);
        } catch (DateTimeException e) {
            String shown = word.length() > 40 ? word.substring(0, 40) + "…" : word;
            throw new IllegalArgumentException("I don't know the time zone " + shown + ". Use an IANA name such as Europe/Berlin, "
                    + "America/New_York or Asia/Tokyo, or UTC.");
        }
    }

    private static List<String> topics(List<String> words) {
        if (words.isEmpty()) return List.of();
        String rest = String.join(" ", words);
        List<String> topics = Arrays.stream(rest.contains(",") ? rest.split(",") : rest.split("\\s+"))
                .map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
        if (topics.size() > MAX_TOPICS) throw new IllegalArgumentException("Give at most " + MAX_TOPICS + " topics.");
        if (topics.stream().anyMatch(t -> t.length() > MAX_TOPIC_CHARS)) {
            throw new IllegalArgumentException("A topic can be at most " + MAX_TOPIC_CHARS + " characters long.");
        }
        return topics;
    }
}
