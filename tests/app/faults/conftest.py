"""The core's fault suite uses the shared fillable disk (tests/disks.py)."""

from tests.disks import Disk, disk, make_immutable, make_mutable

__all__ = ["Disk", "disk", "make_immutable", "make_mutable"]
