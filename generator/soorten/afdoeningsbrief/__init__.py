"""afdoeningsbrief."""
