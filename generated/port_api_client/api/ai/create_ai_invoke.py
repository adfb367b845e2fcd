from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_agent_invoke_error_schema import CreateAgentInvokeErrorSchema
from ...models.create_ai_invoke_body import CreateAiInvokeBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateAiInvokeBody,
    invocation_identifier: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["invocation_identifier"] = invocation_identifier

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/ai/invoke",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateAgentInvokeErrorSchema | None:
    if response.status_code == 400:
        response_400 = CreateAgentInvokeErrorSchema.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = CreateAgentInvokeErrorSchema.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = CreateAgentInvokeErrorSchema.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateAgentInvokeErrorSchema]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateAiInvokeBody,
    invocation_identifier: str | Unset = UNSET,
) -> Response[CreateAgentInvokeErrorSchema]:
    """General-purpose AI interactions

     Port API reference: https://docs.port.io/api-reference/general-purpose-ai-interactions

    Args:
        invocation_identifier (str | Unset):
        body (CreateAiInvokeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAgentInvokeErrorSchema]
    """

    kwargs = _get_kwargs(
        body=body,
        invocation_identifier=invocation_identifier,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateAiInvokeBody,
    invocation_identifier: str | Unset = UNSET,
) -> CreateAgentInvokeErrorSchema | None:
    """General-purpose AI interactions

     Port API reference: https://docs.port.io/api-reference/general-purpose-ai-interactions

    Args:
        invocation_identifier (str | Unset):
        body (CreateAiInvokeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAgentInvokeErrorSchema
    """

    return sync_detailed(
        client=client,
        body=body,
        invocation_identifier=invocation_identifier,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateAiInvokeBody,
    invocation_identifier: str | Unset = UNSET,
) -> Response[CreateAgentInvokeErrorSchema]:
    """General-purpose AI interactions

     Port API reference: https://docs.port.io/api-reference/general-purpose-ai-interactions

    Args:
        invocation_identifier (str | Unset):
        body (CreateAiInvokeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAgentInvokeErrorSchema]
    """

    kwargs = _get_kwargs(
        body=body,
        invocation_identifier=invocation_identifier,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateAiInvokeBody,
    invocation_identifier: str | Unset = UNSET,
) -> CreateAgentInvokeErrorSchema | None:
    """General-purpose AI interactions

     Port API reference: https://docs.port.io/api-reference/general-purpose-ai-interactions

    Args:
        invocation_identifier (str | Unset):
        body (CreateAiInvokeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAgentInvokeErrorSchema
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            invocation_identifier=invocation_identifier,
        )
    ).parsed
