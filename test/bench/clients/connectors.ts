/** Picks the driver for a target's protocol. */
import type { DocConnector, Target } from "./driver.js";
import { hocuspocusConnector } from "./hocuspocusDriver.js";
import { yWebsocketConnector } from "./yWebsocketDriver.js";

/** The document connector for `target`. */
export function connectorFor(target: Target): DocConnector {
  switch (target.protocol) {
    case "y-websocket":
      return yWebsocketConnector(target);
    case "hocuspocus":
      return hocuspocusConnector(target);
  }
}
