package io.newsbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;

/** The "Who said what" section of docs/benchmarks.md: attribution figures, sentence splitting, and linear time. */
final class QuotesSection {
    private QuotesSection() {
    }

    static String write(AttributionBench.Result train, AttributionBench.Result dev, List<SentenceSplitBench.Result> splitting,
                        List<AttributionScaling.Result> scaling, Machine machine, String command) {
        StringBuilder md = new StringBuilder();
        md.append("```bash\n").append(command).append("\n```\n\n");
        md.append("The attribution extractor (`io.newsbot.quote`, rules, no model) run over PolNeAR texts with offsets into the raw "
                + "files (as `newsbot quotes --json FILE`), scored by `../shared/bench/score_attributions.py` (the headline): a "
                + "predicted content matches a gold one when their token-overlap F1 is at least 0.5; source accuracy is the share of "
                + "matches whose speaker shares a word with the annotated source. Tuned on `train` (840 articles), reported on `dev` "
                + "(84 articles).\n\n");
        md.append("| split | attributions | precision | recall | F1 | source accuracy | resolved source accuracy | gold | predicted |\n"
                + "|---|---|---|---|---|---|---|---|---|\n");
        for (AttributionBench.Result r : new AttributionBench.Result[] {dev, train}) {
            for (String subset : new String[] {"direct", "all"}) {
                JsonNode s = r.scores().path(subset);
                md.append(String.format(Locale.ROOT, "| %s%s | %s | %.3f | %.3f | **%.3f** | %.3f | %.3f | %.0f | %.0f |%n", r.split(),
                        r.split().equals("train") ? " (tuning)" : "", subset.equals("direct") ? "direct quotes" : "all",
                        s.path("precision").asDouble(), s.path("recall").asDouble(), s.path("f1").asDouble(),
                        s.path("source_accuracy").asDouble(), r.spans().path(subset).path("resolved_source_accuracy").asDouble(),
                        s.path("gold").asDouble(), s.path("pred").asDouble()));
            }
        }
        md.append("\n**Resolved source accuracy** (`bench/score_attribution_spans.py`) is the official source accuracy except that "
                + "where the annotators marked a pronoun as the source (\"he\", \"she\", \"they\", \"who\": ")
                .append(pct(dev.spans().path("all").path("pronoun_sources").asDouble()))
                .append(" of dev's matched statements), the source counts as right when the speaker shares a word with the pronoun's "
                        + "nearest named antecedent: the closest annotated Source span of the same annotator file that ends before the "
                        + "pronoun and holds a capitalised word other than a pronoun. The official measure can never count those right "
                        + "(its stop words include he, she and they), and newsbot names the person (\"Sergei Lavrov\", not \"he\").\n\n");
        md.append("**Span measures, as CofeNet reports them** (Wang et al., COLING 2022, a supervised BERT model on PolNeAR: content "
                + "exact F1 72.9, begin F1 79.6; source exact F1 83.2). Spans are token ranges (tokens as the official scorer: runs "
                + "of word characters), each distinct span once; a predicted span matches *exactly* when its first and last tokens "
                + "are a gold span's, at the *beginning* when its first token is a gold span's first token; precision over predicted "
                + "spans, recall over gold spans; several annotator files are averaged. Source spans are the words that name the "
                + "speaker next to the statement (`sourceStart`/`sourceEnd`, \"he\" where the text says he). CofeNet tags "
                + "sentences with a model trained on PolNeAR's own train split; these are rules, so the comparison is indicative.\n\n");
        md.append("| split | content exact P / R / F1 | content begin F1 | source exact P / R / F1 | source begin F1 |\n|---|---|---|---|---|\n");
        for (AttributionBench.Result r : new AttributionBench.Result[] {dev, train}) {
            JsonNode c = r.spans().path("content");
            JsonNode s = r.spans().path("source");
            md.append(String.format(Locale.ROOT, "| %s%s | %.3f / %.3f / **%.3f** | %.3f | %.3f / %.3f / **%.3f** | %.3f |%n", r.split(),
                    r.split().equals("train") ? " (tuning)" : "", c.path("exact_precision").asDouble(), c.path("exact_recall").asDouble(),
                    c.path("exact_f1").asDouble(), c.path("begin_f1").asDouble(), s.path("exact_precision").asDouble(),
                    s.path("exact_recall").asDouble(), s.path("exact_f1").asDouble(), s.path("begin_f1").asDouble()));
        }
        md.append("| CofeNet (published, test split) | **0.729** | 0.796 | **0.832** | |\n");
        md.append(String.format(Locale.ROOT, "%nExtraction speed: %d articles in %.1f s, %.0f articles/s (train and dev, one thread, "
                + "including sentence splitting).%n", train.articles() + dev.articles(), train.seconds() + dev.seconds(),
                (train.articles() + dev.articles()) / (train.seconds() + dev.seconds())));
        md.append(QuotesRounds.text());
        md.append(QuotesNotes.THIRD_ROUND);
        md.append(QuotesNotes.BEFORE);
        md.append("\n### Sentence splitting\n\n");
        md.append("Statements are whole sentences, so the splitter decides whether an answer quotes \"...debate in St.\" or the sentence. "
                + "newsbot's `SentenceSplitter` (rules, one pass, an abbreviation list: titles before names never end a sentence, "
                + "months before a number do not, initials and dotted abbreviations such as \"U.S.\" end one only before a word that "
                + "usually opens a sentence) replaced LangChain4j's OpenNLP-model splitter. Both on the benchmark's 1,174 articles "
                + "(924 PolNeAR, 250 CNN/DailyMail); with no gold boundaries, errors are counted by proxies: *bad cuts* are sentences "
                + "that end in a title or an initial (\"Sen.\", \"W.\") or a month before a date and are followed by another; "
                + "*missed* are places inside a sentence where an ordinary lower-case word, a full stop and a common opener "
                + "(\"The\", \"He\", \"But\" ...) follow each other.\n\n");
        md.append("| splitter | sentences | bad cuts | missed boundaries | time |\n|---|---|---|---|---|\n");
        for (SentenceSplitBench.Result r : splitting) {
            md.append(String.format(Locale.ROOT, "| %s | %,d | %d | %d | %.2f s |%n", r.name(), r.sentences(), r.badCuts(), r.missed(), r.seconds()));
        }
        md.append("\n### Linear time\n\n");
        md.append(String.format(Locale.ROOT, "Each shape of text at %,d characters and at %d times that (one `AttributionExtractor.extract`, "
                + "one `SentenceSplitter.split`; best of three runs). Linear work gives a ratio near %d; the extractor before this "
                + "change walked every sentence of the article for each paragraph (a 5 MB article of one-line paragraphs cost "
                + "29 s per question).%n%n", scaling.get(0).baseChars(), AttributionScaling.FACTOR, AttributionScaling.FACTOR));
        md.append("| text | extract, 1x | extract, 20x | ratio | split, 1x | split, 20x | ratio |\n|---|---|---|---|---|---|---|\n");
        for (AttributionScaling.Result r : scaling) {
            md.append(String.format(Locale.ROOT, "| %s | %.3f s | %.3f s | %.1f | %.4f s | %.4f s | %.1f |%n", r.shape(), r.extractBase(),
                    r.extractLarge(), r.extractRatio(), r.splitBase(), r.splitLarge(), r.splitRatio()));
        }
        md.append(QuotesNotes.AFTER);
        md.append("\n").append(machine.note()).append("\n");
        return md.toString();
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}
