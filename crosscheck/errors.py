"""The exception family: each message names the bad value, what was expected, and the fix."""

from __future__ import annotations


class CrosscheckError(Exception):
    """Base of every error crosscheck raises on purpose."""

    def __init__(self, message: str, *, source: str | None = None, fix: str | None = None):
        self.source = source
        self.fix = fix
        parts = [f"{source}: {message}" if source else message]
        if fix:
            parts.append(f"Fix: {fix}")
        super().__init__(" ".join(parts))
        self.reason = message


class InputError(CrosscheckError):
    """An input (file, URL, stdin) could not be read as an article."""


class EncodingError(InputError):
    """An input's bytes are not text in any encoding we could detect."""


class EmptyInputError(InputError):
    """An input holds no article text after boilerplate removal."""


class FetchError(InputError):
    """A URL could not be fetched or did not return an HTML or text page."""


class ModelError(CrosscheckError):
    """An embedding model could not be loaded (offline, missing, wrong format)."""


class IndexStoreError(CrosscheckError):
    """A persistent index is missing, corrupt, or built with another model."""


class ConfigError(CrosscheckError):
    """A configuration value, option or alias file is invalid."""


class FixtureError(CrosscheckError):
    """A regression fixture or its expectations are malformed."""
