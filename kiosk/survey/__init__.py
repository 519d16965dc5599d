"""The anonymous visitor survey: its questions as data and the service that stores answers."""
