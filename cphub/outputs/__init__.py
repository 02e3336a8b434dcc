"""The writers, one module per format: feeds, calendars, the library's
index, e-mail editions, the offline zip and ZIM, the browser editor's
configuration. Imports site/, content/ and the base."""
