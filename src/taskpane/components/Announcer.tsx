// One polite live region for the whole pane, so "Server copied" and similar
// confirmations reach screen readers without moving focus.

import { createContext, useCallback, useContext, useState, type ReactNode } from "react";
import { VISUALLY_HIDDEN } from "./visuallyHidden.js";

const AnnounceContext = createContext<(message: string) => void>(() => {});

export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState("");
  // Clearing first makes a repeated message ("Server copied" twice) be read again.
  const announce = useCallback((text: string) => {
    setMessage("");
    setTimeout(() => setMessage(text), 50);
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div role="status" aria-live="polite" className={VISUALLY_HIDDEN}>
        {message}
      </div>
    </AnnounceContext.Provider>
  );
}

export function useAnnounce(): (message: string) => void {
  return useContext(AnnounceContext);
}
