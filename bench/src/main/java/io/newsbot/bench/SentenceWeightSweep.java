package io.newsbot.bench;

import io.newsbot.platform.AnswerJson;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsbot.app.NewsbotCore;
import io.newsbot.answer.ExtractiveAnswerer;
import io.newsbot.answer.Question;
import io.newsbot.answer.QuestionParser;
import io.newsbot.answer.QuotedSpeakers;
import io.newsbot.answer.SentenceScorer;
import io.newsbot.platform.Reply;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tries a grid of {@link SentenceScorer.Weights} on the tuning half of the RealTimeQA questions (even lines) only,
 * answering through the parser and the extractive answerer as the bot does, and scores each with
 * {@code score_realtimeqa.py}: the weights newsbot ships are chosen here, never on the held-out odd lines.
 */
final class SentenceWeightSweep {
    private final Path data;
    private final Path work;

    SentenceWeightSweep(Path data, Path work) {
        this.data = data;
        this.work = work;
    }

    /** One setting's figures on the tuning half. */
    record Row(SentenceScorer.Weights weights, double answerFound, double medianChars) {
    }

    List<Row> run(NewsbotCore core, QuestionDateClock clock, List<String> tuningLines) throws IOException, InterruptedException {
        Path questions = work.resolve("realtimeqa-sweep-questions.jsonl");
        Files.write(questions, tuningLines, StandardCharsets.UTF_8);
        QuestionParser parser = new QuestionParser(clock, core.settings().zone(), new QuotedSpeakers(core.statements()));
        List<Row> rows = new ArrayList<>();
        for (double fact : new double[] {0, 0.3, 0.6}) {
            for (double rarity : new double[] {0, 0.6}) {
                for (double agreed : new double[] {0, 0.3}) {
                    for (double penalty : new double[] {0, 0.2}) {
                        SentenceScorer.Weights w = new SentenceScorer.Weights(0.5, fact, penalty, penalty, penalty, rarity, 2.0, agreed);
                        rows.add(score(w, core, clock, parser, tuningLines, questions));
                        System.out.println("  sweep " + rows.get(rows.size() - 1));
                    }
                }
            }
        }
        return rows;
    }

    private Row score(SentenceScorer.Weights w, NewsbotCore core, QuestionDateClock clock, QuestionParser parser, List<String> lines, Path questions)
            throws IOException, InterruptedException {
        ExtractiveAnswerer answerer = new ExtractiveAnswerer(core.retriever(), core.articles(), core.statements(), core.topics(), new SentenceScorer(w));
        Path answers = work.resolve("realtimeqa-sweep-answers.jsonl");
        List<Integer> lengths = new ArrayList<>();
        try (BufferedWriter out = Files.newBufferedWriter(answers, StandardCharsets.UTF_8)) {
            for (String line : lines) {
                JsonNode asked = AskedAnswers.JSON.readTree(line);
                String text = asked.get("question").asText();
                clock.setDate(LocalDate.parse(asked.get("question_date").asText()));
                Question q = parser.parse(text, null, Set.of());
                Reply reply = answerer.answer(q, null);
                var json = AnswerJson.of(text, reply);
                String answer = AskedAnswers.answerText(reply);
                json.put("answer", answer);
                lengths.add(answer.length());
                out.write(AskedAnswers.JSON.writeValueAsString(json));
                out.newLine();
            }
        }
        JsonNode scores = AskedAnswers.score(data.resolve("score_realtimeqa.py"), "--questions", questions.toString(), "--answers", answers.toString());
        return new Row(w, scores.path("answer_found").asDouble(), RealtimeQaBench.median(lengths));
    }

    static String markdown(List<Row> rows) {
        StringBuilder md = new StringBuilder("| fact | rarity | agreed | echo, question, caption | answer found (tuning half) | median reply length |\n"
                + "|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            SentenceScorer.Weights w = r.weights();
            md.append(String.format(Locale.ROOT, "| %.1f | %.1f | %.1f | %.1f | %.3f | %.0f |%n", w.fact(), w.rarity(), w.agreed(), w.echo(),
                    r.answerFound(), r.medianChars()));
        }
        return md.toString();
    }
}
