-- Spring Modulith's event publication registry (JDBC store, schema v2 of spring-modulith-events-jdbc
-- 2.0): every event published in a transaction is written here with that transaction, once per
-- listener, and completed when the listener succeeds. Incomplete rows are delivered again (at
-- start-up and by EventRetry), so a failing listener or a crash between commit and delivery loses
-- nothing. Completed rows are deleted (spring.modulith.events.completion-mode=delete).
create table event_publication (
    id                      uuid          not null primary key,
    listener_id             varchar(512)  not null,
    event_type              varchar(512)  not null,
    serialized_event        varchar(4000) not null,
    publication_date        timestamp with time zone not null,
    completion_date         timestamp with time zone,
    status                  varchar(20),
    completion_attempts     integer,
    last_resubmission_date  timestamp with time zone
);
create index ix_event_publication_listener on event_publication (listener_id);
create index ix_event_publication_completion on event_publication (completion_date);
