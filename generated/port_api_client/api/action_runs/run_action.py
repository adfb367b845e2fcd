from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.run_action_body import RunActionBody
from ...models.run_response import RunResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    action_identifier: str,
    *,
    body: RunActionBody,
    run_as: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["run_as"] = run_as

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/actions/{action_identifier}/runs".format(
            action_identifier=quote(str(action_identifier), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RunResponse | None:
    if response.status_code == 202:
        response_202 = RunResponse.from_dict(response.json())

        return response_202

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
) -> Response[ErrorResponse | RunResponse]:
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
    body: RunActionBody,
    run_as: str | Unset = UNSET,
) -> Response[ErrorResponse | RunResponse]:
    """Execute a self-service action

     Port API reference: https://docs.port.io/api-reference/execute-a-self-service-action

    Args:
        action_identifier (str):
        run_as (str | Unset):
        body (RunActionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RunResponse]
    """

    kwargs = _get_kwargs(
        action_identifier=action_identifier,
        body=body,
        run_as=run_as,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    action_identifier: str,
    *,
    client: AuthenticatedClient,
    body: RunActionBody,
    run_as: str | Unset = UNSET,
) -> ErrorResponse | RunResponse | None:
    """Execute a self-service action

     Port API reference: https://docs.port.io/api-reference/execute-a-self-service-action

    Args:
        action_identifier (str):
        run_as (str | Unset):
        body (RunActionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RunResponse
    """

    return sync_detailed(
        action_identifier=action_identifier,
        client=client,
        body=body,
        run_as=run_as,
    ).parsed


async def asyncio_detailed(
    action_identifier: str,
    *,
    client: AuthenticatedClient,
    body: RunActionBody,
    run_as: str | Unset = UNSET,
) -> Response[ErrorResponse | RunResponse]:
    """Execute a self-service action

     Port API reference: https://docs.port.io/api-reference/execute-a-self-service-action

    Args:
        action_identifier (str):
        run_as (str | Unset):
        body (RunActionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RunResponse]
    """

    kwargs = _get_kwargs(
        action_identifier=action_identifier,
        body=body,
        run_as=run_as,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    action_identifier: str,
    *,
    client: AuthenticatedClient,
    body: RunActionBody,
    run_as: str | Unset = UNSET,
) -> ErrorResponse | RunResponse | None:
    """Execute a self-service action

     Port API reference: https://docs.port.io/api-reference/execute-a-self-service-action

    Args:
        action_identifier (str):
        run_as (str | Unset):
        body (RunActionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RunResponse
    """

    return (
        await asyncio_detailed(
            action_identifier=action_identifier,
            client=client,
            body=body,
            run_as=run_as,
        )
    ).parsed
