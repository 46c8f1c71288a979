// The jest-globals entry registers the matchers and types them for "@jest/globals" imports.
import "@testing-library/jest-dom/jest-globals";
import { TextDecoder, TextEncoder } from "node:util";

// jsdom lacks TextEncoder/TextDecoder, which every browser the pane runs in has
// (the core's address parser counts UTF-8 octets with it).
if (typeof globalThis.TextEncoder === "undefined") {
  Object.assign(globalThis, { TextEncoder, TextDecoder });
}
