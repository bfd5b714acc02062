"""httpx's cookie handling, minus its cost on the answers that set no cookie (nearly all)."""

from __future__ import annotations

import httpx

from ._exchange import header_entries


class Cookies(httpx.Cookies):
    """``httpx.Cookies`` that skips extraction when a response has no Set-Cookie header.

    httpx builds urllib request and response adapters for every response before its cookie
    jar looks for Set-Cookie; that is about a tenth of a sync call's CPU. Without the header
    the jar would store nothing, so skipping it changes nothing but the cost.
    """

    def extract_cookies(self, response: httpx.Response) -> None:
        if sets_cookies(response.headers):
            super().extract_cookies(response)


_SET_COOKIE = (b"set-cookie", b"set-cookie2")


def sets_cookies(headers: httpx.Headers) -> bool:
    """Whether an answer sets a cookie: its header names read as they are, not decoded."""
    entries = header_entries(headers)
    if entries is not None:
        for entry in entries:  # noqa: SIM110 - a loop, not any(): no generator per answer
            if entry[1] in _SET_COOKIE:
                return True
        return False
    return "set-cookie" in headers or "set-cookie2" in headers


def has_cookies(cookies: httpx.Cookies) -> bool:
    """Whether there is any cookie to send. Asking the jar itself walks it under a lock on
    every request (a tenth of an async call's CPU); nearly always it is empty."""
    jar = cookies.jar
    held = getattr(jar, "_cookies", None)  # http.cookiejar's domain -> path -> name map
    if isinstance(held, dict):
        return bool(held)
    return bool(cookies)
