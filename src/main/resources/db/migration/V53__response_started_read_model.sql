-- response: which organisations have started (and which submitted) a response to a round, for
-- reminders ("not started" / "not submitted") and the outreach counts. Published (docs/read-models.md).
create view response_started as
select r.round_id, r.organisation_id, r.submitted_revision is not null as submitted
from response r;
