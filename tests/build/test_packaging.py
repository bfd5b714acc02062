"""The package as users install it: a wheel, the base install without extras, its metadata."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
import whitebit_auth
import whitebit_sandbox
from testkit.spec_walk import ROOT

pytestmark = pytest.mark.slow  # builds wheels and installs them into environments

BASE_PYTHON = ROOT / ".venv-base" / "bin" / "python"
USER_PYTHON = ROOT / ".venv-user" / "bin" / "python"
CONTRACT_PYTHON = ROOT / ".venv-contract" / "bin" / "python"

USER_TEST = """
import httpx
import pytest
import whitebit_sandbox
from whitebit_auth import create_client
from whitebit_main_api.api.crypto_lending_flex import get_flex_plans
from whitebit_main_api.models import GetFlexPlansBody


def test_the_client_works_without_extras():
    def answer(request):
        return httpx.Response(200, json=[])

    client = create_client("key", "secret", transport=httpx.MockTransport(answer))
    assert get_flex_plans.sync_detailed(client=client, body=GetFlexPlansBody()).status_code == 200


def test_the_sandbox_says_which_extra_it_needs():
    with pytest.raises(ImportError, match=r"whitebit-client\\[sandbox\\]"):
        whitebit_sandbox.Sandbox


def test_the_contract_checker_says_which_extra_it_needs():
    with pytest.raises(ImportError, match=r"'contract'\\) extra"):
        import whitebit_sandbox.contract
"""


def _install(wheel: Path, python: Path, what: str) -> None:
    """The wheel into one of the environments `make test` prepares (not this checkout's)."""
    if not python.exists():
        pytest.fail(f"no {python.parents[1].name}: `make test` prepares it ({what})")
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
         "--force-reinstall", str(wheel)],
        check=True, capture_output=True,
    )  # fmt: skip


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--wheel-dir", str(out), str(ROOT)],
        check=True, capture_output=True, cwd=out,
    )  # fmt: skip
    (found,) = out.glob("whitebit_client-*.whl")
    return found


