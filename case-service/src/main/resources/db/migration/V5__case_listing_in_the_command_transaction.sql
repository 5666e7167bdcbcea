-- The case list is now kept by a subscribing processor, in the same transaction as the events it lists, so a share
-- with a VAA is visible the moment it is recorded. Fill it from the events stored before (idempotent), and drop
-- the position of the tracking processor that kept it until now.
insert into case_listing (case_id, la_code, case_reference, opened_on)
select aggregate_identifier, p ->> 'laCode', p ->> 'caseReference', coalesce(p ->> 'enteredCareOn', p ->> 'trackedOn')::date
from (select aggregate_identifier, convert_from(payload, 'UTF8')::jsonb as p
      from domain_event_entry
      where payload_type in ('uk.permanence.events.ChildEnteredCare', 'uk.permanence.events.UnbornChildTracked')) opened
on conflict do nothing;

insert into case_vaa_share (case_id, vaa_id, shared_on)
select case_id, vaa_id, shared_on
from (select distinct on (aggregate_identifier, p ->> 'vaaId')
             aggregate_identifier as case_id, p ->> 'vaaId' as vaa_id, (p ->> 'sharedOn')::date as shared_on,
             payload_type
      from (select aggregate_identifier, sequence_number, payload_type, convert_from(payload, 'UTF8')::jsonb as p
            from domain_event_entry
            where payload_type in ('uk.permanence.events.CaseSharedWithVaa',
                                   'uk.permanence.events.CaseUnsharedFromVaa')) shares
      order by aggregate_identifier, p ->> 'vaaId', sequence_number desc) latest
where payload_type = 'uk.permanence.events.CaseSharedWithVaa'
on conflict do nothing;

delete from token_entry where processor_name = 'case-listing';
