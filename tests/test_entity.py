import json

import pytest

from vnner.entity import Entity


def test_round_trip_through_json():
    entity = Entity("500 triệu đồng", "MONEY", 4, 18, 0.9, "rules.money", {"amount": 500000000, "currency": "VND"})
    again = Entity.from_dict(json.loads(json.dumps(entity.to_dict())))
    assert again == entity and again.value == entity.value


def test_value_is_left_out_when_absent():
    assert "value" not in Entity("Huế", "PROVINCE", 0, 3).to_dict()


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"label": "ORG"}, "unknown label"),
        ({"start": 3, "end": 3}, "bad offsets"),
        ({"end": 9}, "does not fit"),
        ({"score": 1.5}, "outside 0..1"),
    ],
)
def test_invalid_entities_are_refused(kwargs, message):
    fields = {"text": "Huế", "label": "PROVINCE", "start": 0, "end": 3} | kwargs
    with pytest.raises(ValueError, match=message):
        Entity(**fields)
