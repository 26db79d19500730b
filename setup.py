"""Only what pyproject.toml cannot say.

- The built-in Word templates live in the top-level templates/ (where the design card puts them) and
  travel in the wheel and sdist as the package data of `generator.templates`, a package mapped onto
  that folder. No symbolic link is needed, so a checkout without symlink support (git on Windows by
  default) installs a complete tool.
- setuptools builds in .setuptools-build/, not in build/: that is where this repository's sample
  documents go (`raadsstukken build`).
"""

from setuptools import find_namespace_packages, setup

CODE = find_namespace_packages(include=["generator", "generator.*"], exclude=["*.__pycache__"])
TEMPLATES = ["generator.templates", *(f"generator.templates.{folder}" for folder in find_namespace_packages(where="templates"))]

setup(
    packages=CODE + TEMPLATES,
    package_dir={"generator.templates": "templates"},
    options={"build": {"build_base": ".setuptools-build"}},
)
