"""Use cases per team: transactions and permission checks; they return plain data, never rows."""
