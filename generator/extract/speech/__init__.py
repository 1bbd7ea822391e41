"""The parts of quote attribution and reported speech that generator/extract/quotes.py runs.

By layer, each module using only those before it: marks, phrases, attribution, words, clauses,
reported. Names keep their leading underscore: they are the package's own, not an API."""
