"""Placeholder finder until the persons rules land."""

from vnner.entity import Entity
from vnner.rules import RuleContext, register


@register("persons")
def find_persons(context: RuleContext) -> list[Entity]:
    return []
