-- The weekday whose timetable a make-up working day (调休) follows, as announced "按周一课表上课": 1 (Monday) to 5
-- (Friday), ISO numbering as in timetable_lesson.day. Set for every new WORKDAY, never for a HOLIDAY. Make-up days
-- entered before this column existed keep null: they follow their own weekday as before (a Saturday shows no
-- lessons), and the calendar page asks the school to name the weekday.
ALTER TABLE calendar_day_off ADD COLUMN follows SMALLINT CHECK (follows BETWEEN 1 AND 5);
ALTER TABLE calendar_day_off ADD CONSTRAINT calendar_day_off_follows_workday
    CHECK (follows IS NULL OR kind = 'WORKDAY');
