ALTER TABLE patients ADD COLUMN phone text;
