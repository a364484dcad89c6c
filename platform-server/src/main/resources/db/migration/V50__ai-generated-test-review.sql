-- AI endpoints: what a generated test is called, who made it (the offline planner or a model) and who decided on it.
ALTER TABLE ai_generated_tests
    ADD COLUMN name        TEXT,
    ADD COLUMN source      TEXT NOT NULL DEFAULT 'offline' CHECK (source IN ('offline', 'llm')),
    ADD COLUMN decided_by  UUID REFERENCES users (id) ON DELETE SET NULL,
    ADD COLUMN decided_at  TIMESTAMPTZ;
UPDATE ai_generated_tests SET name = left(description, 120) WHERE name IS NULL;
ALTER TABLE ai_generated_tests ALTER COLUMN name SET NOT NULL;
