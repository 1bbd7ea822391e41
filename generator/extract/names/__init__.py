"""The parts of the actor search that generator/extract/actors.py runs.

By layer: words, records, bodies, runs, context, resolve, scan (bodies needs the scan's type only,
under TYPE_CHECKING). Names keep their leading underscore: they are the package's own, not an
API."""
