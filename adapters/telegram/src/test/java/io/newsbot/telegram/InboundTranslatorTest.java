package io.newsbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsbot.platform.ChatType;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

/** Updates are written as Telegram sends them (JSON) and read with TelegramBots' own types. */
class InboundTranslatorTest {
    static final ObjectMapper JSON = new ObjectMapper();
    final InboundTranslator translator = new InboundTranslator(new BotIdentity(42, "newsbot_bot"), Set.of("start", "help", "ask", "subscribe")::contains);

    static Update update(String kind, String chatJson, String text, String extra) throws Exception {
        return JSON.readValue("""
                {"update_id": 7, "%s": {"message_id": 11, "date": 1763892000, "chat": %s,
                 "from": {"id": 5, "is_bot": false, "first_name": "Ann", "last_name": "Lee"}, "text": %s %s}}"""
                .formatted(kind, chatJson, JSON.writeValueAsString(text), extra), Update.class);
    }

    static final String PRIVATE = "{\"id\": 5, \"type\": \"private\", \"first_name\": \"Ann\"}";
    static final String GROUP = "{\"id\": -1001, \"type\": \"supergroup\", \"title\": \"Newsroom\"}";
    static final String CHANNEL = "{\"id\": -1002, \"type\": \"channel\", \"title\": \"News\"}";

    Optional<String> text(String chat, String text) throws Exception {
        return translator.translate(update("message", chat, text, "")).map(i -> i.message().text());
    }

    @Test
    void takes_every_private_text_as_a_question_from_its_sender() throws Exception {
        Incoming in = translator.translate(update("message", PRIVATE, "What was said about Syria?", "")).orElseThrow();

        assertThat(in.message().text()).isEqualTo("What was said about Syria?");
        assertThat(in.message().chat().type()).isEqualTo(ChatType.PRIVATE);
        assertThat(in.message().chat().key()).isEqualTo("telegram:5");
        assertThat(in.message().sender().key()).isEqualTo("telegram:5");
        assertThat(in.message().sender().displayName()).isEqualTo("Ann Lee");
        assertThat(in.message().receivedAt().getEpochSecond()).isEqualTo(1763892000L);
        assertThat(in.target()).isEqualTo(new Target(5, null, null));
    }

    @Test
    void strips_the_bot_name_from_commands() throws Exception {
        assertThat(text(PRIVATE, "/start@newsbot_bot")).contains("/start");
        assertThat(text(GROUP, "/ask@NewsBot_Bot what about Syria?")).contains("/ask what about Syria?");
        assertThat(text(GROUP, "/subscribe 09:00 Europe/Berlin")).contains("/subscribe 09:00 Europe/Berlin");
    }

    @Test
    void answers_in_groups_only_when_addressed() throws Exception {
        assertThat(text(GROUP, "What was said about Syria?")).isEmpty();
        assertThat(text(GROUP, "/ask@otherbot what about Syria?")).isEmpty();
        assertThat(text(GROUP, "/roll 6")).as("a bare command we do not have belongs to another bot").isEmpty();
        assertThat(text(GROUP, "mail me at someone@newsbot_bot.example")).isEmpty();
        assertThat(text(GROUP, "@newsbot_botty hi")).isEmpty();
        assertThat(text(GROUP, "@newsbot_bot, what was said about Syria?")).contains("what was said about Syria?");
        assertThat(text(GROUP, "hey @NEWSBOT_BOT what did Lavrov say?")).contains("hey what did Lavrov say?");
        assertThat(text(GROUP, "/admin@newsbot_bot stats")).contains("/admin stats");
    }

    @Test
    void removes_its_mention_wherever_it_stands() throws Exception {
        assertThat(text(GROUP, "Hey @newsbot_bot, what did Lavrov say?")).contains("Hey, what did Lavrov say?");
        assertThat(text(GROUP, "What did Lavrov say? @newsbot_bot")).contains("What did Lavrov say?");
        assertThat(text(GROUP, "What did @newsbot_bot Lavrov say?")).contains("What did Lavrov say?");
        assertThat(text(GROUP, "@newsbot_bot help")).contains("help");
        assertThat(text(PRIVATE, "@newsbot_bot help")).contains("help");
    }

