"""Build-time layout: the top-level resources/ and translations/ go inside the package.

In the checkout they stay where the layout puts them (resources/, translations/ beside
ops_desktop/); a wheel (pip install ., pipx) and the sdist carry them as
ops_desktop/resources/ and ops_desktop/translations/, where config.resource_path() finds them
through the package. Everything else about the project is in pyproject.toml.
"""

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

DATA_PACKAGES = {"ops_desktop.resources": "resources", "ops_desktop.translations": "translations"}


class BuildPy(build_py):
    def find_package_modules(self, package: str, package_dir: str) -> list:
        # translations/ also holds the maintainer's scripts (update.py, translate_en.py);
        # only the compiled .qm files ship, as data.
        if package in DATA_PACKAGES:
            return []
        return super().find_package_modules(package, package_dir)


setup(
    packages=find_packages(include=["ops_desktop*"]) + sorted(DATA_PACKAGES),
    package_dir=DATA_PACKAGES,
    package_data={
        "ops_desktop": ["storage/migrations/*.py", "storage/migrations/versions/*.py",
                        "storage/migrations/*.mako"],
        "ops_desktop.resources": ["fonts/*", "law/*.json", "icons/*", "*.json"],
        "ops_desktop.translations": ["*.qm"],
    },
    include_package_data=False,  # exactly the files above, whatever the sdist holds
    cmdclass={"build_py": BuildPy},
)
