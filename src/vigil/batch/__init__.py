"""Batch: run the pipeline over many reports on more than one process.

Adapters to execution engines only, no domain logic: :mod:`.local` runs batches on a pool of
forked worker processes on this machine. A distributed engine (Dask) plugs in the same way: it
receives batches of reports and returns the processed documents in order.
"""
from .local import batches, process_pool

__all__ = ["batches", "process_pool"]
