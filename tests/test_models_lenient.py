"""Every response model reads any JSON object Port may send, keeps it, and writes it back unchanged.

Property-based (hypothesis), over every model reachable from what `pyport._generated.api` parses a
2xx answer into (checked against the shipped spec's 2xx schemas):

- any JSON object, with keys drawn from the model's own fields plus random ones and values of any
  JSON type (nested objects shaped like the nested models, with wrong types inside): `from_dict`
  never raises, every attribute holds what its annotation says (a field Port always sends, typed
  plainly, is absent instead when the object lacks it), and `to_dict()` is the input;
- a well-formed body, generated from the model's declared field types: every field is read typed
  (datetimes, enum members, nested models), none is left aside, and `to_dict()` is the input.

Runs are bounded and deterministic: a fixed number of examples per model, derandomized.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
import sys
import types
import typing
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pyport._generated import models

API = Path(models.__file__).resolve().parent.parent / "api"
EXAMPLES = 15  # per model and property (161 models today)
SETTINGS = settings(
    max_examples=EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
NAMESPACE: dict[str, Any] = {
    **{name: getattr(models, name) for name in models._MODULES},
    "datetime": dt,
    "Any": Any,
}


# --- which models, and what their fields are ------------------------------------------------------


def response_roots() -> list[type]:
    """The models the generated endpoints parse a 2xx answer into."""
    names = set()
    for module in API.rglob("*.py"):
        text = module.read_text(encoding="utf-8")
        names |= set(re.findall(r"response_2\d\d = (\w+)\.from_dict\(", text))
    return [getattr(models, name) for name in sorted(names)]


def is_model(tp: object) -> bool:
    return isinstance(tp, type) and attrs.has(tp)


@cache
def hints(cls: type) -> dict[str, Any]:
    module = vars(sys.modules[cls.__module__])
    return typing.get_type_hints(cls, globalns=module, localns=NAMESPACE)


def field_types(cls: type) -> dict[str, Any]:
    """Attribute name → resolved annotation, for the fields a JSON key maps to."""
    return {f.name: hints(cls)[f.name] for f in attrs.fields(cls) if f.init}


def map_value_type(cls: type) -> Any:
    """The declared type of the additional properties' values (Any for most models)."""
    annotation = hints(cls).get("additional_properties")
    return typing.get_args(annotation)[1] if annotation is not None else None


def members(tp: Any) -> tuple[Any, ...]:
    if isinstance(tp, types.UnionType) or typing.get_origin(tp) is typing.Union:
        return typing.get_args(tp)
    return (tp,)


def sample(tp: Any) -> Any:
    """Some value of type `tp` (to find which JSON key a field is written under)."""
    tp = next(m for m in members(tp) if m is not type(None))
    if is_model(tp):
        return tp.from_dict({})
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return next(iter(tp))
    if typing.get_origin(tp) is list:
        return []
    values = {str: "s", int: 0, float: 0.0, bool: False, dt.datetime: dt.datetime(2026, 1, 1)}
    return values.get(tp, "any")  # Any: anything but None, which reads as "not given"


@cache
def json_keys(cls: type) -> dict[str, str]:
    """JSON key → attribute name, found by writing one field at a time."""
    keys = {}
    for name, tp in field_types(cls).items():
        model = cls.from_dict({})  # every field None or absent
        setattr(model, name, sample(tp))
        written = set(model.to_dict())
        assert len(written) == 1, (cls, name, written)
        keys[written.pop()] = name
    return keys


def promised(cls: type) -> set[str]:
    """The fields Port always sends (typed plainly): those without a default in a response model."""
    return {f.name for f in attrs.fields(cls) if f.init and f.default is attrs.NOTHING}


ABSENT = object()


def reachable(roots: list[type]) -> list[type]:
    seen: dict[str, type] = {}

    def visit(tp: Any) -> None:
        for member in members(tp):
            if is_model(member) and member.__name__ not in seen:
                seen[member.__name__] = member
                for annotation in field_types(member).values():
                    visit(annotation)
                visit(map_value_type(member))
            elif typing.get_origin(member) is list:
                visit(typing.get_args(member)[0])

    for root in roots:
        visit(root)
    return [seen[name] for name in sorted(seen)]


RESPONSE_MODELS = reachable(response_roots())


# --- what a parsed model must hold ----------------------------------------------------------------


