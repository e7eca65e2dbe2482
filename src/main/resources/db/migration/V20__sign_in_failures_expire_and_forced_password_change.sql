-- When the last failed sign-in happened: failures older than the lockout window no longer count.
alter table user_account add column last_failed_at timestamp with time zone;
-- Set by an administrator's password reset; the person must choose a new password at the next sign-in.
alter table user_account add column must_change_password boolean default false not null;
