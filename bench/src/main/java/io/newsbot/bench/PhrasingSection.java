package io.newsbot.bench;

import java.util.Locale;
import java.util.Map;

/** The markdown of the "Phrasing robustness" section of docs/benchmarks.md. */
final class PhrasingSection {
    /** Measured once, by running this part on the code before the phrasing work (it cannot be re-measured from here). */
    private static final String BEFORE = "**Before this work** (the landed parser of commit 3c36de3, the same bench code, on the 62 speaker questions and a quarter of the retrieval highlights, lines 0 and 1 of every 8: 291 questions, 3,744 rewrites): understood **26.2%** of the speaker questions' rewrites (now 100.0%) and 75.9% of the highlights' (now 99.8% on the same lines), 65.2% in all (now 99.8%). Lower case and trailing punctuation were already read alike; greetings, fillers, mentions, politeness, emoji and typos were not. Parsed alone (bot-core's `PhrasingRobustnessTest`, all 2,090 questions and 27,018 rewrites, speaker, topic, filter and intent compared), the landed parser read 20.6% of the rewrites like the plain question, the new one 99.6% (held-out half 99.6%).";
    private static final String LIMITS = "What is left: a slip that makes another real word (\"wee\" for \"were\", \"cold\" for \"could\", \"form\" for \"from\", \"wit\" for \"with\") is left alone, since a real word is never corrected; in a message typed all in lower case a name one letter from a scaffolding word can be taken for it (\"ipsos mori\" read as \"more\"); and typos in topic words and names are not corrected at all (that would need the index's vocabulary).";
    private PhrasingSection() {
    }

    static String markdown(PhrasingBench.Result r, BenchCorpus.IngestStats ingest, Machine machine, String command) {
        StringBuilder md = new StringBuilder();
        md.append("```bash\n").append(command).append("\n```\n\n");
        md.append(String.format(Locale.ROOT, "Each benchmark question is asked plainly and in 12 or 13 rewrites, the way people type in chat "
                + "(`io.newsbot.testing.Rewrites`, fixed seed %d): a greeting, a filler, a mention of the bot at the start, in the middle and "
                + "at the end, trailing punctuation, an emoji or noise such as \"(1)\", politeness, all lower case, a typo in a word that "
                + "is not a name, and three combinations. Every ask is a fresh conversation through `Bot.handle` on the benchmark's index "
                + "(the %d articles of the Retrieval section, %,d chunks). A rewrite is **understood** when its reply is covered or refused "
                + "alike and cites the same articles in the same order with the same speaker labels. Questions: the %d \"What did X say?\" "
                + "questions of `speaker_questions.py polnear/dev --negatives polnear/train`, the %d retrieval highlights and %d of "
                + "the 1,115 RealTimeQA dev quiz questions (lines 0 and 1 of every 8), read in place. Each set is split into alternate lines: the normaliser was developed "
                + "looking only at the even lines' failures (with bot-core's parse-level `PhrasingRobustnessTest`); the odd lines are held "
                + "out.%n%n", io.newsbot.testing.Rewrites.SEED, ingest.added(), ingest.chunks(), r.get("speaker", "all").questions,
                r.get("retrieval", "all").questions, r.get("realtimeqa", "all").questions));
        md.append("| questions | asked | plain answer covered | rewrites | **understood** | held-out half | development half | understood, covered questions only |\n"
                + "|---|---|---|---|---|---|---|---|\n");
        row(md, "speaker questions (PolNeAR dev)", r, "speaker");
        row(md, "retrieval highlights (CNN/DailyMail)", r, "retrieval");
        row(md, "speaker + retrieval", r, "speaker+retrieval");
        row(md, "RealTimeQA dev (articles not in this index)", r, "realtimeqa");
        row(md, "all", r, "all");
        md.append("\n").append(BEFORE).append("\n");
        md.append("\nBy kind of rewrite (all questions):\n\n| rewrite | rewrites | understood |\n|---|---|---|\n");
        for (Map.Entry<String, PhrasingBench.Tally> e : r.byKind().entrySet()) {
            md.append(String.format(Locale.ROOT, "| %s | %,d | %.2f%% |%n", e.getKey(), e.getValue().rewrites, 100 * e.getValue().share()));
        }
        if (!r.examples().isEmpty()) {
            md.append("\nSome held-out rewrites not understood:\n\n");
            for (String e : r.examples()) md.append("- ").append(e.replace("|", "\\|")).append('\n');
        }
        md.append("\n").append(LIMITS).append("\n");
        md.append(String.format(Locale.ROOT, "%n%,d asks in %.0f s. ", r.asks(), r.seconds()));
        md.append("RealTimeQA's own 2,866 articles are not in this index (embedding them takes hours on these shared cores), so most "
                + "of its questions are refused plainly and rewritten alike: read its row for the parser, and the speaker and "
                + "retrieval rows for answers. The bot's mention is the Telegram form `@newsbot_bot`, which the core removes "
                + "wherever it stands; the adapters remove their own forms (`@bot`, Slack's `<@U…>`) before the core sees the text, "
                + "tested in `InboundTranslatorTest`, `InboundTextTest` and `SocketModeIT`.\n");
        md.append("\n").append(machine.note()).append("\n");
        return md.toString();
    }

    private static void row(StringBuilder md, String label, PhrasingBench.Result r, String set) {
        PhrasingBench.Tally all = r.get(set, "all");
        if (all.questions == 0) return;
        PhrasingBench.Tally held = r.get(set, "held-out");
        PhrasingBench.Tally dev = r.get(set, "development");
        md.append(String.format(Locale.ROOT, "| %s | %d | %d | %,d | **%.2f%%** | %s | %s | %.2f%% |%n", label, all.questions, all.covered, all.rewrites,
                100 * all.share(), held.rewrites == 0 ? "" : String.format(Locale.ROOT, "%.2f%%", 100 * held.share()),
                dev.rewrites == 0 ? "" : String.format(Locale.ROOT, "%.2f%%", 100 * dev.share()), 100 * all.shareOfCovered()));
    }
}
