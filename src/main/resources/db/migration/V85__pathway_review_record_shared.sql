-- The review record (IRO minutes) shared after the review (issue 16 part 6): when, with whom (names as shared), and by whom.
alter table pathway_review add column record_shared_on date;
alter table pathway_review add column record_shared_with varchar(1000);
alter table pathway_review add column record_shared_by varchar(80);
