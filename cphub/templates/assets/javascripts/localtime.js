/*
 * The reader's own time beside each upcoming webinar's start.
 *
 * The page gives the start in the webinar's zone and in UTC; this adds
 * "that is 23:30 where you are" from the browser's zone. It needs nothing
 * but Intl (so it works from file:// and in Kiwix); without it, or without
 * JavaScript, the page says what it said. Each <time data-zone> element
 * names the webinar's zone; the sentence comes from the page, in its language.
 */
(function () {
  "use strict";
  var times = document.querySelectorAll("time[data-zone]");
  if (!times.length || !window.Intl || !Intl.DateTimeFormat) return;
  var readerZone;
  try { readerZone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { return; }
  var language = document.documentElement.lang || undefined;

  function format(date, options) {
    try { return new Intl.DateTimeFormat(language, options).format(date); } catch (e) { return ""; }
  }

  Array.prototype.forEach.call(times, function (node) {
    var start = new Date(node.dateTime);
    var sentence = node.getAttribute("data-local");
    if (isNaN(start.getTime()) || !sentence || node.getAttribute("data-zone") === readerZone) return;
    var time = format(start, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    var day = format(start, { day: "numeric", month: "long" });
    var sameDay = format(start, { day: "numeric", month: "long", timeZone: node.getAttribute("data-zone") }) === day;
    var shown = document.createElement("span");
    shown.className = "hub-local-time";
    shown.textContent = " · " + sentence.replace("{time}", sameDay ? time : time + " (" + day + ")");
    node.parentNode.appendChild(shown);  // after the zone and UTC the page gives
  });
})();
