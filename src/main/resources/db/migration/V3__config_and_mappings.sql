-- Wizard settings per workspace and remembered column mappings, both as JSON text
-- (ConfigJson) so new config fields need no migration. ${clob} is the dialect's text type.
CREATE TABLE IF NOT EXISTS workspace_config (
    workspace_id  BIGINT PRIMARY KEY REFERENCES workspace (id),
    config_json   ${clob},
    mapping_json  ${clob},
    saved_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Global: the same export layout maps the same way for every customer.
CREATE TABLE IF NOT EXISTS column_mapping (
    header_signature  VARCHAR(2000) PRIMARY KEY,
    mapping_json      ${clob} NOT NULL,
    saved_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
