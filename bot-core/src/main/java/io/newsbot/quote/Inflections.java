package io.newsbot.quote;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The forms of an English verb from its lemma: "say" gives say, says, said, saying; "call for" gives call for, calls
 * for, called for, calling for. Regular rules with the irregular verbs of reporting listed, so that a cue list names
 * each verb once and no form of it is forgotten.
 */
final class Inflections {
    /** Past tense and past participle of the irregular verbs that report speech or a stance. */
    private static final Map<String, String[]> IRREGULAR = Map.ofEntries(Map.entry("say", new String[] {"said"}),
            Map.entry("tell", new String[] {"told"}), Map.entry("think", new String[] {"thought"}),
            Map.entry("write", new String[] {"wrote", "written"}), Map.entry("find", new String[] {"found"}),
            Map.entry("know", new String[] {"knew", "known"}), Map.entry("feel", new String[] {"felt"}),
            Map.entry("see", new String[] {"saw", "seen"}), Map.entry("show", new String[] {"showed", "shown"}),
            Map.entry("seek", new String[] {"sought"}), Map.entry("read", new String[] {"read"}),
            Map.entry("speak", new String[] {"spoke", "spoken"}), Map.entry("forecast", new String[] {"forecast"}),
            Map.entry("go", new String[] {"went", "gone"}), Map.entry("hear", new String[] {"heard"}),
            Map.entry("mean", new String[] {"meant"}), Map.entry("swear", new String[] {"swore", "sworn"}),
            Map.entry("understand", new String[] {"understood"}), Map.entry("take", new String[] {"took", "taken"}),
            Map.entry("give", new String[] {"gave", "given"}), Map.entry("make", new String[] {"made"}),
            Map.entry("lash", new String[] {"lashed"}), Map.entry("weigh", new String[] {"weighed"}),
            Map.entry("sing", new String[] {"sang", "sung"}));
    /** Verbs that double their last consonant before -ed and -ing ("admitted", "slamming"). */
    private static final Set<String> DOUBLING = Set.of("admit", "plan", "regret", "commit", "prefer", "refer", "rebut", "ban", "slam",
            "quip", "fret", "submit", "permit", "omit", "vet", "beg", "plot", "bar", "jab", "nag", "spar", "zero");
    /** Verbs that may double or not ("signaled", "signalled"). */
    private static final Set<String> EITHER = Set.of("signal", "label", "cancel", "model", "travel");

    private Inflections() {
    }

    /** Every form of the verb {@code lemma} (its first word inflected, the rest kept: "point out" gives "pointed out"). */
    static Set<String> of(String lemma) {
        int space = lemma.indexOf(' ');
        String verb = space < 0 ? lemma : lemma.substring(0, space);
        String rest = space < 0 ? "" : lemma.substring(space);
        Set<String> forms = new HashSet<>();
        forms.add(verb);
        forms.add(thirdPerson(verb));
        String[] irregular = IRREGULAR.get(verb);
        if (irregular != null) {
            forms.addAll(java.util.Arrays.asList(irregular));
        } else {
            forms.add(past(verb));
        }
        forms.add(participle(verb));
        if (EITHER.contains(verb)) {
            forms.add(verb + "ed");
            forms.add(verb + "ing");
            forms.add(verb + verb.charAt(verb.length() - 1) + "ed");
            forms.add(verb + verb.charAt(verb.length() - 1) + "ing");
        }
        Set<String> out = new HashSet<>();
        for (String f : forms) out.add(f + rest);
        return out;
    }

    private static String thirdPerson(String verb) {
        if (verb.endsWith("s") || verb.endsWith("sh") || verb.endsWith("ch") || verb.endsWith("x") || verb.endsWith("z") || verb.endsWith("o")) {
            return verb + "es";
        }
        return consonantY(verb) ? verb.substring(0, verb.length() - 1) + "ies" : verb + "s";
    }

    private static String past(String verb) {
        if (verb.endsWith("e")) return verb + "d";
        if (consonantY(verb)) return verb.substring(0, verb.length() - 1) + "ied";
        return DOUBLING.contains(verb) ? verb + verb.charAt(verb.length() - 1) + "ed" : verb + "ed";
    }

    private static String participle(String verb) {
        if (verb.endsWith("ie")) return verb.substring(0, verb.length() - 2) + "ying";
        if (verb.endsWith("e") && !verb.endsWith("ee") && !verb.endsWith("ye") && !verb.endsWith("oe")) return verb.substring(0, verb.length() - 1) + "ing";
        return DOUBLING.contains(verb) ? verb + verb.charAt(verb.length() - 1) + "ing" : verb + "ing";
    }

    private static boolean consonantY(String verb) {
        return verb.length() > 1 && verb.endsWith("y") && "aeiou".indexOf(verb.charAt(verb.length() - 2)) < 0;
    }
}
