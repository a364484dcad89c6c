-- The readable replacement the SDK suggests for a healed locator (getByRole(...), verified to match one element),
-- beside healed_to, the positional selector it acted on. The dashboard shows the suggestion as the new locator;
-- healed_to stays the record's key, because the SDK matches the team's rejected heals by that selector.
ALTER TABLE healing_events ADD COLUMN suggestion TEXT;
ALTER TABLE healing_records ADD COLUMN suggestion TEXT;
