// The jest-globals entry registers the matchers and types them for "@jest/globals" imports.
import "@testing-library/jest-dom/jest-globals";
import { jest } from "@jest/globals";
// From the DOM library, not @testing-library/react: importing that here would make every
// file an act() environment, also those that render with createRoot on purpose (firstPaint.test.tsx).
import { configure } from "@testing-library/dom";
import { TextDecoder, TextEncoder } from "node:util";

// jsdom lacks TextEncoder/TextDecoder, which every browser the pane runs in has
// (the core's address parser counts UTF-8 octets with it).
if (typeof globalThis.TextEncoder === "undefined") {
  Object.assign(globalThis, { TextEncoder, TextDecoder });
}

// Rendering the whole pane and running axe-core in jsdom takes seconds on a
// busy 2-core machine; the default 5 s is too tight for those tests.
jest.setTimeout(30_000);

// The sections below the settings are lazy chunks with Fluent UI. In a fresh
// clone ts-jest transforms them on first use, and with two workers busy the
// first findBy for one of them can take longer than the default second.
configure({ asyncUtilTimeout: 10_000 });
