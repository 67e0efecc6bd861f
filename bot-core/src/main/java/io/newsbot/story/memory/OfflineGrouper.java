package io.newsbot.story.memory;

import io.newsbot.story.StoryGrouper;
import io.newsbot.story.StorySettings;
import io.newsbot.story.StoryStore;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Groups a list of articles into stories outside the bot's store, for {@code newsbot stories} and the benchmarks:
 * they arrive one by one, in the order given, into a throwaway in-memory story store, as ingested articles arrive
 * into the bot's. An article whose title and text repeat an earlier one's is that article (ingest keeps only one).
 */
public final class OfflineGrouper {
    private final StorySettings settings;

    public OfflineGrouper(StorySettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * An article to group.
     *
     * @param key          the caller's id for it
     * @param outlet       its publisher, may be empty
     * @param published    when it was published, or {@code null} when unknown
     * @param title        its title, may be empty
     * @param body         its text, paragraphs separated by blank lines
     * @param chunkVectors its chunks' embeddings, may be empty
     */
    public record Input(String key, String outlet, Instant published, String title, String body, List<float[]> chunkVectors) {
        public Input {
            Objects.requireNonNull(key, "key");
            outlet = outlet == null ? "" : outlet;
            title = title == null ? "" : title;
            Objects.requireNonNull(body, "body");
            chunkVectors = chunkVectors == null ? List.of() : List.copyOf(chunkVectors);
        }
    }

    /** Each input's story, by key, in the order given; a story is named by the key of the article that started it. */
    public Map<String, String> group(List<Input> inputs) {
        StoryStore stories = new InMemoryStoryStore(id -> Optional.empty());
        StoryGrouper grouper = new StoryGrouper(stories, settings);
        Map<String, Long> ids = new LinkedHashMap<>();
        Map<String, Long> byText = new HashMap<>();
        Map<Long, String> founders = new HashMap<>();
        for (Input in : inputs) {
            Long twin = byText.get(in.title() + "\n" + in.body());
            if (twin != null) {
                ids.put(in.key(), twin);
                continue;
            }
            long id = founders.size() + 1L;
            byText.put(in.title() + "\n" + in.body(), id);
            ids.put(in.key(), id);
            founders.put(id, in.key());
            grouper.place(new StoryGrouper.Arrival(id, in.outlet(), in.published(), in.title(), in.body(), in.chunkVectors()));
        }
        // Stories merge as articles arrive: each is named as it stands at the end, by the key of its first article.
        Map<Long, Long> story = stories.storiesOf(ids.values());
        Map<String, String> out = new LinkedHashMap<>();
        ids.forEach((key, id) -> out.put(key, founders.get(story.getOrDefault(id, id))));
        return out;
    }
}
