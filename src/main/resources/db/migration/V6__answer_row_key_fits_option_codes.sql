-- A multiple-choice answer stores each chosen option code as its row key, and option codes such as
-- PREVIOUSLY_UNEMPLOYED or DONT_KNOW_WHAT_IS_AVAILABLE are longer than 20 characters: widen the
-- row key to the width of value_option, so that every offered answer can be stored.
alter table answer alter column row_key set data type varchar(60);
alter table answer_revision alter column row_key set data type varchar(60);
