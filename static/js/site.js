// Progressive enhancement only: every page works without this file.
import { initAll } from "../wagtailnhsukfrontend/js/nhsuk-frontend-10.4.2.min.js";
import { enhanceAll } from "./autocomplete.js";
import { enhanceFinders } from "./finder.js";

document.body.classList.add("js-enabled", "nhsuk-frontend-supported");
initAll();
enhanceAll();
enhanceFinders();
