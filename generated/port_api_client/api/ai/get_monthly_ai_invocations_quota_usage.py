from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_agent_invoke_error_schema import CreateAgentInvokeErrorSchema
from ...models.monthly_quota_usage_response import MonthlyQuotaUsageResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/quota/ai-invocations",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateAgentInvokeErrorSchema | MonthlyQuotaUsageResponse | None:
    if response.status_code == 200:
        response_200 = MonthlyQuotaUsageResponse.from_dict(response.json())

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
) -> Response[CreateAgentInvokeErrorSchema | MonthlyQuotaUsageResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[CreateAgentInvokeErrorSchema | MonthlyQuotaUsageResponse]:
    """Get monthly AI invocations quota usage

     Port API reference: https://docs.port.io/api-reference/get-monthly-ai-invocations-quota-usage

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAgentInvokeErrorSchema | MonthlyQuotaUsageResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> CreateAgentInvokeErrorSchema | MonthlyQuotaUsageResponse | None:
    """Get monthly AI invocations quota usage

     Port API reference: https://docs.port.io/api-reference/get-monthly-ai-invocations-quota-usage

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAgentInvokeErrorSchema | MonthlyQuotaUsageResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[CreateAgentInvokeErrorSchema | MonthlyQuotaUsageResponse]:
    """Get monthly AI invocations quota usage

     Port API reference: https://docs.port.io/api-reference/get-monthly-ai-invocations-quota-usage

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAgentInvokeErrorSchema | MonthlyQuotaUsageResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> CreateAgentInvokeErrorSchema | MonthlyQuotaUsageResponse | None:
    """Get monthly AI invocations quota usage

     Port API reference: https://docs.port.io/api-reference/get-monthly-ai-invocations-quota-usage

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAgentInvokeErrorSchema | MonthlyQuotaUsageResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
