-- When each milestone was recorded (for recording lag and reports as known on a date), the case's team, and for a
-- plan change its new plan and who decided it.
alter table milestone_event add column recorded_at timestamptz;
alter table milestone_event add column team varchar(100);
alter table milestone_event add column detail varchar(60);
alter table milestone_event add column decided_by varchar(20);
create index milestone_event_case_idx on milestone_event (case_id);
