"""Placeholder finder until the provinces rules land."""

from vnner.entity import Entity
from vnner.rules import RuleContext, register


@register("provinces")
def find_provinces(context: RuleContext) -> list[Entity]:
    return []
