-- Daily digests: a subscription remembers the kind of chat it was made in (the messenger needs it to send),
-- and admins list failed deliveries by time.
alter table subscriptions add column chat_type varchar(16) default 'GROUP' not null;
create index digest_deliveries_status on digest_deliveries(status, claimed_at);
