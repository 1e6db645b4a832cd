-- Verification requirements beyond the code check (issue 11; peers offer them): per guild, each
-- optional, read from the same RealmEye page. NULL minimums mean "no requirement"; the flags
-- default to the incumbent's behaviour (creation date may be hidden, no guild required).
ALTER TABLE guild_verification_config ADD COLUMN min_stars INTEGER CHECK (min_stars IS NULL OR min_stars BETWEEN 0 AND 1000);
ALTER TABLE guild_verification_config ADD COLUMN min_alive_fame INTEGER CHECK (min_alive_fame IS NULL OR min_alive_fame >= 0);
ALTER TABLE guild_verification_config ADD COLUMN min_characters INTEGER CHECK (min_characters IS NULL OR min_characters BETWEEN 0 AND 100);
ALTER TABLE guild_verification_config ADD COLUMN created_must_be_visible INTEGER NOT NULL DEFAULT 0 CHECK (created_must_be_visible IN (0, 1));
ALTER TABLE guild_verification_config ADD COLUMN guild_required INTEGER NOT NULL DEFAULT 0 CHECK (guild_required IN (0, 1));