def conforms(value: Any, tp: Any, *, well_formed: bool) -> Iterator[str]:
    """Why `value` is not of type `tp` (nothing when it is), looking into nested models.

    `well_formed`: also require that no declared field was left aside as raw JSON, and that enum
    values are the spec's own (not values Port added later).
    """
    options = members(tp)
    if any(conforms_exactly(value, option, well_formed=well_formed) for option in options):
        return
    yield f"{value!r:.80} is not {tp}"


def conforms_exactly(value: Any, tp: Any, *, well_formed: bool) -> bool:
    if tp is Any:
        return True
    if tp is type(None):
        return value is None
    if tp is bool:
        return type(value) is bool
    if tp is int:
        return type(value) is int
    if tp is float:
        return type(value) in (int, float)
    if tp is str:
        return type(value) is str
    if tp is dt.datetime:
        return type(value) is dt.datetime
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return isinstance(value, tp) and (not well_formed or value in list(tp))
    if typing.get_origin(tp) is list:
        (inner,) = typing.get_args(tp)
        return type(value) is list and all(
            not list(conforms(item, inner, well_formed=well_formed)) for item in value
        )
    if is_model(tp):
        return type(value) is tp and not list(model_problems(value, well_formed=well_formed))
    raise AssertionError(f"unexpected annotation {tp!r}")


def model_problems(model: Any, *, well_formed: bool) -> Iterator[str]:
    cls = type(model)
    for name, tp in field_types(cls).items():
        value = getattr(model, name, ABSENT)
        if value is ABSENT:
            if name not in promised(cls):
                yield f"{cls.__name__}.{name} is absent, but Port does not always send it"
            continue
        for problem in conforms(value, tp, well_formed=well_formed):
            yield f"{cls.__name__}.{name}: {problem}"
    value_type = map_value_type(cls)
    for key, value in getattr(model, "additional_properties", {}).items():
        for problem in conforms(value, value_type, well_formed=well_formed):
            yield f"{cls.__name__}[{key!r}]: {problem}"
    if well_formed:
        # A declared field read as raw JSON, or a typed map's value that did not fit.
        aside = set(getattr(model, "additional_properties", {})) & set(json_keys(cls))
        aside |= set(getattr(model, "unparsed_properties", {}))
        if aside:
            yield f"{cls.__name__}: {sorted(aside)} left aside as raw JSON"


