package io.newsbot.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsbot.testing.BenchQuestions;
import io.newsbot.testing.Rewrites;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Questions as people type them are understood as the plain question is: each question is rewritten at least ten
 * ways ({@link Rewrites}: greeting, filler, mention of the bot at the start, middle or end, trailing punctuation,
 * emoji or noise, lower case, a typo in a word that is not a name, and combinations) and each rewrite must parse to
 * the same speaker, topic, filter and intent as the plain question. Over the shared benchmarks' questions (read in
 * place; skipped when absent) and over a checked-in set of hand-written questions.
 */
class PhrasingRobustnessTest {
    static final Set<String> PUBLISHERS = Set.of("cnn", "daily mail", "breitbart", "huffington post", "new york times", "politico",
            "usa today", "washington post", "western journalism");
    /** Names the hand-written questions ask about, as a store of the corpus's speakers would know them. */
    static final Set<String> QUOTED = Set.of("lavrov", "sergei lavrov", "peskov", "putin", "trump", "sarah sanders", "sanders", "tillerson",
            "merkel", "zelensky", "kim jong un", "clinton", "obama", "pence");
    final Clock clock = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);

    /** What must not change between a question and its rewrites. */
    record Reading(Question.Intent intent, String speaker, String topic, Object filter, boolean more) {
        static Reading of(Question q) {
            return new Reading(q.intent(), q.speaker().toLowerCase(Locale.ROOT), q.topic().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "),
                    q.filter(), q.more());
        }
    }

    record Outcome(int rewrites, int same, List<String> differences) {
        double share() {
            return rewrites == 0 ? 1 : same / (double) rewrites;
        }
    }

    static Outcome score(QuestionParser parser, List<String> questions) {
        int rewrites = 0;
        int same = 0;
        List<String> differences = new ArrayList<>();
        for (String question : questions) {
            Reading plain = Reading.of(parser.parse(question, null, PUBLISHERS));
            for (Rewrites.Rewrite r : Rewrites.of(question, Rewrites.SEED)) {
                rewrites++;
                Reading read = Reading.of(parser.parse(r.text(), null, PUBLISHERS));
                if (read.equals(plain)) same++;
                else differences.add(r.kind() + ": " + r.text() + "\n    plain " + plain + "\n    got   " + read);
            }
        }
        return new Outcome(rewrites, same, differences);
    }

    @Test
    void hand_written_questions_read_the_same_however_they_are_typed() throws IOException {
        QuestionParser parser = new QuestionParser(clock, ZoneId.of("Europe/Berlin"), name -> QUOTED.contains(name.toLowerCase(Locale.ROOT)));
        List<String> questions = handWritten();

        Outcome outcome = score(parser, questions);

        System.out.printf(Locale.ROOT, "Phrasing, %d hand-written questions: %d of %d rewrites read the same (%.1f%%)%n", questions.size(),
                outcome.same(), outcome.rewrites(), 100 * outcome.share());
        assertThat(questions).hasSizeGreaterThanOrEqualTo(60);
        assertThat(outcome.rewrites()).isGreaterThanOrEqualTo(10 * questions.size());
        assertThat(outcome.differences()).as("rewrites read differently from the plain question").isEmpty();
    }

    @Test
    void benchmark_questions_read_the_same_however_they_are_typed() throws Exception {
        Optional<Path> bench = BenchQuestions.locate();
        assumeTrue(bench.isPresent(), "Skipped: the shared benchmark data (../shared/bench, or $NEWSBOT_BENCH_DATA) is not here");
        assumeTrue(python(), "Skipped: python3 is needed to run shared/bench/speaker_questions.py");
        QuestionParser parser = new QuestionParser(clock, ZoneId.of("Europe/Berlin"));
        List<BenchQuestions.Asked> asked = BenchQuestions.all(bench.get());

        Outcome heldOut = score(parser, asked.stream().filter(BenchQuestions.Asked::heldOut).map(BenchQuestions.Asked::text).toList());
        Outcome developed = score(parser, asked.stream().filter(a -> !a.heldOut()).map(BenchQuestions.Asked::text).toList());
        Outcome all = new Outcome(heldOut.rewrites() + developed.rewrites(), heldOut.same() + developed.same(), List.of());

        System.out.printf(Locale.ROOT, "Phrasing, %d benchmark questions (%s): all %.2f%% of %d rewrites, held-out half %.2f%%, development half %.2f%%%n",
                asked.size(), asked.stream().collect(Collectors.groupingBy(BenchQuestions.Asked::set, Collectors.counting())),
                100 * all.share(), all.rewrites(), 100 * heldOut.share(), 100 * developed.share());
        String report = System.getenv("NEWSBOT_PHRASING_REPORT");
        if (report != null) Files.write(Path.of(report), developed.differences(), StandardCharsets.UTF_8);
        assertThat(asked).hasSizeGreaterThanOrEqualTo(200);
        assertThat(all.rewrites()).isGreaterThanOrEqualTo(10 * asked.size());
        assertThat(heldOut.share()).as("held-out half").isGreaterThanOrEqualTo(0.98);
        assertThat(all.share()).as("all questions").isGreaterThanOrEqualTo(0.98);
    }

    static List<String> handWritten() throws IOException {
        try (InputStream in = PhrasingRobustnessTest.class.getResourceAsStream("/phrasing/questions.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }

    private static boolean python() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
