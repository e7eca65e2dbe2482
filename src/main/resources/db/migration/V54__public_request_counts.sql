-- outreach: requests to the public pages (new link, join) counted per address and ten-minute window,
-- shared by every node, so that a flood is slowed without locking anyone out for long (PublicRequests).
create table public_request_count (
    bucket        varchar(80) not null,
    window_start  timestamp with time zone not null,
    requests      integer     not null,
    primary key (bucket, window_start)
);
