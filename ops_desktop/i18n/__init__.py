"""Locale choice and value formatting shared by the screen and the paper."""
