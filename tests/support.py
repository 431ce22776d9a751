"""Helpers for tests that drive Sitrep as a user would (imported by test modules)."""

from __future__ import annotations

import subprocess
import sys


def sitrep(*args: str, env: dict[str, str], input: bytes | None = None, timeout: float = 120,
           check: bool = False) -> subprocess.CompletedProcess:
    """Run the `sitrep` CLI in a subprocess and capture its output."""
    return subprocess.run([sys.executable, "-m", "sitrep.cli", *args], env=env, input=input,
                          capture_output=True, timeout=timeout, check=check)
