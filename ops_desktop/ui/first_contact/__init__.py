"""The first-contact desk: finding a person, registering a household, recording an intake."""
