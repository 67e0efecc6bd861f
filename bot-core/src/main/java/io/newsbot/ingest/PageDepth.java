package io.newsbot.ingest;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Bounds a parsed page's nesting: elements deeper than the limit are removed, in one pass. After it, any walk from
 * an element to its ancestors is bounded, so selectors with descendant combinators stay linear in the page's size.
 */
final class PageDepth {
    private PageDepth() {
    }

    /** Removes the elements nested deeper than {@code maxDepth} below the root; returns how many subtrees went. */
    static int prune(Element root, int maxDepth) {
        int[] removed = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (depth > maxDepth && node instanceof Element) {
                    removed[0]++;
                    return FilterResult.REMOVE;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return removed[0];
    }
}
