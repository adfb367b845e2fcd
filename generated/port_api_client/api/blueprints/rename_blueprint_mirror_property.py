from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.blueprint_response import BlueprintResponse
from ...models.error_response import ErrorResponse
from ...models.rename_blueprint_mirror_property_body import RenameBlueprintMirrorPropertyBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    blueprint_identifier: str,
    property_identifier: str,
    *,
    body: RenameBlueprintMirrorPropertyBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/blueprints/{blueprint_identifier}/mirror/{property_identifier}/rename".format(
            blueprint_identifier=quote(str(blueprint_identifier), safe=""),
            property_identifier=quote(str(property_identifier), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BlueprintResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BlueprintResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BlueprintResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    blueprint_identifier: str,
    property_identifier: str,
    *,
    client: AuthenticatedClient,
    body: RenameBlueprintMirrorPropertyBody | Unset = UNSET,
) -> Response[BlueprintResponse | ErrorResponse]:
    """Rename a blueprint's mirror property

     Port API reference: https://docs.port.io/api-reference/rename-a-blueprints-mirror-property

    Args:
        blueprint_identifier (str):
        property_identifier (str):
        body (RenameBlueprintMirrorPropertyBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BlueprintResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        blueprint_identifier=blueprint_identifier,
        property_identifier=property_identifier,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    blueprint_identifier: str,
    property_identifier: str,
    *,
    client: AuthenticatedClient,
    body: RenameBlueprintMirrorPropertyBody | Unset = UNSET,
) -> BlueprintResponse | ErrorResponse | None:
    """Rename a blueprint's mirror property

     Port API reference: https://docs.port.io/api-reference/rename-a-blueprints-mirror-property

    Args:
        blueprint_identifier (str):
        property_identifier (str):
        body (RenameBlueprintMirrorPropertyBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BlueprintResponse | ErrorResponse
    """

    return sync_detailed(
        blueprint_identifier=blueprint_identifier,
        property_identifier=property_identifier,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    blueprint_identifier: str,
    property_identifier: str,
    *,
    client: AuthenticatedClient,
    body: RenameBlueprintMirrorPropertyBody | Unset = UNSET,
) -> Response[BlueprintResponse | ErrorResponse]:
    """Rename a blueprint's mirror property

     Port API reference: https://docs.port.io/api-reference/rename-a-blueprints-mirror-property

    Args:
        blueprint_identifier (str):
        property_identifier (str):
        body (RenameBlueprintMirrorPropertyBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BlueprintResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        blueprint_identifier=blueprint_identifier,
        property_identifier=property_identifier,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    blueprint_identifier: str,
    property_identifier: str,
    *,
    client: AuthenticatedClient,
    body: RenameBlueprintMirrorPropertyBody | Unset = UNSET,
) -> BlueprintResponse | ErrorResponse | None:
    """Rename a blueprint's mirror property

     Port API reference: https://docs.port.io/api-reference/rename-a-blueprints-mirror-property

    Args:
        blueprint_identifier (str):
        property_identifier (str):
        body (RenameBlueprintMirrorPropertyBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BlueprintResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            blueprint_identifier=blueprint_identifier,
            property_identifier=property_identifier,
            client=client,
            body=body,
        )
    ).parsed
