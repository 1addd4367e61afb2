-- Issue 14: the work tray's filters a member of staff saves from the criteria they chose (the built-in ones live in code).
create table task_filter (
    id               uuid primary key,
    staff_id         uuid not null references staff (id),
    name             varchar(60) not null,
    scope            varchar(10) not null check (scope in ('ALL', 'MINE', 'TEAM', 'OFFERED')),
    process_key      varchar(100),
    young_person_id  uuid,
    overdue          boolean not null default false,
    created_at       timestamp with time zone not null
);
create index task_filter_staff on task_filter (staff_id, name);
