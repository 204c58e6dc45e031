"""The administrator's tab: accounts, the office's data, security and backups; no case content."""