    @Test
    void answers_a_reply_to_its_own_message_in_a_group_as_a_reply() throws Exception {
        String toBot = ", \"reply_to_message\": {\"message_id\": 9, \"date\": 1763891000, \"chat\": " + GROUP
                + ", \"from\": {\"id\": 42, \"is_bot\": true, \"first_name\": \"Newsbot\", \"username\": \"newsbot_bot\"}, \"text\": \"...\"}";
        String toSomeone = toBot.replace("\"id\": 42", "\"id\": 43");

        Optional<Incoming> answered = translator.translate(update("message", GROUP, "And Ukraine?", toBot));

        assertThat(answered).map(i -> i.message().text()).contains("And Ukraine?");
        assertThat(answered).map(Incoming::target).contains(new Target(-1001, null, 11));
        assertThat(translator.translate(update("message", GROUP, "And Ukraine?", toSomeone))).isEmpty();
    }

    @Test
    void takes_an_anonymous_admin_as_the_group_speaking() throws Exception {
        Update anonymous = JSON.readValue("""
                {"update_id": 12, "message": {"message_id": 15, "date": 1763892000, "chat": %s, "sender_chat": %s,
                 "from": {"id": 1087968824, "is_bot": true, "first_name": "Group", "username": "GroupAnonymousBot"},
                 "text": "/ask@newsbot_bot Syria?"}}""".formatted(GROUP, GROUP), Update.class);

        Incoming in = translator.translate(anonymous).orElseThrow();

        assertThat(in.message().sender().key()).isEqualTo("telegram:-1001");
        assertThat(in.message().sender().displayName()).isEqualTo("Newsroom");
    }

    @Test
    void keeps_forum_topics_apart() throws Exception {
        Incoming in = translator.translate(update("message", GROUP, "/help", ", \"message_thread_id\": 77, \"is_topic_message\": true")).orElseThrow();

        assertThat(in.message().threadId()).isEqualTo("77");
        assertThat(in.target()).isEqualTo(new Target(-1001, 77, 11));
    }

    @Test
    void takes_commands_but_not_questions_from_channel_posts() throws Exception {
        assertThat(translator.translate(update("channel_post", CHANNEL, "What was said about Syria?", ""))).isEmpty();
        assertThat(translator.translate(update("channel_post", CHANNEL, "/ask@newsbot_bot Syria?", ""))).isEmpty();
        Incoming subscribe = translator.translate(update("channel_post", CHANNEL, "/subscribe@newsbot_bot 09:00", "")).orElseThrow();
        assertThat(subscribe.message().text()).isEqualTo("/subscribe 09:00");
        assertThat(subscribe.message().chat().type()).isEqualTo(ChatType.CHANNEL);
        assertThat(subscribe.target().replyTo()).isNull();
    }

    @Test
    void ignores_edits_media_joins_other_bots_and_other_update_types() throws Exception {
        assertThat(translator.translate(update("edited_message", PRIVATE, "What was said about Syria?", ""))).isEmpty();
        assertThat(translator.translate(update("edited_channel_post", CHANNEL, "/help@newsbot_bot", ""))).isEmpty();
        assertThat(translator.translate(JSON.readValue("""
                {"update_id": 8, "message": {"message_id": 12, "date": 1763892000, "chat": %s, "from": {"id": 5, "is_bot": false, "first_name": "Ann"},
                 "sticker": {"file_id": "x", "file_unique_id": "y", "type": "regular", "width": 512, "height": 512, "is_animated": false, "is_video": false}}}"""
                .formatted(PRIVATE), Update.class))).isEmpty();
        assertThat(translator.translate(JSON.readValue("""
                {"update_id": 9, "message": {"message_id": 13, "date": 1763892000, "chat": %s, "from": {"id": 5, "is_bot": false, "first_name": "Ann"},
                 "new_chat_members": [{"id": 6, "is_bot": false, "first_name": "Bo"}]}}""".formatted(GROUP), Update.class))).isEmpty();
        assertThat(translator.translate(JSON.readValue("""
                {"update_id": 10, "message": {"message_id": 14, "date": 1763892000, "chat": %s, "from": {"id": 8, "is_bot": true, "first_name": "Other"},
                 "text": "/help"}}""".formatted(PRIVATE), Update.class))).isEmpty();
        assertThat(translator.translate(JSON.readValue("""
                {"update_id": 11, "callback_query": {"id": "1", "from": {"id": 5, "is_bot": false, "first_name": "Ann"}, "chat_instance": "c"}}""",
                Update.class))).isEmpty();
    }
}
