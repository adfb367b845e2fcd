from enum import Enum


class Field(str, Enum):
    CREATEDAT = "createdAt"
    DESCRIPTION = "description"
    ID = "id"
    NAME = "name"
    PROVIDER = "provider"
    UPDATEDAT = "updatedAt"
    USERS_EMAIL = "users.email"
    USERS_FIRSTNAME = "users.firstName"
    USERS_LASTNAME = "users.lastName"
    USERS_PICTURE = "users.picture"
    USERS_STATUS = "users.status"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "Field | None":
        # Port adds values before its spec lists them: keep an unknown value, don't fail parsing.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)  # type: ignore[return-value]
