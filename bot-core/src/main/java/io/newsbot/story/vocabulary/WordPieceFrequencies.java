package io.newsbot.story.vocabulary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsbot.story.BackgroundFrequencies;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * English word frequencies read off a WordPiece vocabulary, the one the BERT-family embedding models ship
 * (bert-base-uncased's, Apache-2.0, learnt from English Wikipedia and BooksCorpus): its pieces are numbered from the
 * most frequent to the least, so a word's rank gives its frequency by Zipf's law (the r-th most frequent word takes
 * about 0.1 / r of running text). The share of articles using a word is then that of an article of
 * {@value #ARTICLE_WORDS} words containing it at least once; a term that several words become (a stem) takes them all.
 * Words outside the vocabulary (it holds about 22,000 whole words) are taken as rarer than its last.
 */
public final class WordPieceFrequencies implements BackgroundFrequencies {
    /** The vocabulary of all-MiniLM-L6-v2 (bert-base-uncased's), on the classpath with the model. */
    public static final String MINILM_TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
    /** A typical article's length in words, for turning a word's frequency into the share of articles using it. */
    static final int ARTICLE_WORDS = 500;
    private static final double ZIPF = 0.1;
    private final Map<String, Double> rates;
    private final double unseen;

    private WordPieceFrequencies(Map<String, Double> rates, double unseen) {
        this.rates = Map.copyOf(rates);
        this.unseen = unseen;
    }

    /**
     * Reads the vocabulary of a Hugging Face {@code tokenizer.json} ({@code model.vocab}: piece to rank) and keys each
     * whole word by the terms it becomes.
     *
     * @param terms the terms grouping makes of a word (its stem, its name key)
     */
    public static WordPieceFrequencies read(InputStream tokenizerJson, Function<String, List<String>> terms) {
        Objects.requireNonNull(tokenizerJson, "tokenizerJson");
        Objects.requireNonNull(terms, "terms");
        JsonNode vocab;
        try {
            vocab = new ObjectMapper().readTree(tokenizerJson).path("model").path("vocab");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tokenizer's vocabulary", e);
        }
        // Ranks count from the first ordinary word: BERT's vocabulary opens with reserved and single-character pieces.
        if (!vocab.path("the").isInt()) throw new IllegalArgumentException("tokenizerJson has no English WordPiece vocabulary (no 'the' in model.vocab)");
        int first = vocab.path("the").asInt();
        Map<String, Double> absent = new HashMap<>();
        int last = 1;
        for (Iterator<Map.Entry<String, JsonNode>> it = vocab.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            int rank = e.getValue().asInt() - first + 1;
            last = Math.max(last, rank);
            String word = e.getKey();
            if (rank < 1 || word.startsWith("##") || word.startsWith("[")) continue;
            double rate = rate(rank);
            for (String term : terms.apply(word)) absent.merge(term, 1 - rate, (a, b) -> a * b);
        }
        Map<String, Double> rates = new HashMap<>();
        absent.forEach((term, none) -> rates.put(term, 1 - none));
        return new WordPieceFrequencies(rates, rate(last) / 2);
    }

    /**
     * The background read from {@link #MINILM_TOKENIZER} on the classpath when it is first asked for (reading it takes
     * a second or two, which opening a core should not wait for).
     */
    public static BackgroundFrequencies onFirstUse(Function<String, List<String>> terms) {
        Objects.requireNonNull(terms, "terms");
        return new BackgroundFrequencies() {
            private volatile WordPieceFrequencies loaded;

            @Override
            public double rate(String term) {
                WordPieceFrequencies f = loaded;
                if (f == null) {
                    synchronized (this) {
                        if (loaded == null) loaded = fromClasspath(terms);
                        f = loaded;
                    }
                }
                return f.rate(term);
            }
        };
    }

    private static WordPieceFrequencies fromClasspath(Function<String, List<String>> terms) {
        try (InputStream in = WordPieceFrequencies.class.getClassLoader().getResourceAsStream(MINILM_TOKENIZER)) {
            if (in == null) throw new IllegalStateException(MINILM_TOKENIZER + " is not on the classpath: the all-MiniLM-L6-v2-q model's jar is missing");
            return read(in, terms);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MINILM_TOKENIZER, e);
        }
    }

    private static double rate(int rank) {
        return 1 - Math.exp(-ARTICLE_WORDS * ZIPF / rank);
    }

    @Override
    public double rate(String term) {
        return rates.getOrDefault(term, unseen);
    }

    /** How many terms the vocabulary gives a rate for (the rest share the rate of words rarer than its last). */
    public int size() {
        return rates.size();
    }
}
