import { describe, expect, it } from "vitest";
import { messages } from "../i18n/messages.js";
import { errorMessage } from "./errorMessage.js";
import { ApiError, ClientErrorCode } from "./errors.js";

describe("the message shown for a failed API call", () => {
  it("shows the server's own Dutch message when it refuses a change", () => {
    const refusal =
      'Ongeldige invoer in veld "Verantwoordelijke": deze persoon kan de acties van deze casus niet zien. Kies iemand uit het casusteam of vul een naam in.';
    expect(errorMessage(new ApiError(400, "bad_request", refusal))).toBe(refusal);
    expect(errorMessage(new ApiError(409, "conflict", "Al gewijzigd."))).toBe("Al gewijzigd.");
  });

  it("shows a general sentence for a server failure, a lost connection or an unreadable answer", () => {
    expect(errorMessage(new ApiError(500, "internal", "stack?"))).toBe(messages.errors.server);
    expect(errorMessage(new ApiError(400, "bad_request"))).toBe(messages.errors.server);
    expect(errorMessage(new ApiError(0, ClientErrorCode.Network))).toBe(messages.errors.network);
    expect(errorMessage(new Error("boom"))).toBe(messages.errors.server);
  });
});