def same_json(a: Any, b: Any) -> bool:
    """Equal, and of the same JSON types all the way down (1 is not 1.0, nor True)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same_json(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same_json(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


# --- strategies -----------------------------------------------------------------------------------

# Strings that look like ISO 8601 date-times, to reach the parser's edge cases (invalid dates,
# out-of-range years, 24:00, long fractions), beside strings of any kind.
DATETIME_LIKE = st.from_regex(
    r"\A[0-9]{4}(-[0-9]{2}(-[0-9]{2}([T ][0-9]{2}(:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,9})?)?)?"
    r"(Z|[+-][0-9]{2}(:?[0-9]{2})?)?)?)?)?\Z"
)
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8)
    | DATETIME_LIKE
)
JSON = st.recursive(
    SCALARS,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3)
    ),
    max_leaves=6,
)
TIMEZONES = st.sampled_from(
    [
        None,
        dt.timezone.utc,
        dt.timezone(dt.timedelta(hours=5, minutes=30)),
        dt.timezone(-dt.timedelta(hours=7)),
    ]
)


def iso_text(value: dt.datetime, style: int) -> str:
    if style == 0:
        return value.isoformat()
    text = value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}"
    if value.tzinfo is None:
        return text
    return text + "Z" if value.utcoffset() == dt.timedelta(0) else text + value.strftime("%z")


DATETIMES = st.builds(
    iso_text,
    st.datetimes(min_value=dt.datetime(1900, 1, 1), timezones=TIMEZONES),
    st.integers(0, 1),
)


def some_of(fields: dict[str, st.SearchStrategy[Any]]) -> st.SearchStrategy[dict[str, Any]]:
    """Objects with a few of `fields` (at most 6: drawing all of a big model's is slow)."""
    keys = sorted(fields)
    chosen = st.lists(st.sampled_from(keys), unique=True, max_size=6) if keys else st.just([])
    return chosen.flatmap(lambda names: st.fixed_dictionaries({k: fields[k] for k in names}))


def objects(cls: type, value: Callable[[Any], st.SearchStrategy[Any]]) -> st.SearchStrategy[Any]:
    """JSON objects for `cls`: some of its fields (values from `value(type)`) and random keys."""
    fields = {key: value(field_types(cls)[name]) for key, name in json_keys(cls).items()}
    map_type = map_value_type(cls)
    extra_values = JSON if map_type in (Any, None) else st.one_of(JSON, value(map_type))
    extra = st.dictionaries(
        st.text(max_size=6).filter(lambda k: k not in fields), extra_values, max_size=2
    )
    return st.builds(lambda own, more: {**more, **own}, some_of(fields), extra)


@cache
def messy(tp: Any, depth: int = 2) -> st.SearchStrategy[Any]:
    """Any JSON, or (while depth lasts) something shaped like `tp` with anything inside."""
    shaped = []
    for member in members(tp):
        if depth and is_model(member):
            shaped.append(objects(member, lambda t: messy(t, depth - 1)))
        elif depth and typing.get_origin(member) is list:
            shaped.append(st.lists(messy(typing.get_args(member)[0], depth - 1), max_size=3))
        elif member is dt.datetime:
            shaped.append(DATETIMES)
    return st.one_of(JSON, *shaped)


@cache
def well_formed(tp: Any, depth: int = 2) -> st.SearchStrategy[Any]:
    """JSON of type `tp`, as the spec declares it."""
    options = [well_formed_exactly(m, depth) for m in members(tp)]
    return st.one_of(*options)


def well_formed_exactly(tp: Any, depth: int) -> st.SearchStrategy[Any]:
    if tp is Any:
        return JSON
    if tp is type(None):
        return st.none()
    if tp is bool:
        return st.booleans()
    if tp is int:
        return st.integers()
    if tp is float:  # an integer is a JSON number too, and must come back as it was
        return st.floats(allow_nan=False, allow_infinity=False) | st.integers()
    if tp is str:
        return st.text(max_size=8) | DATETIME_LIKE
    if tp is dt.datetime:
        return DATETIMES
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return st.sampled_from([member.value for member in tp])
    if typing.get_origin(tp) is list:
        inner = typing.get_args(tp)[0]
        return st.lists(well_formed(inner, depth - 1), max_size=3 if depth else 0)
    if is_model(tp):
        if depth <= 0:
            return st.just({})
        map_type = map_value_type(tp)
        fields = {
            key: well_formed(field_types(tp)[name], depth - 1)
            for key, name in json_keys(tp).items()
        }
        extra = st.dictionaries(
            st.text(max_size=6).filter(lambda k: k not in fields),
            JSON if map_type in (Any, None) else well_formed(map_type, depth - 1),
            max_size=2,
        )
        return st.builds(lambda own, more: {**more, **own}, some_of(fields), extra)
    raise AssertionError(f"unexpected annotation {tp!r}")


# --- the properties -------------------------------------------------------------------------------


def test_every_response_model_is_covered() -> None:
    names = {cls.__name__ for cls in RESPONSE_MODELS}
    assert {"SearchBlueprintEntitiesResponse", "Entity", "EntityRelations", "Direct"} <= names
    # The shipped spec agrees: each 2xx schema that is a model here is among them.
    spec = json.loads((API.parent / "_openapi.json").read_text(encoding="utf-8"))
    refs = {
        media["schema"]["$ref"].rsplit("/", 1)[-1]
        for operations in spec["paths"].values()
        for operation in operations.values()
        if isinstance(operation, dict)
        for status, response in operation.get("responses", {}).items()
        if status.startswith("2")
        for media in (response.get("content") or {}).values()
    }
    assert {name for name in refs if name in models._MODULES} <= names
    # Nothing is required of an answer: a field Port leaves out is None, or absent if promised.
    assert all(cls.from_dict({}).to_dict() == {} for cls in RESPONSE_MODELS)


@pytest.mark.parametrize("cls", RESPONSE_MODELS, ids=lambda cls: cls.__name__)
def test_any_json_object_is_read_kept_and_written_back(cls: type) -> None:
    @SETTINGS
    @given(objects(cls, messy))
    def check(body: dict[str, Any]) -> None:
        sent = json.loads(json.dumps(body))  # what Port's JSON would decode to, not shared
        model = cls.from_dict(body)
        assert list(model_problems(model, well_formed=False)) == []
        assert same_json(model.to_dict(), sent)
        assert body == sent  # the input is not changed

    check()


@pytest.mark.parametrize("cls", RESPONSE_MODELS, ids=lambda cls: cls.__name__)
def test_well_formed_bodies_are_read_typed_and_written_back(cls: type) -> None:
    @SETTINGS
    @given(well_formed(cls))
    def check(body: dict[str, Any]) -> None:
        model = cls.from_dict(body)
        assert list(model_problems(model, well_formed=True)) == []
        assert same_json(model.to_dict(), body)

    check()


# --- examples -------------------------------------------------------------------------------------


def test_values_of_another_type_stay_raw_and_are_written_back() -> None:
    body = {
        "identifier": {"$in": ["a"]},  # an object where a string is declared
        "title": None,
        "team": 5,
        "properties": "not an object",
        "relations": [],  # a list where a map is declared
        "extra": 1,
    }
    entity = models.Entity.from_dict(body)
    for promised in ("identifier", "properties", "relations", "blueprint", "created_at"):
        assert not hasattr(entity, promised)  # typed plainly, so absent rather than None
    assert entity.title is None  # an explicit null
    assert entity.team is None
    assert entity["identifier"] == {"$in": ["a"]}
    assert entity.additional_properties == {k: v for k, v in body.items() if k != "title"}
    assert entity.to_dict() == body  # the null comes back too
    entity.identifier = "svc"  # a typed value set later wins over the raw one
    assert entity.identifier == "svc"
    assert entity.to_dict()["identifier"] == "svc"


def test_a_promised_field_port_left_out_says_so_when_read() -> None:
    entity = models.Entity.from_dict({"identifier": "svc", "properties": {"tier": 1}})
    assert entity.identifier == "svc"
    assert entity.properties["tier"] == 1
    with pytest.raises(AttributeError, match=r"Entity\.blueprint: Port's answer has no 'blue"):
        _ = entity.blueprint
    with pytest.raises(AttributeError, match=r"'Entity' object has no attribute 'identifer'"):
        _ = entity.identifer  # type: ignore[attr-defined]  # a misspelling is the usual error
    assert repr(entity) == (
        "Entity(identifier='svc', properties=EntityProperties(additional_properties={'tier': 1}))"
    )
    assert entity.to_dict() == {"identifier": "svc", "properties": {"tier": 1}}


def test_optional_fields_read_none_and_an_explicit_null_is_written_back() -> None:
    sent = models.Blueprint.from_dict({"identifier": "svc", "icon": None})
    left_out = models.Blueprint.from_dict({"identifier": "svc"})
    assert (sent.icon, left_out.icon, left_out.description) == (None, None, None)
    assert sent.to_dict() == {"identifier": "svc", "icon": None}
    assert left_out.to_dict() == {"identifier": "svc"}
    sent.icon = "Service"
    assert sent.to_dict()["icon"] == "Service"


def test_nested_wrong_shapes_are_kept_where_they_are() -> None:
    body = {
        "ok": True,
        "entities": [{"identifier": "a", "relations": {"domain": 7, "deps": ["b"]}}],
        "next": 12,
    }
    page = models.SearchBlueprintEntitiesResponse.from_dict(body)
    assert page.next_ is None
    assert page["next"] == 12
    assert isinstance(page.entities, list)
    relations = page.entities[0].relations
    assert isinstance(relations, models.EntityRelations)
    assert relations.additional_properties == {"deps": ["b"]}
    assert relations.unparsed_properties == {"domain": 7}
    assert page.to_dict() == body
    broken = {"entities": [{"identifier": "a"}, None]}  # one item that is no object
    assert models.SearchBlueprintEntitiesResponse.from_dict(broken).entities is None
    assert models.SearchBlueprintEntitiesResponse.from_dict(broken).to_dict() == broken


def test_a_datetime_is_written_back_as_the_text_it_was_read_from() -> None:
    body = {"identifier": "svc", "createdAt": "2026-01-01T00:00:00.000Z", "updatedAt": "yesterday"}
    blueprint = models.Blueprint.from_dict(body)
    assert blueprint.created_at == dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    assert not hasattr(blueprint, "updated_at")  # promised, and not a date-time
    assert blueprint["updatedAt"] == "yesterday"
    assert blueprint.to_dict() == body
    blueprint.created_at = dt.datetime(2026, 2, 1, tzinfo=dt.timezone.utc)  # a changed value
    assert blueprint.to_dict()["createdAt"] == "2026-02-01T00:00:00+00:00"


def test_an_integer_in_a_float_field_comes_back_as_the_integer() -> None:
    count = models.CountResponse.from_dict({"ok": True, "count": 1})
    assert count.count == 1
    assert same_json(count.to_dict(), {"ok": True, "count": 1})
    assert models.CountResponse.from_dict({"count": True}).count is None  # a bool is no number


def test_a_union_reads_the_member_the_value_fits() -> None:
    direct = models.Blueprint.from_dict({"ownership": {"type": "Direct", "title": "Owners"}})
    inherited = models.Blueprint.from_dict({"ownership": {"type": "Inherited", "path": "a.b"}})
    kafka = models.Blueprint.from_dict({"changelogDestination": {"type": "KAFKA"}})
    webhook = models.Blueprint.from_dict({"changelogDestination": {"type": "WEBHOOK", "url": "u"}})
    assert isinstance(direct.ownership, models.Direct)
    assert isinstance(inherited.ownership, models.Inherited)
    assert isinstance(kafka.changelog_destination, models.Kafka)
    assert isinstance(webhook.changelog_destination, models.WebhookWebhook)
    assert direct.ownership.type_ == models.DirectLiteral.DIRECT
    unknown = models.Blueprint.from_dict({"ownership": {"type": "Shared"}})  # fits neither
    assert isinstance(unknown.ownership, models.Inherited)  # the first one, keeping the value
    assert unknown.to_dict() == {"ownership": {"type": "Shared"}}


def test_enums_read_their_values_keep_new_ones_and_leave_other_types_raw() -> None:
    known = models.CalculationPropertiesValue.from_dict({"type": "number", "format": "email"})
    new = models.CalculationPropertiesValue.from_dict({"type": "decimal"})
    wrong = models.CalculationPropertiesValue.from_dict({"type": ["number"]})
    assert known.type_ is models.Type.NUMBER
    assert known.format_ is models.ValueFormat.EMAIL
    assert isinstance(new.type_, models.Type)  # Port adds values before its spec lists them
    assert new.type_.value == "decimal"
    assert wrong.type_ is None
    assert wrong["type"] == ["number"]
    for model, body in [(known, {"type": "number", "format": "email"}), (new, {"type": "decimal"})]:
        assert same_json(model.to_dict(), body)
    assert wrong.to_dict() == {"type": ["number"]}


def test_a_required_field_of_a_request_model_that_does_not_fit_is_a_clear_error() -> None:
    with pytest.raises(
        TypeError, match=r"Policy: 'queries' is str, not the type the spec declares"
    ):
        models.Policy.from_dict({"queries": "all", "conditions": []})
    with pytest.raises(KeyError, match="conditions"):
        models.Policy.from_dict({"queries": {}})


@pytest.mark.parametrize(
    "text",
    ["2026-01-01T00:00:00.000Z", "2026-01-01T00:00:00Z", "2026-03-04T05:06:07.891+02:00"],
)
def test_the_fast_date_time_reader_agrees_with_dateutil_on_every_python(text: str) -> None:
    from dateutil.parser import isoparse

    from pyport._generated.types import _fromisoformat_z, _parse_datetime

    assert _fromisoformat_z(text) == isoparse(text)  # Python 3.10's path, run on any Python
    with pytest.raises(TypeError):
        _fromisoformat_z(5)  # type: ignore[arg-type]  # as datetime.fromisoformat does
    assert _parse_datetime(text, isoparse) == isoparse(text)
    assert _parse_datetime("2026-01-01T00:00:00.123456789Z", isoparse) == isoparse(
        "2026-01-01T00:00:00.123456789Z"
    )  # what fromisoformat refuses, dateutil reads


def test_a_model_that_is_only_a_map_reads_like_one() -> None:
    entity = models.Entity.from_dict(
        {"identifier": "svc", "properties": {"tier": 1, "language": "go"}, "relations": {}}
    )
    properties = entity.properties
    assert sorted(properties) == ["language", "tier"]
    assert len(properties) == 2
    assert properties.get("tier") == 1
    assert properties.get("missing", "none") == "none"
    assert dict(properties.items()) == {"tier": 1, "language": "go"}
    assert list(properties.keys()) == ["tier", "language"]
    assert list(properties.values()) == [1, "go"]
    assert len(entity.relations) == 0
    assert not hasattr(entity, "keys")  # a model with fields of its own is no map


def test_a_model_with_fields_and_extra_keys_is_not_iterable() -> None:
    answer = models.AggregateEntitiesResponse.from_dict({"entities": [], "extra": 1})
    assert answer["extra"] == 1
    with pytest.raises(TypeError, match="not iterable"):
        iter(answer)  # not a KeyError: 0 from the old protocol through __getitem__
