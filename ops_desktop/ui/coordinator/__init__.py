"""The coordinator's room: an overview of the teams, signing drafts, printing decisions."""
