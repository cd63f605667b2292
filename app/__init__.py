"""Chengwen (成文): the core — model, import, roll-forward, checks, storage, export, CLI. No widgets."""

__version__ = "0.1.0"
