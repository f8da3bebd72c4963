"""Settings: precedence, coercion, and every setting documented in the README."""
from __future__ import annotations

from pathlib import Path

import pytest

from vigil.settings import Settings

README = Path(__file__).resolve().parents[1] / "README.md"


def test_every_setting_is_documented_in_the_readme():
    text = README.read_text(encoding="utf-8")
    missing = [name for name in Settings.help() if f"`{name}`" not in text]
    assert not missing, f"settings missing from README.md: {missing}"


def test_every_setting_has_help():
    assert all(h.strip() for h in Settings.help().values())


def test_precedence_defaults_file_env_flags(tmp_path):
    cfg = tmp_path / "vigil.toml"
    cfg.write_text('db = "from-file.db"\nbatch_size = 8\nworkers = 3\n')
    env = {"VIGIL_BATCH_SIZE": "16", "VIGIL_WORKERS": "2"}
    s = Settings.load({"workers": 1}, config=str(cfg), environ=env)
    assert (s.db, s.batch_size, s.workers) == ("from-file.db", 16, 1)
    assert Settings.load(environ={}).db == "vigil.db"


def test_bad_values_and_unknown_settings_are_errors(tmp_path):
    with pytest.raises(ValueError, match="not a number"):
        Settings.load(environ={"VIGIL_BATCH_SIZE": "many"})
    cfg = tmp_path / "v.toml"
    cfg.write_text("colour = 'red'\n")
    with pytest.raises(ValueError, match="unknown setting"):
        Settings.load(config=str(cfg), environ={})
