"""The readers generator/ingest.py dispatches seed files to, by format.

By layer: encodings, text, frontmatter, markdown, html. Names keep their leading underscore
where they did in ingest.py: they are the package's own."""
