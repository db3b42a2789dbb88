"""Errors the API client raises, each with a message fit to show the user in one line."""
from __future__ import annotations


class ApiError(Exception):
    """The service answered with an error (either envelope)."""

    def __init__(self, message: str, status: int = 0, code: int = 0):
        super().__init__(message)
        self.message, self.status, self.code = message, status, code


class AuthError(ApiError):
    pass


class RateLimited(ApiError):
    def __init__(self, message: str, limit: str = "", remaining: str = "", reset: str = ""):
        super().__init__(message, 429, 49900007)
        self.limit, self.remaining, self.reset = limit, remaining, reset


class Unreachable(ApiError):
    """No answer from the server at all (refused, DNS, timeout, TLS)."""


class JobFailed(ApiError):
    def __init__(self, reason: str, job=None):
        super().__init__(reason or "the job failed without a reason")
        self.job = job


class JobTimeout(ApiError):
    pass


class Cancelled(Exception):
    """The user pressed Ctrl-C while waiting for a job."""
