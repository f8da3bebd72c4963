"""The ``vigil`` command: argument parsing only; the work is done by :mod:`vigil.api`.

Exit codes: 0 done; 1 some inputs were skipped (each named on stderr); 2 usage error.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
from datetime import date
from typing import Optional, Sequence

from . import __version__, api
from .ingest import FORMATS as INPUT_FORMATS
from .ingest import Problems
from .settings import Settings
from .store.base import EventQuery


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}") from None


def _inputs(p: argparse.ArgumentParser, stdin_default: bool = True) -> None:
    p.add_argument("inputs", nargs="*", metavar="INPUT",
                   help="files, directories or - for stdin" + (" (default: stdin)" if stdin_default else ""))
    p.add_argument("--input-format", choices=INPUT_FORMATS, help="force the input format (default: detect)")
    p.add_argument("--published", type=_date, help="anchor date (YYYY-MM-DD) for reports that carry none")


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--quiet", action="store_true", help="only errors on stderr (no progress or warnings)")
    p.add_argument("--config", help="settings file (TOML); default ./vigil.toml or $VIGIL_CONFIG")
    p.add_argument("--workers", type=int, help="worker processes for extraction (default: one per CPU core, at most 8; 1 = in-process)")


def _query_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", help="store path (default ./vigil.db or $VIGIL_DB)")
    p.add_argument("--type", help="event type (protest, strike, riot, repression, arrest, attack, disaster, other)")
    p.add_argument("--status", choices=("occurred", "ongoing", "planned"))
    p.add_argument("--country", help="ISO 3166-1 alpha-2 code, e.g. IR")
    p.add_argument("--admin1", help="province or state, e.g. Khuzestan")
    p.add_argument("--from", dest="date_from", help="earliest start date (YYYY[-MM[-DD]])")
    p.add_argument("--to", dest="date_to", help="latest start date (YYYY[-MM[-DD]])")
    p.add_argument("--text", help="words that must appear in a report of the event")
    p.add_argument("--campaign", help="campaign id")
    p.add_argument("--limit", type=int, help="at most this many events")


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="vigil", description="Protest, strike, riot, repression and arrest events "
                                 "from news text, with evidence for every value.")
    ap.add_argument("--version", action="version", version=f"vigil {__version__}")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("extract", help="print events from reports (the events contract)")
    _inputs(p)
    _common(p)
    p.add_argument("--format", choices=("jsonl",), default="jsonl", help="output format (jsonl)")
    p.add_argument("--link", action="store_true", help="merge events that several reports describe")

    for name, what in (("places", "place mentions"), ("dates", "date expressions")):
        p = sub.add_parser(name, help=f"print {what} found in reports (one JSON line each)")
        _inputs(p)
        _common(p)
        p.add_argument("--format", choices=("jsonl",), default="jsonl")

    p = sub.add_parser("ingest", help="extract events from reports into the store")
    _inputs(p, stdin_default=False)
    _common(p)
    p.add_argument("--db", help="store path (default ./vigil.db or $VIGIL_DB)")
    p.add_argument("--sample", action="store_true", help="ingest the bundled sample corpus")

    p = sub.add_parser("events", help="query events in the store")
    _query_args(p)
    p.add_argument("--format", choices=("table", "jsonl"), default="table")
    p.add_argument("--explain", action="store_true", help="show why reports were linked into each event")

    p = sub.add_parser("export", help="export events from the store")
    _query_args(p)
    p.add_argument("--format", choices=("jsonl", "csv", "acled", "geojson", "parquet"), required=True)
    p.add_argument("--output", "-o", help="output file (default stdout; required for parquet)")

    p = sub.add_parser("unlink", help="undo a merge: split a report (or every report) out of a merged event")
    p.add_argument("event_id")
    p.add_argument("--report", help="split only this report from the rest (default: every report apart)")
    p.add_argument("--db", help="store path (default ./vigil.db or $VIGIL_DB)")

    p = sub.add_parser("merge", help="merge two events the linker kept apart (kept across re-runs)")
    p.add_argument("event_a")
    p.add_argument("event_b")
    p.add_argument("--db", help="store path (default ./vigil.db or $VIGIL_DB)")

    p = sub.add_parser("serve", help="run the web API and dashboard")
    p.add_argument("--db", help="store path (default ./vigil.db or $VIGIL_DB)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--config", help="settings file (TOML)")

    p = sub.add_parser("gazetteer", help="build or inspect the offline gazetteer index")
    p.add_argument("action", choices=("build", "info"))
    p.add_argument("--config", help="settings file (TOML)")
    p.add_argument("--quiet", action="store_true", help="print nothing on success")

    p = sub.add_parser("validate", help="check event JSONL lines against the events contract")
    p.add_argument("inputs", nargs="*", metavar="FILE", help="event JSONL files (default: stdin)")

    p = sub.add_parser("evaluate", help="score events against gold events (labelled JSONL)")
    p.add_argument("--gold", required=True, help="gold JSONL: one report a line with its 'events'")
    p.add_argument("--pred", help="predicted events JSONL (default: extract them from the gold file)")
    p.add_argument("--errors", action="store_true", help="list missed and extra events")
    p.add_argument("--quiet", action="store_true")
    p.add_argument("--config", help="settings file (TOML)")
    p.add_argument("--workers", type=int, help="worker processes for extraction (default: one per CPU core, at most 8; 1 = in-process)")

    p = sub.add_parser("settings", help="list every setting with its current value and help")
    p.add_argument("--config", help="settings file (TOML)")
    return ap


def _settings(args: argparse.Namespace) -> Settings:
    overrides = {k: getattr(args, k, None) for k in ("db", "workers")}
    return Settings.load(overrides, config=getattr(args, "config", None))


def _job(args: argparse.Namespace, problems: Problems) -> api.Job:
    inputs = list(args.inputs) or ["-"]
    return api.Job(inputs=inputs, settings=_settings(args), input_format=args.input_format,
                   published=args.published, problems=problems,
                   progress=not args.quiet and sys.stderr.isatty())


def _write_lines(rows) -> None:
    out = sys.stdout
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")


def cmd_extract(args, problems: Problems) -> None:
    _write_lines(ev.to_json() for ev in api.extract(_job(args, problems), link=args.link))


def cmd_places(args, problems: Problems) -> None:
    _write_lines(api.place_mentions(_job(args, problems)))


def cmd_dates(args, problems: Problems) -> None:
    _write_lines(api.date_mentions(_job(args, problems)))


def cmd_ingest(args, problems: Problems) -> None:
    if not args.inputs and not args.sample:
        raise UsageError("ingest needs INPUT paths (or - for stdin), or --sample")
    if args.sample:
        args.inputs = [*args.inputs, api.sample_corpus()]
    job = _job(args, problems)
    stats = api.ingest(job)
    if not args.quiet:
        print(f"vigil: {stats.reports_new} new, {stats.reports_updated} updated, {stats.reports_unchanged} unchanged "
              f"reports; {stats.events_new} new events in {job.settings.db}", file=sys.stderr)


def _query(args) -> EventQuery:
    return EventQuery(type=args.type, status=args.status, country=args.country, admin1=args.admin1,
                      date_from=args.date_from, date_to=args.date_to, text=args.text, campaign=args.campaign,
                      limit=args.limit)


def cmd_events(args, problems: Problems) -> None:
    from .tables import events_table

    settings = _settings(args)
    _require_db(settings.db)
    events = api.query_events(settings.db, _query(args))
    if args.format == "jsonl":
        _write_lines(ev.to_json() for ev in events)
    else:
        sys.stdout.write(events_table(events, explain=args.explain))


def cmd_export(args, problems: Problems) -> None:
    from . import export

    settings = _settings(args)
    _require_db(settings.db)
    events = api.query_events(settings.db, _query(args))
    if args.format == "parquet":
        if not args.output:
            raise UsageError("--format parquet needs --output FILE")
        export.write_parquet(events, args.output)
        return
    writer = {"jsonl": export.write_jsonl, "csv": export.write_csv, "acled": export.write_acled,
              "geojson": export.write_geojson}[args.format]
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="") as fh:
            writer(events, fh)
    else:
        writer(events, sys.stdout)


def cmd_serve(args, problems: Problems) -> None:
    from .serve import run

    run(_settings(args), host=args.host, port=args.port)


def cmd_gazetteer(args, problems: Problems) -> None:
    from .geo.gazetteer import Gazetteer

    settings = _settings(args)
    gaz = Gazetteer.load(settings.cache_dir)
    if not args.quiet:
        print(json.dumps({"cache_dir": settings.cache_dir, **gaz.info()}, indent=1, default=str))


def cmd_settings(args, problems: Problems) -> None:
    settings = Settings.load(config=args.config)
    for name, help_ in Settings.help().items():
        print(f"{name} = {getattr(settings, name)!r}\n    {help_}")


def cmd_validate(args, problems: Problems) -> None:
    from .contract import validate_event

    for name in args.inputs or ["-"]:
        fh = sys.stdin if name == "-" else open(name, encoding="utf-8")
        with fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    errs = validate_event(json.loads(line))
                except json.JSONDecodeError as exc:
                    errs = [f"broken JSON ({exc.msg})"]
                for err in errs:
                    problems.skip(f"{name}:{n}", err)
    if not problems.any_skipped:
        print("vigil: every event follows the contract", file=sys.stderr)


def cmd_evaluate(args, problems: Problems) -> None:
    from .evaluate import score

    with open(args.gold, encoding="utf-8") as fh:
        gold = [json.loads(line) for line in fh if line.strip()]
    if args.pred:
        with open(args.pred, encoding="utf-8") as fh:
            preds = [json.loads(line) for line in fh if line.strip()]
    else:
        args.inputs, args.input_format, args.published = [args.gold], "jsonl", None
        preds = [ev.to_json() for ev in api.extract(_job(args, problems))]
    result = score(gold, preds)
    if args.errors:
        for err in result.errors:
            print(json.dumps(err, ensure_ascii=False))
    print(" ".join(f"{k}={'n/a' if v is None else f'{v:.3f}'}" for k, v in result.summary.items()))


def cmd_unlink(args, problems: Problems) -> None:
    ids = _decide(args, lambda store: store.unlink(args.event_id, args.report))
    print("vigil: now separate events: " + ", ".join(ids), file=sys.stderr)


def cmd_merge(args, problems: Problems) -> None:
    ids = _decide(args, lambda store: store.merge(args.event_a, args.event_b))
    print("vigil: merged into " + ", ".join(ids), file=sys.stderr)


def _decide(args, action) -> list[str]:
    from .store.base import open_store

    settings = _settings(args)
    _require_db(settings.db)
    store = open_store(settings.db, settings)
    try:
        return action(store)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    finally:
        store.close()


class UsageError(Exception):
    pass


def _require_db(path: str) -> None:
    from pathlib import Path

    if not Path(path).exists():
        raise UsageError(f"no store at {path}: run `vigil ingest` first (or pass --db)")


COMMANDS = {"extract": cmd_extract, "places": cmd_places, "dates": cmd_dates, "ingest": cmd_ingest,
            "events": cmd_events, "export": cmd_export, "serve": cmd_serve, "gazetteer": cmd_gazetteer,
            "unlink": cmd_unlink, "merge": cmd_merge, "validate": cmd_validate, "evaluate": cmd_evaluate, "settings": cmd_settings}


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = build_parser().parse_args(argv)
    quiet = getattr(args, "quiet", False)
    logging.basicConfig(level=logging.ERROR if quiet else logging.WARNING, format="vigil: %(message)s")
    problems = Problems.to_stderr(quiet=quiet)
    try:
        COMMANDS[args.command](args, problems)
    except UsageError as exc:
        print(f"vigil: error: {exc}", file=sys.stderr)
        return 2
    except ValueError as exc:  # bad settings values
        print(f"vigil: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    return 1 if problems.any_skipped else 0


if __name__ == "__main__":
    sys.exit(main())
