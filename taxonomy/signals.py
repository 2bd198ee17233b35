"""What taxonomy tells the rest of the site. Taxonomy imports nothing of ours: apps above it
that cache something shown from it (core's fragments and structure cache) subscribe here."""

from django.dispatch import Signal

# Sent after any care model, support area, region, vanguard or outcome category is saved or
# deleted (sender: the model class).
taxonomy_changed = Signal()
