-- Allocations of a young person at any time, ended ones included (allocation_one_current covers only current ones): the
-- figures of care leavers aged 22 to 25 ask who had a personal adviser on some day of a collection year, a batch of young
-- people at a time (serviceview.domain.CareLeavers22To25).
create index allocation_by_young_person on allocation (young_person_id, kind, started_on);
