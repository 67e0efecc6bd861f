package io.newsbot.feedback;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of the buttons under an answer, as the platforms carry it back when it is pressed: 👍, 👎, or what was wrong after
 * a 👎. Written as a short text ({@code v:g:12}, {@code v:b:12}, {@code v:r:12:o}) that fits Telegram's 64-byte
 * {@code callback_data} and Slack's button {@code value}, and read back without trusting it: anything else is no button.
 *
 * @param choice   which button
 * @param answerId the answer it rates
 * @param reason   what was wrong, for {@link Choice#REASON}; else {@code null}
 */
public record VoteButton(Choice choice, long answerId, Vote.Reason reason) {
    private static final Pattern FORM = Pattern.compile("v:([gbr]):([1-9][0-9]{0,17})(?::([pqox]))?");

    public VoteButton {
        Objects.requireNonNull(choice, "choice");
        if (answerId < 1) throw new IllegalArgumentException("answerId must be positive");
        if ((choice == Choice.REASON) != (reason != null)) throw new IllegalArgumentException("reason is given exactly for a REASON button");
    }

    /** The buttons a press can be. */
    public enum Choice { GOOD, BAD, REASON }

    public static VoteButton good(long answerId) {
        return new VoteButton(Choice.GOOD, answerId, null);
    }

    public static VoteButton bad(long answerId) {
        return new VoteButton(Choice.BAD, answerId, null);
    }

    public static VoteButton reason(long answerId, Vote.Reason reason) {
        return new VoteButton(Choice.REASON, answerId, reason);
    }

    /** The button's label as the user sees it. */
    public String label() {
        return switch (choice) {
            case GOOD -> "👍";
            case BAD -> "👎";
            case REASON -> switch (reason) {
                case WRONG_PERSON -> "Wrong person";
                case OFF_QUESTION -> "Not about my question";
                case OUTDATED -> "Outdated";
                case OTHER -> "Other";
            };
        };
    }

    /** The text the platform carries back on a press. */
    public String encode() {
        String c = switch (choice) {
            case GOOD -> "g";
            case BAD -> "b";
            case REASON -> "r";
        };
        return "v:" + c + ":" + answerId + (reason == null ? "" : ":" + code(reason));
    }

    /** The button a pressed button's text names, or empty for any other text. */
    public static Optional<VoteButton> parse(String data) {
        if (data == null) return Optional.empty();
        Matcher m = FORM.matcher(data);
        if (!m.matches()) return Optional.empty();
        long id = Long.parseLong(m.group(2));
        return switch (m.group(1)) {
            case "g" -> m.group(3) == null ? Optional.of(good(id)) : Optional.empty();
            case "b" -> m.group(3) == null ? Optional.of(bad(id)) : Optional.empty();
            default -> m.group(3) == null ? Optional.empty() : Optional.of(reason(id, reason(m.group(3))));
        };
    }

    private static String code(Vote.Reason reason) {
        return switch (reason) {
            case WRONG_PERSON -> "p";
            case OFF_QUESTION -> "q";
            case OUTDATED -> "o";
            case OTHER -> "x";
        };
    }

    private static Vote.Reason reason(String code) {
        return switch (code) {
            case "p" -> Vote.Reason.WRONG_PERSON;
            case "q" -> Vote.Reason.OFF_QUESTION;
            case "o" -> Vote.Reason.OUTDATED;
            default -> Vote.Reason.OTHER;
        };
    }
}
