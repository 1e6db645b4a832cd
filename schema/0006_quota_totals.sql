-- 0006_quota_totals: leaderboards, /stats and quota panels read totals kept current, not the ledger.
--
-- The incumbent summed quota_event on every read. Here triggers keep two sets of totals inside the
-- transaction of every ledger insert, update (re-pricing) and delete, whoever the writer is:
--   * quota_total_day: per member per UTC day per dungeon per quota role. Any window is its whole
--     days from here plus the events of its partial edge days from the ledger (by time, see
--     idx_quota_event_guild_time), so arbitrary since/until and quota periods are exact.
--   * quota_total_member: per member per dungeon, all-time (/stats and the clamps).
-- What each event counts for lives in one place, the view quota_event_measure, which the
-- triggers, the edge reads and the property test's direct scan all use.

-- What one ledger event counts for, by the subject conventions of console-features §5.2:
--   organized     runs organized: `manual_log_run:<ms>:<organizer>:<count>` counts its count,
--                 organizer credits (`run:…`) with quota points count one; signed like the points;
--                 `/addquotapoints` adjustments are not runs (the incumbent counted them).
--   completions   dungeon completions: raider credits (`raider:…`) only (defect 5).
--   keys          keys popped: the signed count of `key_pop:<ms>:<member>:<count>` events.
--   verifications verifications only (`verify:…`), not every moderation action (defect 6).
--   moderation    every moderation action (`verify_member` events).
CREATE VIEW quota_event_measure AS
SELECT id, guild_id, actor_user_id AS user_id, created_at, created_at / 86400000 AS day,
       COALESCE(dungeon_key, '') AS dungeon_key, COALESCE(quota_role_id, 0) AS quota_role_id,
       points, quota_points,
       CASE WHEN action_type = 'run_completed' AND quota_points <> 0
                 AND (subject_id GLOB 'run:*' OR subject_id GLOB 'manual_log_run:*') THEN
           sign(quota_points) * CASE WHEN subject_id GLOB 'manual_log_run:*'
               THEN abs(CAST(substr(substr(substr(subject_id, 16), instr(substr(subject_id, 16), ':') + 1),
                        instr(substr(substr(subject_id, 16), instr(substr(subject_id, 16), ':') + 1), ':') + 1)
                        AS INTEGER))
               ELSE 1 END
       ELSE 0 END AS organized,
       CASE WHEN subject_id GLOB 'raider:*' THEN 1 ELSE 0 END AS completions,
       CASE WHEN subject_id GLOB 'key_pop:*'
           THEN CAST(substr(substr(substr(subject_id, 9), instr(substr(subject_id, 9), ':') + 1),
                     instr(substr(substr(subject_id, 9), instr(substr(subject_id, 9), ':') + 1), ':') + 1)
                     AS INTEGER)
           ELSE 0 END AS keys,
       CASE WHEN action_type = 'verify_member' AND subject_id GLOB 'verify:*' THEN 1 ELSE 0 END AS verifications,
       CASE WHEN action_type = 'verify_member' THEN 1 ELSE 0 END AS moderation
FROM quota_event;

