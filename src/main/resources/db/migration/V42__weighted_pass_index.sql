-- insight: the weighted pass joins each organisation's facts to its response's weight cell by round and
-- organisation. With a generic plan (PostgreSQL's JDBC driver prepares a statement once it has run five
-- times) the planner may drive the join from the weight cells and look up the facts per response: without
-- this index each lookup read all of the round's facts (minutes at 50,000 responses), with it one row.
create index if not exists ix_insight_response_fact_round_organisation on insight_response_fact (round_id, organisation_id);
