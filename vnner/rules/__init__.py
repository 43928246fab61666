"""The rule layer: components built by registered factories, as spaCy builds its pipes.

A factory is registered under a name with the dataclass of its settings; `configs/rules.yaml`
lists the components to run (`pipeline:`) and gives each its block (`components:`), whose
`factory` key names the factory and whose other keys fill the settings dataclass (checked:
an unknown key or a wrong type is a one-line error). A component is then called with the
`vnner.doc.Doc` and adds spans to it; it reads words and earlier spans from the `Doc` and
never reads global config. Register your own with `@vnner.rules.factory("name", Settings)`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from vnner.doc import Doc

Component = Callable[[Doc], None]


@dataclass(frozen=True)
class Factory:
    make: Callable[[Any], Component]
    settings: type


FACTORIES: dict[str, Factory] = {}


def factory(name: str, settings: type) -> Callable[[Callable[[Any], Component]], Callable[[Any], Component]]:
    """Registers `make(settings) -> component` under `name`."""

    def add(make: Callable[[Any], Component]) -> Callable[[Any], Component]:
        if name in FACTORIES:
            raise ValueError(f"rule factory {name!r} is registered twice")
        FACTORIES[name] = Factory(make, settings)
        return make

    return add


def load_builtin_factories() -> None:
    """Imports the modules that register vnner's own factories (their names are not module names)."""
    from vnner.rules import dates, money, people, persons, provinces, roles, titles  # noqa: F401
