package io.newsbot.quote;

import io.newsbot.index.Chunk.Sentence;
import java.util.List;

/** An article's sentences in text order, found by offset with a binary search, so no lookup walks the whole article. */
final class Sentences {
    private final List<Sentence> all;

    Sentences(List<Sentence> all) {
        this.all = List.copyOf(all);
    }

    /** The sentences that lie wholly inside {@code [from, to)}. */
    List<Sentence> within(int from, int to) {
        int first = firstStartingAtOrAfter(from);
        int last = first;
        while (last < all.size() && all.get(last).end() <= to) last++;
        return all.subList(first, last);
    }

    /** Where the sentence holding {@code offset} starts (the last sentence start at or before it), or 0. */
    int startOf(int offset) {
        int i = firstStartingAtOrAfter(offset + 1) - 1;
        return i < 0 ? 0 : all.get(i).start();
    }

    /** Where the sentence holding {@code offset} ends, or {@code offset} when no sentence holds it. */
    int endOf(int offset) {
        int i = firstStartingAtOrAfter(offset + 1) - 1;
        return i >= 0 && offset < all.get(i).end() ? all.get(i).end() : offset;
    }

    private int firstStartingAtOrAfter(int offset) {
        int lo = 0;
        int hi = all.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).start() < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