def test_the_wheel_carries_license_py_typed_and_the_spec(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    for expected in (
        "whitebit_main_api/py.typed",
        "whitebit_main_api/openapi.json",
        "whitebit_auth/py.typed",
        "whitebit_sandbox/py.typed",
    ):
        assert expected in names
    assert any(re.search(r"\.dist-info/licenses/LICENSE$", n) for n in names)
    assert "whitebit_main_api/operations.json" in names


def test_a_project_with_only_the_base_install_runs_pytest(wheel: Path, tmp_path: Path) -> None:
    _install(wheel, BASE_PYTHON, "the base install, no extras")
    missing = subprocess.run(
        [str(BASE_PYTHON), "-c", "import openapi_schema_validator"], capture_output=True
    )
    assert missing.returncode != 0  # really without the sandbox extra
    (tmp_path / "test_user.py").write_text(USER_TEST)
    done = subprocess.run(
        [str(BASE_PYTHON), "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "3 passed" in done.stdout


def test_the_example_user_project_passes_against_an_install(wheel: Path) -> None:
    _install(wheel, USER_PYTHON, "the package with its sandbox extra")
    project = ROOT / "examples" / "user_project"
    done = subprocess.run(
        [str(USER_PYTHON), "-m", "pytest", "-q"], capture_output=True, text=True, cwd=project
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "5 passed" in done.stdout
    # It used the installed package, not this checkout's sources.
    where = subprocess.run(
        [str(USER_PYTHON), "-c", "import whitebit_sandbox; print(whitebit_sandbox.__file__)"],
        capture_output=True, text=True, cwd=project, check=True,
    )  # fmt: skip
    assert "site-packages" in where.stdout


def test_the_readme_contract_check_reads_the_published_yaml_with_the_contract_extra(
    wheel: Path, tmp_path: Path
) -> None:
    _install(wheel, CONTRACT_PYTHON, "the package with only its contract extra")
    missing = subprocess.run([str(CONTRACT_PYTHON), "-c", "import hypothesis"])
    assert missing.returncode != 0  # only the contract extra: no dev tools
    exchange = {"method": "POST", "path": "/api/v4/main-account/balance",
                "request": {"ticker": "BTC"}, "status": 200,
                "response": {"BTC": {"main_balance": "0.5"}}}  # fmt: skip
    (tmp_path / "t.jsonl").write_text(json.dumps(exchange) + "\n")
    command = [str(CONTRACT_PYTHON), "-m", "whitebit_sandbox.contract", "check", "t.jsonl"]
    command += ["--spec", str(ROOT / "openapi" / "main_api_v4.yaml")]  # as the README says
    done = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "1 exchanges, all conform" in done.stdout


def test_versions_agree() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert whitebit_auth.__version__ == project["version"]
    assert whitebit_sandbox.__version__ == project["version"]
    assert (ROOT / "LICENSE").is_file()
    assert f"## {project['version']}" in (ROOT / "CHANGELOG.md").read_text()


# What tools running beside this test write (caches, virtual environments, bench results).
_CACHES = ("__pycache__", ".venv", ".hypothesis", "_cache/", "bench-results.json")


def _untracked() -> dict[str, int]:
    """Every file git does not track (ignored ones too), with when it last changed."""
    done = subprocess.run(
        ["git", "status", "--porcelain", "--ignored", "--untracked-files=all"],
        check=True, capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    found = {}
    for line in done.stdout.splitlines():
        path = ROOT / line[3:]
        if path.is_file() and not any(cache in line for cache in _CACHES):
            found[line[3:]] = path.stat().st_mtime_ns
    return found


def test_building_from_source_writes_nothing_into_the_checkout(tmp_path: Path) -> None:
    before = _untracked()
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--wheel-dir", str(tmp_path), str(ROOT)],
        check=True, capture_output=True,
    )  # fmt: skip
    sdist = subprocess.run(
        [sys.executable, "-c",  # through the project's own build backend, as a frontend does
         "import sys; sys.path.insert(0, 'scripts'); import build_backend as b; "
         "print(b.build_sdist(sys.argv[1]))",
         str(tmp_path)],
        check=True, capture_output=True, text=True, cwd=ROOT,
    ).stdout.strip().splitlines()[-1]  # fmt: skip
    after = _untracked()
    written = {p for p, changed in after.items() if before.get(p) != changed}
    assert written == set()
    import tarfile

    with tarfile.open(tmp_path / sdist) as archive:
        names = archive.getnames()
    # The sdist builds the wheel (the generated package is in it) and ships no tests, whose
    # fixtures and helpers live in the repository only.
    assert any(n.endswith("whitebit_main_api/operations.json") for n in names)
    assert not [n for n in names if "/tests/" in n]


def test_the_metadata_names_every_python_it_allows() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["requires-python"] == ">=3.11"
    versions = {c.rsplit(" :: ", 1)[-1] for c in project["classifiers"] if "Python :: 3." in c}
    assert versions == {"3.11", "3.12", "3.13"}
    assert project["urls"]


def test_make_clean_removes_everything_the_targets_leave() -> None:
    # Everything .gitignore lists is made by a make target or a tool it runs (caches, virtual
    # environments, results); `make clean` says it removes them: each must be in its recipe.
    recipe = subprocess.run(
        ["make", "-n", "clean"], check=True, capture_output=True, text=True, cwd=ROOT
    ).stdout
    removed = set(recipe.split())
    for entry in (ROOT / ".gitignore").read_text().split():
        name = entry.strip("/")
        if name == "__pycache__/" or name == "__pycache__":
            continue  # bytecode, beside every source
        if name == ".venv-*":
            assert {".venv-base", ".venv-user"} <= removed, recipe
            continue
        assert name in removed, f"make clean leaves {entry}: {recipe}"
