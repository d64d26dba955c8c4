"""A Bot API emulator: the real PTB Application talks HTTP to this, on 127.0.0.1.

It speaks the subset the bot uses, the way Telegram does (checked against PTB 22.8):
every call is `POST {base}{token}/{method}`, bodies are form-encoded or multipart with
non-string values JSON-encoded; success is `{"ok": true, "result": …}`; errors use real
HTTP status codes with `error_code`, `description` and `parameters.retry_after`.
`getUpdates` honours `offset` and `timeout` (long polling). Tests drive it with
`push_update`, wait with `wait_for`, and inject faults with `fail_next` / `drop_next`.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from collections import defaultdict
from typing import Any

from aiohttp import web

BOT = {"id": 4242, "is_bot": True, "first_name": "whosaid", "username": "whosaid_bot",
       "can_join_groups": True, "can_read_all_group_messages": False,
       "supports_inline_queries": True}
JSON_FIELDS = {"reply_markup", "commands", "results", "allowed_updates", "entities",
               "link_preview_options", "reply_parameters", "button", "scope"}
INT_FIELDS = {"chat_id", "offset", "timeout", "limit", "message_id", "cache_time",
              "reply_to_message_id"}


class BotAPI:
    def __init__(self, token: str = "123456:TEST-token") -> None:
        self.token = token
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.updates: list[dict[str, Any]] = []
        self.chat_types: dict[int, str] = {}
        self.files: dict[str, bytes] = {}
        self.failures: dict[str, list[tuple[int, dict[str, Any] | None]]] = defaultdict(list)
        self.drops: dict[str, int] = defaultdict(int)
        self.blocked: set[int] = set()  # chats whose user blocked the bot: sendMessage → 403
        self._ids = itertools.count(1)
        self._msg_ids = itertools.count(1000)
        self._cond: asyncio.Condition | None = None
        self._runner: web.AppRunner | None = None
        self.port = 0

    # --- lifecycle ---------------------------------------------------------------------

    async def start(self) -> None:
        self._cond = asyncio.Condition()
        app = web.Application(client_max_size=50 * 1024 * 1024)
        app.router.add_post("/bot{token}/{method}", self._handle)
        app.router.add_get("/file/bot{token}/{path:.*}", self._file)
        self._runner = web.AppRunner(app, handle_signals=False, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        if self._cond is not None:
            async with self._cond:
                self._cond.notify_all()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    # --- test controls -----------------------------------------------------------------

    async def push_update(self, update: dict[str, Any]) -> int:
        assert self._cond is not None
        update_id = next(self._ids)
        update["update_id"] = update_id
        async with self._cond:
            self.updates.append(update)
            self._cond.notify_all()
        return update_id

    def fail_next(self, method: str, status: int, body: dict[str, Any] | None = None,
                  times: int = 1) -> None:
        for _ in range(times):
            self.failures[method].append((status, body))

    def drop_next(self, method: str, times: int = 1) -> None:
        """Close the connection instead of answering (a dropped line)."""
        self.drops[method] += times

    def sent(self, method: str) -> list[dict[str, Any]]:
        return [p for m, p in self.calls if m == method]

    async def wait_for(self, method: str, n: int = 1, timeout: float = 30.0,
                       ) -> list[dict[str, Any]]:
        deadline = time.monotonic() + timeout
        while True:
            got = self.sent(method)
            if len(got) >= n:
                return got
            if time.monotonic() > deadline:
                raise AssertionError(f"waited {timeout}s for {n} × {method}; got {len(got)}: "
                                     f"{[m for m, _ in self.calls][-20:]}")
            await asyncio.sleep(0.02)

    # --- update builders ---------------------------------------------------------------

    def user(self, user_id: int) -> dict[str, Any]:
        return {"id": user_id, "is_bot": False, "first_name": f"User{user_id}"}

    def chat(self, chat_id: int, kind: str = "private") -> dict[str, Any]:
        self.chat_types[chat_id] = kind
        chat: dict[str, Any] = {"id": chat_id, "type": kind}
        if kind != "private":
            chat["title"] = f"Group {chat_id}"
        return chat

    def message(self, chat_id: int, text: str | None = None, user_id: int | None = None,
                kind: str = "private", reply_to: dict[str, Any] | None = None,
                **extra: Any) -> dict[str, Any]:
        msg: dict[str, Any] = {"message_id": next(self._msg_ids), "date": int(time.time()),
                               "chat": self.chat(chat_id, kind),
                               "from": self.user(user_id or chat_id)}
        if text is not None:
            msg["text"] = text
            entities = []
            if text.startswith("/"):
                entities.append({"type": "bot_command", "offset": 0,
                                 "length": len(text.split()[0])})
            at = text.find("@" + BOT["username"])
            if at >= 0 and not text.startswith("/"):
                entities.append({"type": "mention", "offset": at,
                                 "length": len(BOT["username"]) + 1})
            if entities:
                msg["entities"] = entities
        if reply_to is not None:
            msg["reply_to_message"] = reply_to
        msg.update(extra)
        return msg

    async def text(self, chat_id: int, text: str, **kw: Any) -> dict[str, Any]:
        msg = self.message(chat_id, text, **kw)
        await self.push_update({"message": msg})
        return msg

    async def callback(self, chat_id: int, message: dict[str, Any], data: str,
                       user_id: int | None = None) -> str:
        query_id = f"cb{next(self._ids)}"
        await self.push_update({"callback_query": {
            "id": query_id, "from": self.user(user_id or chat_id), "chat_instance": "ci-1",
            "data": data, "message": message}})
        return query_id

    async def inline(self, user_id: int, query: str) -> str:
        query_id = f"iq{next(self._ids)}"
        await self.push_update({"inline_query": {"id": query_id, "from": self.user(user_id),
                                                 "query": query, "offset": ""}})
        return query_id

    async def document(self, chat_id: int, name: str, data: bytes, user_id: int | None = None,
                       ) -> None:
        file_id = f"file{next(self._ids)}"
        self.files[file_id] = data
        msg = self.message(chat_id, None, user_id, document={
            "file_id": file_id, "file_unique_id": file_id + "u", "file_name": name,
            "file_size": len(data), "mime_type": "text/plain"})
        await self.push_update({"message": msg})

    # --- the API ---------------------------------------------------------------------

    async def _params(self, request: web.Request) -> dict[str, Any]:
        form = await request.post()
        params: dict[str, Any] = {}
        for key, value in form.items():
            if not isinstance(value, str):  # a file part
                params[key] = value.file.read()
                continue
            if key in JSON_FIELDS or value in ("true", "false"):
                params[key] = json.loads(value)
            elif key in INT_FIELDS and value.lstrip("-").isdigit():
                params[key] = int(value)
            else:
                params[key] = value
        return params

    def _ok(self, result: Any) -> web.Response:
        return web.json_response({"ok": True, "result": result})

    def _bot_message(self, params: dict[str, Any], message_id: int | None = None,
                     ) -> dict[str, Any]:
        chat_id = int(params["chat_id"])
        msg: dict[str, Any] = {"message_id": message_id or next(self._msg_ids),
                               "date": int(time.time()),
                               "chat": {"id": chat_id,
                                        "type": self.chat_types.get(chat_id, "private")},
                               "from": BOT, "text": params.get("text", "")}
        if params.get("reply_markup"):
            msg["reply_markup"] = params["reply_markup"]
        return msg

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        method = request.match_info["method"]
        if request.match_info["token"] != self.token:
            return web.json_response({"ok": False, "error_code": 401,
                                      "description": "Unauthorized"}, status=401)
        params = await self._params(request)
        if self.drops[method]:
            self.drops[method] -= 1
            self.calls.append((f"{method}:dropped", params))
            assert request.transport is not None
            request.transport.close()
            return web.Response(status=500)
        if self.failures[method]:
            status, body = self.failures[method].pop(0)
            self.calls.append((f"{method}:failed", params))
            body = body or {"ok": False, "error_code": status,
                            "description": "Internal Server Error"}
            return web.json_response(body, status=status)
        if method == "sendMessage" and int(params.get("chat_id", 0)) in self.blocked:
            self.calls.append((f"{method}:blocked", params))
            return web.json_response({"ok": False, "error_code": 403, "description":
                                      "Forbidden: bot was blocked by the user"}, status=403)
        if method != "getUpdates":
            self.calls.append((method, params))
        if method == "getMe":
            return self._ok(BOT)
        if method == "getUpdates":
            return await self._get_updates(params)
        if method in ("sendMessage",):
            return self._ok(self._bot_message(params))
        if method == "editMessageText":
            return self._ok(self._bot_message(params, int(params.get("message_id", 0))))
        if method == "getFile":
            file_id = params["file_id"]
            if file_id not in self.files:
                return web.json_response({"ok": False, "error_code": 400,
                                          "description": "Bad Request: invalid file_id"},
                                         status=400)
            return self._ok({"file_id": file_id, "file_unique_id": file_id + "u",
                             "file_size": len(self.files[file_id]),
                             "file_path": f"documents/{file_id}"})
        # deleteWebhook, setMyCommands, sendChatAction, answerCallbackQuery, answerInlineQuery …
        return self._ok(True)

    async def _get_updates(self, params: dict[str, Any]) -> web.Response:
        assert self._cond is not None
        offset = int(params.get("offset", 0) or 0)
        timeout = float(params.get("timeout", 0) or 0)
        self.calls.append(("getUpdates", params))
        async with self._cond:
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
            if not self.updates and timeout > 0:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._cond.wait(), timeout)
            ready = [u for u in self.updates if u["update_id"] >= offset]
        return self._ok(ready[:100])

    async def _file(self, request: web.Request) -> web.StreamResponse:
        file_id = request.match_info["path"].rsplit("/", 1)[-1]
        data = self.files.get(file_id)
        if data is None:
            return web.Response(status=404)
        return web.Response(body=data)
