-- Leases: work that must run on one instance at a time (Telegram long polling, reading one feed) is done by
-- whoever holds its lease; a holder that dies loses it when it expires.
create table leases (
    name       varchar(200) primary key,
    holder     varchar(200) not null,
    expires_at timestamp with time zone not null
);
