package io.newsbot.bench;

import java.util.List;
import java.util.Locale;

/** The markdown of the answer benchmarks' sections in docs/benchmarks.md: speaker questions and RealTimeQA. */
final class AnswerSections {
    private AnswerSections() {
    }

    static String speakers(List<SpeakerBench.Result> results, Machine machine, String command) {
        StringBuilder md = new StringBuilder();
        md.append("```bash\n").append(command).append("\n```\n\n");
        md.append("\"What did X say?\" (`../shared/bench/speaker_questions.py SPLIT --negatives OTHER`): one question per named speaker "
                + "quoted at least three times in the split, with PolNeAR's annotated statements as the key, plus up to 30 people quoted "
                + "in the other split whose name never appears in this one. The split's texts are ingested into an empty data directory "
                + "(title on the first line), every question is asked through `Bot.handle` in a fresh conversation and the replies, in "
                + "the shape of `ask --json`, are scored by `score_speaker_answers.py`. The key holds only statements whose annotated "
                + "source is X's name, so an item that gives X's statement reported as \"he said\" counts against precision; the "
                + "column \"pronouns resolved\" (`ResolvedSpeakerKey`) resolves such sources to the nearest named source before them "
                + "and counts those items as right. The scorer looks for X as one word of the label, so a name it splits in two "
                + "(\"O'Neill\", \"Lopez-Cantera\") is never found and its answers count as refused; the column \"by words\" "
                + "(`WordwiseLabels`) reads such a label as naming X when it holds all of X's words. Answers show the statements "
                + "whose sentence names X first, and those credited through \"he\"/\"she\", a title or the quote before only after "
                + "\"more\", or at once when there is nothing surer (`SpeakerPages`). Before this work (the landed bot, ../shared/bench/README.md, dev): recovered 0.59, "
                + "speaker precision 0.71, positives refused 0.06.\n\n");
        md.append("| split | articles | questions | recovered | speaker precision | precision, pronouns resolved | items labelled X "
                + "| positives refused | by words | negatives refused | cites a gold article |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (SpeakerBench.Result r : results) {
            md.append(String.format(Locale.ROOT, "| %s%s | %d | %d + %d | **%.3f** | **%.3f** | %.3f | %d | %.3f | %.3f | %.3f | %.3f |%n", r.split(),
                    r.split().equals("train") ? " (tuning)" : "", r.articles(), r.scores().path("questions").asInt(),
                    r.scores().path("negatives").asInt(), r.figure("recovered"), r.figure("speaker_precision"), r.resolvedPrecision(),
                    r.scores().path("items_labelled_x").asInt(), r.figure("positives_refused"), r.refusedByWords(), r.figure("negatives_refused"),
                    r.figure("cites_gold_article")));
        }
        md.append("\n").append(machine.note()).append("\n");
        return md.toString();
    }

    static String realtimeQa(RealtimeQaBench.Result r, Machine machine, String command) {
        StringBuilder md = new StringBuilder();
        md.append("```bash\n").append(command).append("\n```\n\n");
        String sample = r.sampleEvery() == 1 ? "" : String.format(Locale.ROOT, " **A sample**: lines %dk+1 and %dk+2 only (one held-out "
                + "odd line and one even line of every %d), with only the articles retrieved for them indexed: fewer distractors than the "
                + "whole file, so these figures are not comparable with a whole-file run.", r.sampleEvery(), r.sampleEvery(), r.sampleEvery());
        md.append(String.format(Locale.ROOT, "RealTimeQA dev (`../shared/bench/realtimeqa`): %,d of its articles ingested with the core (%,d "
                + "chunks; each dated as its outlet dated it), its quiz questions asked as typed through `Bot.handle`, each in a fresh "
                + "conversation with the clock set to the question's date (so \"this week\" is the quiz's week), and scored by "
                + "`score_realtimeqa.py` on the reply's text up to its sources. Reply length is that text's length in characters.%s%n%n",
                r.articles(), r.chunks(), sample));
        md.append("| questions | answer found | refused | cites an answer article | median reply length |\n|---|---|---|---|---|\n");
        for (RealtimeQaBench.Part p : new RealtimeQaBench.Part[] {r.all(), r.tuning(), r.heldOut()}) {
            String name = switch (p.name()) {
                case "even" -> "even lines (tuning half)";
                case "odd" -> "odd lines (**held out**)";
                default -> "all";
            };
            md.append(String.format(Locale.ROOT, "| %s, %d | **%.3f** | %.3f | %.3f | %.0f |%n", name, p.questions(), p.figure("answer_found"),
                    p.figure("refused"), p.figure("cites_answer_article"), p.medianChars()));
        }
        md.append(String.format(Locale.ROOT, "%nAnswering the %,d questions took %.0f s.%n", r.all().questions(), r.seconds()));
        if (!r.sweep().isEmpty()) {
            md.append("\nSentence evidence and recency (`--sweep`: the passages drawn from, `SentenceScorer.Weights.meaning` and `Recency`, the other weights as "
                    + "shipped), chosen on the even (tuning) lines and checked on the odd (held-out) lines, through the parser and "
                    + "`ExtractiveAnswerer` without story grouping; each half embeds its sentences afresh:\n\n")
                    .append(r.sweep());
        }
        md.append("\n").append(machine.note()).append("\n");
        return md.toString();
    }

    static String support(SupportBench.Result r, Machine machine, String command) {
        StringBuilder md = new StringBuilder();
        md.append("```bash\n").append(command).append("\n```\n\n");
        md.append(String.format(Locale.ROOT, "`LlmAnswerer` keeps a sentence of the model's answer only if it cites a passage that exists and "
                + "those passages support it: `SupportMeasure`, the share of the sentence's content words (stemmed) that the passages hold, "
                + "names and numbers weighing double. Calibrated on the %d CNN/DailyMail articles of `summaries/cnndm-250.jsonl`: each "
                + "human-written summary sentence (written in other words than the article, as a model writes) against the best "
                + "passage (the index's ~120-word chunks) of its own article, which supports it; of the other article that best "
                + "matches it, which does not; and against its own article with its first name or number swapped for one of another "
                + "summary (an invented detail). The threshold with the best balanced accuracy is chosen on even articles and judged "
                + "on odd ones, and the other way round.%n%n", r.articles()));
        md.append("| threshold | chosen on | judged on | sentences | supported kept | other article's dropped | swapped detail dropped |\n"
                + "|---|---|---|---|---|---|---|\n");
        row(md, r.tunedThreshold(), "even articles", "**odd articles (held out)**", r.heldOut());
        row(md, r.tunedThreshold(), "even articles", "even articles", r.tuningHalf());
        row(md, r.reverseThreshold(), "odd articles", "even articles (held out)", r.reverseHeldOut());
        row(md, r.shippedThreshold(), "shipped", "all", r.shippedAll());
        md.append("\n").append(machine.note()).append("\n");
        return md.toString();
    }

    private static void row(StringBuilder md, double threshold, String chosen, String judged, SupportBench.Rates r) {
        md.append(String.format(Locale.ROOT, "| %.2f | %s | %s | %d | %.1f%% | %.1f%% | %.1f%% |%n", threshold, chosen, judged, r.sentences(),
                100 * r.supportedKept(), 100 * r.otherArticleDropped(), 100 * r.alteredDropped()));
    }
}
