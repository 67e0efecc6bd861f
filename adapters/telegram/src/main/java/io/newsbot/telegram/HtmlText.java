package io.newsbot.telegram;

/** The text a reader sees in our Telegram HTML: tags dropped, the three entities we write turned back into characters. */
final class HtmlText {
    private HtmlText() {
    }

    static String plain(String html) {
        return html.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
