"""The commands come from the index and the models: every operation has one, its options are
the body's fields, checked before anything is sent; a new operation needs no code."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import click
import httpx
import pytest
import yaml
from click.testing import CliRunner, Result
from testkit.cli import WHITEBIT
from testkit.spec_walk import ROOT
from testkit.support import variant_spec
from whitebit_auth import create_client
from whitebit_cli._app import cli
from whitebit_cli._fields import TYPES, body_fields, body_schema
from whitebit_cli._index import find, kebab, tag_command
from whitebit_main_api.api.withdraw import create_withdraw
from whitebit_main_api.models import CreateWithdrawBody

INDEX: dict[str, dict[str, Any]] = json.loads(
    (ROOT / "generated" / "whitebit_main_api" / "operations.json").read_text()
)
ADDRESS = "0x0964A6B8F794A4B8d61b62652dB27ddC9844FB4c"


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), prog_name="whitebit")


def dry(*args: str) -> Any:
    """The body a command would sign, as JSON."""
    result = run(*args, "--dry-run")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_every_operation_of_the_index_has_a_command() -> None:
    seen = 0
    for path, entry in INDEX.items():
        group, command = tag_command(entry["tag"]), kebab(entry["operationId"])
        result = run(group, command, "--help")
        assert result.exit_code == 0, (entry["operationId"], result.output)
        assert f"Operation{entry['operationId']}({path})" in "".join(result.output.split())
        seen += 1
    assert seen == len(INDEX) == 65


def test_command_names_follow_the_tag_and_the_operation_id() -> None:
    assert kebab("getMainBalance") == "get-main-balance"
    assert kebab("createSubAccountApiKeyIpAddress") == "create-sub-account-api-key-ip-address"
    assert tag_command("Crypto Lending - Flex") == "crypto-lending-flex"
    assert tag_command("Sub-Account API Keys") == "sub-account-api-keys"


def test_help_text_and_required_fields_come_from_the_spec_and_the_model() -> None:
    text = " ".join(run("withdraw", "create-withdraw", "--help").output.split())
    assert "--amount DECIMAL Amount taken from the balance, fee included. [required]" in text
    assert "--unique-id TEXT Your own id for this withdrawal" in text
    # Optional since issue 25: the client makes a uniqueId when none is given.
    assert "(WhiteBIT's uniqueId)" in text
    assert "(WhiteBIT's uniqueId) [required]" not in text
    assert "MOVES MONEY" in text
    assert "--memo TEXT Memo or destination tag; required for a currency that uses one." in text


def test_no_command_takes_the_secret_as_an_option() -> None:
    # An argument shows in every process listing: the secret comes from a profile file, the
    # environment or a prompt.
    ctx = click.Context(cli)
    commands: list[click.Command] = []
    for name in cli.list_commands(ctx):
        command = cli.get_command(ctx, name)
        assert command is not None
        if isinstance(command, click.Group):
            commands += [
                c for n in command.list_commands(ctx) if (c := command.get_command(ctx, n))
            ]
        else:
            commands.append(command)
    assert len(commands) > len(INDEX)
    options = {o for c in commands for p in c.get_params(ctx) for o in getattr(p, "opts", [])}
    assert "--profile" in options
    assert not [o for o in options if "secret" in o.lower() or "password" in o.lower()]


def test_required_fields_are_required_before_anything_is_sent() -> None:
    result = run("withdraw", "create-withdraw", "--ticker", "USDT", "--dry-run")
    assert result.exit_code == 2
    assert "Missing option '--amount'" in result.output
    result = run("call", "createWithdraw", "ticker=USDT", "--dry-run")
    assert result.exit_code == 2
    assert "amount: is required" in result.output


def test_amounts_are_decimal_text_never_floats() -> None:
    base = ("call", "createWithdraw", "ticker=USDT", f"address={ADDRESS}", "uniqueId=p-1")
    assert dry(*base, "amount=0.00000001")["amount"] == "0.00000001"
    assert dry(*base, "amount=1E-8")["amount"] == "0.00000001"  # fixed point, as WhiteBIT takes
    assert dry(*base, "amount=50.10")["amount"] == "50.10"
    for bad in ("amount=abc", "amount=NaN", "amount=Infinity"):
        result = run(*base, bad, "--dry-run")
        assert result.exit_code == 2, bad
        assert "amount:" in result.output


def test_enums_are_choices() -> None:
    base = ("transfer", "transfer-between-balances", "--ticker", "USDT", "--amount", "1")
    assert dry(*base, "--from", "main", "--to", "spot")["from"] == "main"
    result = run(*base, "--from", "bank", "--to", "spot", "--dry-run")
    assert result.exit_code == 2
    assert "'bank' is not one of main, spot, collateral" in result.output
    history = ("call", "getDepositWithdrawHistory")
    assert dry(*history, "transactionMethod=2")["transactionMethod"] == 2
    assert run(*history, "transactionMethod=3", "--dry-run").exit_code == 2


def test_wire_names_and_python_names_are_both_accepted() -> None:
    base = ("call", "createWithdraw", "ticker=USDT", "amount=1", f"address={ADDRESS}")
    assert dry(*base, "uniqueId=payout-7")["uniqueId"] == "payout-7"
    assert dry(*base, "unique_id=payout-7")["uniqueId"] == "payout-7"
    result = run(*base, "uniqueId=a", "unique_id=b", "--dry-run")
    assert result.exit_code == 2
    assert "uniqueId is given twice" in result.output
    result = run(*base, "colour=red", "--dry-run")
    assert result.exit_code == 2
    assert "createWithdraw has no field 'colour' (fields: ticker, amount" in result.output


def test_whole_numbers_booleans_and_arrays() -> None:
    history = ("main-account", "get-deposit-withdraw-history")
    assert dry(*history, "--status", "3", "--status", "7")["status"] == [3, 7]
    assert dry(*history, "--status", "[3, 7]")["status"] == [3, 7]
    assert dry("call", "getDepositWithdrawHistory", "status=[3,7]", "limit=20") == {
        "status": [3, 7], "limit": 20, "request": "/api/v4/main-account/history",
    }  # fmt: skip
    result = run(*history, "--limit", "1.5", "--dry-run")
    assert result.exit_code == 2
    assert "'1.5' is not a whole number" in result.output
    base = ("withdraw", "create-withdraw", "--ticker", "USD", "--amount", "5", "--address", "x",
            "--unique-id", "u")  # fmt: skip
    assert dry(*base, "--partial-enable")["partialEnable"] is True
    assert dry(*base, "--no-partial-enable")["partialEnable"] is False
    assert "partialEnable" not in dry(*base)


def test_nested_fields_as_json() -> None:
    base = ("call", "createWithdraw", "ticker=USD", "amount=5", "address=x", "uniqueId=u")
    body = dry(*base, 'beneficiary={"firstName": "Ann", "lastName": "Lee"}')
    assert body["beneficiary"] == {"firstName": "Ann", "lastName": "Lee"}
    result = run(*base, 'beneficiary={"firstName": 1.5}', "--dry-run")
    assert result.exit_code == 2
    assert "beneficiary.firstName: must be a string, got 1.5" in result.output
    result = run(*base, 'beneficiary={"nickname": "A"}', "--dry-run")
    assert result.exit_code == 2
    assert "beneficiary.nickname: is not a field here" in result.output
    result = run(*base, "beneficiary={", "--dry-run")
    assert result.exit_code == 2
    assert "beneficiary: is not JSON" in result.output


def test_the_dry_run_body_is_what_the_signer_signs_less_its_nonce() -> None:
    sent: list[bytes] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request.content)
        return httpx.Response(201, json=[])

    client = create_client("key", "secret", transport=httpx.MockTransport(answer))
    body = CreateWithdrawBody.from_dict(
        {"ticker": "USDT", "amount": "50.10", "address": ADDRESS, "uniqueId": "payout-7"}
    )
    create_withdraw.sync_detailed(client=client, body=body)
    result = run("call", "createWithdraw", "ticker=USDT", "amount=50.10", f"address={ADDRESS}",
                 "uniqueId=payout-7", "--dry-run")  # fmt: skip
    shown = result.stdout.rstrip("\n").encode()
    nonce = json.loads(sent[0])["nonce"]
    assert sent[0] == shown[:-1] + b',"nonce":%d,"nonceWindow":true}' % nonce


def test_the_help_of_whitebit_imports_neither_httpx_nor_the_models() -> None:
    # What keeps `whitebit --help` fast (make bench measures it): only click and the index.
    code = (
        "import sys\nsys.argv = ['whitebit', '--help']\n"
        "from whitebit_cli.__main__ import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('httpx', 'whitebit_main_api', 'whitebit_auth', 'rich.table')"
        " if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
    for entry in INDEX.values():
        assert tag_command(entry["tag"]) in done.stdout


def test_without_the_extra_it_says_what_to_install() -> None:
    code = (
        "import sys\nsys.modules['click'] = None  # as if the cli extra were not installed\n"
        "from whitebit_cli.__main__ import main\nmain()"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 1
    assert "pip install 'whitebit-client[cli] @ <path or URL>'" in done.stderr
    assert "Traceback" not in done.stderr


def test_output_to_a_file(tmp_path: Path) -> None:
    out = tmp_path / "b.json"
    result = run("main-account", "get-main-balance", "--ticker", "BTC", "--sandbox", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text()) == {"BTC": {"main_balance": "1.5"}}
    assert f"wrote {out}" in result.stderr


@pytest.mark.slow
def test_a_new_operation_after_update_spec_is_a_new_command(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump(variant_spec(), sort_keys=False))
    out = tmp_path / "generated"
    subprocess.run(
        [sys.executable, "-m", "scripts.generate", "--spec", str(spec), "--out", str(out),
         "--reference", str(tmp_path / "operations.md")],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip
    env = {k: v for k, v in os.environ.items() if not k.startswith("WHITEBIT_")}
    env["PYTHONPATH"] = str(out)  # the regenerated client before the installed one
    listed = subprocess.run([WHITEBIT, "crypto-lending-flex", "--help"], env=env,
                            capture_output=True, text=True)  # fmt: skip
    assert "get-flex-investment-summary" in listed.stdout
    done = subprocess.run(
        [WHITEBIT, "crypto-lending-flex", "get-flex-investment-summary", "--limit", "5",
         "--sandbox", "--json"],
        env=env, capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "data" in json.loads(done.stdout)


@pytest.mark.parametrize(
    ("shell", "words", "cword", "expected"),
    [
        ("bash", "whitebit main-account get-m", "2", "get-main-balance"),
        ("zsh", "whitebit transfer transfer-between-balances --from ", "4", "collateral"),
        ("fish", "whitebit call getMa", "getMa", "getMainBalance"),
    ],
)
def test_shell_completion(shell: str, words: str, cword: str, expected: str) -> None:
    script = subprocess.run([WHITEBIT, "completion", shell], capture_output=True, text=True)
    assert script.returncode == 0, script.stderr
    assert "_WHITEBIT_COMPLETE" in script.stdout
    env = dict(os.environ)
    env.update(_WHITEBIT_COMPLETE=f"{shell}_complete", COMP_WORDS=words, COMP_CWORD=cword)
    offered = subprocess.run([WHITEBIT], env=env, capture_output=True, text=True)
    assert expected in offered.stdout, offered.stdout + offered.stderr


def test_the_index_request_key_is_used_where_the_index_has_it() -> None:
    op = find("getMainBalance")
    assert op is not None
    described = {
        "fields": {
            "ticker": {"python": "ticker", "type": "string", "required": True,
                       "enum": ["USDT", "BTC"], "description": "One currency."},
            "levels": {"python": "levels", "type": "array", "items": {"type": "integer"}},
        }
    }  # fmt: skip
    with_key = replace(op, entry={**op.entry, "request": described})
    fields = body_fields(with_key)
    assert [(f.wire, f.type, f.required, f.enum) for f in fields] == [
        ("ticker", "string", True, ("USDT", "BTC")),
        ("levels", "array", False, ()),
    ]
    assert fields[1].items is not None
    assert fields[1].items.type == "integer"


def test_fields_read_from_the_models_have_the_request_key_shape() -> None:
    # Until the index carries "request", the models and the spec give the same description.
    for path, entry in INDEX.items():
        op = find(entry["operationId"])
        assert op is not None
        spec_body = body_schema(op).get("properties") or {}
        for field in body_fields(op):
            assert field.type in TYPES, (path, field)
            assert field.wire in spec_body, (path, field.wire)
        decimals = set(entry.get("decimals", ()))
        assert decimals == {f.wire for f in body_fields(op) if f.type == "decimal"}, path


def test_the_eu_server_and_a_base_url() -> None:
    result = run("call", "getMainBalance", "--eu", "--dry-run")
    assert "to https://whitebit.eu" in result.stderr
    result = run("call", "getMainBalance", "--base-url", "https://proxy.example/wb", "--dry-run")
    assert "to https://proxy.example/wb" in result.stderr
    result = run("call", "getMainBalance", "--eu", "--sandbox")
    assert result.exit_code == 2
    assert "--sandbox uses the sandbox's own key" in result.output


def test_a_value_from_a_file_or_stdin_stays_out_of_the_process_listing(tmp_path: Path) -> None:
    secret_file = tmp_path / "passphrase"
    secret_file.write_text("open sesame\n")
    base = ("call", "applyCode", "code=WBa1b2c3")
    assert dry(*base, f"passphrase=@{secret_file}")["passphrase"] == "open sesame"
    result = CliRunner().invoke(cli, [*base, "passphrase=@-", "--dry-run"], input="from stdin\n")
    assert json.loads(result.stdout)["passphrase"] == "from stdin"
    assert dry(*base, "passphrase=@@home")["passphrase"] == "@home"
