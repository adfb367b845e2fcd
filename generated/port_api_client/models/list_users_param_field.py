from enum import Enum


class ListUsersParamField(str, Enum):
    CREATEDAT = "createdAt"
    EMAIL = "email"
    FIRSTNAME = "firstName"
    ID = "id"
    ISINVISIBLE = "isInvisible"
    LASTNAME = "lastName"
    MANAGEDBYSCIM = "managedByScim"
    ORGMEMBERS_LASTLOGINAT = "orgMembers.lastLoginAt"
    ORGMEMBERS_ORGID = "orgMembers.orgId"
    ORGMEMBERS_STATUS = "orgMembers.status"
    PICTURE = "picture"
    PROVIDERS = "providers"
    ROLES_CREATEDAT = "roles.createdAt"
    ROLES_DESCRIPTION = "roles.description"
    ROLES_ISADMIN = "roles.isAdmin"
    ROLES_NAME = "roles.name"
    ROLES_PROTECTED = "roles.protected"
    ROLES_UPDATEDAT = "roles.updatedAt"
    STATUS = "status"
    SUPPORTLEVEL = "supportLevel"
    TEAMS_CREATEDAT = "teams.createdAt"
    TEAMS_NAME = "teams.name"
    TEAMS_PROVIDER = "teams.provider"
    TEAMS_UPDATEDAT = "teams.updatedAt"
    TYPE = "type"
    UPDATEDAT = "updatedAt"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ListUsersParamField | None":
        # Port adds values before its spec lists them: keep an unknown value, don't fail parsing.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)  # type: ignore[return-value]
