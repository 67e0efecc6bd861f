package io.newsbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsbot.story.StorySettings;
import java.util.List;
import java.util.Locale;

/** The markdown of the sections about stories and summaries in docs/benchmarks.md. */
final class StorySections {
    private StorySections() {
    }

    static String stories(StoryBench.Result r, Machine machine, String command) {
        StorySettings s = r.settings();
        StringBuilder md = new StringBuilder("```bash\n" + command + "\n```\n\n");
        md.append(String.format(Locale.ROOT, "Each ingested article joins a story or starts one (`io.newsbot.story.StoryGrouper`): it is compared with "
                + "the stored articles that share most of its %d heaviest terms and were published within %d days of it (at most %d, found "
                + "through the `story_postings` index), and joins the story whose %d most recent articles it is most like on average, if that "
                + "mean similarity reaches %.2f; when it links a second story that closely, and it and its story come as close to that story as "
                + "%.2f × the mean similarity of that story's own articles, they merge (average linkage, done online; the second condition "
                + "keeps two close-knit events of one topic apart). "
                + "Similarity is %.2f × cosine of TF-IDF content words (Lucene's English analyzer, title counted twice) + %.2f × cosine of "
                + "TF-IDF names (capitalised words inside sentences) + %.2f × cosine of the mean chunk embedding (all-MiniLM-L6-v2-q), with "
                + "document frequencies counted over the stored articles as they arrive. When one of two articles has no date, a different "
                + "event year (the publication year, or for an undated article the year its text mentions most) leaves %.2f of their "
                + "similarity. Once an article is placed, its %d closest neighbours are looked at again: one now more like another story of "
                + "the neighbourhood than like its own moves there (`NeighbourReview`). One setting for every feed (`StorySettings.DEFAULT`).%n%n",
                s.indexedTerms(), s.window().toDays(), s.candidates(), s.membersPerStory(), s.threshold(), s.mergeCohesion(), s.wordWeight(), s.nameWeight(), s.vectorWeight(),
                s.otherYearShare(), s.reexamined()));
        md.append("Data: `../shared/bench/stories/` scored by `score_stories.py` (B-cubed). Arrival order: dated articles by date (file order within "
                + "a day), then the undated ones in file order (ECB+ has no date for 609 of its 982 articles, among them every article of its "
                + "older half, so time separates none of its near-miss pairs); undated articles are compared at any date.\n\n");
        md.append("| set | articles | annotated stories | stories found | online, date order: precision / recall / **F1** | all at once F1 | "
                + "all at once, 30-day window kept, F1 | online, 3 random orders F1 | online F1 per fold (half the topics or events each) |\n"
                + "|---|---|---|---|---|---|---|---|---|\n");
        for (StoryBench.SetResult x : r.sets()) {
            JsonNode o = x.online();
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f / %.3f / **%.3f** | %.3f | %.3f | %s | %s |%n", x.name(), x.articles(),
                    x.gold(), x.predictedStories(), o.path("bcubed_precision").asDouble(), o.path("bcubed_recall").asDouble(),
                    o.path("bcubed_f1").asDouble(), x.allAtOnce().path("bcubed_f1").asDouble(), x.allAtOnceWindowed(), join(x.randomOrders()), folds(x)));
        }
        md.append("\nBaseline given with the data: TF-IDF cosine, average linkage, one threshold (0.15), all at once: ECB+ 0.863, Giveme5W1H 0.885 "
                + "(best threshold per file: 0.863 and 0.912).\n");
        md.append("\nBefore this round (main at 1fd3c99, branch stories3 merged; same data and scorer): online in date order "
                + "ECB+ 0.821 / 0.944 / **0.878**, Giveme5W1H 0.982 / 0.822 / **0.895**; all at once 0.879 and 0.914 (0.852 and 0.897 with "
                + "the window kept); folds 0.887, 0.878, 0.894, 0.887. Two rounds before (threshold 0.30, no year evidence, no "
                + "neighbour review): online ECB+ **0.854**, Giveme5W1H **0.867**; held-out folds 0.858, 0.861, 0.868, 0.858.\n");
        if (r.sweep() != null) md.append(sweep(r.sweep()));
        md.append("\n**How far this is from the target (≥ 0.95 on both).** It is not reached. What stands in the way, from the errors: ECB+ "
                + "pairs two events per topic with the same people and words (the 76ers firing Maurice Cheeks in 2008 and hiring him in 2005; "
                + "two Microsoft emergency patches for Internet Explorer) and gives no date for the older one; the year its text mentions now "
                + "parts many such pairs, the rest share the year or mention none. Giveme5W1H's annotated events are often long-running topics "
                + "(Panama Papers articles 19 months apart, two different airline incidents in one event) plus pages that are no article "
                + "(\"NPR Search : NPR\"), which a 30-day window and a threshold strict enough for ECB+ split. Online against all at once: the "
                + "all-at-once yardstick compares every pair, the online grouping only articles within 30 days of each other; kept to the same "
                + "window (the column \"window kept\"), grouping all at once does no better than online on either set, so what is left of the "
                + "gap is the window's, not the arrival order's. The early articles' weights, counted over few documents, are the other "
                + "part: a background of English at large closed most of it on the folds, but merged near-miss events in a young store and was "
                + "removed.\n");
        md.append("\n**Tried and dropped.** The year evidence applied to dated pairs as well (stories over New Year and reports "
                + "looking back split: Giveme5W1H lost 0.01–0.16 online, by share and threshold); a stronger year penalty (share 0.4 or 0: ECB+ fold B lost 0.02–0.04, as articles looking back on an "
                + "earlier year are taken for that year's). A shared-nearest-neighbour similarity (cosine of the articles' 10-nearest-neighbour lists) reached 0.945 "
                + "on ECB+ and 0.939 on Giveme5W1H all at once in a prototype, but its k is the size of these sets' stories: with every story five "
                + "times bigger (each article replicated with words dropped) it fell to 0.3, where the shipped similarity held 0.88 and 0.91. A "
                + "story of a hundred articles is the one a digest must not split. Second-order similarities without the k (cosine of the "
                + "similarity rows) and per-neighbourhood IDF did not beat the plain first-order similarity.\n");
        md.append("\n**Event evidence from numbers, tried and dropped in round three (branch stories3)** (measured on the same four folds with a throwaway harness around `OfflineGrouper`, "
                + "background 30, threshold 0.25): the numbers two articles mention as event evidence (a pair of which both mention at least 2 "
                + "or 3 numbers other than years, none in common, keeps 0.5, 0.7 or 0.8 of its similarity): ECB+ gained up to 0.009 on fold B "
                + "but Giveme5W1H lost 0.01–0.03 on both folds (reports of one event a few days apart quote different figures), and chosen on "
                + "three folds it lowered the held-out ECB+ fold A (0.884 against 0.890). Not shipped.\n");
        md.append(String.format(Locale.ROOT, "%nTime: about %.1f ms per article on ECB+ here (in memory, the similarity work only; the store's share is "
                + "in \"Story grouping cost\").%n", r.sets().get(0).secondsPerArticle() * 1000));
        md.append("\n").append(machine.note()).append("\n");
        return md.toString();
    }

    private static String sweep(StorySweep.Result w) {
        StringBuilder md = new StringBuilder(String.format(Locale.ROOT, "%n**Choosing the setting** (`--sweep`): %d settings (cohesion a merge asks for 0, 0.6, 0.7 or 0.8; threshold 0.25, 0.275 or 0.30; share kept for a different year 1 or 0.5; neighbour "
                + "review of 10 articles, weights 0.50 / 0.25 / 0.25 and a 30-day window as chosen before) scored online on four folds: ECB+ topics split in two (both events of a topic in one "
                + "fold) and Giveme5W1H events split in two. For each fold, the setting with the best worst F1 on the other three was chosen and "
                + "scored on it:%n%n", w.trials().size()));
        md.append("| held-out fold | setting chosen on the other three (threshold, weights, window, year share, reviewed, merge cohesion) | held-out F1 |\n|---|---|---|\n");
        for (StorySweep.HeldOut h : w.heldOut()) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %.3f |%n", h.fold(), describe(h.chosen()), h.f1()));
        }
        StorySweep.Trial best = w.trials().stream().filter(t -> t.settings().equals(w.best())).findFirst().orElseThrow();
        StorySweep.Trial shipped = w.trials().stream().filter(t -> t.settings().equals(StorySettings.DEFAULT)).findFirst().orElse(null);
        md.append(String.format(Locale.ROOT, "%nBest on all four folds by the same rule: %s (fold F1 %s, worst %.3f).", describe(w.best()),
                join(best.f1()), best.worst(-1)));
        if (shipped != null) {
            md.append(String.format(Locale.ROOT, " Shipped: %s (fold F1 %s, worst %.3f).", describe(shipped.settings()), join(shipped.f1()),
                    shipped.worst(-1)));
        }
        return md.append('\n').toString();
    }

    private static String describe(StorySettings s) {
        return String.format(Locale.ROOT, "%.3f, %.2f / %.2f / %.2f, %d days, %.1f, %d, %.1f", s.threshold(), s.wordWeight(), s.nameWeight(),
                s.vectorWeight(), s.window().toDays(), s.otherYearShare(), s.reexamined(), s.mergeCohesion());
    }

    private static String folds(StoryBench.SetResult x) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < x.folds().size(); i++) {
            out.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %.3f", x.foldNames().get(i).replace(x.name() + " ", ""), x.folds().get(i)));
        }
        return out.toString();
    }

    private static String join(List<Double> values) {
        StringBuilder out = new StringBuilder();
        for (double v : values) out.append(out.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", v));
        return out.toString();
    }

    static String storySummaries(StorySummaryBench.Result r, Machine machine, String command) {
        StringBuilder md = new StringBuilder("```bash\n" + command + "\n"
                + "java -jar launcher/target/newsbot.jar summarize --stories --json --input ../shared/bench/stories/neus-val.jsonl > /tmp/neus-pred.jsonl\n"
                + "python3 ../shared/bench/rouge.py --key cluster_id --ref ../shared/bench/stories/neus-val.jsonl --pred /tmp/neus-pred.jsonl\n```\n\n");
        md.append(String.format(Locale.ROOT, "A digest sums a story up once, from its outlets' articles (`io.newsbot.digest.StorySummariser`): a "
                + "sentence scores for its position in its article, for what it shares with the other outlets' text (consensus) and with all the "
                + "titles; the best are taken, skipping near-repeats and sentences that lean on one not taken, until the word budget. Every sentence "
                + "is an article's own. Data: neus-val, %d stories of three outlets' title and lead with AllSides' neutral summary; ROUGE F1 × 100 by "
                + "`rouge.py` (Porter stemming). Halves are alternate stories.%n%n", r.stories()));
        md.append("| summariser | on | R-1 | R-2 | R-Lsum |\n|---|---|---|---|---|\n");
        for (StorySummaryBench.Fold f : r.folds()) {
            String other = f.tunedOn().equals("even") ? "odd" : "even";
            md.append(row("tuned on the " + f.tunedOn() + " half", "**held-out " + other + " half**", f.heldOut()));
            md.append(row("first sentence of each article", other + " half", f.baselineHeldOut()));
            md.append(row("tuned on the " + f.tunedOn() + " half", f.tunedOn() + " half (tuning)", f.tuning()));
        }
        md.append(row("**shipped weights** (tuned on the even half)", "all stories", r.shipped()));
        md.append(row("first sentence of each article (baseline)", "all stories", r.baseline()));
        md.append(String.format(Locale.ROOT, "%nGiven with the data: baseline 36.37 / 16.60 / 27.05. Shipped summaries: %.0f words, %.1f sentences "
                + "on average (the references: 66 words). Weights tried: consensus 1–3, titles 0–2, redundancy 0.3 or 0.5, budget 45–65 words "
                + "(position decay 0.75, at most 4 sentences); chosen per half by the sum of the three F1.%n", r.wordsPerSummary(), r.sentencesPerSummary()));
        for (StorySummaryBench.Fold f : r.folds()) md.append("- tuned on the ").append(f.tunedOn()).append(" half: ").append(f.chosen()).append('\n');
        md.append("\n").append(machine.note()).append("\n");
        return md.toString();
    }

    static String digestSummaries(DigestSummaryBench.Result r, Machine machine, String command) {
        StringBuilder md = new StringBuilder("```bash\n" + command + "\n"
                + "java -jar launcher/target/newsbot.jar summarize --input ../shared/bench/summaries/cnndm-250.jsonl --json > /tmp/digest-pred.jsonl\n"
                + "python3 ../shared/bench/rouge.py --pred /tmp/digest-pred.jsonl --ref ../shared/bench/summaries/cnndm-250.jsonl\n```\n\n");
        md.append(String.format(Locale.ROOT, "A story told by one article is summed up by `io.newsbot.digest.LeadBiasedSummariser`: sentences score for "
                + "their position, a little for centrality, and lose for being very short or long, captions, questions or bare quotations; the best "
                + "are taken until two reach 70 words or three are taken, in article order. A sentence that leans on the one before it (it opens "
                + "with a pronoun, a connective or a speech tag: `io.newsbot.digest.Dependence`) is taken only right after it. The weights were tuned "
                + "on the even lines of this file before this change; read the odd half as the held-out figure. %d CNN/DailyMail articles; ROUGE F1 "
                + "× 100.%n%n", r.articles()));
        md.append("| summariser | all R-1 / R-2 / R-Lsum | even half (tuning) | **odd half (held out)** | summaries with a sentence leaning on one "
                + "not shown | words / sentences |\n|---|---|---|---|---|---|\n");
        for (DigestSummaryBench.Row x : r.rows()) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | **%s** | %.1f%% | %.1f / %.2f |%n", x.system(), scores(x.all()), scores(x.even()),
                    scores(x.odd()), x.unresolvedShare(), x.words(), x.sentences()));
        }
        md.append("\nGiven with the data: Lead-3 41.16 / 18.85 / 37.28. On held-out CNN/DailyMail articles this summary is Lead-3 within noise (the "
                + "+0.9 R-1 reported earlier came from the tuning half): news leads are strong summaries. The share in the fifth column counts "
                + "summaries with a sentence that opens with a pronoun, connective or speech tag (the same list the rule uses) whose previous "
                + "article sentence is not right before it in the summary. Examples the rule now keeps out:\n\n");
        for (String e : r.unresolvedExamples()) md.append("- \"").append(e.length() > 160 ? e.substring(0, 157) + "…" : e).append("\"\n");
        md.append("\n").append(machine.note()).append("\n");
        return md.toString();
    }

    static String cost(List<StoryCostBench.Point> points, List<StoryCostBench.Slowdown> slowdowns, Machine machine, String command) {
        StringBuilder md = new StringBuilder("```bash\n" + command + "   # PostgreSQL rows need NEWSBOT_BENCH_PG_URL\n```\n\n");
        md.append("| store | grouped articles stored | articles placed | **placed per second** | p50 / p99 ms per article |\n|---|---|---|---|---|\n");
        for (StoryCostBench.Point p : points) {
            md.append(String.format(Locale.ROOT, "| %s | %,d | %d | **%.1f** | %.1f / %.1f |%n", p.store(), p.stored(), p.probes(), p.perSecond(), p.p50ms(),
                    p.p99ms()));
        }
        md.append("\n| store | articles ingested without / with grouping | seconds without | seconds with | slowdown (batches compared) | seconds "
                + "grouping within \"with\" | **grouping against the rest of the same ingest** |\n|---|---|---|---|---|---|---|\n");
        for (StoryCostBench.Slowdown s : slowdowns) {
            md.append(String.format(Locale.ROOT, "| %s | %d / %d | %.1f | %.1f | %+.1f%% | %.1f | **%+.1f%%** |%n", s.store(), s.articles(), s.articles(),
                    s.secondsWithout(), s.secondsWith(), s.percent(), s.secondsGrouping(), s.groupingPercent()));
        }
        md.append("\nPlacement is `StoryGrouper.place` alone (term statistics, candidate search, comparison, writing the profile, postings and "
                + "counts) for 200 Giveme5W1H articles with their real text and embeddings, dated at random over the archive's year. The archive is "
                + "synthesised in the story tables (`StoryArchive`): the 1,365 story-set articles' profiles replicated, each replica with its own "
                + "names and half its words (so the vocabulary grows as a real archive's does), noise on its vector and a date spread over 365 "
                + "days, so a 30-day window holds about 8% of it. Ingest is `Ingestor.ingestDrafts` (cleaning, chunking, embedding, store and index "
                + "writes) of 160 Giveme5W1H articles in four fresh stores, alternately without and with grouping (40 each): the slowdown compares "
                + "the sums, measured in one run.\n");
        md.append("\n").append(machine.note()).append("\n");
        return md.toString();
    }

    private static String row(String system, String on, Rouge.Scores s) {
        return String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f | %.2f |%n", system, on, s.r1(), s.r2(), s.rLsum());
    }

    private static String scores(Rouge.Scores s) {
        return String.format(Locale.ROOT, "%.2f / %.2f / %.2f", s.r1(), s.r2(), s.rLsum());
    }
}
