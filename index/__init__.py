"""whosaid's engine: articles → sentences → passages → vectors → cited answers.

Knows nothing of Telegram. Entry points: `index.engine.Engine` (ask questions),
`index.build` (make or update an index), `python -m index` (the CLI).
"""
