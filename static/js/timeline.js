// Progressive enhancement for the timeline's filter form. Without this file the
// form still works: it is a plain GET form with an "Apply filters" button.
(function () {
  "use strict";

  var FOCUS_KEY = "timeline:refocus";

  function dropEmptyFields(form) {
    // Keep shared addresses short: "?person=x" rather than "?q=&date_from=&person=x".
    Array.prototype.forEach.call(form.elements, function (field) {
      if ((field.type === "search" || field.type === "date") && !field.value) {
        field.disabled = true;
      }
    });
  }

  function enhance(form) {
    form.addEventListener("submit", function () {
      dropEmptyFields(form);
    });
    var pendingDate = null;
    form.addEventListener("change", function (event) {
      var field = event.target;
      if (field.type === "date") {
        // Typing a date changes it digit by digit: apply it when the field is left.
        pendingDate = field;
        return;
      }
      try {
        sessionStorage.setItem(FOCUS_KEY, field.id);
      } catch (error) {
        // Private browsing may refuse storage; focus then starts at the top.
      }
      form.requestSubmit();
    });
    form.addEventListener("focusout", function (event) {
      if (pendingDate && event.target === pendingDate) {
        pendingDate = null;
        form.requestSubmit();
      }
    });
  }

  function restoreFocus() {
    // After a filter is applied the page reloads; keyboard users carry on where they were.
    var id;
    try {
      id = sessionStorage.getItem(FOCUS_KEY);
      sessionStorage.removeItem(FOCUS_KEY);
    } catch (error) {
      return;
    }
    var field = id && document.getElementById(id);
    if (field) {
      field.focus();
    }
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
    restoreFocus();
    openDetailsForPrint();
  });

  // Coming back with the back button may show this page from the cache with the
  // empty fields still disabled by dropEmptyFields().
  window.addEventListener("pageshow", function () {
    document.querySelectorAll("form[data-auto-submit] :disabled").forEach(function (field) {
      if (field.type === "search" || field.type === "date") {
        field.disabled = false;
      }
    });
  });
})();
