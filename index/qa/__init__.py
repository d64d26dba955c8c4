"""Questions to answers: intent, routing, speaker answers, answer composition and plain
rendering (text, JSON), chat follow-ups. Reaches the index only through the engine."""
