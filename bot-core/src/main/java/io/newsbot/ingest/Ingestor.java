package io.newsbot.ingest;

import io.newsbot.article.Article;
import io.newsbot.article.ArticleDraft;
import io.newsbot.article.ArticleStore;
import io.newsbot.index.ArticleIndexer;
import io.newsbot.index.Chunk;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes articles in from files, directories, web pages and feeds: parses, cleans, de-duplicates, stores and
 * indexes them. Each article is stored in its own transaction with its chunks written to the index inside
 * it; the index is committed every {@value #COMMIT_EVERY} articles and at the end. A crash in between
 * leaves the store ahead of the index, which {@link ArticleIndexer#reconcile} repairs on the next start.
 */
public final class Ingestor {
    private static final Logger log = LoggerFactory.getLogger(Ingestor.class);
    private static final int COMMIT_EVERY = 25;
    private static final int MIN_WORDS = 20;
    private final ArticleStore store;
    private final ArticleIndexer indexer;
    private final Fetcher fetcher;
    private final Clock clock;
    private final ContentLimits limits;
    private final TextCleaner cleaner = new TextCleaner();
    private final TextFileReader files;
    private final ArticleParser text = new PlainTextParser();
    private final ArticleParser html;
    private final ArticleParser feed;

    public Ingestor(ArticleStore store, ArticleIndexer indexer, Fetcher fetcher, Clock clock) {
        this(store, indexer, fetcher, clock, ContentLimits.DEFAULT);
    }

    public Ingestor(ArticleStore store, ArticleIndexer indexer, Fetcher fetcher, Clock clock, ContentLimits limits) {
        this.store = store;
        this.indexer = indexer;
        this.fetcher = fetcher;
        this.clock = clock;
        this.limits = limits;
        this.files = new TextFileReader(limits.maxFileBytes());
        this.html = new HtmlParser(limits.maxPageDepth());
        this.feed = new FeedParser(limits.maxPageDepth());
    }

    /** Reports how far an ingest has come. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(int done, int total);
    }

    /** Ingests a file, or every readable article file under a directory. */
    public IngestReport ingestPath(Path path, Long sourceId, Progress progress) {
        if (!Files.exists(path)) throw new IngestException(path + " does not exist.");
        if (!Files.isReadable(path)) throw new IngestException(path + " is not readable.");
        List<Path> paths;
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                paths = walk.filter(Files::isRegularFile).filter(Ingestor::isArticleFile).sorted().toList();
            } catch (IOException | java.io.UncheckedIOException e) {
                throw new IngestException("Cannot list " + path + ": " + e.getMessage(), e);
            }
            if (paths.isEmpty()) throw new IngestException(path + " holds no .txt, .md, .html or feed files.");
        } else {
            paths = List.of(path);
        }
        List<ArticleDraft> drafts = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Path file : paths) {
            try {
                drafts.addAll(readFile(file));
            } catch (IOException e) {
                failures.add(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
            } catch (IngestException e) {
                failures.add(e.getMessage());
            }
        }
        if (paths.size() == 1 && drafts.isEmpty()) throw new IngestException(failures.get(0));
        return ingestDrafts(drafts, sourceId, progress).withFailures(failures);
    }

    /** A local file's articles, read in its own encoding and cut to the file size limit. */
    private List<ArticleDraft> readFile(Path file) throws IOException {
        TextFileReader.Decoded decoded = files.read(file);
        String locator = file.toAbsolutePath().toString();
        if (!decoded.charset().equals(StandardCharsets.UTF_8)) log.info("Reading {} as {}", locator, decoded.charset().name());
        List<ArticleDraft> drafts = parserFor(file.getFileName().toString(), "", decoded.text()).parse(locator, decoded.text());
        List<ArticleDraft> out = new ArrayList<>();
        for (ArticleDraft d : drafts) {
            if (!decoded.charset().equals(StandardCharsets.UTF_8)) d = d.withNote(locator + ": read as " + decoded.charset().name()
                    + " (not UTF-8)");
            if (decoded.cut()) d = d.withNote(locator + ": read the first " + decoded.bytes() + " of its " + decoded.fileSize() + " bytes");
            out.add(d);
        }
        return out;
    }

    /** Ingests a web page or a feed. */
    public IngestReport ingestUrl(URI uri, Long sourceId, Progress progress) {
        return ingestFetched(fetch(uri), sourceId, progress);
    }

    /** Fetches a web page or feed without ingesting it yet, e.g. to learn whether it is a feed first. */
    public Fetcher.Fetched fetch(URI uri) {
        return fetcher.fetch(uri);
    }

    /** Whether a fetched document is an RSS or Atom feed (worth re-reading), rather than a single page. */
    public boolean isFeed(Fetcher.Fetched page) {
        return parserFor(page.finalUri().getPath(), page.contentType(), page.body()) == feed;
    }

    /** Ingests a fetched web page or feed. */
    public IngestReport ingestFetched(Fetcher.Fetched page, Long sourceId, Progress progress) {
        return ingestDrafts(parse(page), sourceId, progress);
    }

    /** The articles of a fetched web page or feed, not stored yet; throws {@link IngestException} when it holds none. */
    public List<ArticleDraft> parse(Fetcher.Fetched page) {
        return parserFor(page.finalUri().getPath(), page.contentType(), page.body()).parse(page.finalUri().toString(), page.body());
    }

    /** Cleans, stores and indexes parsed articles. */
    public IngestReport ingestDrafts(List<ArticleDraft> drafts, Long sourceId, Progress progress) {
        IngestReport report = IngestReport.EMPTY;
        int done = 0;
        ProgressLog logged = new ProgressLog(drafts.size());
        for (ArticleDraft draft : drafts) {
            try {
                Taken taken = ingestOne(draft, sourceId);
                report = report.plus(taken.outcome()).withNotes(taken.notes());
                for (String note : taken.notes()) log.info("{}", note);
            } catch (IngestException e) {
                report = report.withFailures(List.of(e.getMessage()));
            } catch (RuntimeException e) {
                log.warn("Could not ingest {}", draft.locator(), e);
                report = report.withFailures(List.of(draft.locator() + ": " + e.getMessage()));
            }
            progress.update(++done, drafts.size());
            logged.update(done, report);
            if (done % COMMIT_EVERY == 0) indexer.index().commit();
        }
        indexer.index().commit();
        return report;
    }

    /** What became of one article, and what of it was cut to the limits. */
    private record Taken(ArticleStore.PutOutcome outcome, List<String> notes) {
    }

    private Taken ingestOne(ArticleDraft draft, Long sourceId) {
        List<String> notes = new ArrayList<>(draft.notes());
        // Cleaning is linear, but there is no reason to clean text far past what is kept.
        String raw = draft.text().length() > 4L * limits.maxArticleChars()
                ? draft.text().substring(0, Cut.at(draft.text(), 4 * limits.maxArticleChars())) : draft.text();
        TextCleaner.Cleaned cleaned = cleaner.clean(draft.title(), raw);
        String body = cleaned.body();
        if (cleaned.title().isEmpty()) throw new IngestException(draft.locator() + " has no title.");
        if (Cut.words(body, MIN_WORDS) < MIN_WORDS) {
            throw new IngestException(draft.locator() + " has too little text to be an article.");
        }
        if (body.length() > limits.maxArticleChars() || raw.length() < draft.text().length()) {
            int keep = Math.min(body.length(), Cut.at(body, limits.maxArticleChars()));
            notes.add(draft.locator() + ": kept the first " + keep + " characters of " + (raw.length() < draft.text().length()
                    ? "more than " + body.length() : body.length()) + " (the limit is " + limits.maxArticleChars() + ")");
            body = body.substring(0, keep);
        }
        Article article = article(draft, cleaned.title(), body);
        ArticleIndexer.Prepared prepared = indexer.prepare(article);
        if (prepared.chunks().size() >= limits.maxChunks()) {
            int end = prepared.chunks().get(prepared.chunks().size() - 1).sentences().stream().mapToInt(Chunk.Sentence::end).max().orElse(0);
            if (!body.substring(end).isBlank()) {
                notes.add(draft.locator() + ": kept the first " + limits.maxChunks() + " passages, " + end + " of " + body.length()
                        + " characters (the limit is " + limits.maxChunks() + " passages)");
                article = article(draft, cleaned.title(), body.substring(0, end));
            }
        }
        Article stored = article;
        ArticleStore.PutResult result = store.put(stored, sourceId, r -> {
            if (r.outcome() == ArticleStore.PutOutcome.ADDED || r.outcome() == ArticleStore.PutOutcome.REPLACED) {
                indexer.write(r.article(), prepared);
            }
        });
        return new Taken(result.outcome(), notes);
    }

    private Article article(ArticleDraft draft, String title, String body) {
        Instant now = clock.instant();
        return new Article(0, draft.locator(), draft.url(), title, draft.publisher().isEmpty() ? publisherOf(draft) : draft.publisher(),
                draft.publishedAt() == null ? now : draft.publishedAt(), now, Languages.guess(body), sha256(title + "\n" + body), body);
    }

    /** Removes an article from the store and the index. */
    public boolean remove(long articleId) {
        boolean removed = store.remove(articleId, () -> indexer.index().remove(articleId));
        if (removed) indexer.index().commit();
        return removed;
    }

    private ArticleParser parserFor(String name, String contentType, String content) {
        String n = name.toLowerCase(Locale.ROOT);
        String ct = contentType.toLowerCase(Locale.ROOT);
        String head = content.stripLeading();
        head = head.substring(0, Math.min(head.length(), 1000)).toLowerCase(Locale.ROOT);
        if (ct.contains("rss") || ct.contains("atom") || n.endsWith(".rss") || n.endsWith(".atom")
                || ((ct.contains("xml") || n.endsWith(".xml") || head.startsWith("<?xml")) && (head.contains("<rss") || head.contains("<feed")))) {
            return feed;
        }
        if (ct.contains("html") || n.endsWith(".html") || n.endsWith(".htm") || head.startsWith("<!doctype html") || head.startsWith("<html")) {
            return html;
        }
        return text;
    }

    private static boolean isArticleFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !n.startsWith(".") && n.matches(".*\\.(txt|md|markdown|html|htm|xml|rss|atom)$");
    }

    private static String publisherOf(ArticleDraft draft) {
        if (!draft.url().isEmpty()) return HtmlParser.host(draft.url());
        return "local files";
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
