package io.newsbot.bench;

import java.util.Locale;

/** The markdown of the watches part of docs/benchmarks.md. */
final class WatchSection {
    private WatchSection() {
    }

    static String markdown(WatchBench.Result r, Machine machine, String command) {
        WatchBench.Calibration c = r.calibration();
        WatchBench.Cost cost = r.cost();
        WatchBench.Delivery d = r.delivery();
        StringBuilder md = new StringBuilder("```bash\n" + command + "\n```\n\n");
        md.append(String.format(Locale.ROOT, """
                **Topic threshold (meaning).** A topic watch matches an article holding all its stemmed words, or whose title and first 80 \
                words embed (all-MiniLM-L6-v2-q) within cosine `topicThreshold` of the topic. No data set labels topics, so the threshold \
                is calibrated on a stand-in on PolNeAR **train**: each article's topic is the first three meaningful words of its own \
                title (%d topics); its own article is a positive, 20 random other articles are negatives. The threshold is the least \
                (in steps of 0.05) at which at most 1%% of the negatives would alert: **%.2f** (`WatchSettings.DEFAULT`). Checked on \
                **dev**, held out (%d topics):

                | split | own article reached by meaning | unrelated articles that would alert |
                |---|---|---|
                | train (tuned) | %.1f%% | %.2f%% |
                | dev (held out) | %.1f%% | %.2f%% |

                Title words make easy topics (their words are in the article, so the word rule alone reaches every own article); the \
                meaning rule is what catches an article on the topic in other words, and its false-alert rate is the figure to watch.

                """, c.trainTopics(), c.threshold(), c.devTopics(), 100 * c.trainRecall(), 100 * c.trainFalse(), 100 * c.devRecall(),
                100 * c.devFalse()));
        md.append(String.format(Locale.ROOT, """
                **Matching cost at %d watches** (%d person watches: the people most quoted in train; %d topic watches: train titles' \
                topics), per new article, over the %d dev articles, one thread, `WatchMatcher.match`:

                | what | p50 ms | p99 ms | mean ms |
                |---|---|---|---|
                | all 1,000 watches against one article (statements, words, embedding included) | %.1f | %.1f | %.1f |
                | of which: extracting the article's statements | %.1f | %.1f | %.1f |
                | of which: embedding its title and lead once | %.1f | %.1f | %.1f |

                The first article also embeds every topic once (cached afterwards, %,.0f ms for %d topics). What the two parts \
                shown leave of the total is not broken down here: it is the 500 names matched against each statement's speaker \
                and the article's words analysed for the topics. %.2f alerts per article on average (PolNeAR is about one \
                election, and its most quoted people are quoted in most of its articles).

                """, cost.persons() + cost.topics(), cost.persons(), cost.topics(), cost.articles(), cost.match().percentileMs(50),
                cost.match().percentileMs(99), cost.match().meanMs(), cost.statements().percentileMs(50), cost.statements().percentileMs(99),
                cost.statements().meanMs(), cost.embedding().percentileMs(50), cost.embedding().percentileMs(99), cost.embedding().meanMs(),
                cost.firstTopicsMs(), cost.topics(), cost.alertsPerArticle()));
        md.append(String.format(Locale.ROOT, """
                **Alert latency, ingest to delivery** (in process, the real core on a fresh embedded store with the same 1,000 watches \
                in 200 chats, a driven clock a day apart per article so no cap or quiet hour holds anything back): each of the %d dev \
                articles is ingested (`Ingestor.ingestDrafts`), then one `WatchAlerts.poll()` matches it and queues its alerts in the \
                outbox, whose sender (woken by the poll) delivers them to an in-process messenger; the poll row ends when all are delivered. %d articles gave alerts, %d alerts in all.

                | stage | p50 ms | p99 ms |
                |---|---|---|
                | ingest (parse, store, chunk, embed, index) | %.0f | %.0f |
                | poll: scan, match, queue in the outbox, deliver | %.0f | %.0f |
                | start of ingest to the last alert delivered | %.0f | %.0f |

                In the running bot the poll comes every `WatchSettings.poll` (10 s), so an alert leaves up to 10 s (5 s on average) \
                later than this, plus the platform's own time; alerts held by quiet hours or the hourly cap leave when those allow.

                """, d.articles(), d.withAlerts(), d.alerts(), d.ingest().percentileMs(50), d.ingest().percentileMs(99),
                d.scanAndSend().percentileMs(50), d.scanAndSend().percentileMs(99), d.toLastAlert().percentileMs(50), d.toLastAlert().percentileMs(99)));
        md.append(machine.note()).append("\n");
        return md.toString();
    }
}
