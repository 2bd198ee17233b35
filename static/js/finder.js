// Finder pages (search, case studies, guides, vanguards): the results update as filters change.
// Progressive enhancement: without this file every form is a plain GET and every link a page.
// It fetches the same page's HTML for the new query string, swaps the elements marked
// data-finder-region, announces the new count and keeps the address (and Back) in step.

const WIDE = window.matchMedia("(min-width: 48.0625em)");

function pathAndQuery(url) {
  const parsed = new URL(url, window.location.href);
  return parsed.pathname + parsed.search;
}

function urlFor(form, extra) {
  const params = new URLSearchParams();
  // FormData includes controls outside the form that name it (the sort select).
  for (const [name, value] of new FormData(form, extra)) {
    if (typeof value === "string" && value.trim() !== "") params.append(name, value);
  }
  params.delete("page");
  // The default order needs no parameter: keeps addresses short and shareable.
  const sort = form.id && document.querySelector(`select[name="sort"][form="${form.id}"]`);
  if (sort && sort.value === sort.dataset.default && params.getAll("sort").length <= 1) {
    params.delete("sort");
  }
  const query = params.toString();
  const action = new URL(form.getAttribute("action") || window.location.pathname, window.location.href);
  return action.pathname + (query ? `?${query}` : "");
}

export function enhanceFinder(root) {
  if (root.dataset.finderReady) return;
  root.dataset.finderReady = "true";
  const status = root.querySelector("[data-finder-status]");
  let controller = null;
  let current = pathAndQuery(window.location.href);

  const filterForm = () => root.querySelector("[data-finder-form]");
  const toggle = () => root.querySelector(".app-filter-toggle");

  // Wide screens show the filters beside the results; narrow ones keep them behind the toggle.
  function openOnWideScreens() {
    const details = toggle();
    if (details && WIDE.matches) details.open = true;
  }
  openOnWideScreens();
  WIDE.addEventListener("change", openOnWideScreens);

  function swap(doc) {
    const focusedId = document.activeElement && document.activeElement.id;
    const openDetails = new Set(
      [...root.querySelectorAll("details[id]")].filter((d) => d.open).map((d) => d.id),
    );
    root.querySelectorAll("[data-finder-region]").forEach((region) => {
      const replacement = region.id && doc.getElementById(region.id);
      if (replacement) region.replaceWith(document.importNode(replacement, true));
    });
    root.querySelectorAll("details[id]").forEach((details) => {
      if (openDetails.has(details.id)) details.open = true;
    });
    openOnWideScreens();
    if (focusedId && !document.getElementById(focusedId)?.contains(document.activeElement)) {
      document.getElementById(focusedId)?.focus({ preventScroll: true });
    }
  }

  function announce(doc) {
    const count = doc.getElementById("result-count");
    const heading = doc.querySelector("#results h2");
    const text = (count || heading)?.textContent.replace(/\s+/g, " ").trim() || "";
    if (!status) return;
    status.textContent = "";
    // A fresh text node a moment later, so the same count is read out again.
    window.setTimeout(() => {
      status.textContent = text;
    }, 50);
  }

  async function load(url, { push = true, focusResults = false } = {}) {
    if (controller) controller.abort();
    controller = new AbortController();
    root.setAttribute("aria-busy", "true");
    try {
      const response = await fetch(url, {
        signal: controller.signal,
        credentials: "same-origin",
        headers: { Accept: "text/html" },
      });
      const doc = new DOMParser().parseFromString(await response.text(), "text/html");
      if (!doc.querySelector("[data-finder]")) throw new Error("Not a finder page");
      swap(doc);
      document.title = doc.title;
      current = pathAndQuery(url);
      if (push) window.history.pushState({ finder: true }, "", url);
      announce(doc);
      if (focusResults) {
        const results = document.getElementById("results");
        results?.focus({ preventScroll: true });
        results?.scrollIntoView({ block: "start" });
      }
    } catch (error) {
      if (error.name !== "AbortError") window.location.assign(url);
    } finally {
      root.removeAttribute("aria-busy");
    }
  }

  root.addEventListener("change", (event) => {
    const form = filterForm();
    const control = event.target;
    if (!form || control.form !== form || control.type === "search" || control.type === "text") return;
    load(urlFor(form));
  });

  root.addEventListener("submit", (event) => {
    const form = event.target;
    if (form.method && form.method.toLowerCase() !== "get") return;
    if (form !== filterForm() && !form.matches(".app-search-panel")) return;
    event.preventDefault();
    const narrow = !WIDE.matches;
    if (narrow && form === filterForm() && toggle()) toggle().open = false;
    load(urlFor(form, event.submitter), { focusResults: narrow || form !== filterForm() });
  });

  root.addEventListener("click", (event) => {
    const link = event.target.closest("a[href]");
    if (!link || event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const inSummary = link.closest("#finder-summary");
    const inPagination = link.closest(".nhsuk-pagination");
    const inNoResults = link.closest(".app-no-results");
    if (!inSummary && !inPagination && !inNoResults) return;
    const target = new URL(link.href, window.location.href);
    if (target.origin !== window.location.origin || target.pathname !== window.location.pathname) return;
    // A jump within the page (the A to Z list) stays a plain link.
    if (target.hash && target.search === window.location.search) return;
    event.preventDefault();
    load(target.pathname + target.search, { focusResults: Boolean(inPagination) });
  });

  window.history.replaceState({ finder: true }, "", window.location.href);
  window.addEventListener("popstate", (event) => {
    if (!event.state || !event.state.finder) return;
    const wanted = pathAndQuery(window.location.href);
    if (wanted !== current) load(wanted, { push: false });
  });
}

export function enhanceFinders(root = document) {
  root.querySelectorAll("[data-finder]").forEach(enhanceFinder);
}
