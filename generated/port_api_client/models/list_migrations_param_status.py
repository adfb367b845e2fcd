from enum import Enum


class ListMigrationsParamStatus(str, Enum):
    CANCELLED = "CANCELLED"
    COMPLETED = "COMPLETED"
    FAILURE = "FAILURE"
    INITIALIZING = "INITIALIZING"
    PENDING = "PENDING"
    PENDING_CANCELLATION = "PENDING_CANCELLATION"
    RUNNING = "RUNNING"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ListMigrationsParamStatus | None":
        # Port adds values before its spec lists them: keep an unknown value, don't fail parsing.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)  # type: ignore[return-value]
