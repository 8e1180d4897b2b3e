"""Validates an iCalendar document read from stdin with Python's `icalendar` (an independent parser).

Exits non-zero with a message when the document does not parse or lacks what calendar clients need.
"""
import sys

from icalendar import Calendar

calendar = Calendar.from_ical(sys.stdin.read())
events = [c for c in calendar.walk() if c.name == "VEVENT"]
zones = {str(c.get("TZID")) for c in calendar.walk() if c.name == "VTIMEZONE"}
assert events, "no VEVENT"
for event in events:
    for prop in ("UID", "DTSTART", "DTEND", "DTSTAMP", "SUMMARY"):
        assert event.get(prop) is not None, f"VEVENT without {prop}"
    tzid = event.get("DTSTART").params.get("TZID")
    assert tzid is None or tzid in zones, f"DTSTART TZID {tzid} has no VTIMEZONE"
print(f"ok: {len(events)} events, zones {sorted(zones)}")
