// Reads each .ics file named on the command line with ical.js (Mozilla's
// iCalendar parser, the one Thunderbird's calendar uses) and prints, as JSON,
// every event as ical.js understands it: the test compares this with what
// Python's icalendar and ics read from the same file.
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

function time(value) {
  // The zone's name as written, and the instant in UTC: ical.js works the
  // instant out from the calendar's own VTIMEZONE, registered below.
  return { local: value.toString(), zone: value.zone ? value.zone.tzid : null, utc: value.toJSDate().toISOString() };
}

function readCalendar(path) {
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(path, "utf8")));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(zone);
  }
  return calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      start: time(event.startDate),
      end: time(event.endDate),
      url: component.getFirstPropertyValue("url"),
      categories: component.getAllProperties("categories").flatMap((property) => property.getValues()),
    };
  });
}

const calendars = {};
for (const path of process.argv.slice(2)) {
  calendars[path] = readCalendar(path);
  ICAL.TimezoneService.reset();
}
process.stdout.write(JSON.stringify(calendars));
