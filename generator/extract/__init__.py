"""Rule-based extractors: actors, quotes and reported speech, positions, issues."""
