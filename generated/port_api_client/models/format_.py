from enum import Enum


class Format(str, Enum):
    DATE_TIME = "date-time"
    EMAIL = "email"
    ENTITY = "entity"
    IPV4 = "ipv4"
    IPV6 = "ipv6"
    LABELED_URL = "labeled-url"
    MARKDOWN = "markdown"
    MULTI_LINE = "multi-line"
    PROTO = "proto"
    TEAM = "team"
    URL = "url"
    USER = "user"
    YAML = "yaml"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "Format | None":
        # Port adds values before its spec lists them: keep an unknown value, don't fail parsing.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)  # type: ignore[return-value]
