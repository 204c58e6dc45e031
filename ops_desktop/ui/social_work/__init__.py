"""The social-work team's tab: its inbox and cases, and the notes kept on each case."""
