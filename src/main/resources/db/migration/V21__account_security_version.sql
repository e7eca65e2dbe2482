-- Counts the changes that affect what an account may do (deactivation, role or organisation
-- change, password reset, its organisation's deactivation). A session remembers the count it
-- signed in with and ends as soon as the account's count has moved on.
alter table user_account add column security_version integer default 0 not null;
