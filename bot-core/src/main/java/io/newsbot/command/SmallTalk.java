package io.newsbot.command;

import io.newsbot.answer.QuestionNormaliser;
import java.util.regex.Pattern;

/**
 * Plain messages that are not questions about the news: asking for help ("help", "@bot help", "what can you do?"),
 * a greeting alone ("hi!"), thanks alone, or nothing readable ("🙏"). Everything else is a question.
 */
final class SmallTalk {
    private static final Pattern HELP = Pattern.compile("^(?:help|help\\s+me|help\\s+please|i\\s+need\\s+help|(?:can|could)\\s+you\\s+help(?:\\s+me)?|"
            + "what\\s+(?:can|do|should|could)\\s+(?:you|i)\\s+(?:do|ask)(?:\\s+(?:you|here|for\\s+me))?|what\\s+do\\s+you\\s+know|"
            + "how\\s+(?:do|can|should)\\s+i\\s+use\\s+(?:you|this|this\\s+bot|it|newsbot)|how\\s+(?:does\\s+this|do\\s+you)\\s+work|"
            + "what\\s+are\\s+you|who\\s+are\\s+you|what\\s+is\\s+this|(?:list\\s+|show\\s+|your\\s+)?commands|what\\s+commands(?:\\s+are\\s+there|"
            + "\\s+do\\s+you\\s+have)?|usage|menu|options|\\?+)$", Pattern.CASE_INSENSITIVE);

    /** What a plain message is. */
    enum Kind { QUESTION, HELP, GREETING, THANKS, NOTHING }

    private final QuestionNormaliser normaliser;

    SmallTalk(QuestionNormaliser normaliser) {
        this.normaliser = normaliser;
    }

    Kind read(String text) {
        QuestionNormaliser.Normalised n = normaliser.normalise(text);
        if (HELP.matcher(n.text()).matches() || text.strip().matches("\\?+")) return Kind.HELP;
        if (!n.text().isEmpty()) return Kind.QUESTION;
        if (n.greeting()) return Kind.GREETING;
        return n.thanks() ? Kind.THANKS : Kind.NOTHING;
    }
}
