package io.newsbot.bench;

import io.newsbot.app.NewsbotCore;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.InboundMessage;
import io.newsbot.platform.Reply;
import io.newsbot.platform.Sender;
import io.newsbot.testing.BenchQuestions;
import io.newsbot.testing.Rewrites;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Phrasing robustness through the real core: every benchmark question is asked plainly and in its rewrites
 * ({@link Rewrites}: greeting, filler, bot mention at the start, middle or end, trailing punctuation or emoji, lower
 * case, a typo in a word that is not a name, combinations), each in a fresh conversation, through {@code Bot.handle}
 * on the benchmark's index; a rewrite counts as understood when its reply cites the same articles, in the same order,
 * with the same speaker labels, and is covered or refused alike.
 */
final class PhrasingBench {
    private final Path data;
    private final Path dataDir;

    PhrasingBench(Path data, Path dataDir) {
        this.data = data;
        this.dataDir = dataDir;
    }

    /** What a reply must keep whatever the phrasing. */
    record Outcome(Reply.Kind kind, List<Long> articles, List<String> speakers) {
        static Outcome of(Reply reply) {
            List<Long> articles = reply.citations().stream().map(Reply.Citation::articleId).toList();
            List<String> speakers = new ArrayList<>();
            for (Reply.Section s : reply.sections()) for (Reply.Item i : s.items()) speakers.add(i.speaker());
            return new Outcome(reply.kind(), articles, speakers);
        }

        boolean covered() {
            return kind == Reply.Kind.ANSWER;
        }
    }

    /** Counts for one slice of the questions. */
    static final class Tally {
        int questions;
        int covered;
        int rewrites;
        int same;
        int rewritesOfCovered;
        int sameOfCovered;

        double share() {
            return rewrites == 0 ? 1 : same / (double) rewrites;
        }

        double shareOfCovered() {
            return rewritesOfCovered == 0 ? 1 : sameOfCovered / (double) rewritesOfCovered;
        }
    }

    /** Tallies by set ("speaker", "realtimeqa", "retrieval") and half, by rewrite kind, and a few differences. */
    record Result(Map<String, Tally> bySetAndHalf, Map<String, Tally> byKind, List<String> examples, int asks, double seconds) {
        Tally get(String set, String half) {
            return bySetAndHalf.getOrDefault(set + "/" + half, new Tally());
        }
    }

    Result run() throws Exception {
        // RealTimeQA's articles are not in this index (see the section): a quarter of its questions (lines 0 and 1 of
        // every 8, so both halves) is enough to check that quiz phrasing goes through; all of the other two sets.
        List<BenchQuestions.Asked> asked = BenchQuestions.all(data).stream().filter(q -> !q.set().equals("realtimeqa") || q.index() % 8 < 2).toList();
        Map<String, Tally> bySetAndHalf = new LinkedHashMap<>();
        Map<String, Tally> byKind = new TreeMap<>();
        List<String> examples = new ArrayList<>();
        int asks = 0;
        long started = System.nanoTime();
        try (NewsbotCore core = NewsbotCore.open(BenchCorpus.settings(dataDir), Clock.systemUTC())) {
            for (BenchQuestions.Asked q : asked) {
                Outcome plain = Outcome.of(ask(core, q.text(), asks++));
                List<Tally> tallies = new ArrayList<>();
                for (String key : List.of(q.set() + "/all", q.set() + "/" + (q.heldOut() ? "held-out" : "development"), "all/all",
                        "all/" + (q.heldOut() ? "held-out" : "development"), "speaker+retrieval/" + (q.set().equals("realtimeqa") ? "-" : "all"))) {
                    tallies.add(bySetAndHalf.computeIfAbsent(key, k -> new Tally()));
                }
                tallies.forEach(t -> {
                    t.questions++;
                    if (plain.covered()) t.covered++;
                });
                for (Rewrites.Rewrite r : Rewrites.of(q.text(), Rewrites.SEED)) {
                    Outcome got = Outcome.of(ask(core, r.text(), asks++));
                    boolean same = got.equals(plain);
                    List<Tally> all = new ArrayList<>(tallies);
                    all.add(byKind.computeIfAbsent(r.kind(), k -> new Tally()));
                    for (Tally t : all) {
                        t.rewrites++;
                        if (same) t.same++;
                        if (plain.covered()) {
                            t.rewritesOfCovered++;
                            if (same) t.sameOfCovered++;
                        }
                    }
                    if (!same && q.heldOut() && examples.size() < 12) examples.add(r.kind() + ": `" + r.text() + "`");
                }
                if (asks % 1400 < 14) System.out.printf("  phrasing: %d asks%n", asks);
            }
        }
        bySetAndHalf.remove("speaker+retrieval/-");
        return new Result(bySetAndHalf, byKind, examples, asks, (System.nanoTime() - started) / 1e9);
    }

    /** One question in a conversation of its own, so nothing is read as a follow-up. */
    private static Reply ask(NewsbotCore core, String text, int n) {
        InboundMessage m = new InboundMessage(new ChatRef("bench", "phrasing", ChatType.PRIVATE), new Sender("bench", "phrasing", "phrasing"), text,
                "ask-" + n, Instant.now());
        return core.bot().handle(m).orElseThrow();
    }
}
