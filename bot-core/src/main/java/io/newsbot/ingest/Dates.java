package io.newsbot.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Parses the publication dates that pages and feeds carry; {@code null} when none fits. */
final class Dates {
    private static final List<DateTimeFormatter> ZONED = List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.ISO_ZONED_DATE_TIME, DateTimeFormatter.RFC_1123_DATE_TIME);

    private Dates() {
    }

    static Instant parse(String value) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        for (DateTimeFormatter f : ZONED) {
            try {
                return ZonedDateTime.parse(v, f).toInstant();
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException ignored) {
            // try a date alone
        }
        try {
            return LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

}
