/** The catalogue the app shows. Dutch only today; a second language would be chosen here. */
import { nl, type Messages } from "./nl.js";

/** The active message catalogue. */
export const messages: Messages = nl;
