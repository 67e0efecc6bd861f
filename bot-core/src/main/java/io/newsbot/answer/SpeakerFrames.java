package io.newsbot.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways people ask what someone said, each read into the speaker and the topic apart: "what did Trump say about
 * Syria", "what Lavrov said on sanctions", "did Lavrov say anything about sanctions", "Putin's view of NATO", "what's
 * Lavrov's take on sanctions", "statements by Peskov", "what was said by Peskov", and "Lavrov on sanctions" when
 * Lavrov is someone the articles quote.
 */
final class SpeakerFrames {
    private static final int F = Pattern.CASE_INSENSITIVE;
    private static final int MAX_LENGTH = 300;
    private static final String VERB = "(?:have\\s+to\\s+say|had\\s+to\\s+say|(?:been\\s+)?(?:say|said|saying|says|tell|told|telling|think|thinks|"
            + "thought|thinking|claim|claimed|announce|announced|comment|commented|commenting|state|stated|reply|replied|respond|responded|"
            + "argue|argued|mention|mentioned|warn|warned|promise|promised|feel|felt|react|reacted|write|wrote|tweet|tweeted|post|posted|"
            + "talk|talked|speak|spoke|suggest|suggested|insist|insisted|deny|denied))";
    private static final String ABOUT = "(?:about|on|regarding|concerning|of|over|to|in\\s+response\\s+to|in\\s+reply\\s+to|with\\s+regard\\s+to|"
            + "with\\s+respect\\s+to|towards?)";
    /** What may follow the verb: an audience ("told reporters"), a vague object ("anything"), then the topic. */
    private static final String TOPIC = "(?:\\s+(?:(?:anything|something|much|publicly|recently|lately|reporters|journalists|the\\s+press|"
            + "the\\s+media|congress|voters|supporters|them|us|him|her)\\s+){0,2}" + ABOUT + "\\s+(?<topic>.+?))?(?:\\s+(?:recently|lately|publicly))?";
    private static final String OPINION = "(?:view|views|take|takes|position|positions|stance|opinion|opinions|comments?|remarks?|statements?|"
            + "thoughts|reaction|response|words|line|message|verdict|assessment|quotes?)";
    private static final List<Pattern> FRAMES = List.of(
            Pattern.compile("^(?:what|how)\\s+(?:did|does|do|has|have|had|is|was|are|were)\\s+(?<who>.+?)\\s+" + VERB + TOPIC + "$", F),
            Pattern.compile("^(?:did|does|has|have|had|is|was)\\s+(?<who>.+?)\\s+" + VERB + TOPIC + "$", F),
            Pattern.compile("^(?:(?:what|how)\\s+(?:is|are|was|were)\\s+|what'?s\\s+|tell\\s+me\\s+)?(?:the\\s+)?(?<who>[^\\s'].*?)'s?\\s+" + OPINION
                    + "(?:\\s+" + ABOUT + "\\s+(?<topic>.+))?$", F),
            Pattern.compile("^(?:quotes|statements|comments|remarks|words)\\s+(?:from|by|of)\\s+(?<who>.+?)(?:\\s+" + ABOUT + "\\s+(?<topic>.+))?$", F),
            Pattern.compile("^what\\s+(?:was|has\\s+been|had\\s+been|is\\s+being)\\s+said\\s+by\\s+(?<who>.+?)(?:\\s+" + ABOUT + "\\s+(?<topic>.+))?$", F),
            Pattern.compile("^what\\s+(?!(?:was|is|were|are|has\\s+been|have\\s+been|had\\s+been|did|does|do|else|more|other)\\b)(?<who>.+?)\\s+"
                    + "(?:has\\s+|have\\s+|had\\s+)?(?:said|says|thinks|thought|told|claimed|stated|argued|wrote|tweeted|has\\s+to\\s+say|had\\s+to\\s+say)"
                    + TOPIC + "$", F));
    private static final Pattern NAMED_ON = Pattern.compile("^(?<who>[^\\s].*?)\\s+(?:on|about|regarding)\\s+(?<topic>.+)$", F);
    private static final Pattern NOT_A_SPEAKER = Pattern.compile("^(?:being|been|it|this|that|there|here|what|which|who|anything|something|"
            + "the\\s+news|news|articles?|stories|story|reports?|coverage|said|people|anyone|anybody|everyone|everybody|others)$", F);
    private static final java.util.Set<String> NOT_NAME_WORDS = java.util.Set.of("updates", "update", "info", "information", "headlines",
            "coverage", "reports", "reporting", "stories", "focus", "more", "details");

    private SpeakerFrames() {
    }

    /** Who was asked about (as typed, "the" dropped) and the topic (as typed, possibly empty). */
    record Asked(String who, String topic) {
    }

    static Optional<Asked> read(String q, KnownSpeakers speakers) {
        // Asking what someone said takes a line; longer text is a statement, and the frames' search grows with its square.
        if (q.length() > MAX_LENGTH) return Optional.empty();
        for (Pattern p : FRAMES) {
            Matcher m = p.matcher(q);
            if (m.matches()) {
                String who = m.group("who").replaceFirst("(?i)^the\\s+", "").strip();
                if (who.isEmpty() || NOT_A_SPEAKER.matcher(who).matches() || who.split("\\s+").length > 6) continue;
                return Optional.of(new Asked(who, m.group("topic") == null ? "" : m.group("topic").strip()));
            }
        }
        Matcher m = NAMED_ON.matcher(q);
        if (!m.matches()) return Optional.empty();
        String named = m.group("who").replaceFirst("(?i)^the\\s+", "");
        // "Lavrov on sanctions" is short; "The Senate on Tuesday passed legislation to ..." is a sentence.
        boolean shortTopic = m.group("topic").split("\\s+").length <= 6;
        if (shortTopic && named.split("\\s+").length <= 4 && looksNamed(named) && speakers.isQuoted(named)) {
            return Optional.of(new Asked(named, m.group("topic").strip()));
        }
        return Optional.empty();
    }

    /** Not made of the words that open questions ("latest on", "news about", "updates on"). */
    private static boolean looksNamed(String who) {
        for (String w : who.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            if (ScaffoldSpelling.VOCABULARY.contains(w) || NOT_NAME_WORDS.contains(w)) return false;
        }
        return true;
    }
}
