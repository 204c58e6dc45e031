"""The benefits team's room: applications, incomes, what the law computes, decisions."""
