// Entry point of the task pane bundle. Connecting to Office and fetching the
// settings resolver chunk start before React renders and run in parallel; the
// pane never gives up on Outlook (the controller offers the address form
// after a short wait and switches when Office answers).

import { createRoot } from "react-dom/client";
import { TaskPane } from "./components/TaskPane.js";
import { connectOffice } from "./office/officeHost.js";
import { loadSettingsLookup } from "./settingsLookupChunk.js";

const session = connectOffice();
void loadSettingsLookup();
const container = document.getElementById("root");
if (container) {
  const prefersDark =
    typeof window.matchMedia === "function" && window.matchMedia("(prefers-color-scheme: dark)").matches;
  createRoot(container).render(
    <TaskPane
      session={session}
      browser={{ language: navigator.language, prefersDark, userAgent: navigator.userAgent }}
    />,
  );
}
