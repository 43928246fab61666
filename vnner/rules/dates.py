"""Placeholder finder until the dates rules land."""

from vnner.entity import Entity
from vnner.rules import RuleContext, register


@register("dates")
def find_dates(context: RuleContext) -> list[Entity]:
    return []
