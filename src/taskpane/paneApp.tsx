// The React pane ("app" chunk), loaded by boot.ts after the first paint, or
// at once when Outlook is slow or absent. createRoot's first commit clears
// the container, so the painted first screen is replaced in one step by the
// full pane, which starts from the same controller state.

import { createRoot } from "react-dom/client";
import type { HostSession } from "./office/officeHost.js";
import type { BrowserFacts, PaneStart } from "./paneController.js";
import { TaskPane } from "./components/TaskPane.js";

export interface MountOptions {
  session: Promise<HostSession>;
  browser: BrowserFacts;
  start: PaneStart | null;
  waitedForOfficeMs: number;
}

export function mountPane(
  container: HTMLElement,
  { session, browser, start, waitedForOfficeMs }: MountOptions,
) {
  createRoot(container).render(
    <TaskPane session={session} browser={browser} start={start} waitedForOfficeMs={waitedForOfficeMs} />,
  );
}
