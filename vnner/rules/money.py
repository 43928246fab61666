"""Placeholder finder until the money rules land."""

from vnner.entity import Entity
from vnner.rules import RuleContext, register


@register("money")
def find_money(context: RuleContext) -> list[Entity]:
    return []
