package io.newsbot.statement;

/** What sort of speaker a statement has: a question about a person must not be answered with a building's statements. */
public enum SpeakerKind {
    /** A named person: "Sergei Lavrov", "Mr. Clarke". */
    PERSON,
    /** A named organisation or institution: "the White House", "Radio Free Europe/Radio Liberty". */
    ORGANISATION,
    /** People described, not named: "officials in Zanzibar", "aides". */
    GROUP,
    /** Not known: pronouns that could not be resolved, fragments. */
    UNKNOWN
}
