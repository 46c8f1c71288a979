// Text for screen readers only (the class is in paneStyles.ts).
export const VISUALLY_HIDDEN = "od-hidden";
