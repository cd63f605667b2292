"""`chengwen`: every core capability from the shell. With no subcommand it opens the desktop app.

Exit status: 0 success, 1 user error (one line on stderr, no traceback), 2 bad usage, 3 an
unexpected error (its traceback goes to the log in the data directory; stderr gets one line naming it).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from app.errors import UserError
from app.logs import setup_logging
from app.paths import data_dir

logger = logging.getLogger(__name__)

# Each module adds its subcommands through register(subparsers, common).
COMMAND_MODULES = (
    "app.cli.report_cmds",
    "app.cli.import_cmds",
    "app.cli.check_cmds",
    "app.cli.library_cmds",
    "app.cli.review_cmds",
    "app.cli.rules_cmds",
    "app.cli.properties_cmds",
    "app.cli.manage_cmds",
)


def build_parser() -> argparse.ArgumentParser:
    data_dir_help = "library folder (default: CHENGWEN_DATA_DIR or the user data dir)"
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: a subcommand's own default must not overwrite a --data-dir given before it
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help=data_dir_help)
    parser = argparse.ArgumentParser(prog="chengwen", description="成文 — 法治政府建设年度报告起草助手")
    parser.add_argument("--data-dir", metavar="DIR", default=None, help=data_dir_help)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    _utf8_stdio()
    parser = build_parser()
    args = parser.parse_args(args_list)
    if args.command is None:
        from ui.main import run_app  # the only place app/ reaches into ui/: starting the GUI

        return run_app(data_dir=args.data_dir)
    log = setup_logging(data_dir(args.data_dir))
    try:
        return int(args.handler(args) or 0)
    except UserError as exc:
        print(f"chengwen: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader went away (`chengwen parse x --json | head`): not an error of ours
        sys.stderr.close()
        return 0
    except Exception as exc:  # the last line of defence: the traceback goes to the log, not the screen
        logger.exception("chengwen %s failed", args.command)
        where = f"，详情见日志：{log}" if log else ""
        print(f"chengwen: 内部错误（{type(exc).__name__}）{where}（unexpected error; see the log）", file=sys.stderr)
        return 3


def _utf8_stdio() -> None:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure:
            try:
                reconfigure(encoding="utf-8")
            except (ValueError, OSError):
                pass
