from enum import Enum


class TriggerEvent(str, Enum):
    ANY_ENTITY_CHANGE = "ANY_ENTITY_CHANGE"
    ANY_RUN_CHANGE = "ANY_RUN_CHANGE"
    ENTITY_CREATED = "ENTITY_CREATED"
    ENTITY_DELETED = "ENTITY_DELETED"
    ENTITY_UPDATED = "ENTITY_UPDATED"
    RUN_CREATED = "RUN_CREATED"
    RUN_UPDATED = "RUN_UPDATED"
    TIMER_PROPERTY_EXPIRED = "TIMER_PROPERTY_EXPIRED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TriggerEvent | None":
        # Port adds values before its spec lists them: keep an unknown value, don't fail parsing.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)  # type: ignore[return-value]
