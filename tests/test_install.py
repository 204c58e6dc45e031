"""A plain install (wheel, pipx) carries the resources and finds them through the package."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ops_desktop import config
from ops_desktop.__main__ import main

ROOT = Path(__file__).resolve().parent.parent
# What a wheel is built from (the sdist's content, MANIFEST.in).
SOURCES = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "ops_desktop", "resources",
           "translations")


def newest_law_period() -> dict[str, str]:
    periods = json.loads((ROOT / "resources/law/parameters.json").read_text("utf-8"))["periods"]
    return max(periods, key=lambda p: p["valid_from"])


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The files a wheel installs (setup.py's build_py, which bdist_wheel zips), no checkout."""
    work = tmp_path_factory.mktemp("wheel")
    source, lib = work / "source", work / "lib"
    source.mkdir()
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name,
                            ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(ROOT / name, source / name)
    subprocess.run([sys.executable, "setup.py", "-q", "build_py", "--build-lib", str(lib)],
                   cwd=source, check=True, capture_output=True)
    shutil.rmtree(source)  # nothing of the checkout is left to fall back on
    return lib


def test_the_wheel_carries_fonts_law_icons_and_translation(installed: Path) -> None:
    files = {p.relative_to(installed).as_posix() for p in installed.rglob("*") if p.is_file()}
    expected = {"ops_desktop/resources/law/parameters.json",
                "ops_desktop/resources/law/decision_texts.json",
                "ops_desktop/resources/fonts/LiberationSerif-Regular.ttf",
                "ops_desktop/resources/fonts/LICENSE-OFL.txt",
                "ops_desktop/resources/icons/ops-desktop.png",
                "ops_desktop/translations/ops_desktop_en.qm",
                "ops_desktop/storage/migrations/env.py"}
    assert expected <= files
    packages = {p.parent.relative_to(ROOT).as_posix() + "/__init__.py"
                for p in (ROOT / "ops_desktop").rglob("__init__.py")}
    assert packages <= files, sorted(packages - files)
    # The maintainer's translation scripts and sources are not part of the program.
    assert not {f for f in files if f.startswith("ops_desktop/translations/")
                and not f.endswith(".qm")}


def test_the_installed_package_finds_its_resources_from_any_folder(installed: Path,
                                                                  tmp_path: Path) -> None:
    probe = ("from ops_desktop import config\n"
             "from ops_desktop.domain.law import default_lawbook\n"
             "print(config.resources_root())\n"
             "print(default_lawbook().periods[-1].valid_from)\n"
             "print(config.translations_dir().joinpath('ops_desktop_en.qm').is_file())\n")
    env = {**os.environ, "PYTHONPATH": str(installed)}
    result = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, env=env,
                            capture_output=True, text=True, check=True)
    root, newest, qm = result.stdout.split()
    assert Path(root) == installed / "ops_desktop"
    assert newest == newest_law_period()["valid_from"]
    assert qm == "True"


def test_a_checkout_finds_the_top_level_folders() -> None:
    assert config.resources_root() == ROOT
    assert config.resource_path("law", "parameters.json").is_file()


def test_version_names_the_program_and_the_newest_law_period(
        capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    newest = newest_law_period()
    day = ".".join(reversed(newest["valid_from"].split("-")))
    assert out.startswith(f"ops-desktop {config.version()}\n")
    assert f"od {day}: {newest['source']}" in out


def test_the_version_is_pyproject_s() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert config.version() == project["version"]


def test_self_test_says_where_its_resources_are(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--self-test"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert f"resources: {config.resources_root()}" in lines
    assert any(line.startswith("self-test ok") and "about ok" in line for line in lines)
