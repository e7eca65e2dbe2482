-- insight: the per-response facts as double precision rather than numeric. The answers are whole
-- numbers or tenths, whose sums and squares a double holds exactly, and PostgreSQL aggregates doubles
-- several times faster than numerics (an area overview of 10,000 responses: 54-77 ms against 164 ms,
-- and about 400 ms when numerics were cast on the fly; docs/benchmarks.md).
alter table insight_response_fact alter column o_has_vacancies_yes set data type double precision;
alter table insight_response_fact alter column n_vac_total set data type double precision;
alter table insight_response_fact alter column n_emp_total set data type double precision;
alter table insight_response_fact alter column n_vac_htf set data type double precision;
alter table insight_response_fact alter column n_vac_ssv set data type double precision;
alter table insight_response_fact alter column g_not_proficient_123456789 set data type double precision;
alter table insight_response_fact alter column n_under_used set data type double precision;
alter table insight_response_fact alter column o_training_any_yes set data type double precision;
alter table insight_response_fact alter column n_trained_total set data type double precision;
alter table insight_response_fact alter column n_training_days set data type double precision;
alter table insight_response_fact alter column g_trained_89 set data type double precision;
alter table insight_response_fact alter column g_headcount_89 set data type double precision;
alter table insight_response_fact alter column g_trained_123 set data type double precision;
alter table insight_response_fact alter column g_headcount_123 set data type double precision;
alter table insight_response_fact alter column g_trained_6789 set data type double precision;
alter table insight_response_fact alter column g_headcount_6789 set data type double precision;
alter table insight_response_fact alter column m_training_barriers_but_nothing_no_need set data type double precision;
alter table insight_response_fact alter column n_jq_below_rlw set data type double precision;
alter table insight_response_fact alter column n_jq_zero_hours set data type double precision;
alter table insight_response_fact alter column n_jq_invol_part_time set data type double precision;
alter table insight_response_fact alter column n_jq_invol_temporary set data type double precision;
alter table insight_response_fact alter column n_jq_tenure_under2 set data type double precision;
alter table insight_response_fact alter column o_jq_guaranteed_hours_all_most set data type double precision;
alter table insight_response_fact alter column o_jq_sick_pay_yes set data type double precision;
alter table insight_response_fact alter column m_jq_voice_recognised_union_staff_forum set data type double precision;
alter table insight_response_fact alter column m_inc_hired_but_none set data type double precision;
alter table insight_response_fact alter column m_inc_would_with_support_but_not_interested set data type double precision;
alter table insight_response_fact alter column m_ssv_causes set data type double precision;
alter table insight_response_fact alter column m_skills_lacking set data type double precision;
alter table insight_response_fact alter column m_future_skills set data type double precision;
alter table insight_response_fact alter column m_future_occupations set data type double precision;
alter table insight_response_fact alter column m_work_with_colleges_but_none set data type double precision;
alter table insight_response_fact alter column n_provision_rating set data type double precision;
alter table insight_response_fact alter column m_ssa_offered set data type double precision;
alter table insight_response_fact alter column m_levels_offered set data type double precision;
alter table insight_response_fact alter column m_capacity_limits set data type double precision;
alter table insight_response_fact alter column n_capacity_rating set data type double precision;
alter table insight_response_fact alter column n_places_filled set data type double precision;
alter table insight_response_fact alter column n_places_total set data type double precision;
alter table insight_response_fact alter column m_priority_sectors set data type double precision;
alter table insight_response_fact alter column m_funding_levers set data type double precision;
alter table insight_response_fact alter column m_job_quality_concerns set data type double precision;
