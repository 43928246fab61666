"""Combines model and rule entities into one sorted, non-overlapping list.

The policy per label and the lowest model score kept live in `configs/rules.yaml`
(`hybrid:`), chosen by leave-one-document-out cross-validation (scripts/cross_validate.py).
A label's policy is one of:

- `rules`: the rule layer wins; model spans of the label only fill text that no rule entity
  touches (a PROVINCE name missing from the gazetteer, say). Rules carry normalized `value`s.
- `model`: the model wins, for labels whose open-ended shapes context decides better than
  patterns; rule spans of the label are the backup where the model found nothing.

The shipped setting is `rules` for every label with a 0.7 score floor: the best combination
in cross-validation on the seed corpus (see README).

Conflicts are settled greedily in that order of trust: rule spans of `rules` labels, model
spans of `model` labels, model spans of `rules` labels, rule spans of `model` labels; within
a tier longer spans first, then higher score. A model span that equals a rule span keeps the
rule's `value`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping

from vnner.config import HybridSettings, load_rules_config
from vnner.entity import Entity
from vnner.rules.resolve import keep_disjoint


def _tier(entity: Entity, from_rules: bool, policy: Mapping[str, str]) -> int:
    rules_first = policy.get(entity.label, "rules") == "rules"
    if from_rules:
        return 0 if rules_first else 3
    return 2 if rules_first else 1


def merge(
    model_entities: Iterable[Entity],
    rule_entities: Iterable[Entity],
    settings: HybridSettings | None = None,
) -> list[Entity]:
    """The merged entities, sorted by start; model spans scoring below `min_model_score` are dropped.

    `settings` is passed by a `Pipeline` (its config's `hybrid:`); None: the packaged `configs/rules.yaml`'s.
    """
    settings = load_rules_config().hybrid if settings is None else settings
    policy, min_score = settings.policy, settings.min_model_score
    rules = list(rule_entities)
    values = {e.key: e.value for e in rules if e.value is not None}
    tier = {id(e): _tier(e, True, policy) for e in rules}
    models = [e for e in model_entities if e.score >= min_score]
    tier.update((id(e), _tier(e, False, policy)) for e in models)
    kept = keep_disjoint([*rules, *models], lambda e: (tier[id(e)], -(e.end - e.start), -e.score, e.start))
    return [
        dataclasses.replace(e, value=values[e.key]) if e.value is None and e.key in values else e for e in kept
    ]
