-- Issue 7: an import keeps why it skipped rows, and the cells the CSM fixed in the preview
-- beside the value the file had. Both are written in the import's own transaction and stay
-- as history when the import is undone. Portable DDL (H2 and PostgreSQL).
ALTER TABLE import_run ADD COLUMN IF NOT EXISTS skipped_reasons VARCHAR(2000);
CREATE TABLE IF NOT EXISTS import_cell_edit (
    import_id      BIGINT NOT NULL REFERENCES import_run (id),
    source_row     INT NOT NULL,
    column_header  VARCHAR(1000) NOT NULL,
    original_value VARCHAR(4000),
    edited_value   VARCHAR(4000) NOT NULL,
    PRIMARY KEY (import_id, source_row, column_header)
);
