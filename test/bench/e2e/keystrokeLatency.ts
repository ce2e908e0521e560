/**
 * Keystroke → visible elsewhere. The sender page stamps each keydown on the editor; the receiver
 * page stamps the first moment its editor shows each new length of the measured line (a
 * MutationObserver). Both stamps are `performance.timeOrigin + performance.now()`, the same
 * machine clock in two pages of one browser. Keystrokes are sent one at a time: the next key goes
 * only after the previous one arrived, so no measurement overlaps another.
 */
import type { Page } from "@playwright/test";

const MARKER = "BENCH:";
const KEYS = "abcdefghijklmnopqrstuvwxyz";

declare global {
  interface Window {
    __benchSent?: number[];
    __benchSeen?: Record<number, number>;
  }
}

/** Latencies in milliseconds of `count` keystrokes from `sender` to `receiver` in the plan editor. */
export async function measureKeystrokes(
  sender: Page,
  receiver: Page,
  count: number,
): Promise<number[]> {
  const editor = sender.locator(".cw-prose");
  await editor.focus();
  await sender.keyboard.press("Control+End");
  await sender.keyboard.press("Enter");
  await sender.keyboard.type(MARKER);
  await receiver.waitForFunction(
    (marker) => document.querySelector(".cw-prose")?.textContent?.includes(marker),
    MARKER,
  );

  await sender.evaluate(() => {
    window.__benchSent = [];
    document
      .querySelector(".cw-prose")
      ?.addEventListener(
        "keydown",
        () => window.__benchSent?.push(performance.timeOrigin + performance.now()),
        true,
      );
  });
  await receiver.evaluate((marker) => {
    window.__benchSeen = {};
    const root = document.querySelector(".cw-prose");
    if (root === null) return;
    // No named inner functions here: tsx would wrap them in a helper the page does not have.
    new MutationObserver(() => {
      const now = performance.timeOrigin + performance.now();
      for (const p of Array.from(root.querySelectorAll("p"))) {
        // Only the paragraph's own text nodes: a remote caret's name label sits inside it too.
        const text = Array.from(p.childNodes)
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent ?? "")
          .join("");
        if (!text.startsWith(marker)) continue;
        const length = text.length - marker.length;
        if (window.__benchSeen && window.__benchSeen[length] === undefined)
          window.__benchSeen[length] = now;
      }
    }).observe(root, { childList: true, subtree: true, characterData: true });
  }, MARKER);

  for (let i = 1; i <= count; i++) {
    await sender.keyboard.press(KEYS[(i - 1) % KEYS.length] ?? "a");
    await receiver.waitForFunction((n) => window.__benchSeen?.[n] !== undefined, i, {
      polling: "raf",
    });
  }
  const sent = await sender.evaluate(() => window.__benchSent ?? []);
  const seen = await receiver.evaluate(() => window.__benchSeen ?? {});
  return Array.from({ length: count }, (_, i) => (seen[i + 1] ?? NaN) - (sent[i] ?? NaN));
}
