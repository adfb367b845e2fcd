from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_agent_invoke_error_schema import CreateAgentInvokeErrorSchema
from ...models.get_invocation_result_response import GetInvocationResultResponse
from ...types import Response


def _get_kwargs(
    invocation_identifier: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ai/invoke/{invocation_identifier}".format(
            invocation_identifier=quote(str(invocation_identifier), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateAgentInvokeErrorSchema | GetInvocationResultResponse | None:
    if response.status_code == 200:
        response_200 = GetInvocationResultResponse.from_dict(response.json())

        return response_200

    if response.status_code == 500:
        response_500 = CreateAgentInvokeErrorSchema.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateAgentInvokeErrorSchema | GetInvocationResultResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    invocation_identifier: str,
    *,
    client: AuthenticatedClient,
) -> Response[CreateAgentInvokeErrorSchema | GetInvocationResultResponse]:
    """Get an invocation's result

     Port API reference: https://docs.port.io/api-reference/get-an-invocations-result

    Args:
        invocation_identifier (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAgentInvokeErrorSchema | GetInvocationResultResponse]
    """

    kwargs = _get_kwargs(
        invocation_identifier=invocation_identifier,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    invocation_identifier: str,
    *,
    client: AuthenticatedClient,
) -> CreateAgentInvokeErrorSchema | GetInvocationResultResponse | None:
    """Get an invocation's result

     Port API reference: https://docs.port.io/api-reference/get-an-invocations-result

    Args:
        invocation_identifier (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAgentInvokeErrorSchema | GetInvocationResultResponse
    """

    return sync_detailed(
        invocation_identifier=invocation_identifier,
        client=client,
    ).parsed


async def asyncio_detailed(
    invocation_identifier: str,
    *,
    client: AuthenticatedClient,
) -> Response[CreateAgentInvokeErrorSchema | GetInvocationResultResponse]:
    """Get an invocation's result

     Port API reference: https://docs.port.io/api-reference/get-an-invocations-result

    Args:
        invocation_identifier (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAgentInvokeErrorSchema | GetInvocationResultResponse]
    """

    kwargs = _get_kwargs(
        invocation_identifier=invocation_identifier,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invocation_identifier: str,
    *,
    client: AuthenticatedClient,
) -> CreateAgentInvokeErrorSchema | GetInvocationResultResponse | None:
    """Get an invocation's result

     Port API reference: https://docs.port.io/api-reference/get-an-invocations-result

    Args:
        invocation_identifier (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAgentInvokeErrorSchema | GetInvocationResultResponse
    """

    return (
        await asyncio_detailed(
            invocation_identifier=invocation_identifier,
            client=client,
        )
    ).parsed
