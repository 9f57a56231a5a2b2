"""What makes a batch run resumable: the run's identity, which parts are done, the final merge."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from quotegraph.errors import ConfigError
from quotegraph.io.writers import count_part_rows, failures_path, part_path, write_atomically
from quotegraph.settings import Settings

__all__ = ["check_manifest", "done_parts", "finish", "remove_temporaries"]

MANIFEST = "run.json"
# Settings that change what a part contains; resuming under different ones would mix two outputs.
_OUTPUT_SETTINGS = (
    "text_field",
    "id_field",
    "html_field",
    "include_text",
    "types",
    "max_page_bytes",
    "part_size",
    "spacy_model",
)


def check_manifest(out_dir: Path, inputs: list[str], input_format: str | None, fmt: str, settings: Settings) -> None:
    manifest: dict[str, Any] = {"inputs": inputs, "input_format": input_format, "output_format": fmt}
    manifest.update({name: getattr(settings, name) for name in _OUTPUT_SETTINGS})
    path = out_dir / MANIFEST
    if path.exists():
        previous = _previous_manifest(path)
        if previous != manifest:
            changed = sorted(k for k in manifest.keys() | previous.keys() if manifest.get(k) != previous.get(k))
            raise ConfigError(
                f"{out_dir} holds a run with other {', '.join(changed)}: use another --out to start afresh"
            )
        return
    write_atomically(path, json.dumps(manifest, indent=2).encode())


def _previous_manifest(path: Path) -> dict[str, Any]:
    """The manifest a run left; a hand-edited or truncated one is a ``ConfigError`` naming the file, not a
    traceback, because resuming over it could mix two runs' outputs."""
    try:
        previous = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ConfigError(f"{path}: cannot read the run's manifest ({exc}): use another --out") from None
    if not isinstance(previous, dict):
        raise ConfigError(f"{path}: the run's manifest is not a JSON object: use another --out")
    return previous


def remove_temporaries(out_dir: Path) -> None:
    """Temporary files left by a killed run; finished parts are never touched."""
    for tmp in (out_dir / "parts").glob(".*.tmp"):
        tmp.unlink(missing_ok=True)


def done_parts(out_dir: Path, fmt: str) -> set[int]:
    """The indexes of finished parts; a file a user dropped beside them ("part-old.jsonl") is no part."""
    indexes = (p.stem.removeprefix("part-") for p in (out_dir / "parts").glob(f"part-*.{fmt}"))
    return {int(index) for index in indexes if index.isascii() and index.isdigit()}


def finish(out_dir: Path, fmt: str, parts: int) -> dict[str, int]:
    """Merges the per-part failures into failures.jsonl and writes summary.json, both counted from
    the parts on disk, so a resumed run ends with the same files as an uninterrupted one."""
    failures = b"".join(failures_path(out_dir, i).read_bytes() for i in range(parts))
    write_atomically(out_dir / "failures.jsonl", failures)
    extracted = sum(count_part_rows(part_path(out_dir, i, fmt), fmt) for i in range(parts))
    failed = failures.count(b"\n")
    summary = {"articles": extracted + failed, "extracted": extracted, "failed": failed, "parts": parts}
    write_atomically(out_dir / "summary.json", json.dumps(summary, indent=2).encode())
    return summary
