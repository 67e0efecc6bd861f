package io.newsbot.bench;

import java.util.List;
import java.util.Locale;

/** The markdown of the hardening parts of docs/benchmarks.md: durable commits, hostile content. */
final class HardeningSections {
    private HardeningSections() {
    }

    static String durability(List<DurabilityBench.Costs> costs, int writes, int articles, Machine machine, String command) {
        StringBuilder md = new StringBuilder("```bash\n" + command + "\n```\n\n");
        md.append(String.format(Locale.ROOT, "The same writes on a fresh embedded store under each setting: %d admin grants and %d claimed "
                + "events (one small transaction each), then %d benchmark articles stored (the row and its body, one transaction; the Lucene "
                + "index is not involved). `DELAYED` is H2's default (commits written by a background thread within 500 ms, never forced "
                + "to disk), what newsbot ran before; `SYNCED` is newsbot's setting now (`WRITE_DELAY=0`, the file opened with `DSYNC`: "
                + "each commit written and on the disk before it returns).%n%n", writes, writes, articles));
        md.append("| setting | admin grant p50 / p99 ms | claimed event p50 / p99 ms | stored article p50 / p99 ms (mean) |\n|---|---|---|---|\n");
        for (DurabilityBench.Costs c : costs) {
            md.append(String.format(Locale.ROOT, "| %s | %.2f / %.2f | %.2f / %.2f | %.2f / %.2f (%.2f) |%n", c.durability(),
                    c.grants().percentileMs(50), c.grants().percentileMs(99), c.claims().percentileMs(50), c.claims().percentileMs(99),
                    c.articles().percentileMs(50), c.articles().percentileMs(99), c.articles().meanMs()));
        }
        if (costs.size() == 2) {
            md.append(String.format(Locale.ROOT, "%nA durable commit costs about %.1f ms more per admin change (p50) and %.1f ms more per stored "
                    + "article (mean), next to some 170 ms an article takes to ingest end to end (embedding dominates; see Speed).%n",
                    costs.get(1).grants().percentileMs(50) - costs.get(0).grants().percentileMs(50),
                    costs.get(1).articles().meanMs() - costs.get(0).articles().meanMs()));
        }
        md.append("\n").append(machine.note()).append("\n");
        return md.toString();
    }

    static String hostile(List<HostileContentBench.Row> rows, Machine machine, String command) {
        StringBuilder md = new StringBuilder("```bash\n" + command + "\n```\n\n");
        md.append("Each input is ingested into a data directory of its own through `Ingestor.ingestDrafts` (the nested page through "
                + "`HtmlParser` first) with the default content limits (200,000 characters, 400 passages, page depth 256), then one "
                + "question is asked through `Bot.handle`. The splitter and chunker and the attribution extractor are also timed alone on "
                + "the stored body (attribution and sentence splitting are being rewritten by 'quotes'; their figures here are of this "
                + "branch's code). Memory is the bytes allocated by all threads during the stage. Ratios are to the normal article "
                + "(real news text of the same size) measured in the same run.\n\n");
        md.append("| input | input chars | kept chars | passages | ingest s (× normal) | ingest MB allocated (×) | split+chunk s | "
                + "attribution s ('quotes') | question s (×) | question MB (×) | reply |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        HostileContentBench.Row normal = rows.get(0);
        for (HostileContentBench.Row r : rows) {
            md.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %d | %s (%s) | %.0f (%s) | %s | %s | %s (%s) | %.0f (%s) | %s |%n", r.name(),
                    r.inputChars(), r.keptChars(), r.chunks(), secs(r.ingest()), ratio(r.ingest().seconds(), normal.ingest().seconds()),
                    r.ingest().allocatedMb(), ratio(r.ingest().allocatedMb(), normal.ingest().allocatedMb()), secs(r.split()),
                    secs(r.attribution()), secs(r.question()), ratio(r.question().seconds(), normal.question().seconds()),
                    r.question().allocatedMb(), ratio(r.question().allocatedMb(), normal.question().allocatedMb()), r.replyKind()));
        }
        md.append("\nOver the 5× target (a stage's time or memory against the normal article's):\n\n");
        boolean any = false;
        for (HostileContentBench.Row r : rows) {
            List<String> over = new java.util.ArrayList<>();
            over(over, "ingest time", r.ingest().seconds(), normal.ingest().seconds());
            over(over, "ingest memory", r.ingest().allocatedMb(), normal.ingest().allocatedMb());
            over(over, "question time", r.question().seconds(), normal.question().seconds());
            over(over, "question memory", r.question().allocatedMb(), normal.question().allocatedMb());
            over(over, "attribution time ('quotes')", r.attribution().seconds(), normal.attribution().seconds());
            if (over.isEmpty()) continue;
            any = true;
            md.append("- ").append(r.name()).append(": ").append(String.join(", ", over)).append('\n');
        }
        if (!any) md.append("- none\n");
        md.append("\nWhat the limits cut, as the ingest report says it:\n\n");
        for (HostileContentBench.Row r : rows) {
            for (String n : r.notes()) md.append("- ").append(r.name()).append(": ").append(n.replaceFirst("^bench:hostile/[^:]*: ", "")).append('\n');
        }
        md.append("\n").append(machine.note()).append("\n");
        return md.toString();
    }

    private static void over(List<String> out, String what, double value, double normal) {
        if (value < 0) out.add(what + " over the " + HostileContentBench.CAP_SECONDS + " s cap");
        else if (normal > 0 && value / normal > 5) out.add(String.format(Locale.ROOT, "%s %.1f×", what, value / normal));
    }

    private static String secs(HostileContentBench.Cost c) {
        return c.seconds() < 0 ? "> " + (long) -c.seconds() : String.format(Locale.ROOT, "%.2f", c.seconds());
    }

    private static String ratio(double value, double normal) {
        if (value < 0) return "over the cap";
        return normal <= 0 ? "—" : String.format(Locale.ROOT, "%.1f×", value / normal);
    }
}
