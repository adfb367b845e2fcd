"""The types of what you send to Port and of what the calls return, for annotations.

    from pyport.types import BlueprintSchemaParam, NotGiven, NOT_GIVEN, SyncPage

`*Param` are `TypedDict`s of Port's request shapes (keys as Port spells them, camelCase), generated
from its spec; `NOT_GIVEN` leaves an optional argument out (None is sent as JSON null);
`SyncPage`/`AsyncPage` are what a paged search returns and `RawResponse` what
`with_raw_response` calls return. The models of Port's answers are in `pyport.models`.
"""

from __future__ import annotations

from pyport._resources._params import *  # noqa: F403 - the generated request shapes, all public
from pyport._resources._params import __all__ as _params
from pyport._surface import NOT_GIVEN, AsyncPage, NotGiven, RawResponse, SyncPage

__all__ = ["NOT_GIVEN", "AsyncPage", "NotGiven", "RawResponse", "SyncPage", *_params]  # noqa: PLE0604
