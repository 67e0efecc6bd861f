-- How the article credits each statement to its speaker (AttributionBasis: NAMED, RESOLVED, CARRIED), so that answers
-- show the statements that name their speaker first. Rows stored before this are extracted again on start (the
-- statement extractor's version changed with it); until then they read as NAMED, as answers treated them.
alter table statements add column basis varchar(16) default 'NAMED' not null;
