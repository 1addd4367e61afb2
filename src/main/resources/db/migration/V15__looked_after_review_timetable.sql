-- An eligible child's review can be started by the looked-after review timetable (CPPCR 2010 reg 33).
alter table pathway_review_trigger drop constraint pathway_review_trigger_kind_check;
alter table pathway_review_trigger add constraint pathway_review_trigger_kind_check
    check (kind in ('SIX_MONTHLY', 'LOOKED_AFTER_TIMETABLE', 'REQUEST_BY_YOUNG_PERSON', 'REQUEST_BY_ADVISER', 'SIGNIFICANT_CHANGE'));
