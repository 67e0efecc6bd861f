package io.newsbot.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.article.Article;
import io.newsbot.index.SentenceSplitter;
import io.newsbot.quote.AttributionExtractor;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a speaker question may quote as X's: not what X seemed or was found to do, not X's silence, and what someone else
 * reports X said only as second-hand.
 */
class StatementsWorthQuotingTest {
    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final StatementExtractor extractor = new StatementExtractor(new AttributionReader(new AttributionExtractor(splitter)), splitter);

    private List<Statement> statements(String body) {
        return extractor.extract(new Article(1, "test:1", "https://example.com/1", "Talks", "Example News", T0, T0, "en", "h1", body));
    }

    private static List<Statement> holding(List<Statement> found, String words) {
        return found.stream().filter(s -> s.text().contains(words)).toList();
    }

    @Test
    void what_someone_seemed_to_do_is_not_their_statement() {
        List<Statement> found = statements("Mark Cuban criticized Ted Cruz on Sunday.\n\n"
                + "As evidence of his allegation, Cuban seemed to rely on an ad hominem attack against Cruz by Sen. Lindsey Graham.");

        assertThat(holding(found, "ad hominem")).noneMatch(s -> s.speaker().contains("Cuban"));
    }

    @Test
    void not_replying_to_a_request_for_comment_is_not_a_statement() {
        List<Statement> found = statements("Jake Sullivan was interviewed by the FBI last month.\n\n"
                + "Sullivan's lawyer Beth Wilkinson did not respond to a request for comment. "
                + "The Cruz campaign did not immediately respond to a request for comment.");

        assertThat(holding(found, "request for comment")).isEmpty();
    }

    @Test
    void finding_oneself_in_a_bind_is_not_a_statement() {
        List<Statement> found = statements("Mayor Bill de Blasio wants to end the city's contracts with Donald Trump.\n\n"
                + "De Blasio, however, has found himself in the same legal bind as his predecessor.");

        assertThat(holding(found, "legal bind")).noneMatch(s -> s.speaker().contains("Blasio"));
    }

    @Test
    void a_share_of_the_vote_claimed_is_not_a_statement() {
        List<Statement> found = statements("Claudia Tenney won the Republican primary in New York's 22nd district on Tuesday.\n\n"
                + "Tenney took down businessman Steve Wells in the three-way primary, claiming 41 percent of the vote to Wells' 33 percent.");

        assertThat(holding(found, "41 percent")).noneMatch(s -> s.speaker().contains("Tenney"));
    }

    @Test
    void what_another_speaker_says_someone_said_is_credited_second_hand() {
        List<Statement> found = statements("Rep. Alan Grayson is running for the Senate in Florida.\n\n"
                + "Grayson said his rival \"would have no chance to win,\" the source recalled.\n\n"
                + "\"I will win this race,\" Grayson said on Monday.");

        assertThat(holding(found, "no chance to win")).filteredOn(s -> s.speaker().contains("Grayson"))
                .isNotEmpty().allSatisfy(s -> assertThat(s.basis()).isEqualTo(AttributionBasis.REPORTED));
        assertThat(holding(found, "I will win")).singleElement().satisfies(s -> assertThat(s.basis()).isEqualTo(AttributionBasis.NAMED));
    }

    @Test
    void a_quote_a_paper_relays_stays_the_speakers_own() {
        List<Statement> found = statements("A Philippine lawmaker wants Donald Trump banned from the country.\n\n"
                + "\"There is no feasible basis for the wholesale labeling of Filipinos as terrorists,\" Joey Salceda said in a bill filed "
                + "on Monday, according to the Philippine Star.");

        assertThat(holding(found, "no feasible basis")).filteredOn(s -> s.speaker().contains("Salceda"))
                .singleElement().satisfies(s -> assertThat(s.basis()).isEqualTo(AttributionBasis.NAMED));
    }

    @Test
    void a_quote_whose_speaker_is_then_said_to_seem_something_stays_theirs() {
        List<Statement> found = statements("Dennis Prager is a radio host in Los Angeles.\n\n"
                + "\"I devoted many hours of radio and many columns to criticizing Trump,\" writes Prager, seeming to understand the opposition.");

        assertThat(holding(found, "many hours of radio")).anyMatch(s -> s.speaker().contains("Prager"));
    }

    @Test
    void responding_by_doing_something_is_not_a_statement_but_responding_by_saying_is() {
        List<Statement> found = statements("Benjamin Netanyahu met Barack Obama in Washington.\n\n"
                + "Mr. Netanyahu responded by settling a dispute with Turkey at Mr. Obama's request. "
                + "Mr. Obama responded by saying that the alliance was unbreakable.");

        assertThat(holding(found, "settling a dispute")).noneMatch(s -> s.speaker().contains("Netanyahu"));
        assertThat(holding(found, "alliance was unbreakable")).anyMatch(s -> s.speaker().contains("Obama"));
    }

    @Test
    void what_someone_says_a_person_did_is_credited_second_hand() {
        List<Statement> found = statements("Rep. Alan Grayson is running for the Senate in Florida.\n\n"
                + "The source said Grayson demanded to know which rival campaign leaked the information about the trip.");

        assertThat(holding(found, "demanded to know")).filteredOn(s -> s.speaker().contains("Grayson"))
                .isNotEmpty().allSatisfy(s -> assertThat(s.basis()).isEqualTo(AttributionBasis.REPORTED));
    }

    @Test
    void a_quote_followed_by_said_and_the_name_stays_named() {
        List<Statement> found = statements("Economists disagree about trade with China.\n\n"
                + "\"It's not about incumbents changing their positions,\" said David Autor, a professor of economics at M.I.T.");

        assertThat(holding(found, "incumbents changing")).filteredOn(s -> s.speaker().contains("Autor"))
                .singleElement().satisfies(s -> assertThat(s.basis()).isEqualTo(AttributionBasis.NAMED));
    }

    @Test
    void a_spokeswomans_words_are_not_her_principals() {
        List<Statement> found = statements("Carly Fiorina gave two paid speeches this year.\n\n"
                + "A spokeswoman for Fiorina said the former executive has no more speeches scheduled.\n\n"
                + "\"I'm grateful for the support,\" said a longtime adviser to Fiorina, who declined to be identified.");

        assertThat(holding(found, "no more speeches")).isNotEmpty().noneMatch(s -> s.speaker().equals("Carly Fiorina"));
        assertThat(holding(found, "grateful for the support")).isNotEmpty().noneMatch(s -> s.speaker().equals("Carly Fiorina"));
    }

    @Test
    void a_named_spokeswoman_keeps_her_own_name() {
        List<Statement> found = statements("Sarah Sanders, a spokeswoman for Trump, said the president would sign the bill on Friday.");

        assertThat(holding(found, "sign the bill")).isNotEmpty().allMatch(s -> s.speaker().equals("Sarah Sanders"));
    }
}
