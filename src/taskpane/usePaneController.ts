// Runs the pane controller in React: holds its state, runs the effects it
// asks for (requests, timers, Office calls, storage) and turns their results
// back into actions. All decisions stay in paneController.ts.

import { useCallback, useEffect, useRef, useState } from "react";
import type { ServerApi } from "./api/serverApi.js";
import { writeBehind, type DeviceMemory } from "./deviceMemory.js";
import type { HostSession, OfficeSession } from "./office/officeHost.js";
import {
  hostOfficeAction,
  initialPaneState,
  reducePane,
  startEffects,
  type BrowserFacts,
  type PaneAction,
  type PaneEffect,
  type PaneStart,
  type PaneState,
} from "./paneController.js";
import { loadSettingsLookup } from "./settingsLookupChunk.js";

export interface PaneControllerDeps {
  session: Promise<HostSession>;
  api: ServerApi;
  memory: DeviceMemory;
  browser: BrowserFacts;
  /**
   * Outlook answered and the resolver loaded before React did (boot.ts painted
   * the first screen from this state): start there, so the first render
   * already shows the settings, and run the effects collected on the way.
   */
  start?: PaneStart | null;
  /** How long the page already waited for Outlook before the controller started. */
  waitedForOfficeMs?: number;
}

export interface PaneController {
  state: PaneState;
  dispatch(action: PaneAction): void;
  /** Opens links through Outlook where it can; null for plain links. */
  openBrowserWindow: ((url: string) => void) | null;
}

export function usePaneController({
  session,
  api,
  memory,
  browser,
  start = null,
  waitedForOfficeMs = 0,
}: PaneControllerDeps): PaneController {
  // Saves land after the render that asked for them (deviceMemory.ts, writeBehind).
  const [store] = useState(() => writeBehind(memory));
  const [state, setState] = useState(
    () =>
      start?.state ??
      initialPaneState({ browser, recent: store.recentAddresses(), remembered: store.answers() }),
  );
  const stateRef = useRef(state);
  const officeRef = useRef<OfficeSession | null>(null);
  const liveRef = useRef(true);
  const [opener, setOpener] = useState<((url: string) => void) | null>(() =>
    start?.office.canOpenBrowserWindow ? start.office.openBrowserWindow : null,
  );

  const dispatch = useCallback((action: PaneAction) => {
    if (!liveRef.current) return;
    const [next, effects] = reducePane(stateRef.current, action, Date.now());
    // An action that changed nothing (a stale timer, an answer for an address no longer shown) renders nothing.
    if (next !== stateRef.current) {
      stateRef.current = next;
      setState(next);
    }
    for (const effect of effects) runEffect(effect);
  }, []); // eslint-disable-line react-hooks/exhaustive-deps -- runEffect reads refs only

  function runEffect(effect: PaneEffect): void {
    const office = officeRef.current;
    switch (effect.type) {
      case "wait-for-office":
        setTimeout(() => dispatch({ type: "office-patience-over" }), effect.ms);
        return;
      case "mark-slow":
        setTimeout(
          () => dispatch({ type: "request-slow", request: effect.request, key: effect.key }),
          effect.ms,
        );
        return;
      case "fetch-settings":
        void api
          .settings(effect.email, effect.accountType, effect.lang)
          .then((result) => dispatch({ type: "settings-answered", key: effect.key, result, at: Date.now() }));
        return;
      case "fetch-domain":
        void api
          .domain(effect.domain, effect.lang)
          .then((result) => dispatch({ type: "domain-answered", key: effect.key, result, at: Date.now() }));
        return;
      case "verify":
        void api
          .verify(effect.server, effect.lang)
          .then((result) => dispatch({ type: "verify-answered", run: effect.run, result, at: Date.now() }));
        return;
      case "fetch-health":
        void api.health().then((result) => dispatch({ type: "health-answered", result, at: Date.now() }));
        return;
      case "read-shared-mailbox":
        if (office)
          void office.readSharedMailbox().then((shared) => dispatch({ type: "shared-mailbox", shared }));
        return;
      case "read-bounce-body":
        if (office) void office.readBodyText().then((text) => dispatch({ type: "bounce-body", text }));
        return;
      case "save-recent":
        store.saveRecentAddresses(effect.addresses);
        return;
      case "save-answers":
        store.saveAnswers(effect.answers);
        return;
      case "forget-device-data":
        store.forget();
        return;
    }
  }

  useEffect(() => {
    liveRef.current = true;
    const unsubscribers: Array<() => void> = [];
    // A pane closed right after an answer still keeps it.
    if (typeof window !== "undefined") {
      window.addEventListener("pagehide", store.flush);
      unsubscribers.push(() => window.removeEventListener("pagehide", store.flush));
    }
    // When the pane is pinned, a new selection or a new compose window may change the address;
    // the controller requests again only what really changed.
    const follow = (connected: OfficeSession) => {
      unsubscribers.push(
        connected.onItemChanged(() => {
          void connected
            .readContext()
            .then((context) =>
              dispatch({ type: "context-changed", context, item: connected.readSelectedItem() }),
            );
        }),
        connected.onThemeChanged((background) => dispatch({ type: "theme-changed", background })),
      );
    };
    if (start) {
      // Outlook and the resolver are already in the state: run what was asked on the way there.
      officeRef.current = start.office;
      for (const effect of start.effects) runEffect(effect);
      follow(start.office);
    } else {
      for (const effect of startEffects(waitedForOfficeMs)) runEffect(effect);
      void loadSettingsLookup().then(
        (lookup) => dispatch({ type: "lookup-loaded", lookup }),
        // The chunk failed to load (network): the address form still shows; reloading fixes it.
        () => undefined,
      );
      void session.then((connected) => {
        if (!liveRef.current) return;
        if (connected.kind === "standalone") {
          dispatch({ type: "host-standalone", reason: connected.reason });
          return;
        }
        officeRef.current = connected;
        if (connected.canOpenBrowserWindow) setOpener(() => connected.openBrowserWindow);
        dispatch(hostOfficeAction(connected));
        follow(connected);
      });
    }
    return () => {
      liveRef.current = false;
      for (const unsubscribe of unsubscribers) unsubscribe();
      store.flush();
    };
  }, [session]); // eslint-disable-line react-hooks/exhaustive-deps -- one session per pane

  return { state, dispatch, openBrowserWindow: opener };
}
