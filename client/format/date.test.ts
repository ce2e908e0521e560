import { describe, expect, it } from "vitest";
import { formatDate, formatDateMinutes, formatDateTime } from "./date.js";

describe("formatDate", () => {
  it("writes a timestamp as day, month and year with dashes", () => {
    expect(formatDate("2025-03-07T10:15:00Z")).toBe("07-03-2025");
  });

  it("uses Dutch time, so a late UTC evening is already the next day", () => {
    expect(formatDate("2025-12-31T23:30:00Z")).toBe("01-01-2026");
  });

  it("returns text that is not a date unchanged", () => {
    expect(formatDate("onbekend")).toBe("onbekend");
  });
});

describe("formatDateTime", () => {
  it("writes a timestamp as date and time to the second, in Dutch summer time", () => {
    expect(formatDateTime("2025-07-01T08:05:09Z")).toBe("01-07-2025 10:05:09");
  });

  it("uses Dutch winter time and a 24-hour clock", () => {
    expect(formatDateTime("2025-12-31T23:30:00Z")).toBe("01-01-2026 00:30:00");
  });

  it("returns text that is not a date unchanged", () => {
    expect(formatDateTime("onbekend")).toBe("onbekend");
  });
});

describe("formatDateMinutes", () => {
  it("writes a timestamp as date and time to the minute, in Dutch time", () => {
    expect(formatDateMinutes("2025-07-01T08:05:59Z")).toBe("01-07-2025 10:05");
    expect(formatDateMinutes("2025-12-31T23:30:00Z")).toBe("01-01-2026 00:30");
  });

  it("returns text that is not a date unchanged", () => {
    expect(formatDateMinutes("onbekend")).toBe("onbekend");
  });
});
