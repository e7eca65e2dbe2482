-- security: whether the person knows their account's password. An account made by a personal link
-- (an invitation, a join request) gets a random password nobody knows; its person may then set one
-- without giving a current password, and from then on signs in with it too.
alter table user_account add column password_chosen boolean default true not null;
