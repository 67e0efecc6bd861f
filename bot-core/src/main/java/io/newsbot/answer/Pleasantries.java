package io.newsbot.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The polite and chatty words people wrap a question in: greetings and fillers in front ("hey,", "Hi!", "hello
 * there,", "ok so", "quick question:", "can you tell me", "I'd like to know", "please") and thanks, politeness and
 * noise behind ("please", "thanks!", "(1)", "??", "lol"). Removes them and says whether a greeting or thanks was there.
 */
final class Pleasantries {
    private static final int F = Pattern.CASE_INSENSITIVE;
    private static final int MAX_ROUNDS = 8;
    private static final String GREETING_WORD = "(?:hey+|hi+|hello+|hallo|hiya|howdy|yo|greetings|good\\s+(?:morning|afternoon|evening|day)|heya|hola)";
    private static final Pattern GREETING = Pattern.compile("^" + GREETING_WORD
            + "(?:\\s+(?:there|again|all|everyone|folks|team|guys|bot|newsbot|news\\s*bot|friend|mate))?(?=[\\s,.!:;\\-]|$)[\\s,.!:;\\-]*", F);
    /** Fillers that only introduce what follows; a loose one ("so", "well") only before punctuation or a question word. */
    private static final Pattern FILLER = Pattern.compile("^(?:"
            + "(?:quick|one|a|small|simple)\\s+question\\s*[:,\\-]|question\\s*:|"
            + "(?:(?:can|could|would|will)\\s+(?:you|u)\\s+(?:please\\s+)?(?:tell|show|give)\\s+(?:me|us)(?:\\s+please)?)|"
            + "(?:please\\s+)?(?:tell|show)\\s+(?:me|us)(?=\\s+(?:about|what|who|how|which|if|whether|why|when|where|the|anything|more)\\b)|"
            + "(?:i'?d|i\\s+would|we'?d)\\s+like\\s+to\\s+know|i\\s+(?:want|wanna|need|wish)\\s+to\\s+know|"
            + "(?:do|does)\\s+(?:you|anyone)\\s+know|any\\s+idea|(?:i\\s+was|i'?m|just)\\s+wondering|i\\s+wonder|"
            + "let\\s+me\\s+ask|may\\s+i\\s+ask|can\\s+i\\s+ask(?:\\s+you)?|i\\s+have\\s+a\\s+question|"
            + "please|pls|plz|kindly|btw|by\\s+the\\s+way|"
            + "(?:ok(?:ay)?|alright)\\s+so\\b|"
            + "(?:ok(?:ay)?|so|well|um+|uh+|er+m?|hm+|alright|right|now)(?=\\s*[,.:;!]|\\s+[\\-\u2013\u2014]|\\s+(?:so|ok|okay|what|who|whose|which|how|did|does|"
            + "do|is|are|was|were|has|have|any|anything|tell|can|could|and|i|i'd|please|quick))"
            + ")[\\s,.!:;\\-]*", F);
    private static final Pattern THANKS = Pattern.compile("(?:[\\s,.!;:\\-]|^)(?:(?:many\\s+)?thanks?(?:\\s+(?:you|u|a\\s+lot|so\\s+much|very\\s+much|"
            + "in\\s+advance|again))*|thx|thnx|ty|tia|cheers|much\\s+appreciated|appreciate\\s+it)[\\s,.!?;:\\-]*$", F);
    private static final Pattern TAIL = Pattern.compile("(?:[\\s,.;:\\-]|^)(?:please|pls|plz|lol|haha+|hah|hmm+|"
            + "\\(\\s*\\d{1,2}\\s*\\)|\\[\\s*\\d{1,2}\\s*\\])[\\s,.!?;:\\-]*$", F);
    private static final Pattern TRAILING_PUNCT = Pattern.compile("[\\s?!.,;:\u2026\\-]+$");

    private Pleasantries() {
    }

    /** The question without its wrapping, and what the wrapping said. */
    record Stripped(String text, boolean greeting, boolean thanks) {
    }

    static Stripped strip(String text) {
        String t = text.strip();
        boolean greeting = false;
        boolean thanks = false;
        // A few layers at most ("hey, ok so ... thanks! :) (1)"): a flood of greetings is not worth peeling off one by one.
        for (int round = 0, changed = 1; changed == 1 && round < MAX_ROUNDS; round++) {
            changed = 0;
            Matcher g = GREETING.matcher(t);
            if (g.lookingAt() && g.end() > 0) {
                t = t.substring(g.end());
                greeting = true;
                changed = 1;
            }
            Matcher f = FILLER.matcher(t);
            if (f.lookingAt() && f.end() > 0) {
                t = t.substring(f.end());
                changed = 1;
            }
            Matcher th = THANKS.matcher(t);
            if (th.find()) {
                t = t.substring(0, th.start());
                thanks = true;
                changed = 1;
            }
            Matcher tail = TAIL.matcher(t);
            if (tail.find()) {
                t = t.substring(0, tail.start());
                changed = 1;
            }
            String trimmed = TRAILING_PUNCT.matcher(t).replaceAll("");
            if (!trimmed.equals(t)) {
                t = trimmed;
                changed = 1;
            }
            t = t.strip();
        }
        return new Stripped(t, greeting, thanks);
    }
}
