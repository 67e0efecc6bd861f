package io.newsbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsbot.answer.Question;
import io.newsbot.answer.QuestionParser;
import io.newsbot.answer.QuotedSpeakers;
import io.newsbot.answer.Recency;
import io.newsbot.answer.Retriever;
import io.newsbot.app.NewsbotCore;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What {@link Recency} costs a question: retrieval with and without it, timed in the same run, question by question,
 * alternating which goes first so that the machine's load falls on both alike.
 */
final class RecencyCost {
    private RecencyCost() {
    }

    /** A markdown line with both times per question. */
    static String measure(NewsbotCore core, QuestionDateClock clock, List<String> lines) throws IOException {
        QuestionParser parser = new QuestionParser(clock, core.settings().zone(), new QuotedSpeakers(core.statements()));
        Retriever plain = new Retriever(core.index(), core.embedder(), core.settings().coverage(), clock, Recency.NONE);
        Retriever recent = new Retriever(core.index(), core.embedder(), core.settings().coverage(), clock, Recency.DEFAULT);
        Latencies without = new Latencies();
        Latencies with = new Latencies();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode asked = AskedAnswers.JSON.readTree(lines.get(i));
            clock.setDate(LocalDate.parse(asked.get("question_date").asText()));
            Question q = parser.parse(asked.get("question").asText(), null, Set.of());
            if (i % 2 == 0) {
                time(plain, q, without);
                time(recent, q, with);
            } else {
                time(recent, q, with);
                time(plain, q, without);
            }
        }
        return String.format(Locale.ROOT, "Retrieval alone, the same %d questions in the same run, alternating: without the preference p50 %.1f ms, "
                + "mean %.1f ms; with `Recency.DEFAULT` p50 %.1f ms, mean %.1f ms (one more search, restricted to the last 7 days; the "
                + "question is embedded once for both).%n", lines.size(), without.percentileMs(50), without.meanMs(), with.percentileMs(50), with.meanMs());
    }

    private static void time(Retriever retriever, Question q, Latencies into) {
        long started = System.nanoTime();
        retriever.retrieve(q, io.newsbot.answer.ExtractiveAnswerer.PASSAGES);
        into.add(System.nanoTime() - started);
    }
}
