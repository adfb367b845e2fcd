from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_agent_invoke_error_schema import CreateAgentInvokeErrorSchema
from ...models.create_ai_entities_auto_discovery_review_body import (
    CreateAiEntitiesAutoDiscoveryReviewBody,
)
from ...models.create_ai_entities_auto_discovery_review_response import (
    CreateAiEntitiesAutoDiscoveryReviewResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    invocation_id: str,
    *,
    body: CreateAiEntitiesAutoDiscoveryReviewBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/ai/entities-auto-discovery/{invocation_id}/review".format(
            invocation_id=quote(str(invocation_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateAgentInvokeErrorSchema | CreateAiEntitiesAutoDiscoveryReviewResponse | None:
    if response.status_code == 200:
        response_200 = CreateAiEntitiesAutoDiscoveryReviewResponse.from_dict(response.json())

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
) -> Response[CreateAgentInvokeErrorSchema | CreateAiEntitiesAutoDiscoveryReviewResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    invocation_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateAiEntitiesAutoDiscoveryReviewBody | Unset = UNSET,
) -> Response[CreateAgentInvokeErrorSchema | CreateAiEntitiesAutoDiscoveryReviewResponse]:
    """Review auto-discovery invocation suggestions

     Port API reference: https://docs.port.io/api-reference/review-auto-discovery-invocation-suggestions

    Args:
        invocation_id (str):
        body (CreateAiEntitiesAutoDiscoveryReviewBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAgentInvokeErrorSchema | CreateAiEntitiesAutoDiscoveryReviewResponse]
    """

    kwargs = _get_kwargs(
        invocation_id=invocation_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    invocation_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateAiEntitiesAutoDiscoveryReviewBody | Unset = UNSET,
) -> CreateAgentInvokeErrorSchema | CreateAiEntitiesAutoDiscoveryReviewResponse | None:
    """Review auto-discovery invocation suggestions

     Port API reference: https://docs.port.io/api-reference/review-auto-discovery-invocation-suggestions

    Args:
        invocation_id (str):
        body (CreateAiEntitiesAutoDiscoveryReviewBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAgentInvokeErrorSchema | CreateAiEntitiesAutoDiscoveryReviewResponse
    """

    return sync_detailed(
        invocation_id=invocation_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    invocation_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateAiEntitiesAutoDiscoveryReviewBody | Unset = UNSET,
) -> Response[CreateAgentInvokeErrorSchema | CreateAiEntitiesAutoDiscoveryReviewResponse]:
    """Review auto-discovery invocation suggestions

     Port API reference: https://docs.port.io/api-reference/review-auto-discovery-invocation-suggestions

    Args:
        invocation_id (str):
        body (CreateAiEntitiesAutoDiscoveryReviewBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAgentInvokeErrorSchema | CreateAiEntitiesAutoDiscoveryReviewResponse]
    """

    kwargs = _get_kwargs(
        invocation_id=invocation_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invocation_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateAiEntitiesAutoDiscoveryReviewBody | Unset = UNSET,
) -> CreateAgentInvokeErrorSchema | CreateAiEntitiesAutoDiscoveryReviewResponse | None:
    """Review auto-discovery invocation suggestions

     Port API reference: https://docs.port.io/api-reference/review-auto-discovery-invocation-suggestions

    Args:
        invocation_id (str):
        body (CreateAiEntitiesAutoDiscoveryReviewBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAgentInvokeErrorSchema | CreateAiEntitiesAutoDiscoveryReviewResponse
    """

    return (
        await asyncio_detailed(
            invocation_id=invocation_id,
            client=client,
            body=body,
        )
    ).parsed
