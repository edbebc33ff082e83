// The time axis, enhanced: drag, arrow keys, the wheel, pinch and +/− move and zoom it,
// the address follows (history.replaceState), and a tooltip names the mark under the
// pointer or the focus. Without this file the axis is the same drawing with links to
// move and zoom; every change here asks the server for the same address those links use.
(function () {
  "use strict";

  var DAY = 86400000;
  var FIRST = Date.parse("0001-01-01T00:00:00Z");
  var LAST = Date.parse("9999-12-31T00:00:00Z");
  var DRAG_THRESHOLD = 5; // pixels: less is a click on a mark
  var WHEEL_DELAY = 250; // milliseconds of quiet before the zoom is asked for

  function day(iso) {
    return Date.parse(iso + "T00:00:00Z");
  }

  function iso(ms) {
    return new Date(Math.min(Math.max(ms, FIRST), LAST)).toISOString().slice(0, 10);
  }

  function windowOf(figure) {
    var start = day(figure.dataset.from);
    var end = day(figure.dataset.to);
    return { start: start, days: Math.round((end - start) / DAY) + 1 };
  }

  // The date under a point of the drawing, as a fraction of the window (0 to 1).
  function fractionAt(figure, clientX) {
    var svg = figure.querySelector("svg");
    var box = svg.getBoundingClientRect();
    var width = svg.viewBox.baseVal.width;
    var left = Number(figure.dataset.plotLeft);
    var right = Number(figure.dataset.plotRight);
    var x = ((clientX - box.left) * width) / box.width;
    return Math.min(Math.max((x - left) / (right - left), 0), 1);
  }

  function plotPixels(figure) {
    var svg = figure.querySelector("svg");
    var scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    return (Number(figure.dataset.plotRight) - Number(figure.dataset.plotLeft)) * scale;
  }

  // Zoom by ``factor`` (2: twice as close) keeping the date at ``anchor`` (0 to 1) in place.
  function zoomed(figure, factor, anchor) {
    var current = windowOf(figure);
    var days = Math.max(Math.round(current.days / factor), 7);
    var pivot = current.start + anchor * current.days * DAY;
    var start = pivot - anchor * days * DAY;
    return { start: start, end: start + (days - 1) * DAY };
  }

  function moved(figure, shiftDays) {
    var current = windowOf(figure);
    var start = current.start + Math.round(shiftDays) * DAY;
    return { start: start, end: start + (current.days - 1) * DAY };
  }

  function addressFor(range) {
    var url = new URL(window.location.href);
    url.searchParams.set("from", iso(range.start));
    url.searchParams.set("to", iso(range.end));
    url.searchParams.delete("page");
    return url.toString();
  }

  function enhance(figure) {
    var help = figure.querySelector(".axis__help");
    if (help) {
      help.hidden = false;
    }
    var loading = null;

    // Ask for the axis at ``range`` and put it in place of this one, keeping the focus
    // on the same event (or on the first mark) when the focus was in the axis.
    function show(range) {
      var address = addressFor(range);
      var focused = document.activeElement;
      var hadFocus = figure.contains(focused);
      var focusedHref = hadFocus && focused.getAttribute("href");
      if (loading) {
        loading.abort();
      }
      loading = new AbortController();
      figure.classList.add("axis--loading");
      fetch(address, { signal: loading.signal, headers: { Accept: "text/html" } })
        .then(function (response) {
          if (!response.ok) {
            window.location.assign(address); // the page says what is wrong
            return null;
          }
          return response.text();
        })
        .then(function (html) {
          if (html === null) {
            return;
          }
          var fresh = new DOMParser().parseFromString(html, "text/html").querySelector("[data-axis]");
          if (!fresh) {
            window.location.assign(address);
            return;
          }
          figure.replaceWith(fresh);
          window.history.replaceState(null, "", address);
          enhance(fresh);
          if (hadFocus) {
            var same = focusedHref && fresh.querySelector('a[href="' + CSS.escape(focusedHref) + '"]');
            var target = same || fresh.querySelector(".axis__mark, .axis__cluster") || fresh.querySelector("a");
            if (target) {
              target.focus();
            }
          }
        })
        .catch(function (error) {
          if (error.name !== "AbortError") {
            window.location.assign(address);
          }
        });
    }

    figure.addEventListener("keydown", function (event) {
      if (event.altKey || event.ctrlKey || event.metaKey) {
        return;
      }
      var quarter = windowOf(figure).days / 4;
      var range = null;
      if (event.key === "ArrowLeft") {
        range = moved(figure, -quarter);
      } else if (event.key === "ArrowRight") {
        range = moved(figure, quarter);
      } else if (event.key === "+" || event.key === "=") {
        range = zoomed(figure, 2, 0.5);
      } else if (event.key === "-" || event.key === "\u2212" || event.key === "_") {
        range = zoomed(figure, 0.5, 0.5);
      } else if (event.key === "Escape") {
        hideTooltip();
      }
      if (range) {
        event.preventDefault();
        show(range);
      }
    });

    var wheelFactor = 1;
    var wheelAnchor = 0.5;
    var wheelTimer = null;
    var svg = figure.querySelector("svg");
    svg.addEventListener(
      "wheel",
      function (event) {
        if (event.deltaY === 0) {
          return;
        }
        event.preventDefault();
        wheelFactor *= event.deltaY < 0 ? 1.25 : 0.8;
        wheelAnchor = fractionAt(figure, event.clientX);
        window.clearTimeout(wheelTimer);
        wheelTimer = window.setTimeout(function () {
          var factor = wheelFactor;
          wheelFactor = 1;
          show(zoomed(figure, factor, wheelAnchor));
        }, WHEEL_DELAY);
      },
      { passive: false }
    );

    // Drag with a mouse or pen to move; pinch with two fingers to zoom. One finger
    // scrolls the frame as the browser does.
    var pointers = {};
    var drag = null;
    var suppressClick = false;
    svg.addEventListener("pointerdown", function (event) {
      pointers[event.pointerId] = event.clientX;
      var ids = Object.keys(pointers);
      if (ids.length === 2) {
        drag = {
          pinch: Math.abs(pointers[ids[0]] - pointers[ids[1]]) || 1,
          anchor: fractionAt(figure, (pointers[ids[0]] + pointers[ids[1]]) / 2),
        };
      } else if (event.pointerType !== "touch") {
        drag = { x: event.clientX, dx: 0 };
      }
    });
    svg.addEventListener("pointermove", function (event) {
      if (!(event.pointerId in pointers)) {
        return;
      }
      pointers[event.pointerId] = event.clientX;
      if (drag && drag.x !== undefined) {
        drag.dx = event.clientX - drag.x;
        if (Math.abs(drag.dx) > DRAG_THRESHOLD) {
          if (!svg.hasPointerCapture(event.pointerId)) {
            svg.setPointerCapture(event.pointerId);
          }
          figure.querySelector(".axis__frame").classList.add("axis__frame--dragging");
          svg.style.transform = "translateX(" + drag.dx + "px)";
        }
      }
    });
    function release(event) {
      var ids = Object.keys(pointers);
      if (drag && drag.pinch && ids.length === 2) {
        var spread = Math.abs(pointers[ids[0]] - pointers[ids[1]]) || 1;
        var factor = spread / drag.pinch;
        if (Math.abs(factor - 1) > 0.1) {
          show(zoomed(figure, factor, drag.anchor));
        }
        drag = null;
      } else if (drag && drag.x !== undefined && Math.abs(drag.dx) > DRAG_THRESHOLD) {
        suppressClick = true;
        var days = (-drag.dx / plotPixels(figure)) * windowOf(figure).days;
        show(moved(figure, days));
        drag = null;
      } else if (drag && drag.x !== undefined) {
        drag = null;
      }
      delete pointers[event.pointerId];
    }
    svg.addEventListener("pointerup", release);
    svg.addEventListener("pointercancel", function (event) {
      delete pointers[event.pointerId];
      drag = null;
      svg.style.transform = "";
    });
    svg.addEventListener(
      "click",
      function (event) {
        if (suppressClick) {
          event.preventDefault();
          suppressClick = false;
        }
      },
      true
    );

    // The tooltip: the mark's title and readable date, for the pointer and the focus.
    var tooltip = figure.querySelector(".axis__tooltip");
    var frame = figure.querySelector(".axis__frame");
    function showTooltip(mark) {
      var title = mark.dataset.title;
      tooltip.textContent = "";
      var strong = document.createElement("strong");
      strong.textContent = title || mark.getAttribute("aria-label");
      tooltip.appendChild(strong);
      if (mark.dataset.date) {
        tooltip.appendChild(document.createTextNode(mark.dataset.date));
      }
      tooltip.hidden = false;
      var box = mark.getBoundingClientRect();
      var outer = frame.getBoundingClientRect();
      var left = box.left - outer.left + frame.scrollLeft;
      var maxLeft = frame.scrollLeft + frame.clientWidth - tooltip.offsetWidth - 4;
      tooltip.style.left = Math.max(Math.min(left, maxLeft), frame.scrollLeft + 4) + "px";
      tooltip.style.top = box.bottom - outer.top + 6 + "px";
    }
    function hideTooltip() {
      tooltip.hidden = true;
    }
    function markOf(event) {
      return event.target.closest && event.target.closest(".axis__mark, .axis__cluster");
    }
    frame.addEventListener("mouseover", function (event) {
      var mark = markOf(event);
      if (mark) {
        showTooltip(mark);
      }
    });
    frame.addEventListener("mouseout", function (event) {
      if (markOf(event)) {
        hideTooltip();
      }
    });
    frame.addEventListener("focusin", function (event) {
      var mark = markOf(event);
      if (mark) {
        showTooltip(mark);
      }
    });
    frame.addEventListener("focusout", hideTooltip);
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-axis]"), enhance);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
