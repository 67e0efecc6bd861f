package io.newsbot.answer;

/**
 * Whether the articles quote someone by a name: tells a speaker from a topic word when reading a question ("Lavrov on
 * sanctions", "Putin's view of NATO").
 */
public interface KnownSpeakers {
    /** Whether some article quotes a person this name refers to ("Lavrov", "Sergei Lavrov"; not "White" for the White House). */
    boolean isQuoted(String name);
}
