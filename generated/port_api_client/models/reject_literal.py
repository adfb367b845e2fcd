from enum import Enum


class RejectLiteral(str, Enum):
    REJECT = "reject"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "RejectLiteral | None":
        # Port adds values before its spec lists them: keep an unknown value, don't fail parsing.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)  # type: ignore[return-value]
