"""Read -> extract -> resolve on Dask distributed: `kb extract --dask …` and `kb load --dask …`.

The unit of work is the one `--workers` uses, `kb.pipeline.extract_file` on one file, run as a
Dask task; the client consumes the results in file order and does the rest as a plain run
does (`pipeline.extractions_of`: copies, skipped files), so the output is the same whatever
ran the tasks (resolution is deterministic: uids are hashes). `kb load` writes from the client
through `kb.store.writer`, whose transactions are bounded, retried and idempotent, so a task
that Dask retried after a worker died writes its report once.

At most WINDOW_PER_WORKER tasks per worker are in flight or waiting to be consumed, so memory
stays flat however large the corpus; a slow file holds up consumption, not the workers.

Inputs: local paths (kb.pipeline.expand_paths), local globs, and fsspec URLs (`s3://bucket/dir`,
`gs://…/*.txt`, `file:///…`) that the workers fetch themselves; the filesystem's package
(s3fs, gcsfs) must be installed where it runs.
"""

from __future__ import annotations

import glob
import importlib.util
import logging
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path, PurePosixPath

from kb import pipeline
from kb.errors import KbError, UsageError
from kb.model import Extraction
from kb.pipeline import FileOutcome, Reading
from kb.read import ReadError, decode_file

LOCAL = "local"
WINDOW_PER_WORKER = 4  # tasks per worker in flight: enough to hide a slow file, few enough to stay small
# A task that raised runs again (a worker that died is Dask's allowed-failures, 3); writing twice is harmless.
TASK_RETRIES = 2
CONNECT_TIMEOUT = "5s"

FileProgress = Callable[[int, int], None]  # (files done, files in all)


def check_engine(spec: str) -> str:
    """`local` or a scheduler's address (`tcp://host:8786`, `tls://…`); else a usage error."""
    if spec == LOCAL or spec.startswith(("tcp://", "tls://", "ucx://", "inproc://")):
        return spec
    raise UsageError(f"--dask {spec!r}: give `local` (a cluster on this machine) or a scheduler's "
                     "address such as tcp://host:8786")


def is_url(path: str | Path) -> bool:
    return "://" in str(path)


class DaskEngine:
    """A Dask client for one run: a LocalCluster of `workers` processes for `local`, else the
    scheduler at the address. Use as a context manager; `echo` says the dashboard's link."""

    def __init__(self, spec: str, workers: int, *, echo: Callable[[str], None] | None = None) -> None:
        self.spec = check_engine(spec)
        if importlib.util.find_spec("distributed") is None:  # said before any work, not after
            raise UsageError("--dask needs Dask distributed: pip install 'kb[dask]'")
        self.workers = max(1, workers)
        self.echo = echo
        self.client = None
        self.cluster = None

    def __enter__(self) -> DaskEngine:
        from distributed import Client, LocalCluster

        # Dask's INFO lines (workers starting, ports) would drown kb's own stderr.
        logging.getLogger("distributed").setLevel(logging.CRITICAL)
        if self.spec == LOCAL:
            # Processes, one thread each: extraction is Python under the GIL. On 127.0.0.1, the
            # dashboard on a free port (two runs, or two users, must not collide).
            self.cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                        host="127.0.0.1", dashboard_address="127.0.0.1:0",
                                        silence_logs=logging.CRITICAL)
            self.client = Client(self.cluster)
        else:
            try:
                self.client = Client(self.spec, timeout=CONNECT_TIMEOUT)
            except (OSError, TimeoutError) as exc:
                raise UsageError(f"the Dask scheduler at {self.spec} does not answer ({exc})") from None
            self.workers = max(1, len(self.client.scheduler_info().get("workers", {})))
        if self.echo is not None and (link := self.client.dashboard_link):
            self.echo(f"kb: Dask dashboard: {link}")
        return self

    def __exit__(self, *exc) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    # -------------------------------------------------------------- inputs

    def expand(self, paths: Iterable[str], reading: Reading | None = None) -> list[str]:
        """Every report file to read, as the workers will name it (no cluster needed yet): local paths and globs by
        kb.pipeline.expand_paths (absolute for a remote cluster, whose workers do not share our
        working directory), URLs by fsspec."""
        local: list[str] = []
        remote: list[str] = []
        for p in paths:
            if is_url(p):
                remote.extend(expand_url(p, reading))
            elif glob.has_magic(p) and not Path(p).exists():
                matches = sorted(glob.glob(p, recursive=True))
                if not matches:
                    raise UsageError(f"{p}: no file matches this pattern")
                local.extend(matches)
            elif not Path(p).exists():
                raise UsageError(f"no such file or directory: {p}")
            else:
                local.append(p)
        files = pipeline.expand_paths(local, reading) if local else []
        as_named = [str(f) if self.spec == LOCAL else str(f.resolve()) for f in files]
        return as_named + [u for u in dict.fromkeys(remote)]

    # -------------------------------------------------------------- work

    def outcomes(self, files: list[str], progress: FileProgress | None = None) -> Iterator[FileOutcome]:
        """`extract_file` over `files` as Dask tasks, yielded in file order, with at most
        WINDOW_PER_WORKER tasks per worker submitted and not yet consumed."""
        pending: deque = deque()
        todo = iter(files)
        total = len(files)

        def submit_next() -> None:
            if (file := next(todo, None)) is not None:
                pending.append((file, self.client.submit(extract_one, file, pure=False, retries=TASK_RETRIES)))

        for _ in range(self.workers * WINDOW_PER_WORKER):
            submit_next()
        done = 0
        try:
            while pending:
                file, future = pending.popleft()
                outcome = _result(file, future)
                future.release()
                submit_next()
                done += 1
                if progress is not None:
                    progress(done, total)
                yield outcome
        finally:  # stopped early (an error, Ctrl-C): the cluster need not finish our work
            for _, future in pending:
                future.cancel()

    def extractions(self, files: list[str], reading: Reading | None = None, *, strict: bool = False,
                    progress: FileProgress | None = None) -> Iterator[Extraction]:
        """kb.pipeline.iter_extractions, with the files' work done on the cluster."""
        return pipeline.extractions_of(self.outcomes(files, progress), reading, strict=strict)


