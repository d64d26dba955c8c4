"""The index on disk: SQLite metadata (`store`, the source of truth) and the immutable
generations that a build publishes atomically (`generations`)."""
