-- A young person's transitions, closed ones included (transition_one_open covers only the open one): the latest transition
-- is read when a transition starts and on the young person's page. Without it each read scanned every transition (108,000
-- at national scale: 132 ms cold; issue 19's benchmark, README "Performance").
create index transition_by_young_person on transition (young_person_id, started_at desc);
