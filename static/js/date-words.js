// The event form's "Date in words": Resolve fills in the date fields in place.
// Without this script the button submits the form, which comes back filled in.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  // The messages in the admin's language (its JavaScript catalogue), else as written here.
  const gettext = window.gettext || ((message) => message);
  const words = document.getElementById("id_date_words");
  if (!words) {
    return;
  }
  const button = words.parentElement.querySelector("button[name=_resolve_date]");
  const status = document.getElementById("id_date_words_status");
  const field = (name) => document.getElementById(`id_${name}`);

  const fillDate = (name, parts) => {
    ["year", "month", "day"].forEach((part, index) => {
      const value = parts ? parts[part] : undefined;
      field(`${name}_${index}`).value = value === undefined ? "" : String(value);
    });
  };

  button.addEventListener("click", async (event) => {
    if (!words.value.trim()) {
      return; // Nothing to read: the button only submits, as pressing Enter does.
    }
    event.preventDefault();
    const query = new URLSearchParams({
      date_words: words.value,
      date_reference: field("date_reference").value,
      event: words.dataset.event,
    });
    status.textContent = gettext("Reading the date…");
    try {
      const response = await fetch(`${words.dataset.resolveUrl}?${query}`, {
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      });
      const answer = await response.json();
      if (answer.errors) {
        status.textContent = answer.errors.join(" ");
        return;
      }
      fillDate("start_date", answer.start_date);
      fillDate("end_date", answer.end_date);
      field("date_qualifier").value = answer.date_qualifier;
      field("date_note").value = answer.date_note;
      status.textContent = answer.message;
    } catch {
      status.textContent = gettext("The date could not be read just now: choose Resolve again.");
    }
  });
});
