package io.newsbot.launcher.faults;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a fault-injection campaign found.
 *
 * @param seed          the seed everything random came from
 * @param runs          starts of the bot that ended in a kill
 * @param kills         SIGKILLs sent
 * @param moments       kills per moment in a question's life
 * @param missedMoments kills whose moment did not come in time (killed anyway)
 * @param questions     questions asked, on both platforms
 * @param onTelegram    of them on Telegram (the rest on Slack)
 * @param answeredOnce  questions answered exactly once
 * @param unanswered    questions never answered
 * @param twice         questions answered more than once, not explained by a kill between the first answer's request
 *                      reaching the platform and just after the platform accepted it
 * @param inWindow      questions answered twice where a kill came while the first answer was on its way (at most
 *                      {@link FaultCampaign#WINDOW} before the platform had its request) or at most that long after the
 *                      platform accepted it
 * @param faults        rate limits, server errors and outages thrown in
 * @param took          how long the campaign took
 * @param unacknowledged Slack envelopes never acknowledged at the end
 */
record CampaignReport(long seed, int runs, int kills, Map<Moment, Integer> moments, int missedMoments, int questions, int onTelegram,
                      int answeredOnce, int unanswered, List<String> twice, List<String> inWindow, FaultCampaign.FaultCounts faults,
                      Duration took, int unacknowledged) {

    /** The figures as printed by the test and copied into docs/benchmarks.md. */
    String table() {
        String perMoment = moments.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().name().toLowerCase().replace('_', ' ') + " " + e.getValue()).collect(Collectors.joining(", "));
        return String.join("\n",
                "| seed | " + seed + " |",
                "| runs ended by SIGKILL | " + kills + " (" + perMoment + "; " + missedMoments + " killed before their moment came) |",
                "| questions asked | " + questions + " (" + onTelegram + " Telegram, " + (questions - onTelegram) + " Slack) |",
                "| answered exactly once | " + answeredOnce + " |",
                "| answered twice, killed while the platform took the first or within " + FaultCampaign.WINDOW.toMillis() + " ms after | " + inWindow.size() + " |",
                "| answered twice otherwise | " + twice.size() + " |",
                "| never answered | " + unanswered + " |",
                "| faults thrown in | Telegram 429 × " + faults.telegram429 + ", 5xx × " + faults.telegram5xx + ", outages " + faults.outages
                        + "; Slack 429 × " + faults.slack429 + ", 5xx × " + faults.slack5xx + " |",
                "| Slack envelopes never acknowledged | " + unacknowledged + " |",
                "| took | " + took.toSeconds() + " s |");
    }
}
