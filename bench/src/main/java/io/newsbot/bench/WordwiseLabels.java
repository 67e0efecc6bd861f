package io.newsbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Positives refused with a label read word by word. {@code score_speaker_answers.py} looks for the asked name as one of
 * the label's words ({@code \w+}), so a name that is several words to it ("O'Neill" is "o" and "neill", "Lopez-Cantera"
 * is "lopez" and "cantera") is never found in any label, and every answer about such a person counts as refused. Here
 * a label names X when it holds all of X's words, in the scorer's own split; everything else is the scorer's rule.
 */
final class WordwiseLabels {
    private WordwiseLabels() {
    }

    /** Of the positive questions, the share answered "not covered" or with no item whose label holds every word of X. */
    static double positivesRefused(List<JsonNode> questions, Map<String, JsonNode> answers) {
        int positives = 0;
        int refused = 0;
        for (JsonNode q : questions) {
            if (q.path("negative").asBoolean(false)) continue;
            positives++;
            List<String> name = ResolvedSpeakerKey.tokens(q.get("speaker").asText().toLowerCase(Locale.ROOT));
            JsonNode a = answers.get(q.get("query").asText());
            boolean labelled = false;
            if (a != null && !a.path("not_covered").asBoolean(false)) {
                for (JsonNode item : a.path("items")) labelled |= ResolvedSpeakerKey.tokens(item.path("speaker").asText()).containsAll(name);
            }
            if (!labelled) refused++;
        }
        return positives == 0 ? 0 : refused / (double) positives;
    }
}
