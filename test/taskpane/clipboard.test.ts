import { afterEach, describe, expect, it, jest } from "@jest/globals";
import { copyText } from "../../src/taskpane/clipboard.js";

type ExecCommand = (command: string) => boolean;

function setExecCommand(impl: ExecCommand | undefined) {
  Object.defineProperty(document, "execCommand", { value: impl, configurable: true, writable: true });
}

function setClipboard(writeText: ((text: string) => Promise<void>) | undefined) {
  Object.defineProperty(navigator, "clipboard", {
    value: writeText ? { writeText } : undefined,
    configurable: true,
  });
}

afterEach(() => {
  setExecCommand(undefined);
  setClipboard(undefined);
});

describe("copyText", () => {
  it("copies through a focused, selected hidden textarea first and restores focus", async () => {
    const button = document.createElement("button");
    document.body.appendChild(button);
    button.focus();
    let selected = "";
    const exec = jest.fn<ExecCommand>(() => {
      const area = document.querySelector("textarea");
      if (area && document.activeElement === area)
        selected = area.value.slice(area.selectionStart, area.selectionEnd);
      return true;
    });
    const writeText = jest.fn(async (_text: string) => {});
    setExecCommand(exec);
    setClipboard(writeText);
    await expect(copyText("smtp.office365.com")).resolves.toBe(true);
    expect(exec).toHaveBeenCalledWith("copy");
    expect(selected).toBe("smtp.office365.com");
    expect(writeText).not.toHaveBeenCalled();
    expect(document.querySelector("textarea")).toBeNull();
    expect(document.activeElement).toBe(button);
    button.remove();
  });

  it("falls back to navigator.clipboard when execCommand fails or is missing", async () => {
    const writeText = jest.fn(async (_text: string) => {});
    setExecCommand(() => false);
    setClipboard(writeText);
    await expect(copyText("587")).resolves.toBe(true);
    expect(writeText).toHaveBeenCalledWith("587");

    setExecCommand(undefined);
    await expect(copyText("465")).resolves.toBe(true);
    expect(writeText).toHaveBeenLastCalledWith("465");
  });

  it("reports failure when both ways fail", async () => {
    setExecCommand(() => {
      throw new Error("blocked");
    });
    setClipboard(async () => {
      throw new Error("NotAllowedError");
    });
    await expect(copyText("x")).resolves.toBe(false);
    setClipboard(undefined);
    await expect(copyText("x")).resolves.toBe(false);
  });
});
