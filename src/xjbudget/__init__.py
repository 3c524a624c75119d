"""xjbudget."""
