// Suggest titles as the reader types in a search box (ARIA 1.2 combobox with a listbox).
// Progressive enhancement: without this file the form still submits to /search/.

const MIN_CHARS = 2;
const DELAY_MS = 150;

export function enhanceSearchBox(input) {
  const endpoint = input.dataset.autocompleteUrl;
  if (!endpoint || input.dataset.autocompleteReady) return;
  input.dataset.autocompleteReady = "true";

  const listId = `${input.id}-suggestions`;
  const list = document.createElement("ul");
  list.id = listId;
  list.className = "app-autocomplete__list";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", "Suggested pages");
  list.hidden = true;

  const status = document.createElement("div");
  status.className = "nhsuk-u-visually-hidden";
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");

  const wrapper = input.closest(".nhsuk-input-wrapper, .app-search-panel__row") || input.parentElement;
  wrapper.classList.add("app-autocomplete");
  wrapper.append(list, status);

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", listId);
  input.setAttribute("autocomplete", "off");

  let options = [];
  let active = -1;
  let timer = null;
  let controller = null;

  function close() {
    list.hidden = true;
    list.replaceChildren();
    options = [];
    active = -1;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }

  function highlight(index) {
    options.forEach((option, i) => option.setAttribute("aria-selected", String(i === index)));
    active = index;
    if (index >= 0) {
      input.setAttribute("aria-activedescendant", options[index].id);
      options[index].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function show(results) {
    list.replaceChildren();
    options = results.map((result, i) => {
      const option = document.createElement("li");
      option.id = `${listId}-${i}`;
      option.className = "app-autocomplete__option";
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.dataset.url = result.url;
      const title = document.createElement("span");
      title.textContent = result.title;
      const kind = document.createElement("span");
      kind.className = "app-autocomplete__type";
      kind.textContent = result.type;
      option.append(title, kind);
      option.addEventListener("mousedown", (event) => {
        event.preventDefault();
        window.location.assign(result.url);
      });
      list.append(option);
      return option;
    });
    const open = options.length > 0;
    list.hidden = !open;
    input.setAttribute("aria-expanded", String(open));
    status.textContent = open
      ? `${options.length} suggestion${options.length === 1 ? "" : "s"}. Use the up and down arrow keys to choose.`
      : "";
    active = -1;
  }

  async function fetchSuggestions(text) {
    if (controller) controller.abort();
    controller = new AbortController();
    try {
      const url = `${endpoint}?q=${encodeURIComponent(text)}`;
      const response = await fetch(url, {
        signal: controller.signal,
        credentials: "same-origin",
        headers: { Accept: "application/json" },
      });
      if (!response.ok) return close();
      const data = await response.json();
      if (input.value.trim() === text) show(data.results || []);
    } catch (error) {
      if (error.name !== "AbortError") close();
    }
  }

  input.addEventListener("input", () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < MIN_CHARS) return close();
    timer = setTimeout(() => fetchSuggestions(text), DELAY_MS);
  });

  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && options.length) {
      event.preventDefault();
      highlight((active + 1) % options.length);
    } else if (event.key === "ArrowUp" && options.length) {
      event.preventDefault();
      highlight(active <= 0 ? options.length - 1 : active - 1);
    } else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      window.location.assign(options[active].dataset.url);
    } else if (event.key === "Escape" && !list.hidden) {
      // Close the list but keep what was typed (a search box clears itself on Escape).
      event.preventDefault();
      close();
    }
  });

  input.addEventListener("blur", () => setTimeout(close, 100));
}

export function enhanceAll(root = document) {
  root.querySelectorAll("input[data-autocomplete-url]").forEach(enhanceSearchBox);
}
