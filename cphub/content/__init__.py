"""Files → validated entries → the hub: the content model (declared once),
strict reading, every problem of every file at once, and the published
entries with the terms that group them. Imports nothing above it."""
