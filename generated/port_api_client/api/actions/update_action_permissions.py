from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.permissions_response import PermissionsResponse
from ...models.update_action_permissions_body import UpdateActionPermissionsBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    action_identifier: str,
    *,
    body: UpdateActionPermissionsBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/actions/{action_identifier}/permissions".format(
            action_identifier=quote(str(action_identifier), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PermissionsResponse | None:
    if response.status_code == 200:
        response_200 = PermissionsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | PermissionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    action_identifier: str,
    *,
    client: AuthenticatedClient,
    body: UpdateActionPermissionsBody | Unset = UNSET,
) -> Response[ErrorResponse | PermissionsResponse]:
    """Update an action's permissions

     Port API reference: https://docs.port.io/api-reference/update-an-actions-permissions

    Args:
        action_identifier (str):
        body (UpdateActionPermissionsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PermissionsResponse]
    """

    kwargs = _get_kwargs(
        action_identifier=action_identifier,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    action_identifier: str,
    *,
    client: AuthenticatedClient,
    body: UpdateActionPermissionsBody | Unset = UNSET,
) -> ErrorResponse | PermissionsResponse | None:
    """Update an action's permissions

     Port API reference: https://docs.port.io/api-reference/update-an-actions-permissions

    Args:
        action_identifier (str):
        body (UpdateActionPermissionsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PermissionsResponse
    """

    return sync_detailed(
        action_identifier=action_identifier,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    action_identifier: str,
    *,
    client: AuthenticatedClient,
    body: UpdateActionPermissionsBody | Unset = UNSET,
) -> Response[ErrorResponse | PermissionsResponse]:
    """Update an action's permissions

     Port API reference: https://docs.port.io/api-reference/update-an-actions-permissions

    Args:
        action_identifier (str):
        body (UpdateActionPermissionsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PermissionsResponse]
    """

    kwargs = _get_kwargs(
        action_identifier=action_identifier,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    action_identifier: str,
    *,
    client: AuthenticatedClient,
    body: UpdateActionPermissionsBody | Unset = UNSET,
) -> ErrorResponse | PermissionsResponse | None:
    """Update an action's permissions

     Port API reference: https://docs.port.io/api-reference/update-an-actions-permissions

    Args:
        action_identifier (str):
        body (UpdateActionPermissionsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PermissionsResponse
    """

    return (
        await asyncio_detailed(
            action_identifier=action_identifier,
            client=client,
            body=body,
        )
    ).parsed
