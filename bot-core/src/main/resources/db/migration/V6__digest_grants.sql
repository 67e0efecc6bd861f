-- Chats allowed to manage their own digests when they speak for themselves (a Telegram channel's posts, a group's
-- anonymous admins): a grant scoped to /subscribe, /unsubscribe, never to /admin.
create table digest_grants (
    chat_key   varchar(200) not null primary key,
    granted_by varchar(160) not null,
    granted_at timestamp with time zone not null
);
