-- Questions asked in a digest's thread: each message of a digest the platform accepted, by the platform's own id for it
-- (Telegram's message_id, Slack's ts), with the digest it belongs to, so that a reply to it (a Telegram reply, a Slack
-- thread reply) is answered from that digest's stories. The digest is kept whole with each of its messages: one or a few.
create table digest_messages (
    platform   varchar(32)  not null,
    chat_id    varchar(128) not null,
    message_id varchar(128) not null,
    digest     text         not null,
    sent_at    timestamp with time zone not null,
    primary key (platform, chat_id, message_id)
);
create index digest_messages_sent on digest_messages(sent_at);
