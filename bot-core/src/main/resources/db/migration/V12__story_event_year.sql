-- The year of the event an article reports (its publication year, or the year its text mentions most when it has no
-- date): two undated reports of different years are kept apart. Null for articles grouped before this column.
alter table story_articles add column event_year int;
