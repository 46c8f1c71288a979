import { describe, expect, it } from "@jest/globals";
import type { Settings } from "../../src/core/types.js";
import { createDeviceMemory, writeBehind, type RememberedAnswer } from "../../src/taskpane/deviceMemory.js";

/** A Storage that counts its writes, so a test can tell when a save reached it. */
class CountingStorage implements Storage {
  readonly items = new Map<string, string>();
  writes = 0;
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.writes += 1;
    this.items.set(key, value);
  }
}

const settings: Settings = {
  email: "ann@example.com",
  domain: "example.com",
  provider: null,
  source: "builtin",
  servers: [],
  incoming: [],
  notes: [],
};
const answer = (address: string, at: number): RememberedAnswer => ({ address, settings, at });

/** A schedule the test runs by hand. */
function manualSchedule() {
  const queued: Array<() => void> = [];
  return {
    schedule: (flush: () => void) => void queued.push(flush),
    run: () => queued.splice(0).forEach((flush) => flush()),
    pending: () => queued.length,
  };
}

describe("writeBehind", () => {
  it("writes later, once, and only the newest value of each key", () => {
    const storage = new CountingStorage();
    const timer = manualSchedule();
    const memory = writeBehind(createDeviceMemory(storage), timer.schedule);
    memory.saveRecentAddresses(["a@example.com"]);
    memory.saveRecentAddresses(["b@example.com", "a@example.com"]);
    memory.saveAnswers([answer("b@example.com", 1)]);
    expect(storage.writes).toBe(0);
    expect(timer.pending()).toBe(1);
    // Reads see what is pending.
    expect(memory.recentAddresses()).toEqual(["b@example.com", "a@example.com"]);
    expect(memory.answers().map((entry) => entry.address)).toEqual(["b@example.com"]);
    timer.run();
    expect(storage.writes).toBe(2);
    const stored = createDeviceMemory(storage);
    expect(stored.recentAddresses()).toEqual(["b@example.com", "a@example.com"]);
    expect(stored.answers()).toEqual([answer("b@example.com", 1)]);
  });

  it("flush writes at once, and the scheduled run then writes nothing again", () => {
    const storage = new CountingStorage();
    const timer = manualSchedule();
    const memory = writeBehind(createDeviceMemory(storage), timer.schedule);
    memory.saveRecentAddresses(["a@example.com"]);
    memory.flush();
    expect(createDeviceMemory(storage).recentAddresses()).toEqual(["a@example.com"]);
    timer.run();
    expect(storage.writes).toBe(1);
  });

  it("forget drops pending saves, so nothing comes back after it", () => {
    const storage = new CountingStorage();
    createDeviceMemory(storage).saveRecentAddresses(["old@example.com"]);
    const timer = manualSchedule();
    const memory = writeBehind(createDeviceMemory(storage), timer.schedule);
    memory.saveRecentAddresses(["new@example.com", "old@example.com"]);
    memory.saveAnswers([answer("new@example.com", 2)]);
    memory.forget();
    timer.run();
    expect(storage.items.size).toBe(0);
    expect(memory.recentAddresses()).toEqual([]);
    // A save after the forget is kept again.
    memory.saveRecentAddresses(["later@example.com"]);
    timer.run();
    expect(createDeviceMemory(storage).recentAddresses()).toEqual(["later@example.com"]);
  });

  it("without storage it remembers nothing and throws nothing", () => {
    const timer = manualSchedule();
    const memory = writeBehind(createDeviceMemory(null), timer.schedule);
    memory.saveRecentAddresses(["a@example.com"]);
    expect(() => timer.run()).not.toThrow();
    expect(memory.recentAddresses()).toEqual([]);
  });
});
