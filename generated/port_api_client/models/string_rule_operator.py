from enum import Enum


class StringRuleOperator(str, Enum):
    BEGINSWITH = "beginsWith"
    CONTAINS = "contains"
    CONTAINSANY = "containsAny"
    DOESNOTBEGINSWITH = "doesNotBeginsWith"
    DOESNOTCONTAINS = "doesNotContains"
    DOESNOTENDSWITH = "doesNotEndsWith"
    ENDSWITH = "endsWith"
    IN = "in"
    NOTIN = "notIn"
    VALUE_0 = "="
    VALUE_1 = "!="

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "StringRuleOperator | None":
        # Port adds values before its spec lists them: keep an unknown value, don't fail parsing.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)  # type: ignore[return-value]