def _result(file: str, future) -> FileOutcome:
    from distributed import KilledWorker

    try:
        return future.result()
    except KilledWorker:
        raise KbError(f"{file}: every Dask worker that read it died (Dask's allowed-failures; out of "
                      "memory?); the reports before it are written, nothing of it") from None
    except OSError as exc:  # the scheduler went away
        raise KbError(f"the Dask scheduler stopped answering while {file} was read ({exc}); "
                      "load again to complete (written reports are kept, not duplicated)") from None


# -------------------------------------------------------------- on the workers


def extract_one(file: str) -> FileOutcome:
    """The task: kb.pipeline.extract_file on a local path, or on a URL's bytes fetched here."""
    if not is_url(file):
        return pipeline.extract_file(Path(file))
    with tempfile.TemporaryDirectory(prefix="kb-") as tmp:
        try:
            local = _fetch(file, Path(tmp))
        except OSError as exc:
            return FileOutcome(file, error=f"cannot read ({exc})")  # type: ignore[arg-type]
        outcome = pipeline.extract_file(local)
    outcome.path = file  # type: ignore[assignment]  # a URL is no Path (Path would drop a slash)
    if outcome.error is not None:
        outcome.error = outcome.error.replace(str(local), file)
    for x in outcome.extractions:  # the report is named by its URL, as a local one by its path
        for article in x.articles:
            article.file, article.files = file, [file]
    return outcome


def check_readable(files: list[str]) -> None:
    """`--strict`: every file decoded once, here, before the cluster starts; the first that
    cannot be read raises before anything is written."""
    for file in files:
        if (error := decode_error(file)) is not None:
            raise ReadError(f"{file}: {error}")


def decode_error(file: str) -> str | None:
    """Why `file` cannot be decoded, or None."""
    with tempfile.TemporaryDirectory(prefix="kb-") as tmp:
        try:
            decode_file(_fetch(file, Path(tmp)) if is_url(file) else file)
        except OSError as exc:
            return f"cannot read ({exc})"
        except ReadError as exc:
            return str(exc).split(": ", 1)[-1]
    return None


def _fetch(url: str, into: Path) -> Path:
    """The URL's bytes in a local file of the same suffix (the reader tells HTML by it)."""
    import fsspec

    local = into / ("report" + PurePosixPath(url.split("?", 1)[0]).suffix.lower())
    with fsspec.open(url, "rb") as fh:
        local.write_bytes(fh.read(pipeline.MAX_FILE_BYTES + 1))
    return local


def expand_url(url: str, reading: Reading | None = None) -> list[str]:
    """A URL's report files: the file, a directory's report files below it, or a glob's
    matches, sorted, as full URLs. Files over MAX_FILE_BYTES are noted in `reading`."""
    try:
        import fsspec

        fs, _, found = fsspec.core.get_fs_token_paths(url)
        files: list[str] = []
        for f in found:
            if fs.isdir(f):
                files.extend(sorted(x for x in fs.find(f) if PurePosixPath(x).suffix.lower()
                                    in pipeline.REPORT_SUFFIXES))
            elif fs.exists(f):
                files.append(f)
        sizes = {f: fs.size(f) for f in files}
    except ImportError as exc:  # fsspec names the package a scheme needs (s3fs, gcsfs…)
        raise UsageError(f"{url}: {exc}") from None
    except (ValueError, OSError) as exc:
        raise UsageError(f"{url}: cannot list it ({exc})") from None
    if not files:
        raise UsageError(f"{url}: no report files ({', '.join(pipeline.REPORT_SUFFIXES)}) there")
    out = []
    for f in files:
        name = fs.unstrip_protocol(f)
        if (sizes[f] or 0) > pipeline.MAX_FILE_BYTES:
            why = f"{sizes[f] // 1_048_576} MB, over the {pipeline.MAX_FILE_BYTES // 1_048_576} MB a report file may have"
            if reading is None:
                raise UsageError(f"{name}: {why}")
            reading.skipped.append((name, why))
            continue
        out.append(name)
    return out
