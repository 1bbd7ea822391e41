"""The parts of the move search that generator/extract/positions.py runs per sentence.

By layer, each module using only those before it: cues, words, spans, subjects, slots, verbs,
documents, nouns, said, conditions. Names keep their leading underscore: they are the package's
own, not an API."""
