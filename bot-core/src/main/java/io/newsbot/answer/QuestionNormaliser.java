package io.newsbot.answer;

/**
 * Takes a message as people type it and gives back the question in it: mentions of the bot, emoji, greetings,
 * fillers, politeness and trailing noise removed, and slips in the question's scaffolding words corrected ("waht did
 * Lavrov sya" → "what did Lavrov say"). Names and topic words are left as typed.
 */
public final class QuestionNormaliser {
    private final ScaffoldSpelling spelling = new ScaffoldSpelling();

    /**
     * A message read as a question.
     *
     * @param text     the question, possibly empty when the message was only a greeting, thanks or noise
     * @param greeting the message greeted ("hi", "hello there")
     * @param thanks   the message thanked ("thanks!", "thank you")
     */
    public record Normalised(String text, boolean greeting, boolean thanks) {
        public Normalised {
            java.util.Objects.requireNonNull(text, "text");
        }
    }

    public Normalised normalise(String message) {
        // Wrapping first, so that the question's first word opens it (a capital there is no sign of a name); then
        // once more, for greetings and fillers that were themselves mistyped.
        Pleasantries.Stripped outer = Pleasantries.strip(ChatNoise.strip(message));
        Pleasantries.Stripped inner = Pleasantries.strip(spelling.fix(outer.text()));
        return new Normalised(inner.text().replaceAll("\\s+", " ").strip(), outer.greeting() || inner.greeting(), outer.thanks() || inner.thanks());
    }
}
