package io.newsbot.digest;

import io.newsbot.article.Article;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether an article is on one of a subscription's topics: the topic's words appear in its title or text as
 * a phrase, in any case, the last word with a short ending allowed ("Syria" matches "Syrian", "North Korea"
 * matches "North Korean" but not "North and South Korea"). No topics lets every article through.
 */
final class TopicFilter {
    private final List<Pattern> topics;

    TopicFilter(List<String> topics) {
        this.topics = topics.stream().map(TopicFilter::pattern).toList();
    }

    private static Pattern pattern(String topic) {
        String[] words = topic.strip().toLowerCase(Locale.ROOT).split("\\s+");
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) regex.append("[\\s\\-]+");
            regex.append(Pattern.quote(words[i]));
        }
        regex.append("\\p{L}{0,3}(?![\\p{L}\\p{N}])");
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    boolean accepts(Article a) {
        if (topics.isEmpty()) return true;
        String text = a.title() + "\n" + a.body();
        return topics.stream().anyMatch(p -> p.matcher(text).find());
    }
}
