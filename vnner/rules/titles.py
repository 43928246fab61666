"""Placeholder finder until the titles rules land."""

from vnner.entity import Entity
from vnner.rules import RuleContext, register


@register("titles")
def find_titles(context: RuleContext) -> list[Entity]:
    return []
