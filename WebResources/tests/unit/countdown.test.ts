import { describe, expect, it } from "vitest";
import { formatDuration, SlaStatus, slaCountdown } from "../../src/request/form";

const now = new Date("2025-03-10T09:00:00Z");
const inMinutes = (m: number) => new Date(now.getTime() + m * 60000);

describe("slaCountdown", () => {
  it("In progress → INFO with wall-clock remaining time, saying it is wall-clock", () => {
    const c = slaCountdown(now, inMinutes(26 * 60 + 5), SlaStatus.InProgress, null, { kind: "resolution" });
    expect(c).toEqual({
      level: "INFO",
      text: "Resolution due in 1 d 2 h 5 min (wall-clock time; the SLA itself counts business hours of its calendar)",
    });
  });

  it("Nearing breach → WARNING", () => {
    const c = slaCountdown(now, inMinutes(45), SlaStatus.NearingBreach, null, { kind: "response" });
    expect(c?.level).toBe("WARNING");
    expect(c?.text).toMatch(/^Response due in 45 min /);
  });

  it("Breached → ERROR, overdue", () => {
    const c = slaCountdown(now, inMinutes(-90), SlaStatus.Breached);
    expect(c?.level).toBe("ERROR");
    expect(c?.text).toMatch(/^Resolution overdue by 1 h 30 min /);
  });

  it("a due date passed before the sweep marks it Breached shows ERROR", () => {
    expect(slaCountdown(now, inMinutes(-1), SlaStatus.InProgress)?.level).toBe("ERROR");
  });

  it.each([
    ["Not started", SlaStatus.NotStarted],
    ["Paused", SlaStatus.Paused],
    ["Met", SlaStatus.Met],
    ["Cancelled", SlaStatus.Cancelled],
    ["empty", null],
  ])("%s → no countdown", (_name, status) => {
    expect(slaCountdown(now, inMinutes(60), status)).toBeNull();
  });

  it("no due date → no countdown", () => {
    expect(slaCountdown(now, null, SlaStatus.InProgress)).toBeNull();
  });

  it("seconds left round up to a minute; under a minute late reads 'less than 1 min'", () => {
    expect(slaCountdown(now, new Date(now.getTime() + 20000), SlaStatus.InProgress)?.text).toMatch(/due in 1 min/);
    expect(slaCountdown(now, new Date(now.getTime() - 20000), SlaStatus.Breached)?.text).toMatch(/overdue by less than 1 min/);
  });

  it("uses business minutes when a calendar is given", () => {
    const calendar = { businessMinutesBetween: () => 125 };
    const c = slaCountdown(now, inMinutes(5000), SlaStatus.InProgress, calendar);
    expect(c?.text).toBe("Resolution due in 2 h 5 min (business time)");
  });

  it("Japanese", () => {
    const c = slaCountdown(now, inMinutes(65), SlaStatus.NearingBreach, null, { kind: "response", language: "ja" });
    expect(c?.text).toBe("初回応答期限まで残り 1 時間 5 分 (実時間。SLA 自体はカレンダーの営業時間で計算されます)");
  });

  it("formatDuration", () => {
    expect(formatDuration(0)).toBe("less than 1 min");
    expect(formatDuration(60)).toBe("1 h");
    expect(formatDuration(1440 * 2 + 1)).toBe("2 d 1 min");
    expect(formatDuration(1500, "ja")).toBe("1 日 1 時間");
  });
});
