"""The services team's tab: its inbox and cases, and usługi opiekuńcze."""
