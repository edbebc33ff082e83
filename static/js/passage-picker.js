// "Add an event from this source": select the passage in the source's text, with the
// mouse or with the keyboard (Shift and the arrow keys), instead of ticking sentences.
(function () {
  "use strict";
  // The messages in the admin's language (its JavaScript catalogue), else as written here.
  const gettext = window.gettext || ((message) => message);
  const interpolate = window.interpolate || ((format, [value]) => format.replace("%s", value));
  const picker = document.querySelector("[data-passage-picker]");
  if (!picker) return;
  const form = picker.closest("form");
  const text = picker.querySelector("textarea");
  const shown = picker.querySelector("[data-passage-shown]");
  const start = form.elements.start;
  const end = form.elements.end;

  // The server counts characters (code points); the browser counts UTF-16 code units.
  const toCharacters = (units) => Array.from(text.value.slice(0, units)).length;
  const toUnits = (characters) => Array.from(text.value).slice(0, characters).join("").length;

  function update() {
    start.value = toCharacters(text.selectionStart);
    end.value = toCharacters(text.selectionEnd);
    const passage = text.value.slice(text.selectionStart, text.selectionEnd).trim();
    const clipped = passage.length > 300 ? passage.slice(0, 299) + "…" : passage;
    // Translators: the passage selected, in quotation marks.
    shown.textContent = passage ? interpolate(gettext("“%s”"), [clipped]) : gettext("nothing yet");
  }

  // Chromium moves no caret in a read-only text area, so Shift and the arrow keys could
  // not select there: it is left editable, and every edit is refused (or undone).
  const sourceText = text.value;
  text.readOnly = false;
  text.setAttribute("aria-readonly", "true");
  text.addEventListener("beforeinput", (event) => event.preventDefault());
  text.addEventListener("input", () => {
    text.value = sourceText;
    update();
  });

  form.querySelector("[data-passage-sentences]").remove();
  picker.hidden = false;
  start.disabled = false;
  end.disabled = false;
  if (start.value !== "" && end.value !== "") {
    // Shown again after an error: the selection as it was sent.
    text.setSelectionRange(toUnits(Number(start.value)), toUnits(Number(end.value)));
  }
  update();
  for (const type of ["select", "selectionchange", "keyup", "mouseup"]) {
    text.addEventListener(type, update);
  }
  form.addEventListener("submit", update);
})();
