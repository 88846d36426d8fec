-- One score per account row. Tied to the row id: scores of rows an undo deletes go with them
-- (cascade); scores of superseded rows stay but are hidden, and return if the row is restored.
-- Category columns are Category enum names in lower case.
CREATE TABLE IF NOT EXISTS health_score (
    account_id             BIGINT PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    workspace_id           BIGINT NOT NULL REFERENCES workspace (id),
    external_account_id    VARCHAR(500) NOT NULL,
    account_name           VARCHAR(1000),
    overall                DOUBLE PRECISION,
    status                 VARCHAR(30) NOT NULL,
    coverage               DOUBLE PRECISION NOT NULL,
    product_usage          DOUBLE PRECISION,
    business_outcomes      DOUBLE PRECISION,
    support                DOUBLE PRECISION,
    customer_sentiment     DOUBLE PRECISION,
    relationship_strength  DOUBLE PRECISION,
    computed_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
