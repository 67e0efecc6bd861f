package io.newsbot.ingest;

/**
 * How much of one article newsbot takes in, whatever brought it (a local file, a page, a feed entry), so that no
 * article can make ingestion or answering slow. What lies past a limit is cut, said in the log and in the ingest
 * report; the rest of the article is kept.
 *
 * @param maxArticleChars the longest article body kept, in characters (cut at a paragraph or word boundary)
 * @param maxChunks       the most index chunks one article gets (the body is cut after the last one)
 * @param maxPageDepth    the deepest element nesting of a page that is read; text nested deeper is dropped
 * @param maxFileBytes    the most bytes read from one local file (pages and feeds have {@code fetch.max-bytes})
 */
public record ContentLimits(int maxArticleChars, int maxChunks, int maxPageDepth, long maxFileBytes) {
    public static final ContentLimits DEFAULT = new ContentLimits(200_000, 400, 256, 5L * 1024 * 1024);

    public ContentLimits {
        if (maxArticleChars < 1000) throw new IllegalArgumentException("maxArticleChars must be at least 1000");
        if (maxChunks < 1) throw new IllegalArgumentException("maxChunks must be at least 1");
        if (maxPageDepth < 16) throw new IllegalArgumentException("maxPageDepth must be at least 16");
        if (maxFileBytes < 1024) throw new IllegalArgumentException("maxFileBytes must be at least 1024");
    }
}
