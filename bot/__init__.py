"""whosaid's Telegram front: handlers, rendering, rate limits. The only package that
imports python-telegram-bot; it reaches the engine only through `Engine.ask` & co.
"""
