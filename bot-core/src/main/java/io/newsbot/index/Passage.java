package io.newsbot.index;

import java.util.List;

/**
 * A chunk that matched a search.
 *
 * @param articleId   the article it belongs to
 * @param ordinal     the chunk's position in the article
 * @param sentences   its sentences with offsets into the article's body
 * @param score       the fused score (higher is better)
 * @param lexicalRank its rank in the lexical list from 1, or 0 when absent there
 * @param vectorRank  its rank in the vector list from 1, or 0 when absent there
 * @param cosine      its cosine similarity to the query, or NaN when unknown
 */
public record Passage(long articleId, int ordinal, List<Chunk.Sentence> sentences, double score, int lexicalRank,
                      int vectorRank, double cosine) {
    public Passage {
        sentences = List.copyOf(sentences);
    }

    public String text() {
        return new Chunk(articleId, ordinal, sentences).text();
    }
}
