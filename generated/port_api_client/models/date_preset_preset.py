from enum import Enum


class DatePresetPreset(str, Enum):
    LAST12MONTHS = "last12Months"
    LAST2WEEKS = "last2Weeks"
    LAST2YEARS = "last2Years"
    LAST3MONTHS = "last3Months"
    LAST3YEARS = "last3Years"
    LAST6MONTHS = "last6Months"
    LASTDAY = "lastDay"
    LASTMONTH = "lastMonth"
    LASTWEEK = "lastWeek"
    NEXT12MONTHS = "next12Months"
    NEXT2WEEKS = "next2Weeks"
    NEXT3MONTHS = "next3Months"
    NEXT6MONTHS = "next6Months"
    NEXTDAY = "nextDay"
    NEXTMONTH = "nextMonth"
    NEXTWEEK = "nextWeek"
    TODAY = "today"
    TOMORROW = "tomorrow"
    YESTERDAY = "yesterday"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "DatePresetPreset | None":
        # Port adds values before its spec lists them: keep an unknown value, don't fail parsing.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)  # type: ignore[return-value]
