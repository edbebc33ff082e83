"""The timeline for other tools: spreadsheets, calendars, TimelineJS, feeds, search engines."""
