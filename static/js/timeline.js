// Progressive enhancement for the timeline's filter form. Without this file the
// form still works: it is a plain GET form with an "Apply filters" button.
(function () {
  "use strict";

  var FOCUS_KEY = "timeline:refocus";

  var COMPLETE_DATE = /^\s*(\d{4}(-\d{2}(-\d{2})?)?)?\s*$/;

  function dropEmptyFields(form) {
    // Keep shared addresses short: "?person=x" rather than "?q=&date_from=&person=x".
    // A checked radio button with no value is the default (dates overlapping the range).
    Array.prototype.forEach.call(form.elements, function (field) {
      if (field.name && field.value === "" && field.type !== "checkbox") {
        field.disabled = true;
      }
    });
  }

  function rememberFocus(field) {
    try {
      sessionStorage.setItem(FOCUS_KEY, field.id);
    } catch (error) {
      // Private browsing may refuse storage; focus then starts at the top.
    }
  }

  function enhance(form) {
    var range = form.querySelector("#date-range");
    var dates = range ? range.querySelectorAll("input[type=text]") : [];
    var changedDate = null;

    function datesComplete() {
      return Array.prototype.every.call(dates, function (field) {
        return COMPLETE_DATE.test(field.value);
      });
    }

    form.addEventListener("change", function (event) {
      var field = event.target;
      if (range && range.contains(field) && field.type === "text") {
        // Never while the visitor is in a date field: typing one and moving on to
        // the other must not reload the page under them.
        changedDate = field;
        return;
      }
      rememberFocus(field);
      form.requestSubmit();
    });
    if (range) {
      range.addEventListener("focusout", function (event) {
        // Applied once focus leaves both date fields, and only when each is empty or a
        // whole date: anything else waits for "Apply dates", which shows what is wrong.
        if (!changedDate || range.contains(event.relatedTarget) || !datesComplete()) {
          return;
        }
        rememberFocus(changedDate);
        changedDate = null;
        form.requestSubmit();
      });
    }
    form.addEventListener("submit", function (event) {
      // A button, or Enter in a field: the date typed last gets focus back, else the
      // field Enter was pressed in (the search).
      var active = document.activeElement;
      if (changedDate && event.submitter) {
        rememberFocus(changedDate);
      } else if (event.submitter && form.contains(active) && active.id && active.type !== "submit") {
        rememberFocus(active);
      }
      dropEmptyFields(form);
    });
  }

  function restoreFocus() {
    // After a filter is applied the page reloads; keyboard users carry on where they were,
    // with the filter group they were in open.
    var id;
    try {
      id = sessionStorage.getItem(FOCUS_KEY);
      sessionStorage.removeItem(FOCUS_KEY);
    } catch (error) {
      return;
    }
    var field = id && document.getElementById(id);
    if (!field) {
      return;
    }
    for (var parent = field.parentElement; parent; parent = parent.parentElement) {
      if (parent.tagName === "DETAILS") {
        parent.open = true;
      }
    }
    field.focus();
  }

  function openDetailsForPrint() {
    var closed = [];
    window.addEventListener("beforeprint", function () {
      document.querySelectorAll("details:not([open])").forEach(function (details) {
        details.open = true;
        closed.push(details);
      });
    });
    window.addEventListener("afterprint", function () {
      closed.forEach(function (details) {
        details.open = false;
      });
      closed = [];
    });
  }

  function collapseFiltersOnPhones() {
    // On a phone the open filter panel would push the events a long way down.
    if (window.matchMedia("(max-width: 59.99rem)").matches) {
      document.querySelectorAll("details[data-collapse-on-phone]").forEach(function (details) {
        details.open = false;
      });
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    collapseFiltersOnPhones();
    document.querySelectorAll("form[data-auto-submit]").forEach(enhance);
    restoreFocus(); // reopens the panel it collapsed when a filter was just applied
    openDetailsForPrint();
  });

  // Coming back with the back button may show this page from the cache with the
  // empty fields still disabled by dropEmptyFields().
  window.addEventListener("pageshow", function () {
    document.querySelectorAll("form[data-auto-submit] :disabled").forEach(function (field) {
      if (field.name && field.value === "" && field.type !== "checkbox") {
        field.disabled = false;
      }
    });
  });
})();
