"""Vigil: protest, strike, riot, repression and arrest events from news text, with evidence."""

__version__ = "0.1.0"
