"""Belastinghulp planning: seasons, helpers, slots and bookings (``docs/belastinghulp.md``)."""