CREATE TABLE quota_total_day (
    guild_id       INTEGER NOT NULL,
    day            INTEGER NOT NULL,
    user_id        INTEGER NOT NULL,
    dungeon_key    TEXT    NOT NULL,
    quota_role_id  INTEGER NOT NULL,
    points         INTEGER NOT NULL,
    quota_points   INTEGER NOT NULL,
    organized      INTEGER NOT NULL,
    completions    INTEGER NOT NULL,
    keys           INTEGER NOT NULL,
    verifications  INTEGER NOT NULL,
    moderation     INTEGER NOT NULL,
    events         INTEGER NOT NULL,
    PRIMARY KEY (guild_id, day, user_id, dungeon_key, quota_role_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE quota_total_member (
    guild_id       INTEGER NOT NULL,
    user_id        INTEGER NOT NULL,
    dungeon_key    TEXT    NOT NULL,
    points         INTEGER NOT NULL,
    quota_points   INTEGER NOT NULL,
    organized      INTEGER NOT NULL,
    completions    INTEGER NOT NULL,
    keys           INTEGER NOT NULL,
    verifications  INTEGER NOT NULL,
    moderation     INTEGER NOT NULL,
    events         INTEGER NOT NULL,
    PRIMARY KEY (guild_id, user_id, dungeon_key)
) STRICT, WITHOUT ROWID;

-- A guild's ledger version, bumped by every change of its ledger: a board drawn at one version is
-- the board while the version stands, so pages and repeated boards are served from memory.
CREATE TABLE quota_ledger_version (
    guild_id  INTEGER PRIMARY KEY,
    version   INTEGER NOT NULL
) STRICT;

-- An inserted event is added to its two buckets; a deleted one is taken away (a negated upsert)
-- while it still exists, and a bucket left with no events goes, so the totals hold exactly the
-- buckets the ledger has. An update (re-pricing) is the old event taken away and the new one added:
-- a BEFORE trigger still sees the old row, an AFTER trigger the new one.
CREATE TRIGGER quota_event_totals_insert AFTER INSERT ON quota_event BEGIN
    INSERT INTO quota_total_day
    SELECT guild_id, day, user_id, dungeon_key, quota_role_id, points, quota_points, organized, completions, keys, verifications,
           moderation, 1
    FROM quota_event_measure WHERE id = NEW.id
    ON CONFLICT DO UPDATE SET points = points + excluded.points, quota_points = quota_points + excluded.quota_points,
        organized = organized + excluded.organized, completions = completions + excluded.completions,
        keys = keys + excluded.keys, verifications = verifications + excluded.verifications,
        moderation = moderation + excluded.moderation, events = events + excluded.events;
    INSERT INTO quota_total_member
    SELECT guild_id, user_id, dungeon_key, points, quota_points, organized, completions, keys, verifications,
           moderation, 1
    FROM quota_event_measure WHERE id = NEW.id
    ON CONFLICT DO UPDATE SET points = points + excluded.points, quota_points = quota_points + excluded.quota_points,
        organized = organized + excluded.organized, completions = completions + excluded.completions,
        keys = keys + excluded.keys, verifications = verifications + excluded.verifications,
        moderation = moderation + excluded.moderation, events = events + excluded.events;
    INSERT INTO quota_ledger_version VALUES (NEW.guild_id, 1) ON CONFLICT DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER quota_event_totals_remove BEFORE DELETE ON quota_event BEGIN
    INSERT INTO quota_total_day
    SELECT guild_id, day, user_id, dungeon_key, quota_role_id, -points, -quota_points, -organized, -completions, -keys, -verifications,
           -moderation, -1
    FROM quota_event_measure WHERE id = OLD.id
    ON CONFLICT DO UPDATE SET points = points + excluded.points, quota_points = quota_points + excluded.quota_points,
        organized = organized + excluded.organized, completions = completions + excluded.completions,
        keys = keys + excluded.keys, verifications = verifications + excluded.verifications,
        moderation = moderation + excluded.moderation, events = events + excluded.events;
    INSERT INTO quota_total_member
    SELECT guild_id, user_id, dungeon_key, -points, -quota_points, -organized, -completions, -keys, -verifications,
           -moderation, -1
    FROM quota_event_measure WHERE id = OLD.id
    ON CONFLICT DO UPDATE SET points = points + excluded.points, quota_points = quota_points + excluded.quota_points,
        organized = organized + excluded.organized, completions = completions + excluded.completions,
        keys = keys + excluded.keys, verifications = verifications + excluded.verifications,
        moderation = moderation + excluded.moderation, events = events + excluded.events;
    DELETE FROM quota_total_day
    WHERE guild_id = OLD.guild_id AND day = OLD.created_at / 86400000 AND user_id = OLD.actor_user_id
      AND dungeon_key = COALESCE(OLD.dungeon_key, '') AND quota_role_id = COALESCE(OLD.quota_role_id, 0) AND events = 0;
    DELETE FROM quota_total_member
    WHERE guild_id = OLD.guild_id AND user_id = OLD.actor_user_id AND dungeon_key = COALESCE(OLD.dungeon_key, '')
      AND events = 0;
    INSERT INTO quota_ledger_version VALUES (OLD.guild_id, 1) ON CONFLICT DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER quota_event_totals_update_old BEFORE UPDATE OF guild_id, actor_user_id, action_type, subject_id,
    dungeon_key, points, quota_points, quota_role_id, created_at ON quota_event BEGIN
    INSERT INTO quota_total_day
    SELECT guild_id, day, user_id, dungeon_key, quota_role_id, -points, -quota_points, -organized, -completions, -keys, -verifications,
           -moderation, -1
    FROM quota_event_measure WHERE id = OLD.id
    ON CONFLICT DO UPDATE SET points = points + excluded.points, quota_points = quota_points + excluded.quota_points,
        organized = organized + excluded.organized, completions = completions + excluded.completions,
        keys = keys + excluded.keys, verifications = verifications + excluded.verifications,
        moderation = moderation + excluded.moderation, events = events + excluded.events;
    INSERT INTO quota_total_member
    SELECT guild_id, user_id, dungeon_key, -points, -quota_points, -organized, -completions, -keys, -verifications,
           -moderation, -1
    FROM quota_event_measure WHERE id = OLD.id
    ON CONFLICT DO UPDATE SET points = points + excluded.points, quota_points = quota_points + excluded.quota_points,
        organized = organized + excluded.organized, completions = completions + excluded.completions,
        keys = keys + excluded.keys, verifications = verifications + excluded.verifications,
        moderation = moderation + excluded.moderation, events = events + excluded.events;
    DELETE FROM quota_total_day
    WHERE guild_id = OLD.guild_id AND day = OLD.created_at / 86400000 AND user_id = OLD.actor_user_id
      AND dungeon_key = COALESCE(OLD.dungeon_key, '') AND quota_role_id = COALESCE(OLD.quota_role_id, 0) AND events = 0;
    DELETE FROM quota_total_member
    WHERE guild_id = OLD.guild_id AND user_id = OLD.actor_user_id AND dungeon_key = COALESCE(OLD.dungeon_key, '')
      AND events = 0;
    INSERT INTO quota_ledger_version VALUES (OLD.guild_id, 1) ON CONFLICT DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER quota_event_totals_update_new AFTER UPDATE OF guild_id, actor_user_id, action_type, subject_id,
    dungeon_key, points, quota_points, quota_role_id, created_at ON quota_event BEGIN
    INSERT INTO quota_total_day
    SELECT guild_id, day, user_id, dungeon_key, quota_role_id, points, quota_points, organized, completions, keys, verifications,
           moderation, 1
    FROM quota_event_measure WHERE id = NEW.id
    ON CONFLICT DO UPDATE SET points = points + excluded.points, quota_points = quota_points + excluded.quota_points,
        organized = organized + excluded.organized, completions = completions + excluded.completions,
        keys = keys + excluded.keys, verifications = verifications + excluded.verifications,
        moderation = moderation + excluded.moderation, events = events + excluded.events;
    INSERT INTO quota_total_member
    SELECT guild_id, user_id, dungeon_key, points, quota_points, organized, completions, keys, verifications,
           moderation, 1
    FROM quota_event_measure WHERE id = NEW.id
    ON CONFLICT DO UPDATE SET points = points + excluded.points, quota_points = quota_points + excluded.quota_points,
        organized = organized + excluded.organized, completions = completions + excluded.completions,
        keys = keys + excluded.keys, verifications = verifications + excluded.verifications,
        moderation = moderation + excluded.moderation, events = events + excluded.events;
    INSERT INTO quota_ledger_version VALUES (NEW.guild_id, 1) ON CONFLICT DO UPDATE SET version = version + 1;
END;

-- The totals of the ledger as it stands (an upgraded database, an import).
INSERT INTO quota_total_day
SELECT guild_id, day, user_id, dungeon_key, quota_role_id, SUM(points), SUM(quota_points), SUM(organized),
       SUM(completions), SUM(keys), SUM(verifications), SUM(moderation), COUNT(*)
FROM quota_event_measure GROUP BY guild_id, day, user_id, dungeon_key, quota_role_id;
INSERT INTO quota_total_member
SELECT guild_id, user_id, dungeon_key, SUM(points), SUM(quota_points), SUM(organized), SUM(completions),
       SUM(keys), SUM(verifications), SUM(moderation), COUNT(*)
FROM quota_event_measure GROUP BY guild_id, user_id, dungeon_key;

-- Reads no longer scan the ledger by member or by period, so the indexes that served those scans
-- go: 045's member index #5 (a random page per credited raider, now quota_total_member's work)
-- and the wide covering period index (five columns written per event). The partial edge days of a
-- window are read by time through a narrow index.
DROP INDEX idx_quota_event_guild_user;
DROP INDEX idx_quota_event_guild_created;
CREATE INDEX idx_quota_event_guild_time ON quota_event(guild_id, created_at);

-- Automatic period rollover (defect 8): the hour of the UTC week (weekday × 24 + hour, Monday 0)
-- at which a role's period repeats weekly; NULL never repeats.
ALTER TABLE quota_role_config ADD COLUMN rollover_week_hour INTEGER
    CHECK (rollover_week_hour BETWEEN 0 AND 167);

-- Each ended period's final board, written in the rollover's own transaction (its primary key
-- makes the rollover happen once) and posted by the outbox, which records the message.
CREATE TABLE quota_period_result (
    guild_id          INTEGER NOT NULL,
    discord_role_id   INTEGER NOT NULL,
    period_start_at   INTEGER NOT NULL,
    period_end_at     INTEGER NOT NULL,
    required_points   INTEGER NOT NULL,
    standings         TEXT    NOT NULL CHECK (json_valid(standings)),
    message_id        INTEGER,
    created_at        INTEGER NOT NULL,
    PRIMARY KEY (guild_id, discord_role_id, period_end_at),
    CHECK (period_end_at > period_start_at)
) STRICT;
