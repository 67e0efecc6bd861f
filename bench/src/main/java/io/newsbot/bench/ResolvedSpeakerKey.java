package io.newsbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A second key for speaker precision. {@code speaker_questions.py} keys X's statements by annotated sources of one to
 * three capitalised words ending in X, so a statement the annotators attributed to "he" or to "longtime Democratic
 * pollster Pat Caddell" is not in X's key, and an answer that labels it X correctly counts as wrong. Here such sources
 * are resolved: a pronoun to the nearest named source annotated before it in the article (the measure the issue asks
 * for the attribution figures), a description to the capitalised name in it. The items labelled X that match a statement
 * of this key are counted with the shared scorer's matching rule (token F1 at least 0.5, or half the statement's tokens).
 */
final class ResolvedSpeakerKey {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "i", "we", "they", "him", "her");
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern CAPITALISED = Pattern.compile("\\b[A-Z][\\p{L}'\u2019-]+");
    private final Map<String, List<String>> byLastName = new HashMap<>();

    private record Annotated(int start, String source, String content) {
    }

    ResolvedSpeakerKey(Path splitDir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(splitDir.resolve("attributions"))) {
            files = s.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
        }
        for (Path ann : files) {
            String name = ann.getFileName().toString().replaceFirst("_[^_]+\\.ann$", "");
            String text = Files.readString(splitDir.resolve("text").resolve(name + ".txt"), StandardCharsets.UTF_8);
            List<Annotated> found = read(ann, text);
            found.sort(java.util.Comparator.comparingInt(Annotated::start));
            String lastNamed = null;
            for (Annotated a : found) {
                String key = lastName(a.source());
                if (key == null && PRONOUNS.contains(a.source().strip().toLowerCase(Locale.ROOT))) key = lastNamed;
                else if (key != null) lastNamed = key;
                if (key != null) byLastName.computeIfAbsent(key, k -> new ArrayList<>()).add(a.content());
            }
        }
    }

    /** The last capitalised word of the source's first clause ("Len Burman, head of ..." → "burman"), or null. */
    private static String lastName(String source) {
        String clause = source.split(",")[0].replaceAll("['\u2019]s\\b", "");
        Matcher m = CAPITALISED.matcher(clause);
        String last = null;
        while (m.find()) last = m.group();
        if (last == null || PRONOUNS.contains(last.toLowerCase(Locale.ROOT)) || last.equals("The")) return null;
        return last.toLowerCase(Locale.ROOT);
    }

    private static List<Annotated> read(Path ann, String text) throws IOException {
        Map<String, int[][]> spans = new HashMap<>();
        List<Annotated> out = new ArrayList<>();
        List<String[]> relations = new ArrayList<>();
        for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
            String[] p = line.split("\t");
            if (p.length < 2) continue;
            if (p[0].startsWith("T")) {
                String[] kindAndOffsets = p[1].split(" ", 2);
                String[] parts = kindAndOffsets[1].split(";");
                int[][] offsets = new int[parts.length][];
                for (int i = 0; i < parts.length; i++) {
                    String[] se = parts[i].strip().split(" ");
                    offsets[i] = new int[] {Integer.parseInt(se[0]), Integer.parseInt(se[1])};
                }
                spans.put(p[0], offsets);
            } else if (p[0].startsWith("E")) {
                relations.add(p[1].split(" "));
            }
        }
        for (String[] r : relations) {
            Map<String, String> roles = new HashMap<>();
            for (String x : r) if (x.contains(":")) roles.put(x.substring(0, x.indexOf(':')), x.substring(x.indexOf(':') + 1));
            if (!roles.containsKey("Source") || !roles.containsKey("Content")) continue;
            StringBuilder source = new StringBuilder();
            for (int[] o : spans.get(roles.get("Source"))) source.append(text, o[0], o[1]).append(' ');
            int[][] c = spans.get(roles.get("Content"));
            int start = Integer.MAX_VALUE;
            int end = 0;
            for (int[] o : c) {
                start = Math.min(start, o[0]);
                end = Math.max(end, o[1]);
            }
            out.add(new Annotated(start, source.toString().strip(), text.substring(start, end)));
        }
        return out;
    }

    /** Of the items labelled X in the answers to the positive questions, the share matching a statement of X in this key. */
    double precision(List<JsonNode> questions, Map<String, JsonNode> answers) {
        int labelled = 0;
        int right = 0;
        for (JsonNode q : questions) {
            if (q.path("negative").asBoolean(false)) continue;
            String x = q.get("speaker").asText().toLowerCase(Locale.ROOT);
            List<String> key = byLastName.getOrDefault(x, List.of());
            JsonNode a = answers.get(q.get("query").asText());
            if (a == null) continue;
            for (JsonNode item : a.path("items")) {
                if (!tokens(item.path("speaker").asText()).contains(x)) continue;
                labelled++;
                if (key.stream().anyMatch(s -> matches(item.path("text").asText(), s))) right++;
            }
        }
        return labelled == 0 ? 0 : right / (double) labelled;
    }

    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) out.add(m.group().toLowerCase(Locale.ROOT));
        return out;
    }

    /** The shared scorer's rule: token F1 at least 0.5, or the item holds at least half of the statement's tokens. */
    static boolean matches(String item, String statement) {
        Map<String, Integer> a = counts(tokens(item));
        Map<String, Integer> b = counts(tokens(statement));
        int inter = 0;
        for (var e : a.entrySet()) inter += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
        if (inter == 0) return false;
        double p = inter / (double) a.values().stream().mapToInt(Integer::intValue).sum();
        double r = inter / (double) b.values().stream().mapToInt(Integer::intValue).sum();
        return 2 * p * r / (p + r) >= 0.5 || r >= 0.5;
    }

    private static Map<String, Integer> counts(List<String> tokens) {
        Map<String, Integer> out = new HashMap<>();
        for (String t : tokens) out.merge(t, 1, Integer::sum);
        return out;
    }
}
