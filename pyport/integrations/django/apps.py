"""The Django app: `INSTALLED_APPS = [..., "pyport.integrations.django"]`."""

from __future__ import annotations

from typing import Any

from django.apps import AppConfig
from django.core.signals import setting_changed


def _port_setting_changed(*, setting: str, **kwargs: Any) -> None:
    # A test's override_settings(PORT=...) must not keep the client made from the old value.
    if setting == "PORT":
        from pyport.integrations.django import close_port

        close_port()


class PyportConfig(AppConfig):
    """Registers `manage.py port` and replaces the shared client when `PORT` changes."""

    name = "pyport.integrations.django"
    label = "pyport"
    verbose_name = "pyport (Port)"

    def ready(self) -> None:
        setting_changed.connect(_port_setting_changed, dispatch_uid="pyport-port-setting")
