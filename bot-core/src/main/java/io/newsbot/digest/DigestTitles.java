package io.newsbot.digest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The first line of a digest, saying which day it is for. */
final class DigestTitles {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private DigestTitles() {
    }

    static String daily(LocalDate date) {
        return "Daily digest, " + DAY.format(date);
    }

    static String preview(LocalDate date) {
        return "Preview of the digest, " + DAY.format(date);
    }
}
