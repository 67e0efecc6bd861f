package io.newsbot.quote;

/** Resolves "he", "she" and "they" to the last person an article named as a speaker. One per article. */
final class SpeakerMemory {
    private String lastNamed = "";

    String resolve(String speaker) {
        String s = speaker.strip();
        if (Names.isPronoun(s)) return lastNamed.isEmpty() ? s : lastNamed;
        if (!s.isEmpty() && Character.isUpperCase(s.charAt(0))) {
            s = Names.clean(s);
            lastNamed = s;
        }
        return s;
    }
}
