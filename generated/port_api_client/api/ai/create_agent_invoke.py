from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_agent_invoke_body import CreateAgentInvokeBody
from ...models.create_agent_invoke_error_schema import CreateAgentInvokeErrorSchema
from ...models.invocation_response import InvocationResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    agent_identifier: str,
    *,
    body: CreateAgentInvokeBody,
    invocation_identifier: str | Unset = UNSET,
    stream: bool | Unset = UNSET,
    use_mcp: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["invocation_identifier"] = invocation_identifier

    params["stream"] = stream

    params["use_mcp"] = use_mcp

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/agent/{agent_identifier}/invoke".format(
            agent_identifier=quote(str(agent_identifier), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateAgentInvokeErrorSchema | InvocationResponse | None:
    if response.status_code == 202:
        response_202 = InvocationResponse.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = CreateAgentInvokeErrorSchema.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = CreateAgentInvokeErrorSchema.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = CreateAgentInvokeErrorSchema.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateAgentInvokeErrorSchema | InvocationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agent_identifier: str,
    *,
    client: AuthenticatedClient,
    body: CreateAgentInvokeBody,
    invocation_identifier: str | Unset = UNSET,
    stream: bool | Unset = UNSET,
    use_mcp: bool | Unset = UNSET,
) -> Response[CreateAgentInvokeErrorSchema | InvocationResponse]:
    """Invoke a specific agent

     Port API reference: https://docs.port.io/api-reference/invoke-a-specific-agent

    Args:
        agent_identifier (str):
        invocation_identifier (str | Unset):
        stream (bool | Unset):
        use_mcp (bool | Unset):
        body (CreateAgentInvokeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAgentInvokeErrorSchema | InvocationResponse]
    """

    kwargs = _get_kwargs(
        agent_identifier=agent_identifier,
        body=body,
        invocation_identifier=invocation_identifier,
        stream=stream,
        use_mcp=use_mcp,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_identifier: str,
    *,
    client: AuthenticatedClient,
    body: CreateAgentInvokeBody,
    invocation_identifier: str | Unset = UNSET,
    stream: bool | Unset = UNSET,
    use_mcp: bool | Unset = UNSET,
) -> CreateAgentInvokeErrorSchema | InvocationResponse | None:
    """Invoke a specific agent

     Port API reference: https://docs.port.io/api-reference/invoke-a-specific-agent

    Args:
        agent_identifier (str):
        invocation_identifier (str | Unset):
        stream (bool | Unset):
        use_mcp (bool | Unset):
        body (CreateAgentInvokeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAgentInvokeErrorSchema | InvocationResponse
    """

    return sync_detailed(
        agent_identifier=agent_identifier,
        client=client,
        body=body,
        invocation_identifier=invocation_identifier,
        stream=stream,
        use_mcp=use_mcp,
    ).parsed


async def asyncio_detailed(
    agent_identifier: str,
    *,
    client: AuthenticatedClient,
    body: CreateAgentInvokeBody,
    invocation_identifier: str | Unset = UNSET,
    stream: bool | Unset = UNSET,
    use_mcp: bool | Unset = UNSET,
) -> Response[CreateAgentInvokeErrorSchema | InvocationResponse]:
    """Invoke a specific agent

     Port API reference: https://docs.port.io/api-reference/invoke-a-specific-agent

    Args:
        agent_identifier (str):
        invocation_identifier (str | Unset):
        stream (bool | Unset):
        use_mcp (bool | Unset):
        body (CreateAgentInvokeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAgentInvokeErrorSchema | InvocationResponse]
    """

    kwargs = _get_kwargs(
        agent_identifier=agent_identifier,
        body=body,
        invocation_identifier=invocation_identifier,
        stream=stream,
        use_mcp=use_mcp,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_identifier: str,
    *,
    client: AuthenticatedClient,
    body: CreateAgentInvokeBody,
    invocation_identifier: str | Unset = UNSET,
    stream: bool | Unset = UNSET,
    use_mcp: bool | Unset = UNSET,
) -> CreateAgentInvokeErrorSchema | InvocationResponse | None:
    """Invoke a specific agent

     Port API reference: https://docs.port.io/api-reference/invoke-a-specific-agent

    Args:
        agent_identifier (str):
        invocation_identifier (str | Unset):
        stream (bool | Unset):
        use_mcp (bool | Unset):
        body (CreateAgentInvokeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAgentInvokeErrorSchema | InvocationResponse
    """

    return (
        await asyncio_detailed(
            agent_identifier=agent_identifier,
            client=client,
            body=body,
            invocation_identifier=invocation_identifier,
            stream=stream,
            use_mcp=use_mcp,
        )
    ).parsed
