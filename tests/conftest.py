from __future__ import annotations

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "default", deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
settings.load_profile("default")


@pytest.fixture(autouse=True)
def _no_real_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests must never pick up a developer's real key from the environment.
    monkeypatch.delenv("WHITEBIT_API_KEY", raising=False)
    monkeypatch.delenv("WHITEBIT_API_SECRET", raising=False)
