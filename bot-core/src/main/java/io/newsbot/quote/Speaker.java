package io.newsbot.quote;

import java.util.Objects;

/**
 * Who made a statement, as an article names them: the name as the article gives it best ("Sarah Sanders", "Radio Free
 * Europe/Radio Liberty", "officials in Zanzibar"), the role or title kept apart ("White House press secretary"), and
 * what kind of speaker it is. A speaker described but not named ("a spokeswoman for the ministry") has an empty name
 * and the description as its role.
 *
 * @param name the speaker's name, or for a group the phrase that names it; empty when the article gives none
 * @param role a title, office or description beside the name, or empty
 * @param kind a person, an organisation, a group of people, or unknown
 */
public record Speaker(String name, String role, Kind kind) {
    /** What kind of speaker: it decides how a name in a question is matched against it ({@link NameMatch}). */
    public enum Kind { PERSON, ORGANISATION, GROUP, UNKNOWN }

    /** No speaker: the statement's source is not given. */
    public static final Speaker NONE = new Speaker("", "", Kind.UNKNOWN);

    public Speaker {
        name = name == null ? "" : name.strip();
        role = role == null ? "" : role.strip();
        Objects.requireNonNull(kind, "kind");
    }

    /** The speaker as a reader would label a statement: the name, else the role ("a spokeswoman for the ministry"). */
    public String display() {
        return name.isEmpty() ? role : name;
    }

    public boolean isEmpty() {
        return name.isEmpty() && role.isEmpty();
    }

    Speaker withName(String fullName) {
        return new Speaker(fullName, role, kind);
    }
}
